import type { Deployment, Service } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import type { Clock } from '../core/clock.ts'
import { formatDuration } from '../core/duration.ts'
import { poll, finished, notYet } from '../core/poller.ts'
import type { Timeline } from '../core/timeline.ts'
import { checkGates, overall, type Gate } from '../gates/gate.ts'

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

/** One ECS service deployment under watch, and everything needed to look at it. */
export interface WatchedDeployment {
  ecs: EcsPort
  cluster: string
  service: string
  deploymentId: string
  /** Checked on every poll with the deployment's tasks; may be empty. */
  gates: Gate[]
  timeline: Timeline
  clock: Clock
  signal?: AbortSignal
  intervalMs: number
  /**
   * Longest pause between two looks while nothing changes (default: three intervals); a bake that must react
   * within one interval sets it to the interval.
   */
  maxIntervalMs?: number
  /** Service events already known before the rollout (not logged again). */
  seenEvents: Set<string>
  /** Tasks that had already stopped before the watch began (a deployment that existed before this run). */
  ignoredTasks?: Set<string>
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

/** Follows the deployment until it completes with every gate passing, a gate fails, ECS gives up, or the deadline. */
export async function followDeployment(
  watch: WatchedDeployment,
  deadline: number
): Promise<DeploymentVerdict> {
  const started = watch.clock.now()
  const result = await poll<DeploymentVerdict>(
    async () => {
      const look = await lookAt(watch)
      if (look.ended) return finished(look.ended)
      const failing = look.reports.find((report) => report.state === 'failed')
      if (failing) return finished({ ok: false, cause: 'gate', gate: failing.gate, reason: failing.observed })
      const { deployment, service } = look
      const rolledOut =
        deployment.rolloutState === 'COMPLETED' ||
        (deployment.rolloutState === undefined && service.deployments?.length === 1)
      if (
        rolledOut &&
        deployment.runningCount === deployment.desiredCount &&
        overall(look.reports) === 'passed'
      ) {
        const reason = `deployment ${watch.deploymentId} completed in ${formatDuration(watch.clock.now() - started)}: ${look.summary}`
        return finished({ ok: true, reason })
      }
      return notYet(look.changed)
    },
    pollOptions(watch, deadline)
  )
  if (result.done) return result.value
  return {
    ok: false,
    cause: 'timeout',
    reason: `timed out after ${formatDuration(watch.clock.now() - started)} waiting for deployment ${watch.deploymentId} to complete; last observed: ${lastObserved(watch)}`
  }
}

/**
 * Keeps watching a completed deployment until `until`: it must stay PRIMARY and every gate must keep passing.
 */
export async function bake(watch: WatchedDeployment, until: number): Promise<DeploymentVerdict> {
  const started = watch.clock.now()
  const result = await poll<DeploymentVerdict>(
    async () => {
      const look = await lookAt(watch)
      if (look.ended) return finished(look.ended)
      const notPassing = look.reports.find((report) => report.state !== 'passed')
      if (notPassing) {
        const reason = `during bake-time, after ${formatDuration(watch.clock.now() - started)}: ${notPassing.observed}`
        return finished({ ok: false, cause: 'gate', gate: notPassing.gate, reason })
      }
      return notYet(look.changed)
    },
    pollOptions(watch, until)
  )
  if (result.done) return result.value
  return { ok: true, reason: `no gate failed during ${formatDuration(until - started)} of bake-time` }
}

type Look =
  | { ended: DeploymentVerdict & { ok: false } }
  | {
      ended?: undefined
      service: Service
      deployment: Deployment
      reports: Awaited<ReturnType<typeof checkGates>>
      summary: string
      changed: boolean
    }

/** One poll: the service, the deployment, its tasks and the gates; every change goes to the timeline. */
async function lookAt(watch: WatchedDeployment): Promise<Look> {
  const { timeline } = watch
  const service = await watch.ecs.describeService(watch.cluster, watch.service)
  if (!service) throw new Error(`service ${watch.service} no longer exists in cluster ${watch.cluster}`)
  let changed = reportEvents(service, watch)
  const deployment = service.deployments?.find((candidate) => candidate.id === watch.deploymentId)
  const primary = service.deployments?.find((candidate) => candidate.status === 'PRIMARY')
  const ended = endOf(watch.deploymentId, deployment, primary)
  if (ended) {
    const rollback = ended.ecsRollback ? `; ECS is rolling back with deployment ${ended.ecsRollback.id}` : ''
    timeline.note('deployment', `${ended.reason}${rollback}`)
    return { ended }
  }
  const current = deployment!
  changed = timeline.observe('deployment', describeDeployment(current)) || changed
  const tasks =
    watch.gates.length === 0
      ? []
      : (await watch.ecs.deploymentTasks(watch.cluster, watch.service, watch.deploymentId)).filter(
          (task) => !watch.ignoredTasks?.has(task.taskArn ?? '')
        )
  const reports = await checkGates(watch.gates, { tasks, desiredCount: current.desiredCount ?? 0 })
  for (const report of reports) changed = timeline.observe(report.gate, report.observed) || changed
  const summary = reports.map((report) => report.observed).join('; ') || describeDeployment(current)
  return { service, deployment: current, reports, summary, changed }
}

/** Why the watched deployment is over although it did not complete, if it is. */
function endOf(
  id: string,
  deployment: Deployment | undefined,
  primary: Deployment | undefined
): (DeploymentVerdict & { ok: false }) | undefined {
  const replacement = primary && primary.id !== id ? primary : undefined
  const by = replacement ? ` ${replacement.id} (${replacement.taskDefinition})` : ''
  if (deployment?.rolloutState === 'FAILED') {
    const reason = `the ECS deployment circuit breaker failed deployment ${id} (rolloutState FAILED: ${deployment.rolloutStateReason ?? 'no reason given'})`
    return { ok: false, cause: 'circuit-breaker', reason, ecsRollback: replacement }
  }
  if (!deployment) {
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
  for (const event of fresh) {
    watch.seenEvents.add(event.id!)
    watch.timeline.note('event', event.message ?? '')
  }
  return fresh.length > 0
}

function lastObserved(watch: WatchedDeployment): string {
  return watch.timeline.latest(['deployment', ...watch.gates.map((gate) => gate.name)])
}

function pollOptions(watch: WatchedDeployment, deadline: number) {
  return {
    clock: watch.clock,
    intervalMs: watch.intervalMs,
    maxIntervalMs: watch.maxIntervalMs,
    deadline,
    signal: watch.signal,
    onError: (error: unknown) => watch.timeline.note('error', `${(error as Error).message} (will retry)`)
  }
}

/** Tasks of a deployment that had stopped already (so a watch that begins now does not blame them). */
export async function stoppedTasks(
  ecs: EcsPort,
  cluster: string,
  service: string,
  deploymentId: string
): Promise<Set<string>> {
  const tasks = await ecs.deploymentTasks(cluster, service, deploymentId)
  return new Set(tasks.filter((task) => task.desiredStatus === 'STOPPED').map((task) => task.taskArn ?? ''))
}
