/**
 * Following ECS service deployments to a verdict: polling `deployments[]` and the deployment's own tasks (never
 * "services stable", which succeeds after a circuit-breaker rollback), with the gates checked on every look
 * (./look.ts), and a look when ECS can next have moved on.
 */
import type { Deployment, Service } from '@aws-sdk/client-ecs'
import { formatDuration } from '../core/duration.ts'
import { poll, finished, notYet } from '../core/poller.ts'
import { describeStoppedTasks, failedTasks } from '../gates/ecs-tasks.ts'
import { overall, type GateReport } from '../gates/gate.ts'
import { lookAt, rolledOut } from './look.ts'
import type { DeploymentRef, DeploymentVerdict, WatchedDeployment } from './watched.ts'

export type { DeploymentRef, DeploymentVerdict, TargetTimings, WatchedDeployment } from './watched.ts'

/** The PRIMARY deployment that UpdateService started for `taskDefinitionArn` (or the one already running it). */
export function deploymentOf(service: Service, taskDefinitionArn: string): Deployment {
  const primary = service.deployments?.find((deployment) => deployment.status === 'PRIMARY')
  if (!primary?.id || primary.taskDefinition !== taskDefinitionArn) {
    throw new Error(
      `UpdateService did not start a deployment of ${taskDefinitionArn} on service ${service.serviceName}`
    )
  }
  return primary
}

/**
 * Follows the deployment until it completes with every gate passing, a gate fails, ECS gives up, or the
 * wait-timeout runs out.
 */
export async function followDeployment(
  watch: WatchedDeployment,
  waitTimeoutMs: number,
  /** A deployment just started: nothing can have happened before this (a poll interval). */
  firstLookAfterMs = 0
): Promise<DeploymentVerdict> {
  const started = watch.clock.now()
  const result = await poll<DeploymentVerdict>(
    async () => {
      const look = await lookAt(watch)
      if (look.ended) return finished(look.ended)
      const { failed } = look
      if (failed) return finished({ ok: false, cause: 'gate', gate: failed.gate, reason: failed.observed })
      const { deployment, service } = look
      if (
        rolledOut(service, deployment) &&
        deployment.runningCount === deployment.desiredCount &&
        overall(look.reports) === 'passed'
      ) {
        const reason = `deployment ${watch.deploymentId} completed in ${formatDuration(watch.clock.now() - started)}: ${look.summary}`
        return finished({ ok: true, reason })
      }
      return notYet(look.changed, await nextChange(watch, service, started))
    },
    { ...pollOptions(watch, started + waitTimeoutMs), firstCheckAfterMs: firstLookAfterMs }
  )
  if (result.done) return result.value
  return {
    ok: false,
    cause: 'timeout',
    reason: `deployment ${watch.deploymentId} not done within wait-timeout ${formatDuration(waitTimeoutMs)}: ${await lastObserved(watch)}`
  }
}

/** How a bake is told: its name in a failure (`bake-time`), and when it has what it waited for before `until`. */
export interface BakeOptions {
  /** What the watch is called in its verdicts (default `bake-time`). */
  phase?: string
  /** Asked after each look on which every gate passed: true ends the watch at once, ok. */
  done?: () => boolean
}

/**
 * Keeps watching a completed deployment until `until` (or until `done` says so): it must stay PRIMARY and every
 * gate must keep passing.
 */
export async function bake(
  watch: WatchedDeployment,
  until: number,
  options: BakeOptions = {}
): Promise<DeploymentVerdict> {
  const started = watch.clock.now()
  const phase = options.phase ?? 'bake-time'
  const failure = (report: GateReport): DeploymentVerdict => {
    const reason = `during ${phase}, after ${formatDuration(watch.clock.now() - started)}: ${report.observed}`
    return { ok: false, cause: 'gate', gate: report.gate, reason }
  }
  const result = await poll<DeploymentVerdict>(
    async () => {
      const look = await lookAt(watch)
      if (look.ended) return finished(look.ended)
      if (look.failed) return finished(failure(look.failed))
      const notPassing = look.reports.find((report) => report.state !== 'passed')
      if (notPassing) return finished(failure(notPassing))
      if (options.done?.()) {
        const after = formatDuration(watch.clock.now() - started)
        return finished({ ok: true, reason: `every gate passed during ${after} of ${phase}` })
      }
      return notYet(look.changed)
    },
    pollOptions(watch, until)
  )
  if (result.done) return result.value
  return { ok: true, reason: `no gate failed during ${formatDuration(until - started)} of ${phase}` }
}

/**
 * One look with every gate, before traffic moves: the reports if the deployment is still the service's and no
 * gate failed, else the verdict.
 */
export async function lookOnce(
  watch: WatchedDeployment
): Promise<{ ok: true; reports: GateReport[] } | (DeploymentVerdict & { ok: false })> {
  const look = await lookAt(watch)
  if (look.ended) return look.ended
  if (look.failed) return { ok: false, cause: 'gate', gate: look.failed.gate, reason: look.failed.observed }
  return { ok: true, reports: look.reports }
}

/**
 * When ECS can next have moved the deployment on, if the events tell: the old targets' drain began (it ends after
 * the deregistration delay), or the new targets were registered with nothing to drain (they turn healthy after
 * the health checks). Once that moment has passed, a look every two seconds or so until ECS reports it.
 */
async function nextChange(
  watch: WatchedDeployment,
  service: Service,
  since: number
): Promise<number | undefined> {
  const { timings } = watch
  if (!timings) return undefined
  const latest = (pattern: RegExp) =>
    Math.max(
      ...(service.events ?? [])
        .filter((event) => pattern.test(event.message ?? '') && (event.createdAt?.getTime() ?? 0) >= since)
        .map((event) => event.createdAt!.getTime()),
      -Infinity
    )
  const drainBegan = latest(/has begun draining connections|deregistered \d+ targets/)
  const othersRun = (service.deployments ?? []).some(
    (other) => other.id !== watch.deploymentId && (other.runningCount ?? 0) > 0
  )
  const registered = othersRun ? -Infinity : latest(/ registered \d+ targets/)
  const expected =
    drainBegan > -Infinity
      ? drainBegan + (await timings.drainMs().catch(() => NaN))
      : registered > -Infinity
        ? registered + (await timings.healthyAfterMs().catch(() => NaN))
        : NaN
  if (!Number.isFinite(expected)) return undefined
  // Past the expected moment, ECS still has to stop the old tasks (seconds on AWS): a look every two seconds, or
  // after a third of the time overdue once that is longer; a verdict comes at most that late after ECS's.
  const now = watch.clock.now()
  if (expected > now) return expected + 500
  return now + Math.min(watch.intervalMs, Math.max(2000, (now - expected) / 3))
}

/**
 * What stopped the deployment's tasks (stop code, reason, exit codes), if any stopped for a reason of their own,
 * read from the tasks themselves: whatever ended a rollout (a breaker's verdict or a timeout that came in the same
 * look as the stops, a gate, a cancellation), its reason must say why the tasks stopped.
 */
export async function stopsOf(watch: DeploymentRef, signal?: AbortSignal): Promise<string | undefined> {
  const tasks = await watch.ecs.deploymentTasks(watch.cluster, watch.service, watch.deploymentId, signal)
  const stopped = failedTasks(tasks.filter((task) => !watch.ignoredTasks?.has(task.taskArn ?? '')))
  return stopped.length > 0 ? describeStoppedTasks(stopped) : undefined
}

/** `reason`, then `stops` unless the reason says it already. */
export function withStops(reason: string, stops: string | undefined): string {
  return stops && !reason.includes(stops) ? `${reason}; ${stops}` : reason
}

/** What was seen last: the deployment, each gate (unhealthy targets with their reasons), the latest events. */
async function lastObserved(watch: WatchedDeployment): Promise<string> {
  // One full look: the tasks and targets as they are now (with the reasons of unhealthy ones), and the events that
  // came after the last look.
  await lookAt({ ...watch, settled: true }).catch(() => undefined)
  const events = watch.timeline.entries
    .filter((entry) => entry.subject === 'event')
    .slice(-3)
    .map((entry) => entry.observed)
  const seen = watch.timeline.latest(['deployment', ...watch.gates.map((gate) => gate.name)])
  return events.length > 0 ? `${seen}; last service events: ${events.join(' / ')}` : seen
}

function pollOptions(watch: WatchedDeployment, deadline: number) {
  return {
    clock: watch.clock,
    intervalMs: watch.intervalMs,
    maxIntervalMs: watch.intervalMs,
    deadline,
    signal: watch.signal,
    onError: (error: unknown) => watch.timeline.note('error', `${(error as Error).message} (will retry)`)
  }
}

/** Tasks of a deployment that had stopped already (so a watch that begins now does not blame them). */
export async function stoppedTasks(ref: Omit<DeploymentRef, 'ignoredTasks'>): Promise<Set<string>> {
  const tasks = await ref.ecs.deploymentTasks(ref.cluster, ref.service, ref.deploymentId)
  return new Set(tasks.filter((task) => task.desiredStatus === 'STOPPED').map((task) => task.taskArn ?? ''))
}
