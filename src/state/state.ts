/**
 * The state of a rollout, kept as tags on the ECS service it deploys to: what a later run (promote, rollback, the
 * next deploy, a re-run of a run that died) needs to know, read from AWS rather than from this run's outputs.
 * One schema for every strategy; a pair's state also names the color that was live when the rollout began.
 *
 * Tag values keep to the characters every AWS service accepts in tags (letters, digits, spaces and + - = . _ : / @)
 * and to 256 characters.
 */
import type { Service, Tag } from '@aws-sdk/client-ecs'
import { InputError } from '../core/errors.ts'
import { formatHistory, parseHistory } from './history.ts'
import { shortTaskDefinition } from './revision.ts'

export { sameRevision, shortTaskDefinition } from './revision.ts'

/**
 * deploying: the new version is going onto the service;
 * paused: it is deployed and verified, waiting for `mode: promote`;
 * switched: production traffic is being moved, or was moved, to this service (baking);
 * then how the rollout ended.
 */
export type StateStatus = 'deploying' | 'paused' | 'switched' | 'succeeded' | 'rolled-back' | 'failed'

const statuses: readonly StateStatus[] = [
  'deploying',
  'paused',
  'switched',
  'succeeded',
  'rolled-back',
  'failed'
]

export type Color = 'blue' | 'green'

export interface RolloutState {
  status: StateStatus
  /** What the rollout deployed. */
  taskDefinition: string
  /** What ran before the rollout began (what a rollback returns to). */
  previousTaskDefinition: string
  /** The step the rollout was at (its index in the strategy's list of steps) when the state was written. */
  step: number
  /** The production weights the rollout set or was setting, by color, e.g. `blue=0 green=100` (pairs only). */
  weights?: Partial<Record<Color, number>>
  /** The color that was live when the rollout began (pairs only). */
  previousColor?: Color
  /** The workflow run that wrote the state last. */
  run: string
  /** When the state was written last (ISO 8601). */
  updatedAt: string
  /** The action that wrote it: blue-green, rolling, rollback. */
  action?: string
  /**
   * The versions that succeeded on the service (or pair), newest first, as `family:revision`: what `rollback`
   * with `to: previous` walks back through (see ./history.ts for how far back it reaches).
   */
  history?: string[]
  /** Why the rollout was made, in the user's words (rollback's `reason`). */
  reason?: string
}

/** The tag keys, all under one prefix. */
export const stateKeys = {
  status: 'ecs-deploy:status',
  taskDefinition: 'ecs-deploy:task-definition',
  previousTaskDefinition: 'ecs-deploy:previous-task-definition',
  step: 'ecs-deploy:step',
  weights: 'ecs-deploy:weights',
  previousColor: 'ecs-deploy:previous-color',
  run: 'ecs-deploy:run',
  updatedAt: 'ecs-deploy:updated',
  action: 'ecs-deploy:action',
  history: 'ecs-deploy:history',
  reason: 'ecs-deploy:reason'
} as const satisfies Record<keyof RolloutState, string>

/** AWS allows this many tags on a resource. */
export const maxTagsPerResource = 50

const allKeys: string[] = Object.values(stateKeys)

/** The state as tags (fields a state does not have are left out). */
export function stateTags(state: RolloutState): Tag[] {
  const values: Record<keyof RolloutState, string | undefined> = {
    status: state.status,
    taskDefinition: shortTaskDefinition(state.taskDefinition),
    previousTaskDefinition: shortTaskDefinition(state.previousTaskDefinition),
    step: String(state.step),
    weights: state.weights ? formatWeights(state.weights) : undefined,
    previousColor: state.previousColor,
    run: state.run,
    updatedAt: state.updatedAt,
    action: state.action,
    history: state.history && state.history.length > 0 ? formatHistory(state.history) : undefined,
    reason: state.reason || undefined
  }
  return (Object.keys(stateKeys) as (keyof RolloutState)[]).flatMap((field) => {
    const value = values[field]
    return value === undefined ? [] : [{ key: stateKeys[field], value: tagValue(value) }]
  })
}

/** The state a service's tags hold, if they hold a complete and well-formed one. */
export function readState(tags: Tag[] | undefined): RolloutState | undefined {
  const tag = (key: string) => tags?.find((candidate) => candidate.key === key)?.value
  const status = tag(stateKeys.status) as StateStatus | undefined
  const taskDefinition = tag(stateKeys.taskDefinition)
  const updatedAt = tag(stateKeys.updatedAt)
  const previousColor = tag(stateKeys.previousColor)
  const step = Number(tag(stateKeys.step) ?? '0')
  if (
    !status ||
    !statuses.includes(status) ||
    !taskDefinition ||
    !updatedAt ||
    Number.isNaN(Date.parse(updatedAt)) ||
    !Number.isInteger(step) ||
    (previousColor !== undefined && previousColor !== 'blue' && previousColor !== 'green')
  )
    return undefined
  const weights = parseWeights(tag(stateKeys.weights))
  const history = parseHistory(tag(stateKeys.history))
  const [action, reason] = [tag(stateKeys.action), tag(stateKeys.reason)]
  return {
    status,
    taskDefinition,
    previousTaskDefinition: tag(stateKeys.previousTaskDefinition) ?? '',
    step,
    ...(weights ? { weights } : {}),
    ...(previousColor ? { previousColor } : {}),
    run: tag(stateKeys.run) ?? '',
    updatedAt,
    ...(action ? { action } : {}),
    ...(history.length > 0 ? { history } : {}),
    ...(reason ? { reason } : {})
  }
}

/** The keys of a single service's state: a pair's state adds the weights and the previous color. */
const serviceKeys = allKeys.filter((key) => key !== stateKeys.weights && key !== stateKeys.previousColor)

/** How many more tags a service may take before the state no longer fits (negative: it does not). */
export function tagRoom(service: Service, ofPair: boolean): number {
  const keys = ofPair ? allKeys : serviceKeys
  const others = (service.tags ?? []).filter((tag) => !allKeys.includes(tag.key ?? ''))
  return maxTagsPerResource - others.length - keys.length
}

/** Refuses, before any change, a service whose tags leave no room for the state (a pair's, or a service's). */
export function checkTagRoom(service: Service, input: string, ofPair: boolean): void {
  if (tagRoom(service, ofPair) >= 0) return
  const needed = (ofPair ? allKeys : serviceKeys).length
  throw new InputError(
    `Invalid input ${input}: service ${service.serviceName} has ${service.tags?.length} tags; the rollout record needs ${needed} of the ${maxTagsPerResource} AWS allows`
  )
}

/** `blue=0 green=100` */
function formatWeights(weights: Partial<Record<Color, number>>): string {
  return (['blue', 'green'] as const)
    .filter((color) => weights[color] !== undefined)
    .map((color) => `${color}=${weights[color]}`)
    .join(' ')
}

function parseWeights(text: string | undefined): Partial<Record<Color, number>> | undefined {
  if (!text) return undefined
  const weights: Partial<Record<Color, number>> = {}
  for (const [, color, weight] of text.matchAll(/(blue|green)=(\d+)/g))
    weights[color as Color] = Number(weight)
  return Object.keys(weights).length > 0 ? weights : undefined
}

/** Text as a tag value: the characters every AWS service accepts in tags, at most `max` of them. */
export function tagValue(text: string, max = 256): string {
  return text.replace(/[^\p{L}\p{N} +\-=._:/@]/gu, '_').slice(0, max)
}

/** Says when a run takes over from a rollout that did not end (its runner was lost, or it was paused). */
export function unfinished(state: RolloutState | undefined, where: string): string | undefined {
  if (!state || !['deploying', 'paused', 'switched'].includes(state.status)) return undefined
  return `the previous rollout (${state.taskDefinition} on ${where}, run ${state.run || 'unknown'}) ended ${state.status}; this run replaces it`
}
