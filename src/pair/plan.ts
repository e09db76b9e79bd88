/**
 * What a run on a pair (blue-green, canary) will do, decided with read-only calls from the pair, its saved state and
 * the inputs: deploy a new version, promote a paused one, continue what a run that died left (at its bake, or at its
 * scale-down), or nothing (the version is live).
 */
import type { EcsPort } from '../aws/ecs.ts'
import {
  chooseVersion,
  sameRequest,
  toRequest,
  type NewVersion,
  type TaskDefinitionSource
} from '../aws/task-definition.ts'
import { InputError } from '../core/errors.ts'
import type { ServiceSnapshot } from '../service/service.ts'
import { sameRevision } from '../state/state.ts'
import { other, refuse, sideOf, type Color, type ColorPair } from './pair.ts'

/** What planning reads of a run's options. */
export interface PlanOptions {
  /** full and deploy deploy a version; promote continues a paused rollout. */
  mode: string
  /** The new version (not with promote). */
  taskDefinition?: TaskDefinitionSource
  allowFamilyChange?: boolean
  /** With promote: the paused version must be this one. */
  expectedTaskDefinitionArn?: string
  desiredCount?: number
  scaleDown: 'after-bake' | 'never'
}

/** What the run does once every check passed. */
export type Plan =
  | { kind: 'nothing'; reason: string }
  /** Deploy a new version to the idle color, verify, then pause or switch. */
  | { kind: 'deploy'; taskDefinition: NewVersion; desiredCount: number }
  /**
   * Continue a rollout of the version the state names: a paused one at `verify` (re-checked, then switched), one
   * whose run died while baking at `bake` (traffic is on it already), one whose run died before the old color was
   * scaled down at `scale-down`.
   */
  | { kind: 'continue'; from: 'verify' | 'bake' | 'scale-down'; taskDefinitionArn: string }

/** What a full or deploy run does: deploy to the idle color, or nothing when the version is live already. */
export async function planDeployment(
  pair: ColorPair,
  live: Color,
  restore: boolean,
  options: PlanOptions,
  ecs: EcsPort
): Promise<Plan> {
  const liveSide = sideOf(pair, live)
  const idleSide = sideOf(pair, other(live))
  const desiredCount = options.desiredCount ?? liveSide.service.desiredCount
  if (desiredCount < 1) {
    throw refuse(
      'desired-count',
      `the live color ${live} (${liveSide.name}) runs 0 tasks; give desired-count for ${idleSide.name}`
    )
  }
  if (!options.taskDefinition)
    throw new InputError('task-definition, task-definition-arn or image is required')
  const liveArn = liveSide.service.taskDefinition
  const taskDefinition = await chooseVersion(options.taskDefinition, liveArn, ecs, options.allowFamilyChange)
  // The version is live already: nothing to do, unless a full run left something undone.
  const nothingOrUndone = (): Plan =>
    (options.mode === 'full' ? leftUndone(pair, live, restore, options) : undefined) ?? {
      kind: 'nothing',
      reason: `${live} (${liveSide.name}) already serves ${liveArn}; nothing to deploy`
    }
  if ('arn' in taskDefinition) {
    if (taskDefinition.arn === liveArn) return nothingOrUndone()
    return { kind: 'deploy', taskDefinition, desiredCount }
  }
  // A registration identical to what a color runs already registers nothing new (re-runs converge).
  const [liveDefinition, idleDefinition] = await Promise.all(
    [liveArn, idleSide.service.taskDefinition].map((arn) => ecs.describeTaskDefinition(arn))
  )
  const same = (described: typeof liveDefinition) =>
    sameRequest(toRequest(described.taskDefinition, described.tags), taskDefinition.register)
  if (same(liveDefinition)) return nothingOrUndone()
  if (same(idleDefinition)) {
    return { kind: 'deploy', taskDefinition: { arn: idleSide.service.taskDefinition }, desiredCount }
  }
  return { kind: 'deploy', taskDefinition, desiredCount }
}

/**
 * What a run that had switched traffic to the live color left undone, if anything: its bake (the state still says
 * switched), or the scale-down of the old color (the state says succeeded, yet the old color still runs the
 * version it ran before, and the inputs ask for the scale-down).
 */
function leftUndone(pair: ColorPair, live: Color, restore: boolean, options: PlanOptions): Plan | undefined {
  const state = pair.state
  const liveSide = sideOf(pair, live)
  const idleSide = sideOf(pair, other(live))
  if (restore || state?.color !== live || idleSide.service.desiredCount === 0) return undefined
  const taskDefinitionArn = liveSide.service.taskDefinition
  if (state.status === 'switched') return { kind: 'continue', from: 'bake', taskDefinitionArn }
  if (
    state.status === 'succeeded' &&
    options.scaleDown === 'after-bake' &&
    sameRevision(idleSide.service.taskDefinition, state.previousTaskDefinition)
  ) {
    return { kind: 'continue', from: 'scale-down', taskDefinitionArn }
  }
  return undefined
}

/** What a promote run does: finish the paused rollout on the idle color (or what a dead run left undone). */
export function planPromotion(pair: ColorPair, live: Color, restore: boolean, options: PlanOptions): Plan {
  const state = pair.state
  const idle = other(live)
  const idleSide = sideOf(pair, idle)
  const recorded = state
    ? `the last rollout recorded on the pair is ${state.status} on ${state.color} (${state.taskDefinition}${state.run ? `, run ${state.run}` : ''})`
    : 'no rollout is recorded on the pair'
  const undone = leftUndone(pair, live, restore, options)
  if (state && undone) {
    checkExpected(options, state.taskDefinition, sideOf(pair, live).service)
    return undone
  }
  if (state?.status === 'paused' && state.color === live) {
    throw new InputError(
      `Nothing to promote: ${live} (${sideOf(pair, live).name}), paused by the last rollout, takes the production traffic already (the rule was changed outside this action)`
    )
  }
  const resumable = state?.status === 'paused' || (state?.status === 'switched' && restore)
  if (!state || !resumable || state.color !== idle) {
    throw new InputError(
      `Nothing to promote: ${recorded}; mode promote continues a rollout paused by mode deploy`
    )
  }
  if (!sameRevision(idleSide.service.taskDefinition, state.taskDefinition)) {
    throw new InputError(
      `Nothing to promote: ${idle} (${idleSide.name}) now runs ${idleSide.service.taskDefinition}, not ${state.taskDefinition} that the paused rollout verified`
    )
  }
  checkExpected(options, state.taskDefinition, idleSide.service)
  if (idleSide.service.desiredCount < 1) {
    throw new InputError(
      `Nothing to promote: ${idle} (${idleSide.name}) was scaled to 0 tasks after the rollout paused; deploy again`
    )
  }
  return { kind: 'continue', from: 'verify', taskDefinitionArn: idleSide.service.taskDefinition }
}

function checkExpected(options: PlanOptions, recorded: string, service: ServiceSnapshot): void {
  const expected = options.expectedTaskDefinitionArn
  if (expected && !sameRevision(expected, service.taskDefinition)) {
    throw refuse(
      'task-definition-arn',
      `${expected} is not the paused version: ${service.name} runs ${service.taskDefinition} (recorded: ${recorded})`
    )
  }
}
