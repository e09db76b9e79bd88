/**
 * The saved state of a rollout on a pair (blue-green, rollback): written on the color it deploys to, naming the
 * color that was live before and the weights it moves production to (src/rollout/record.ts adds the rest).
 */
import type { RecordFacts } from '../rollout/record.ts'
import type { StateStatus } from '../state/state.ts'
import { other, type Color } from './pair.ts'

/** The steps of a rollout on a pair, as the saved state numbers them (0 deploy ... 5 scale-down). */
export const stepNames = ['deploy', 'verify', 'pause', 'shift', 'bake', 'scale-down'] as const
export type StepName = (typeof stepNames)[number]

export interface PairRecordFacts {
  /** The action and the workflow run that write it. */
  action: string
  run: string
  taskDefinitionArn: string
  previousTaskDefinitionArn: string
  /** The color the rollout brings production traffic to. */
  target: Color
  /** The weights now, by color, in percent (recorded as they are with `exact`, else 100 to the target once moving). */
  weights: Record<Color, number>
  exact?: boolean
  /** The succeeded versions, as this state is to record them. */
  history: string[]
  reason?: string
}

/** The saved state of a rollout on a pair: its versions, and the weights it moves production to. */
export function pairRecord(status: StateStatus, facts: PairRecordFacts): RecordFacts {
  const moving = status === 'switched' || status === 'succeeded'
  return {
    taskDefinition: facts.taskDefinitionArn,
    previousTaskDefinition: facts.previousTaskDefinitionArn,
    weights: moving && !facts.exact ? { blue: 0, green: 0, [facts.target]: 100 } : facts.weights,
    previousColor: other(facts.target),
    run: facts.run,
    action: facts.action,
    history: facts.history,
    ...(facts.reason ? { reason: facts.reason } : {})
  }
}
