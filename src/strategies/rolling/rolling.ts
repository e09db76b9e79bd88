/**
 * A rolling update of one service, as steps: deploy the new version in place (ECS replaces tasks a few at a time,
 * with its circuit breaker on) and follow the deployment to a verdict, then bake. A failure puts the service back
 * on its previous task definition (or waits for the circuit breaker's own rollback).
 */
import type { Deployment, UpdateServiceCommandInput } from '@aws-sdk/client-ecs'
import type { AlarmPort } from '../../aws/cloudwatch.ts'
import type { EcsPort } from '../../aws/ecs.ts'
import type { ElbPort } from '../../aws/elb.ts'
import {
  planTaskDefinition,
  type TaskDefinitionPlan,
  type TaskDefinitionSource
} from '../../aws/task-definition.ts'
import { formatDuration } from '../../core/duration.ts'
import { CancelledError, InputError, oneLine, quote } from '../../core/errors.ts'
import { checkAlarms } from '../../gates/alarms.ts'
import { readinessGates, type GatePorts } from '../../gates/sets.ts'
import type { RolloutReport, RolloutStatus } from '../../rollout/report.ts'
import {
  Rollout,
  RolloutFailure,
  type Failure,
  type OnFailure,
  type RolloutContext,
  type Undone
} from '../../rollout/rollout.ts'
import {
  deployTo,
  findServices,
  registerVersion,
  selfManaged,
  snapshotOf,
  type ServiceSnapshot
} from '../../service/service.ts'
import { bake, deploymentOf, followDeployment, type WatchedDeployment } from '../../service/watch.ts'
import { checkTagRoom, stateTags, type StateStatus } from '../../state/state.ts'

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
  /** This workflow run, as the saved state names it. */
  run: string
}

export interface RollingPorts extends GatePorts {
  ecs: EcsPort
  elb: ElbPort
  cloudwatch: AlarmPort
}

export interface RollingReport extends RolloutReport {
  cluster: string
  service: string
  taskDefinitionArn: string
  previousTaskDefinitionArn: string
  deploymentId?: string
}

export interface RollingResult {
  report: RollingReport
  timeline: Rollout['timeline']
}

const stepNames = ['deploy', 'bake'] as const

/** Checks everything it can with read-only calls (refusals change nothing), then runs the update. */
export async function rollingDeploy(
  options: RollingOptions,
  ports: RollingPorts,
  context: RolloutContext
): Promise<RollingResult> {
  const [described] = await findServices(ports.ecs, options.cluster, [
    { name: options.service, input: 'service' }
  ])
  const why = selfManaged(described)
  if (why) {
    throw new InputError(
      `Invalid input service: service ${quote(options.service)} ${why}; a rolling update needs the ECS controller and the ROLLING strategy`
    )
  }
  checkTagRoom(described, 'service')
  const service = snapshotOf(described)
  if ((options.desiredCount ?? service.desiredCount) < 1) {
    throw new InputError(
      `Invalid input desired-count: service ${quote(options.service)} runs 0 tasks, and a deployment of 0 tasks cannot be verified; give desired-count (at least 1)`
    )
  }
  const plan = await planTaskDefinition(
    options.taskDefinition,
    service.taskDefinition,
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
  private readonly context: RolloutContext
  /** The service as it was before this run. */
  private readonly before: ServiceSnapshot
  private readonly rollout: Rollout
  private taskDefinitionArn: string
  private watch?: WatchedDeployment
  private stateWritten = false
  /** The role may not tag the service: the state is given up (once warned), the rollout is not. */
  private stateDenied = false

  constructor(
    options: RollingOptions,
    ports: RollingPorts,
    context: RolloutContext,
    before: ServiceSnapshot
  ) {
    this.options = options
    this.ports = ports
    this.context = context
    this.before = before
    this.rollout = new Rollout(context, options.onFailure)
    this.taskDefinitionArn = before.taskDefinition
  }

  async run(plan: TaskDefinitionPlan): Promise<RollingResult> {
    try {
      const ending = await this.rollout.run([
        { name: 'deploy', run: () => this.deploy(plan) },
        { name: 'bake', run: () => this.bake() }
      ])
      if (this.stateWritten) await this.save(ending.status === 'paused' ? 'failed' : ending.status)
      return this.result(ending.status, ending.reason)
    } catch (error) {
      if (this.stateWritten) await this.save('failed')
      throw error
    }
  }

  /** Registers (if needed), updates the service and follows the deployment it started to a verdict. */
  private async deploy(plan: TaskDefinitionPlan): Promise<void> {
    const { ecs } = this.ports
    const { options, rollout, before } = this
    const { signal } = this.context
    let started: Awaited<ReturnType<typeof deployTo>>
    try {
      const { arn, registered } = await registerVersion(ecs, plan, signal)
      this.taskDefinitionArn = arn
      rollout.timeline.note('rollout', `${registered ? 'registered' : 'deploying'} ${arn}`)
      // Saved before the service changes, so that a run that dies from here on leaves a state saying so.
      await this.save('deploying', signal)
      started = await deployTo(ecs, before, serviceUpdate(options, before, arn), signal)
    } catch (error) {
      if (!(error instanceof CancelledError)) throw error
      throw new CancelledError(
        `${oneLine(error)} before the service was changed: ${options.service} still runs ${before.taskDefinition}`
      )
    }
    rollout.onFailure({ kind: 'capacity', run: (failure, policy) => this.rollBack(failure, policy) })
    const { ref, deployment, existed } = started
    rollout.timeline.note(
      'rollout',
      existed
        ? `no new deployment: the service already runs ${this.taskDefinitionArn} (deployment ${deployment.id})`
        : `started deployment ${deployment.id}`
    )
    rollout.watching = ref
    this.watch = {
      ...ref,
      service: options.service,
      expectedCount: options.desiredCount ?? before.desiredCount,
      gates: readinessGates(this.ports, before.loadBalancers, options.alarms),
      timeline: rollout.timeline,
      clock: this.context.clock,
      signal,
      intervalMs: options.pollIntervalMs,
      seenEvents: new Set(before.eventIds)
    }
    const watch = this.watch
    const deployed = await rollout.timed('deploy', () => followDeployment(watch, options.waitTimeoutMs))
    if (!deployed.ok) throw new RolloutFailure(deployed)
    rollout.say(deployed.reason)
  }

  private async bake(): Promise<void> {
    const { options, rollout } = this
    if (options.bakeTimeMs === 0 || !this.watch) return
    const watch = this.watch
    rollout.timeline.note('rollout', `baking for ${formatDuration(options.bakeTimeMs)}`)
    const baked = await rollout.timed('bake', (now) => bake(watch, now + options.bakeTimeMs))
    if (!baked.ok) throw new RolloutFailure(baked)
    rollout.say(baked.reason)
  }

  /** Puts the service back on the previous task definition, unless there is a reason not to. */
  private async rollBack(failure: Failure, policy: { stop: boolean; cancelled: boolean }): Promise<Undone> {
    const { options, before, rollout, ports } = this
    const previous = before.taskDefinition
    const byEcs = failure.ecsRollback
    if (policy.stop) {
      return {
        said: byEcs
          ? ' (on-failure: stop; the circuit breaker the service configures rolls it back by itself)'
          : ' (on-failure: stop, so the service was left as it is)'
      }
    }
    if (failure.cause === 'superseded')
      return { said: '; not rolled back: another deployment now owns the service' }
    if (this.taskDefinitionArn === previous)
      return { said: `; nothing to roll back to: the service was already on ${previous}` }
    const restore = rollbackUpdate(options, before)
    if (policy.cancelled || !this.watch) {
      // The runner kills the process seconds after cancelling: start the rollback, do not wait for it.
      await ports.ecs.updateService(restore)
      rollout.timeline.note('rollback', `started rolling back to ${previous}`)
      return { said: `; rollback to ${previous} started (not awaited)` }
    }
    const rollback: Deployment = byEcs ?? deploymentOf(await ports.ecs.updateService(restore), previous)
    rollout.timeline.note(
      'rollback',
      byEcs
        ? `the ECS circuit breaker is rolling back (deployment ${byEcs.id}); waiting for it`
        : `rolling back to ${previous} (deployment ${rollback.id})`
    )
    const watch = { ...this.watch, deploymentId: rollback.id!, gates: [], ignoredTasks: undefined }
    const steady = await rollout.timed('rollback', () =>
      followDeployment(watch, options.waitTimeoutMs).catch((error) => ({
        ok: false as const,
        reason: oneLine(error)
      }))
    )
    const target = rollback.taskDefinition ?? previous
    if (!steady.ok) return { said: `; the rollback to ${target} did not complete: ${steady.reason}` }
    return {
      said: `; ${byEcs ? 'the ECS circuit breaker rolled' : 'rolled'} the service back to ${target}`,
      restored: true
    }
  }

  /**
   * Writes the saved state on the service; other errors than a denial are the rollout's (after the SDK's
   * retries). Not once `signal` aborted.
   */
  private async save(status: StateStatus, signal?: AbortSignal): Promise<void> {
    if (this.stateDenied) return
    const { options, context } = this
    const tags = stateTags({
      status,
      taskDefinition: this.taskDefinitionArn,
      previousTaskDefinition: this.before.taskDefinition,
      step: Math.max(0, stepNames.indexOf(this.rollout.current as (typeof stepNames)[number])),
      run: options.run,
      updatedAt: new Date(context.clock.now()).toISOString()
    })
    try {
      await this.ports.ecs.tagResource(this.before.arn, tags, signal)
      this.stateWritten = true
    } catch (error) {
      if ((error as Error).name !== 'AccessDeniedException') throw error
      this.stateDenied = true
      context.log.warning(
        `the rollout record was not written on service ${options.service} (the role needs ecs:TagResource): ${oneLine(error)}`
      )
    }
  }

  private result(status: RolloutStatus, reason: string): RollingResult {
    const { rollout, options, context } = this
    return {
      timeline: rollout.timeline,
      report: {
        action: 'rolling',
        status,
        reason,
        startedAt: new Date(rollout.startedAt).toISOString(),
        finishedAt: new Date(context.clock.now()).toISOString(),
        durations: rollout.durations,
        cluster: options.cluster,
        service: options.service,
        taskDefinitionArn: this.taskDefinitionArn,
        previousTaskDefinitionArn: this.before.taskDefinition,
        deploymentId: this.watch?.deploymentId
      }
    }
  }
}

/** Deploys the task definition; turns the circuit breaker on unless the service configures one already. */
function serviceUpdate(
  options: RollingOptions,
  service: ServiceSnapshot,
  taskDefinition: string
): UpdateServiceCommandInput & { taskDefinition: string } {
  const update: UpdateServiceCommandInput & { taskDefinition: string } = {
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
function rollbackUpdate(options: RollingOptions, service: ServiceSnapshot): UpdateServiceCommandInput {
  return {
    cluster: options.cluster,
    service: options.service,
    taskDefinition: service.taskDefinition,
    desiredCount: options.desiredCount === undefined ? undefined : service.desiredCount
  }
}
