/** Following a service deployment ECS was asked to roll back, to the end of the rollback. */
import type { EcsPort } from '../aws/ecs.ts'
import type { Clock } from '../core/clock.ts'
import { finished, notYet, poll, type PollResult } from '../core/poller.ts'
import type { Timeline } from '../core/timeline.ts'
import { endedStatuses } from './follow.ts'

/** The status the deployment ended with (ROLLBACK_SUCCESSFUL when traffic is back on the previous revision). */
export function followRollback(
  ecs: EcsPort,
  arn: string,
  timeline: Timeline,
  clock: Clock,
  settings: { pollIntervalMs: number; waitTimeoutMs: number }
): Promise<PollResult<string>> {
  return poll(
    async () => {
      const deployment = await ecs.describeServiceDeployment(arn)
      const status = deployment?.status ?? 'unknown'
      const changed = timeline.observe('rollback', `${deployment?.lifecycleStage ?? '?'} (${status})`)
      return endedStatuses.includes(status) ? finished(status) : notYet(changed)
    },
    {
      clock,
      intervalMs: settings.pollIntervalMs,
      maxIntervalMs: settings.pollIntervalMs,
      deadline: clock.now() + settings.waitTimeoutMs
    }
  )
}
