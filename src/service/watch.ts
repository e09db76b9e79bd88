/**
 * Following ECS service deployments to a verdict: polling `deployments[]` and the deployment's own tasks (never
 * "services stable", which succeeds after a circuit-breaker rollback), with the gates checked on every look.
 */
import type { Deployment, Service } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import { withOwnSignal, type Clock } from '../core/clock.ts'
import { formatDuration } from '../core/duration.ts'
import { poll, finished, notYet } from '../core/poller.ts'
import type { Timeline } from '../core/timeline.ts'
import { describeStoppedTasks, failedTasks } from '../gates/ecs-tasks.ts'
import {
  checkGates,
  once,
  overall,
  type DeploymentCounts,
  type Gate,
  type GateReport
} from '../gates/gate.ts'

/** How following a deployment ended. */
export type DeploymentVerdict =
  | { ok: true; reason: string }
  | {
      ok: false
      reason: string
      /** gate: a gate failed; circuit-breaker: ECS failed it; superseded: another deployment replaced it. */
      cause: 'gate' | 'circuit-breaker' | 'superseded' | 'timeout'
      /** The gate that failed (cause `gate`). */
      gate?: string
      /** The deployment ECS started to roll back, when it did. */
      ecsRollback?: Deployment
    }

/** One deployment of one ECS service. */
export interface DeploymentRef {
  ecs: EcsPort
  cluster: string
  /** The service's name or ARN. */
  service: string
  deploymentId: string
  /** Tasks that had already stopped before the watch began (a deployment that existed before this run). */
  ignoredTasks?: Set<string>
}

/** One ECS service deployment under watch, and everything needed to look at it. */
export interface WatchedDeployment extends DeploymentRef {
  /** How many tasks the rollout deployed: what the gates expect, whatever the service's desired count becomes. */
  expectedCount: number
  /** Checked on every poll with the deployment's tasks; may be empty. */
  gates: Gate[]
  timeline: Timeline
  clock: Clock
  signal?: AbortSignal
  /** The longest pause between two looks: the reaction time to a failure. */
  intervalMs: number
  /** The deployment is verified or baked: its tasks and targets are read on every look (else once it completes). */
  settled?: boolean
  /** How long the service's targets take to turn healthy and to drain (to look when ECS can have moved on). */
  timings?: TargetTimings
  /** Service events already known before the rollout (not logged again). */
  seenEvents: Set<string>
  /** Told the gate reports of every look (those that came in time). */
  onReports?: (reports: GateReport[]) => void
}

/** From the target groups' settings, each read when first needed: health checks until healthy, deregistration delay. */
export interface TargetTimings {
  healthyAfterMs(): Promise<number>
  drainMs(): Promise<number>
}

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

type Look =
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
function lookAt(watch: WatchedDeployment): Promise<Look> {
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
function rolledOut(service: Service, deployment: Deployment): boolean {
  return (
    deployment.rolloutState === 'COMPLETED' ||
    (deployment.rolloutState === undefined && service.deployments?.length === 1)
  )
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
