import type { Service, UpdateServiceCommandInput } from '@aws-sdk/client-ecs'
import type { AlarmPort } from '../aws/cloudwatch.ts'
import type { EcsPort } from '../aws/ecs.ts'
import type { ElbPort } from '../aws/elb.ts'
import { planTaskDefinition, type TaskDefinitionSource } from '../aws/task-definition.ts'
import type { Clock } from '../core/clock.ts'
import { formatDuration } from '../core/duration.ts'
import { CancelledError, InputError, oneLine } from '../core/errors.ts'
import type { Log } from '../core/log.ts'
import type { RolloutRecord, RolloutStatus } from '../core/record.ts'
import { Timeline } from '../core/timeline.ts'
import { AlarmsGate } from '../gates/alarms.ts'
import { EcsTasksGate } from '../gates/ecs-tasks.ts'
import type { Gate } from '../gates/gate.ts'
import { TargetHealthGate } from '../gates/target-health.ts'
import {
  bake,
  deploymentOf,
  followDeployment,
  type DeploymentVerdict,
  type WatchedDeployment
} from './ecs-deployment.ts'

export type OnFailure = 'rollback' | 'stop'

export interface RollingOptions {
  cluster: string
  service: string
  taskDefinition: TaskDefinitionSource
  desiredCount?: number
  forceNewDeployment: boolean
  /** CloudWatch alarm names that must not be in ALARM. */
  alarms: string[]
  waitTimeoutMs: number
  pollIntervalMs: number
  /** How long to keep watching after the deployment completed. */
  bakeTimeMs: number
  onFailure: OnFailure
}

export interface RollingPorts {
  ecs: EcsPort
  elb: ElbPort
  cloudwatch: AlarmPort
}

export interface StrategyContext {
  clock: Clock
  log: Log
  signal?: AbortSignal
}

export interface RollingRecord extends RolloutRecord {
  cluster: string
  service: string
  taskDefinitionArn: string
  previousTaskDefinitionArn: string
  deploymentId?: string
}

export interface RollingResult {
  record: RollingRecord
  timeline: Timeline
}

type Failure =
  (DeploymentVerdict & { ok: false }) | { ok: false; cause: 'cancelled' | 'error'; reason: string }

/**
 * A rolling update of one service: checks everything it can before changing anything, registers the task
 * definition, updates the service and follows its deployment to a verdict; on failure it puts the service back
 * on the previous task definition (unless ECS's circuit breaker already does, or `onFailure` is `stop`).
 */
export async function rollingDeploy(
  options: RollingOptions,
  ports: RollingPorts,
  context: StrategyContext
): Promise<RollingResult> {
  const { ecs } = ports
  const { clock } = context

  // Read-only checks: nothing changes unless all of them pass.
  const service = await findRollingService(ecs, options.cluster, options.service)
  const previous = service.taskDefinition!
  const plan = await planTaskDefinition(options.taskDefinition, previous, ecs)
  await checkAlarms(ports.cloudwatch, options.alarms)

  const timeline = new Timeline(clock, context.log)
  const durations: Record<string, number> = {}
  const measure = (phase: string, since: number): void => {
    durations[`${phase}Seconds`] = Math.round((clock.now() - since) / 100) / 10
  }
  const record = (status: RolloutStatus, reason: string): RollingResult => {
    measure('total', timeline.startedAt)
    timeline.note('result', `${status}: ${reason}`)
    return {
      timeline,
      record: {
        action: 'rolling',
        status,
        reason,
        startedAt: new Date(timeline.startedAt).toISOString(),
        finishedAt: new Date(clock.now()).toISOString(),
        durations,
        cluster: options.cluster,
        service: options.service,
        taskDefinitionArn,
        previousTaskDefinitionArn: previous,
        deploymentId: watch?.deploymentId
      }
    }
  }

  const taskDefinitionArn = 'arn' in plan ? plan.arn : await ecs.registerTaskDefinition(plan.register)
  timeline.note(
    'rollout',
    'arn' in plan ? `deploying ${taskDefinitionArn}` : `registered ${taskDefinitionArn}`
  )
  const updated = await ecs.updateService(serviceUpdate(options, service, taskDefinitionArn))
  let watch: WatchedDeployment | undefined

  let verdict: DeploymentVerdict | Failure
  try {
    const deployment = deploymentOf(updated, taskDefinitionArn)
    const existed = service.deployments?.some((known) => known.id === deployment.id) ?? false
    timeline.note(
      'rollout',
      existed
        ? `no new deployment: the service already runs ${taskDefinitionArn} (deployment ${deployment.id})`
        : `started deployment ${deployment.id}`
    )
    watch = {
      ecs,
      cluster: options.cluster,
      service: options.service,
      deploymentId: deployment.id!,
      gates: gatesFor(options, service, ports),
      timeline,
      clock,
      signal: context.signal,
      intervalMs: options.pollIntervalMs,
      seenEvents: new Set((service.events ?? []).map((event) => event.id ?? '')),
      ignoredTasks: existed ? await stoppedTasks(ecs, options.cluster, deployment.id!) : undefined
    }
    const deployStarted = clock.now()
    verdict = await followDeployment(watch, deployStarted + options.waitTimeoutMs)
    measure('deploy', deployStarted)
    if (verdict.ok && options.bakeTimeMs > 0) {
      timeline.note('rollout', `baking for ${formatDuration(options.bakeTimeMs)}`)
      const bakeStarted = clock.now()
      const baked = await bake(watch, bakeStarted + options.bakeTimeMs)
      measure('bake', bakeStarted)
      verdict = baked.ok ? { ok: true, reason: `${verdict.reason}; ${baked.reason}` } : baked
    }
  } catch (error) {
    const cause = error instanceof CancelledError ? 'cancelled' : 'error'
    verdict = {
      ok: false,
      cause,
      reason: cause === 'cancelled' ? oneLine(error) : `error: ${oneLine(error)}`
    }
  }
  if (verdict.ok) return record('succeeded', verdict.reason)

  const failure = verdict
  const fail = (suffix: string): RollingResult => record('failed', `${failure.reason}${suffix}`)
  const byEcs = 'ecsRollback' in failure ? failure.ecsRollback : undefined
  if (options.onFailure === 'stop') {
    return fail(
      byEcs
        ? ` (on-failure: stop; the circuit breaker the service configures rolls it back by itself)`
        : ' (on-failure: stop, so the service was left as it is)'
    )
  }
  if (failure.cause === 'superseded')
    return fail('; not rolled back: another deployment now owns the service')
  if (taskDefinitionArn === previous)
    return fail(`; nothing to roll back to: the service was already on ${previous}`)

  const rollbackStarted = clock.now()
  const restore = rollbackUpdate(options, service)
  if (failure.cause === 'cancelled' || !watch) {
    // The runner kills the process seconds after cancelling: start the rollback, do not wait for it.
    await ecs.updateService(restore)
    timeline.note('rollback', `started rolling back to ${previous}`)
    return fail(`; rollback to ${previous} started (not awaited)`)
  }
  const rollbackDeployment = byEcs ?? deploymentOf(await ecs.updateService(restore), previous)
  timeline.note(
    'rollback',
    byEcs
      ? `the ECS circuit breaker is rolling back (deployment ${byEcs.id}); waiting for it`
      : `rolling back to ${previous} (deployment ${rollbackDeployment.id})`
  )
  let steady: DeploymentVerdict
  try {
    steady = await followDeployment(
      { ...watch, deploymentId: rollbackDeployment.id!, gates: [], ignoredTasks: undefined },
      rollbackStarted + options.waitTimeoutMs
    )
  } catch (error) {
    steady = { ok: false, cause: 'timeout', reason: oneLine(error) }
  }
  measure('rollback', rollbackStarted)
  const target = rollbackDeployment.taskDefinition ?? previous
  if (!steady.ok) return fail(`; the rollback to ${target} did not complete: ${steady.reason}`)
  const who = byEcs ? 'the ECS circuit breaker rolled' : 'rolled'
  return record('rolled-back', `${failure.reason}; ${who} the service back to ${target}`)
}

/** The service, if it exists and can take a rolling update; otherwise an InputError naming the input. */
export async function findRollingService(ecs: EcsPort, cluster: string, name: string): Promise<Service> {
  let service: Service | undefined
  try {
    service = await ecs.describeService(cluster, name)
  } catch (error) {
    if ((error as Error).name === 'ClusterNotFoundException') {
      throw new InputError(`Invalid input cluster: cluster "${cluster}" was not found`)
    }
    throw error
  }
  if (!service)
    throw new InputError(`Invalid input service: service "${name}" was not found in cluster "${cluster}"`)
  if (service.status && service.status !== 'ACTIVE') {
    throw new InputError(`Invalid input service: service "${name}" is ${service.status}`)
  }
  const controller = service.deploymentController?.type ?? 'ECS'
  if (controller !== 'ECS') {
    throw new InputError(
      `Invalid input service: service "${name}" uses the ${controller} deployment controller; a rolling update needs ECS`
    )
  }
  const strategy = service.deploymentConfiguration?.strategy ?? 'ROLLING'
  if (strategy !== 'ROLLING') {
    throw new InputError(
      `Invalid input service: service "${name}" uses the ECS ${strategy} deployment strategy; a rolling update needs ROLLING`
    )
  }
  if (!service.taskDefinition) throw new Error(`service "${name}" has no task definition`)
  return service
}

/** The named alarms exist and none is firing already (a deployment started during an alarm could not be judged). */
async function checkAlarms(port: AlarmPort, names: string[]): Promise<void> {
  if (names.length === 0) return
  const alarms = await port.alarms(names)
  const missing = names.filter((name) => !alarms.some((alarm) => alarm.name === name))
  if (missing.length > 0)
    throw new InputError(`Invalid input alarms: no CloudWatch alarm named ${missing.join(', ')}`)
  const firing = alarms.find((alarm) => alarm.state === 'ALARM')
  if (firing) {
    throw new Error(
      `alarm ${firing.name} is already in ALARM (${firing.reason ?? 'no reason given'}); nothing was deployed`
    )
  }
}

function gatesFor(options: RollingOptions, service: Service, ports: RollingPorts): Gate[] {
  const gates: Gate[] = [new EcsTasksGate()]
  if (service.loadBalancers?.some((loadBalancer) => loadBalancer.targetGroupArn)) {
    gates.push(new TargetHealthGate(ports.elb, service.loadBalancers))
  }
  if (options.alarms.length > 0) gates.push(new AlarmsGate(ports.cloudwatch, options.alarms))
  return gates
}

/** Deploys the task definition; turns the circuit breaker on unless the service configures one already. */
function serviceUpdate(
  options: RollingOptions,
  service: Service,
  taskDefinition: string
): UpdateServiceCommandInput {
  const update: UpdateServiceCommandInput = {
    cluster: options.cluster,
    service: options.service,
    taskDefinition,
    desiredCount: options.desiredCount,
    forceNewDeployment: options.forceNewDeployment
  }
  if (!service.deploymentConfiguration?.deploymentCircuitBreaker?.enable) {
    update.deploymentConfiguration = {
      ...service.deploymentConfiguration,
      deploymentCircuitBreaker: { enable: true, rollback: options.onFailure === 'rollback' }
    }
  }
  return update
}

/** Back to the task definition (and desired count, if the rollout changed it) the service had before. */
function rollbackUpdate(options: RollingOptions, service: Service): UpdateServiceCommandInput {
  return {
    cluster: options.cluster,
    service: options.service,
    taskDefinition: service.taskDefinition,
    desiredCount: options.desiredCount === undefined ? undefined : service.desiredCount
  }
}

async function stoppedTasks(ecs: EcsPort, cluster: string, deploymentId: string): Promise<Set<string>> {
  const tasks = await ecs.tasksStartedBy(cluster, deploymentId)
  return new Set(tasks.filter((task) => task.desiredStatus === 'STOPPED').map((task) => task.taskArn ?? ''))
}
