import type { Service, UpdateServiceCommandInput } from '@aws-sdk/client-ecs'
import type { AlarmPort } from '../aws/cloudwatch.ts'
import type { EcsPort } from '../aws/ecs.ts'
import type { ElbPort } from '../aws/elb.ts'
import {
  planTaskDefinition,
  type TaskDefinitionPlan,
  type TaskDefinitionSource
} from '../aws/task-definition.ts'
import { formatDuration } from '../core/duration.ts'
import { CancelledError, InputError, oneLine, quote } from '../core/errors.ts'
import { timePhase, toSeconds, type RolloutRecord, type RolloutStatus } from '../core/record.ts'
import { Timeline } from '../core/timeline.ts'
import { checkTagRoom, serviceRecordKeys, writeRecord, type RecordStatus } from '../record/service-record.ts'
import type { OnFailure, StrategyContext } from './context.ts'
import { AlarmsGate, checkAlarms } from '../gates/alarms.ts'
import { EcsTasksGate } from '../gates/ecs-tasks.ts'
import type { Gate } from '../gates/gate.ts'
import { TargetHealthGate } from '../gates/target-health.ts'
import {
  bake,
  deploymentOf,
  followDeployment,
  stoppedTasks,
  stopsOf,
  withStops,
  type DeploymentVerdict,
  type WatchedDeployment
} from './ecs-deployment.ts'

export interface RollingOptions {
  cluster: string
  service: string
  taskDefinition: TaskDefinitionSource
  /** Deploy a task definition of another family than the service's. */
  allowFamilyChange?: boolean
  desiredCount?: number
  forceNewDeployment: boolean
  /** CloudWatch alarm names that must not be in ALARM. */
  alarms: string[]
  waitTimeoutMs: number
  pollIntervalMs: number
  /** How long to keep watching after the deployment completed. */
  bakeTimeMs: number
  onFailure: OnFailure
  /** This workflow run, as the record on the service names it. */
  run: string
}

export interface RollingPorts {
  ecs: EcsPort
  elb: ElbPort
  cloudwatch: AlarmPort
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
 * on the previous task definition (unless ECS's circuit breaker already does, or `onFailure` is `stop`). The
 * rollout is recorded as tags on the service (src/record/service-record.ts) from the update on.
 */
export async function rollingDeploy(
  options: RollingOptions,
  ports: RollingPorts,
  context: StrategyContext
): Promise<RollingResult> {
  // Read-only checks: nothing changes unless all of them pass.
  const service = await findRollingService(ports.ecs, options.cluster, options.service)
  checkTagRoom(service, serviceRecordKeys, 'service')
  if ((options.desiredCount ?? service.desiredCount ?? 0) < 1) {
    throw new InputError(
      `Invalid input desired-count: service ${quote(options.service)} runs 0 tasks, and a deployment of 0 tasks cannot be verified; give desired-count (at least 1)`
    )
  }
  const plan = await planTaskDefinition(
    options.taskDefinition,
    service.taskDefinition!,
    ports.ecs,
    options.allowFamilyChange
  )
  await checkAlarms(ports.cloudwatch, options.alarms)
  return new RollingUpdate(options, ports, context, service).run(plan)
}

/** One run, from the first change on. */
class RollingUpdate {
  private readonly options: RollingOptions
  private readonly ports: RollingPorts
  private readonly context: StrategyContext
  /** The service as it was before this run. */
  private readonly before: Service
  private readonly timeline: Timeline
  private readonly durations: Record<string, number> = {}
  private taskDefinitionArn: string
  private watch?: WatchedDeployment
  /** The role may not tag the service: the record is given up (once warned), the rollout is not. */
  private recordDenied = false

  constructor(options: RollingOptions, ports: RollingPorts, context: StrategyContext, before: Service) {
    this.options = options
    this.ports = ports
    this.context = context
    this.before = before
    this.timeline = new Timeline(context.clock, context.log)
    this.taskDefinitionArn = before.taskDefinition!
  }

  private get previous(): string {
    return this.before.taskDefinition!
  }

  async run(plan: TaskDefinitionPlan): Promise<RollingResult> {
    const { ecs } = this.ports
    const { signal } = this.context
    const registering = 'register' in plan
    let recorded = false
    let updated: Service
    try {
      this.taskDefinitionArn = registering
        ? await ecs.registerTaskDefinition(plan.register, signal)
        : plan.arn
      this.timeline.note('rollout', `${registering ? 'registered' : 'deploying'} ${this.taskDefinitionArn}`)
      // Recorded before the service changes, so that a run that dies from here on leaves a record saying so.
      await this.record('deploying', signal)
      recorded = true
      updated = await ecs.updateService(
        serviceUpdate(this.options, this.before, this.taskDefinitionArn),
        signal
      )
    } catch (error) {
      if (recorded) await this.record('failed')
      if (!(error instanceof CancelledError)) throw error
      return this.result(
        'failed',
        `${oneLine(error)} before the service was changed: ${this.options.service} still runs ${this.previous}`
      )
    }
    let verdict: DeploymentVerdict | Failure
    try {
      verdict = await this.follow(updated)
    } catch (error) {
      verdict =
        error instanceof CancelledError
          ? { ok: false, cause: 'cancelled', reason: oneLine(error) }
          : { ok: false, cause: 'error', reason: `error: ${oneLine(error)}` }
    }
    const result = verdict.ok ? this.result('succeeded', verdict.reason) : await this.recover(verdict)
    await this.record(result.record.status)
    return result
  }

  /** Follows the deployment UpdateService started to completion, then through bake-time. */
  private async follow(updated: Service): Promise<DeploymentVerdict> {
    const { options, timeline, context } = this
    const deployment = deploymentOf(updated, this.taskDefinitionArn)
    const existed = this.before.deployments?.some((known) => known.id === deployment.id) ?? false
    timeline.note(
      'rollout',
      existed
        ? `no new deployment: the service already runs ${this.taskDefinitionArn} (deployment ${deployment.id})`
        : `started deployment ${deployment.id}`
    )
    const watch: WatchedDeployment = {
      ecs: this.ports.ecs,
      cluster: options.cluster,
      service: options.service,
      deploymentId: deployment.id!,
      expectedCount: options.desiredCount ?? this.before.desiredCount ?? 0,
      gates: gatesFor(options, this.before, this.ports),
      timeline,
      clock: context.clock,
      signal: context.signal,
      intervalMs: options.pollIntervalMs,
      seenEvents: new Set((this.before.events ?? []).map((event) => event.id ?? '')),
      ignoredTasks: existed
        ? await stoppedTasks(this.ports.ecs, options.cluster, options.service, deployment.id!)
        : undefined
    }
    this.watch = watch
    const deployed = await this.timed('deploy', () => followDeployment(watch, options.waitTimeoutMs))
    if (!deployed.ok || options.bakeTimeMs === 0) return deployed
    timeline.note('rollout', `baking for ${formatDuration(options.bakeTimeMs)}`)
    const baked = await this.timed('bake', (now) => bake(watch, now + options.bakeTimeMs))
    return baked.ok ? { ok: true, reason: `${deployed.reason}; ${baked.reason}` } : baked
  }

  /** Puts the service back on the previous task definition, unless there is a reason not to. */
  private async recover(failure: Failure): Promise<RollingResult> {
    const { options, previous, timeline } = this
    // Why the new tasks stopped is read while the rollback goes on, not before it.
    const stops = this.watch ? stopsOf(this.watch).catch(() => undefined) : undefined
    const why = async (): Promise<string> => withStops(failure.reason, await stops)
    const fail = async (suffix: string): Promise<RollingResult> =>
      this.result('failed', `${await why()}${suffix}`)
    const byEcs = 'ecsRollback' in failure ? failure.ecsRollback : undefined
    if (options.onFailure === 'stop') {
      return fail(
        byEcs
          ? ' (on-failure: stop; the circuit breaker the service configures rolls it back by itself)'
          : ' (on-failure: stop, so the service was left as it is)'
      )
    }
    if (failure.cause === 'superseded')
      return fail('; not rolled back: another deployment now owns the service')
    if (this.taskDefinitionArn === previous)
      return fail(`; nothing to roll back to: the service was already on ${previous}`)

    const restore = rollbackUpdate(options, this.before)
    if (failure.cause === 'cancelled' || !this.watch) {
      // The runner kills the process seconds after cancelling: start the rollback, do not wait for it.
      await this.ports.ecs.updateService(restore)
      timeline.note('rollback', `started rolling back to ${previous}`)
      return fail(`; rollback to ${previous} started (not awaited)`)
    }
    const rollback = byEcs ?? deploymentOf(await this.ports.ecs.updateService(restore), previous)
    timeline.note(
      'rollback',
      byEcs
        ? `the ECS circuit breaker is rolling back (deployment ${byEcs.id}); waiting for it`
        : `rolling back to ${previous} (deployment ${rollback.id})`
    )
    const watch = { ...this.watch, deploymentId: rollback.id!, gates: [], ignoredTasks: undefined }
    const steady = await this.timed('rollback', () =>
      followDeployment(watch, options.waitTimeoutMs).catch((error): DeploymentVerdict => ({
        ok: false,
        cause: 'timeout',
        reason: oneLine(error)
      }))
    )
    const target = rollback.taskDefinition ?? previous
    if (!steady.ok) return fail(`; the rollback to ${target} did not complete: ${steady.reason}`)
    const who = byEcs ? 'the ECS circuit breaker rolled' : 'rolled'
    return this.result('rolled-back', `${await why()}; ${who} the service back to ${target}`)
  }

  /** Writes the record on the service; other errors than a denial are the rollout's (after the SDK's retries). */
  private async record(status: RecordStatus, signal?: AbortSignal): Promise<void> {
    if (this.recordDenied) return
    const { options, context } = this
    try {
      await writeRecord(
        this.ports.ecs,
        this.before.serviceArn!,
        serviceRecordKeys,
        {
          status,
          taskDefinition: this.taskDefinitionArn,
          previousTaskDefinition: this.previous,
          run: options.run,
          updatedAt: new Date(context.clock.now()).toISOString()
        },
        signal
      )
    } catch (error) {
      if ((error as Error).name !== 'AccessDeniedException') throw error
      this.recordDenied = true
      context.log.warning(
        `the rollout record was not written on service ${options.service} (the role needs ecs:TagResource): ${oneLine(error)}`
      )
    }
  }

  private timed<T>(phase: string, body: (now: number) => Promise<T>): Promise<T> {
    return timePhase(this.context.clock, this.durations, phase, body)
  }

  private result(status: RolloutStatus, reason: string): RollingResult {
    const { clock } = this.context
    const { timeline, options } = this
    this.durations.totalSeconds = toSeconds(clock.now() - timeline.startedAt)
    timeline.note('result', `${status}: ${reason}`)
    return {
      timeline,
      record: {
        action: 'rolling',
        status,
        reason,
        startedAt: new Date(timeline.startedAt).toISOString(),
        finishedAt: new Date(clock.now()).toISOString(),
        durations: this.durations,
        cluster: options.cluster,
        service: options.service,
        taskDefinitionArn: this.taskDefinitionArn,
        previousTaskDefinitionArn: this.previous,
        deploymentId: this.watch?.deploymentId
      }
    }
  }
}

/** The service, if it exists and can take a rolling update; otherwise an InputError naming the input. */
export async function findRollingService(ecs: EcsPort, cluster: string, name: string): Promise<Service> {
  let service: Service | undefined
  try {
    service = (await ecs.describeServicesWithTags(cluster, [name])).found[0]
  } catch (error) {
    if ((error as Error).name === 'ClusterNotFoundException') {
      throw new InputError(`Invalid input cluster: cluster ${quote(cluster)} was not found`)
    }
    throw error
  }
  if (!service)
    throw new InputError(
      `Invalid input service: service ${quote(name)} was not found in cluster ${quote(cluster)}`
    )
  if (service.status && service.status !== 'ACTIVE') {
    throw new InputError(`Invalid input service: service ${quote(name)} is ${service.status}`)
  }
  const controller = service.deploymentController?.type ?? 'ECS'
  if (controller !== 'ECS') {
    throw new InputError(
      `Invalid input service: service ${quote(name)} uses the ${controller} deployment controller; a rolling update needs ECS`
    )
  }
  const strategy = service.deploymentConfiguration?.strategy ?? 'ROLLING'
  if (strategy !== 'ROLLING') {
    throw new InputError(
      `Invalid input service: service ${quote(name)} uses the ECS ${strategy} deployment strategy; a rolling update needs ROLLING`
    )
  }
  if (!service.taskDefinition) throw new Error(`service ${quote(name)} has no task definition`)
  return service
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
