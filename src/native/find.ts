/**
 * Starting a service deployment: UpdateService with the new version, then the service deployment ECS created for
 * it, found with ListServiceDeployments (created since the update, deploying a revision of this task definition).
 */
import { formatDuration } from '../core/duration.ts'
import { finished, notYet, poll } from '../core/poller.ts'
import type { RolloutContext } from '../rollout/rollout.ts'
import type { NativeOptions, NativePorts } from './options.ts'

/** ECS and the runner keep different clocks: a deployment created this long before the update's answer still counts. */
const clockSkewMs = 60_000

export async function findServiceDeployment(
  run: { ports: NativePorts; options: NativeOptions; context: RolloutContext },
  target: { cluster: string; service: string; taskDefinition: string }
): Promise<{ arn: string; deploymentId?: string }> {
  const { ports, options, context } = run
  const { ecs } = ports
  const { cluster, service, taskDefinition } = target
  const updated = await ecs.updateService(
    { cluster, service, taskDefinition, desiredCount: options.desiredCount },
    context.signal
  )
  const primary = updated.deployments?.find(
    (deployment) => deployment.status === 'PRIMARY' && deployment.taskDefinition === taskDefinition
  )
  const since = primary?.createdAt ?? new Date(context.clock.now())
  const after = new Date(since.getTime() - clockSkewMs)
  const revisions = new Map<string, string | undefined>()
  const revisionOf = async (arn: string) => {
    if (!revisions.has(arn)) revisions.set(arn, (await ecs.describeServiceRevision(arn))?.taskDefinition)
    return revisions.get(arn)
  }
  const waitMs = Math.min(options.waitTimeoutMs, 120_000)
  const found = await poll(
    async () => {
      for (const brief of await ecs.listServiceDeployments(cluster, service, { after }, context.signal)) {
        const revision = brief.targetServiceRevisionArn
        if (brief.serviceDeploymentArn && revision && (await revisionOf(revision)) === taskDefinition)
          return finished(brief.serviceDeploymentArn)
      }
      return notYet(false)
    },
    {
      clock: context.clock,
      intervalMs: options.pollIntervalMs,
      deadline: context.clock.now() + waitMs,
      signal: context.signal
    }
  )
  if (!found.done) {
    throw new Error(
      `UpdateService did not start a service deployment of ${taskDefinition} on ${service} within ${formatDuration(waitMs)}`
    )
  }
  return { arn: found.value, deploymentId: primary?.id }
}
