/**
 * The record a rollout keeps in AWS tags for later runs (src/state), its writer built here and only here: the
 * strategy gives its facts (versions, action, run, weights, history), the rollout adds the status, the step and
 * the time. The step is one numbering for every strategy: the index, in the strategy's list of step names, of the
 * step the record was written at (a status written outside the steps names its own: switched the bake, succeeded
 * the scale-down, any other the deploy).
 */
import type { EcsPort } from '../aws/ecs.ts'
import type { RolloutState, StateStatus } from '../state/state.ts'
import { StateWriter } from '../state/writer.ts'
import type { Rollout, RolloutContext } from './rollout.ts'

/** What a strategy records; the rollout adds the rest. */
export type RecordFacts = Omit<RolloutState, 'status' | 'step' | 'updatedAt'>

export interface RecordSpec {
  ecs: EcsPort
  /** The service the record is kept on. */
  service: { arn: string; name: string }
  /** The strategy's step names in order, and the one the record names (the running step, unless said). */
  steps(): { names: readonly string[]; current: string | undefined }
  facts(status: StateStatus): RecordFacts
}

/** The step a record names (see above). */
export function stepOf(current: string | undefined, status: StateStatus, names: readonly string[]): number {
  const running = names.indexOf(current ?? '')
  if (running >= 0) return running
  const byStatus: Partial<Record<StateStatus, string>> = { switched: 'bake', succeeded: 'scale-down' }
  return Math.max(0, names.indexOf(byStatus[status] ?? 'deploy'))
}

/** The writer of one rollout's record. */
export function recordOf(rollout: Rollout, context: RolloutContext, spec: RecordSpec): StateWriter {
  return new StateWriter(spec.ecs, spec.service, context.log, (status) => {
    const { names, current } = spec.steps()
    return {
      ...spec.facts(status),
      status,
      step: stepOf(current ?? rollout.current, status, names),
      updatedAt: new Date(context.clock.now()).toISOString()
    }
  })
}
