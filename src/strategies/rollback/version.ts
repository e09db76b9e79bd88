/**
 * Which version a rollback goes back to, from AWS facts alone: `to: previous` is the last version that succeeded
 * before the one rolled back from, read from the history in the saved state; or the task definition `to` names.
 * Nothing recorded, a version that no longer exists, or one of another family: one line, nothing changed.
 */
import type { EcsPort } from '../../aws/ecs.ts'
import { familyOf } from '../../aws/task-definition.ts'
import { InputError, oneLine, quote } from '../../core/errors.ts'
import { historyOf, previousOf } from '../../state/history.ts'
import { sameRevision, type RolloutState, type StateStatus } from '../../state/state.ts'

/** The version to go back to, as ECS describes it. */
export interface TargetVersion {
  arn: string
  /** INACTIVE (deregistered): ECS runs it where it runs already, but deploys it nowhere new. */
  active: boolean
}

/** A rollout that did not end: its run died, or it is paused. */
export const inProgress = (state: { status: StateStatus } | undefined): boolean =>
  state !== undefined && ['deploying', 'paused', 'switched'].includes(state.status)

/** A rollback that did not end: re-running it goes on to its target, from its version. */
export function unfinishedRollback(state: RolloutState | undefined): RolloutState | undefined {
  return state?.action === 'rollback' && inProgress(state) ? state : undefined
}

/** The version `to` means when rolling back from `from`, on `where` (its services, for messages). */
export async function targetVersion(
  ecs: EcsPort,
  to: string,
  from: string,
  state: RolloutState | undefined,
  where: string
): Promise<TargetVersion> {
  const history = historyOf(state)
  const unfinished = unfinishedRollback(state)
  let wanted = to
  if (to === 'previous') {
    const recordedBy = state ? ` (last written by run ${state.run || 'unknown'})` : ''
    if (!state) {
      throw new InputError(
        `Nothing to roll back to: no rollout is recorded on ${where} (no ecs-deploy:* tags); give to: a task definition (ARN or family:revision)`
      )
    }
    const previous = unfinished ? unfinished.taskDefinition : previousOf(history, from)
    if (!previous) {
      throw new InputError(
        `Nothing to roll back to: the record on ${where}${recordedBy} names no version that succeeded before ${from} (succeeded: ${history.join(', ') || 'none'}); give to: a task definition`
      )
    }
    wanted = previous
  } else if (familyOf(to) !== familyOf(from) && !history.some((entry) => sameRevision(entry, to))) {
    throw new InputError(
      `Invalid input to: ${quote(to)} is of family ${familyOf(to)}, not ${familyOf(from)} that ${where} runs, and no recorded rollout ran it there`
    )
  }
  try {
    const { taskDefinition } = await ecs.describeTaskDefinition(wanted)
    return { arn: taskDefinition.taskDefinitionArn ?? wanted, active: taskDefinition.status !== 'INACTIVE' }
  } catch (error) {
    if ((error as Error).name !== 'ClientException') throw error
    const what = to === 'previous' ? `the previous version ${wanted}` : `to: ${quote(to)}`
    throw new InputError(`Cannot roll back: ${what} no longer exists in ECS (${oneLine(error)})`)
  }
}

/** ECS does not deploy a deregistered revision anywhere it does not run already. */
export function refuseInactive(target: TargetVersion, where: string): void {
  if (target.active) return
  throw new InputError(
    `Cannot roll back: ${target.arn} is INACTIVE (deregistered), and ECS deploys it to ${where} no more; register it again and give to: the new revision`
  )
}
