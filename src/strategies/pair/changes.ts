import { throwIfCancelled } from '../../core/clock.ts'
import type { Timeline } from '../../core/timeline.ts'
import type { RolloutContext } from '../../rollout/rollout.ts'

/**
 * The changes a run makes: each one is not sent once the run was cancelled or lost its lock, and once made is listed
 * (the report's `changes`) and put on the timeline.
 */
export function changeList(context: RolloutContext, timeline: Timeline) {
  const changes: string[] = []
  return {
    changes,
    async change(subject: string, what: string, call: () => Promise<unknown>): Promise<void> {
      throwIfCancelled(context.signal)
      await context.fence?.check()
      await call()
      changes.push(what)
      timeline.note(subject, what)
    }
  }
}
