/**
 * One look at a deployment: the service (one DescribeServices) and the gates at once, the tasks read only when a
 * gate needs them; what changed goes to the timeline.
 */
import type { Deployment, Service } from '@aws-sdk/client-ecs'
import { withOwnSignal } from '../core/clock.ts'
import { checkGates, once, type DeploymentCounts, type GateReport } from '../gates/gate.ts'
import type { DeploymentVerdict, WatchedDeployment } from './watched.ts'

export type Look =
  | { ended: DeploymentVerdict & { ok: false } }
  /** A gate failed (possibly before the service was described: the look did not wait for it). */
  | { ended?: undefined; failed: GateReport }
  | {
      ended?: undefined
      failed?: undefined
      service: Service
      deployment: Deployment
      reports: GateReport[]
      summary: string
      changed: boolean
    }

type ServiceState =
  | { ended: DeploymentVerdict & { ok: false } }
  | { ended?: undefined; service: Service; deployment: Deployment }

/**
 * One poll: the service and the gates at once, the tasks fetched only when a gate asks for them; every change goes
 * to the timeline. A failing gate ends the look at once: calls still in flight are aborted, their answers unused.
 */
export function lookAt(watch: WatchedDeployment): Promise<Look> {
  return withOwnSignal(watch.signal, async (signal) => {
    const described = describeWatched(watch, signal)
    const counts = async (): Promise<DeploymentCounts | undefined> => {
      const state = await described.catch(() => undefined)
      if (!state || state.ended) return undefined
      const { runningCount, pendingCount, desiredCount, failedTasks } = state.deployment
      return {
        running: runningCount ?? 0,
        pending: pendingCount ?? 0,
        desired: desiredCount ?? 0,
        failed: failedTasks ?? 0
      }
    }
    const settled = async () => {
      const state = await described.catch(() => undefined)
      return (
        watch.settled === true ||
        !state ||
        state.ended !== undefined ||
        rolledOut(state.service, state.deployment)
      )
    }
    // Read when a gate needs them: once the deployment settles, or on a sign of failure. The stopped ones always:
    // a task that crashed after turning healthy is replaced without ECS counting it as failed.
    const tasks = once(async () =>
      (await watch.ecs.deploymentTasks(watch.cluster, watch.service, watch.deploymentId, signal)).filter(
        (task) => !watch.ignoredTasks?.has(task.taskArn ?? '')
      )
    )
    const checked = checkGates(watch.gates, {
      tasks,
      expectedCount: watch.expectedCount,
      counts,
      settled,
      signal
    })
    // Whichever fails first ends the look; a late answer (or error) of the other is not waited for.
    described.catch(() => undefined)
    checked.catch(() => undefined)
    const first = await Promise.race([described, checked])
    if (Array.isArray(first)) {
      const failed = first.find((report) => report.state === 'failed')
      if (failed) return reported(watch, first, failed)
    }
    const state = await described
    if (state.ended) {
      const rollback = state.ended.ecsRollback
        ? `; ECS is rolling back with deployment ${state.ended.ecsRollback.id}`
        : ''
      watch.timeline.note('deployment', `${state.ended.reason}${rollback}`)
      return { ended: state.ended }
    }
    const { service, deployment } = state
    let changed = reportEvents(service, watch)
    changed = watch.timeline.observe('deployment', describeDeployment(deployment)) || changed
    const reports = await checked
    const failed = reports.find((report) => report.state === 'failed')
    if (failed) return reported(watch, reports, failed)
    for (const report of reports) changed = watch.timeline.observe(report.gate, report.observed) || changed
    watch.onReports?.(reports)
    const summary = reports.map((report) => report.observed).join('; ') || describeDeployment(deployment)
    return { service, deployment, reports, summary, changed }
  })
}

/** The reports of a look that a gate failed, on the timeline. */
function reported(watch: WatchedDeployment, reports: GateReport[], failed: GateReport): Look {
  for (const report of reports) watch.timeline.observe(report.gate, report.observed)
  watch.onReports?.(reports)
  return { failed }
}

/** The service and the watched deployment in it, or why that deployment is over. */
async function describeWatched(watch: WatchedDeployment, signal: AbortSignal): Promise<ServiceState> {
  const service = await watch.ecs.describeService(watch.cluster, watch.service, signal)
  if (!service) throw new Error(`service ${watch.service} no longer exists in cluster ${watch.cluster}`)
  const deployment = service.deployments?.find((candidate) => candidate.id === watch.deploymentId)
  const primary = service.deployments?.find((candidate) => candidate.status === 'PRIMARY')
  const ended = endOf(watch.deploymentId, deployment, primary, service)
  if (ended) reportEvents(service, watch)
  return ended ? { ended } : { service, deployment: deployment! }
}

/** Why the watched deployment is over although it did not complete, if it is. */
function endOf(
  id: string,
  deployment: Deployment | undefined,
  primary: Deployment | undefined,
  service: Service
): (DeploymentVerdict & { ok: false }) | undefined {
  const replacement = primary && primary.id !== id ? primary : undefined
  const by = replacement ? ` ${replacement.id} (${replacement.taskDefinition})` : ''
  if (deployment?.rolloutState === 'FAILED') {
    const reason = `the ECS deployment circuit breaker failed deployment ${id} (rolloutState FAILED: ${deployment.rolloutStateReason ?? 'no reason given'})`
    return { ok: false, cause: 'circuit-breaker', reason, ecsRollback: replacement }
  }
  if (!deployment) {
    // Between two looks the breaker may have failed the deployment and finished its rollback: its events say so.
    const failed = (service.events ?? []).find((event) =>
      event.message?.includes(`(deployment ${id}) deployment failed`)
    )
    if (failed) {
      const reason = `the ECS deployment circuit breaker failed deployment ${id} (${failed.message?.replace(/^\(service [^)]*\) \(deployment [^)]*\) /, '')})`
      return { ok: false, cause: 'circuit-breaker', reason, ecsRollback: replacement }
    }
    return {
      ok: false,
      cause: 'superseded',
      reason: `deployment ${id} is gone; the service now runs deployment${by}`
    }
  }
  if (replacement) {
    return {
      ok: false,
      cause: 'superseded',
      reason: `deployment ${id} was replaced by a newer deployment${by}`
    }
  }
  return undefined
}

/** ECS completed the deployment (an old service with no rollout state: it is the only one). */
export function rolledOut(service: Service, deployment: Deployment): boolean {
  return (
    deployment.rolloutState === 'COMPLETED' ||
    (deployment.rolloutState === undefined && service.deployments?.length === 1)
  )
}

function describeDeployment(deployment: Deployment): string {
  const state = deployment.rolloutState ?? deployment.status
  const counts = `${deployment.runningCount ?? 0}/${deployment.desiredCount ?? 0} running, ${deployment.pendingCount ?? 0} pending`
  const failed = deployment.failedTasks ? `, ${deployment.failedTasks} failed` : ''
  return `${deployment.id} ${state}: ${counts}${failed}`
}

/** Service events newer than the rollout, oldest first (ECS lists them newest first). */
function reportEvents(service: Service, watch: WatchedDeployment): boolean {
  const fresh = (service.events ?? [])
    .filter((event) => event.id && !watch.seenEvents.has(event.id))
    .reverse()
  // Identical events of one look (ECS registering targets one by one) make one line with a count.
  const counts = new Map<string, number>()
  for (const event of fresh) {
    watch.seenEvents.add(event.id!)
    const message = event.message ?? ''
    counts.set(message, (counts.get(message) ?? 0) + 1)
  }
  for (const [message, count] of counts) {
    watch.timeline.note('event', count > 1 ? `${message} (${count} times)` : message)
  }
  return fresh.length > 0
}
