/**
 * The saved state of a rollout on a pair (blue-green, rollback): written on the color it deploys to, naming the
 * color that was live before, the weights it moves production to, and the step it is at.
 */
import type { RolloutState, StateStatus } from '../state/state.ts'
import { other, type Color } from './pair.ts'

/** The steps of a rollout on a pair, as the saved state numbers them (0 deploy ... 5 scale-down). */
export const stepNames = ['deploy', 'verify', 'pause', 'shift', 'bake', 'scale-down'] as const
export type StepName = (typeof stepNames)[number]

/**
 * The step the saved state names: the one running, or, for a status written outside the steps, its own (`names`:
 * the strategy's steps, blue-green's by default).
 */
export function stepOf(
  current: string | undefined,
  status: StateStatus,
  names: readonly string[] = stepNames
): number {
  const running = names.indexOf(current ?? '')
  if (running >= 0) return running
  const byStatus: Partial<Record<StateStatus, string>> = { switched: 'bake', succeeded: 'scale-down' }
  return Math.max(0, names.indexOf(byStatus[status] ?? 'deploy'))
}

export interface PairRecordFacts {
  /** The action and the workflow run that write it. */
  action: string
  run: string
  /** The step running (its name), and the strategy's steps when they are not blue-green's. */
  current?: string
  names?: readonly string[]
  taskDefinitionArn: string
  previousTaskDefinitionArn: string
  /** The color the rollout brings production traffic to. */
  target: Color
  /** The weights now, by color, in percent (recorded as they are with `exact`, else 100 to the target once moving). */
  weights: Record<Color, number>
  exact?: boolean
  /** The clock's time. */
  now: number
  /** The succeeded versions, as this state is to record them. */
  history: string[]
  reason?: string
}

/** The saved state of a rollout on a pair: status, versions, the step, and the weights it moves production to. */
export function pairRecord(status: StateStatus, facts: PairRecordFacts): RolloutState {
  const moving = status === 'switched' || status === 'succeeded'
  return {
    status,
    taskDefinition: facts.taskDefinitionArn,
    previousTaskDefinition: facts.previousTaskDefinitionArn,
    step: stepOf(facts.current, status, facts.names),
    weights: moving && !facts.exact ? { blue: 0, green: 0, [facts.target]: 100 } : facts.weights,
    previousColor: other(facts.target),
    run: facts.run,
    updatedAt: new Date(facts.now).toISOString(),
    action: facts.action,
    history: facts.history,
    ...(facts.reason ? { reason: facts.reason } : {})
  }
}
