/**
 * One BLUE_GREEN, LINEAR or CANARY service deployment, run the way ECS runs it: the green revision scales up
 * in the alternate target group, ECS points the test rule at it, shifts the production rule's weights (all at
 * once, in linear steps, or a canary then the rest), bakes, then stops the blue tasks; the two target groups
 * then swap roles for the next deployment. Alarms, the circuit breaker, a lifecycle hook or
 * StopServiceDeployment roll it back (traffic back first, then the green tasks stop). Every wait is in AWS
 * seconds on the emulator's scaled clock.
 */
import type { AlarmStatePort, ListenerRulesPort, LoadBalancingPort } from '../core/contracts.ts'
import type { EmulatorTime } from '../core/time.ts'
import { RollbackNeeded, runHooks } from './lifecycle-hooks.ts'
import type { DeploymentRecord, LoadBalancerConfig, ServiceRecord, TaskRecord } from './model.ts'
import {
  endMonitoring,
  FINISHED_STATUSES,
  type LifecycleStage,
  type ServiceDeploymentRecord
} from './native-model.ts'
import { monitorsFailure, productionSteps, splitWeights } from './native-traffic.ts'

export interface NativeDeps {
  time: EmulatorTime
  elb: LoadBalancingPort
  rules: ListenerRulesPort
  alarms?: AlarmStatePort
  /** How often the deployment looks at its tasks, alarms and requests (AWS seconds). */
  pollSeconds: number
  /** The least time spent in each lifecycle stage (AWS seconds). */
  stageSeconds: number
  stopTasks(service: ServiceRecord, tasks: TaskRecord[], reason: string): void
  /** Aborted when the emulator stops: every deployment ends where it is. */
  signal: AbortSignal
}

/** What the scheduler may do meanwhile: `hold` nothing, `scale` launch green, `clean`/`revert` stop the other side. */
type Phase = 'hold' | 'scale' | 'clean' | 'revert' | 'stopped' | 'done'

/** The deployment stops where it is (ABORT, or a failure without rollback). */
class Stop extends Error {}
/** A newer deployment took over. */
class Superseded extends Error {}

export class NativeDeployment {
  phase: Phase = 'hold'
  readonly record: ServiceDeploymentRecord
  private readonly deps: NativeDeps
  /** The service's load balancers as the deployment began: `targetGroupArn` is blue's, the alternate green's. */
  private readonly loadBalancers: LoadBalancerConfig[]

  constructor(record: ServiceDeploymentRecord, deps: NativeDeps) {
    this.record = record
    this.deps = deps
    this.loadBalancers = structuredClone(record.service.loadBalancers)
  }

  gate(): { launch: boolean; stopOlder: boolean } | undefined {
    if (this.phase === 'hold') return { launch: false, stopOlder: false }
    if (this.phase === 'scale' || this.phase === 'stopped') return { launch: true, stopOlder: false }
    if (this.phase === 'clean' || this.phase === 'revert') return { launch: true, stopOlder: true }
    return undefined
  }

  async run(): Promise<void> {
    const { record } = this
    const config = record.configuration
    try {
      this.update({ status: 'IN_PROGRESS', startedAt: this.deps.time.now() })
      if (record.sourceDeployments.length > 1) await this.reconcile()
      await this.stage('PRE_SCALE_UP', true)
      this.phase = 'scale'
      await this.stage('SCALE_UP')
      await this.until(() => this.greenReady())
      await this.stage('POST_SCALE_UP', true)
      await this.stage('TEST_TRAFFIC_SHIFT', true, () => this.shift('test', 100))
      await this.stage('POST_TEST_TRAFFIC_SHIFT', true)
      for (const step of productionSteps(config)) {
        await this.hooks('PRE_PRODUCTION_TRAFFIC_SHIFT')
        await this.stage('PRODUCTION_TRAFFIC_SHIFT', true, () => this.shift('production', step.percent))
        await this.wait(step.bakeMinutes * 60)
      }
      await this.stage('POST_PRODUCTION_TRAFFIC_SHIFT', true)
      await this.stage('BAKE_TIME')
      await this.wait(Number(config.bakeTimeInMinutes ?? 0) * 60)
      await this.cleanUp()
    } catch (error) {
      if (error instanceof RollbackNeeded) return await this.rollBack(error.message)
      if (error instanceof Stop) return this.stop(error.message)
      if (error instanceof Superseded) return void (this.phase = 'done')
      throw error
    }
  }

  /** Throws what interrupts the deployment now, if anything. */
  private check(): void {
    const { record } = this
    if (FINISHED_STATUSES.includes(record.status) || this.deps.signal.aborted) throw new Superseded()
    if (record.service.status !== 'ACTIVE') throw new Stop('The service was deleted.')
    if (record.stopRequest === 'ABORT')
      throw new Stop('Service deployment stopped by StopServiceDeployment (ABORT).')
    if (record.stopRequest === 'ROLLBACK')
      throw new RollbackNeeded('Service deployment rolled back by StopServiceDeployment.')
    if (this.phase !== 'scale') return
    const failure = monitorsFailure(record, this.deps.alarms)
    if (failure) throw failure.rollback ? new RollbackNeeded(failure.reason) : new Stop(failure.reason)
  }

  private update(fields: Partial<ServiceDeploymentRecord>): void {
    Object.assign(this.record, fields, { updatedAt: this.deps.time.now() })
  }

  /** Enters `stage`, does its work at once, stays there a while, then runs its hooks. */
  private async stage(stage: LifecycleStage, withHooks = false, work?: () => void): Promise<void> {
    this.check()
    this.update({ lifecycleStage: stage })
    work?.()
    await this.wait(this.deps.stageSeconds)
    if (withHooks) await this.hooks(stage)
  }

  private hooks(stage: string): Promise<void> {
    const { time, pollSeconds } = this.deps
    const signal = this.deps.signal
    return runHooks(this.record, stage, { time, pollSeconds, signal, check: () => this.check() })
  }

  private async wait(awsSeconds: number): Promise<void> {
    const { time, pollSeconds } = this.deps
    const until = time.now().getTime() + time.ms(awsSeconds)
    for (;;) {
      this.check()
      const left = until - time.now().getTime()
      if (left <= 0) return
      await time.sleep(Math.min(pollSeconds, left / time.ms(1)))
    }
  }

  private async until(done: () => boolean, interruptible = true): Promise<void> {
    for (;;) {
      if (interruptible) this.check()
      if (this.deps.signal.aborted) throw new Superseded()
      if (done()) return
      await this.deps.time.sleep(this.deps.pollSeconds)
    }
  }

  /** Sends `percent` of the production or test traffic to green, the rest to blue. */
  private shift(kind: 'production' | 'test', percent: number): void {
    const [blue, green] = splitWeights(percent)
    for (const lb of this.loadBalancers) {
      const advanced = lb.advancedConfiguration!
      const rule = kind === 'production' ? advanced.productionListenerRule : advanced.testListenerRule
      if (!rule) continue
      this.deps.rules.setForwardWeights(rule, [
        { targetGroupArn: lb.targetGroupArn, weight: blue },
        { targetGroupArn: advanced.alternateTargetGroupArn, weight: green }
      ])
    }
    this.update({ weights: { ...this.record.weights, [kind]: percent } })
  }

  private liveTasks(deployments: DeploymentRecord[], stillRunning = false): TaskRecord[] {
    const ids = new Set(deployments.map((deployment) => deployment.id))
    return [...this.record.service.cluster.tasks.values()].filter(
      (task) =>
        task.service === this.record.service &&
        ids.has(task.deploymentId) &&
        (stillRunning ? task.lastStatus !== 'STOPPED' : task.desiredStatus === 'RUNNING')
    )
  }

  private greenReady(): boolean {
    const green = this.liveTasks([this.record.deployment])
    const healthy = (task: TaskRecord) =>
      task.lastStatus === 'RUNNING' &&
      task.targets.every((target) => this.deps.elb.health(target)?.state === 'healthy')
    return green.length >= this.record.deployment.desiredCount && green.every(healthy)
  }

  /** More than one revision is active (an earlier deployment stopped halfway): back to blue alone. */
  private async reconcile(): Promise<void> {
    await this.stage('RECONCILE_SERVICE', true)
    const [blue, ...others] = this.record.sourceDeployments
    this.shift('production', 0)
    this.shift('test', 0)
    this.deps.stopTasks(
      this.record.service,
      this.liveTasks(others),
      `Scaling activity initiated by (deployment ${blue.id})`
    )
    await this.until(() => this.liveTasks(others, true).length === 0)
    this.record.sourceDeployments = [blue]
  }

  private async cleanUp(): Promise<void> {
    await this.stage('CLEAN_UP')
    const { record } = this
    endMonitoring(this.record)
    const service = record.service
    // The target groups swap roles: green's is now the service's, blue's the alternate for the next deployment.
    for (const source of record.sourceDeployments)
      source.loadBalancers ??= structuredClone(service.loadBalancers)
    service.loadBalancers = service.loadBalancers.map((lb) => ({
      ...lb,
      targetGroupArn: lb.advancedConfiguration!.alternateTargetGroupArn,
      advancedConfiguration: { ...lb.advancedConfiguration!, alternateTargetGroupArn: lb.targetGroupArn }
    }))
    record.deployment.loadBalancers = undefined
    this.phase = 'clean'
    await this.until(() => this.liveTasks(record.sourceDeployments, true).length === 0, false)
    this.dropDeployments(record.sourceDeployments)
    this.phase = 'done'
    const now = this.deps.time.now()
    this.update({ status: 'SUCCESSFUL', finishedAt: now, statusReason: 'Service deployment completed.' })
  }

  private async rollBack(reason: string): Promise<void> {
    const { record } = this
    const now = this.deps.time.now()
    const [blue] = record.sourceDeployments
    endMonitoring(this.record)
    this.update({
      status: 'ROLLBACK_IN_PROGRESS',
      statusReason: reason,
      rollback: { reason, startedAt: now, serviceRevisionArn: record.sourceRevisions[0].arn },
      ...(record.stopRequest ? { stoppedAt: now } : {})
    })
    // Traffic first: one rule change each puts every request back on blue.
    this.shift('production', 0)
    this.shift('test', 0)
    const service = record.service
    const green = record.deployment
    service.deployments = [blue, ...service.deployments.filter((deployment) => deployment !== blue)]
    Object.assign(blue, { status: 'PRIMARY', desiredCount: service.desiredCount })
    Object.assign(green, { status: 'ACTIVE', rolloutState: 'FAILED', rolloutStateReason: reason })
    Object.assign(service, { taskDefinition: blue.taskDefinition, steady: false })
    this.phase = 'revert'
    await this.until(() => this.liveTasks([green], true).length === 0, false)
    this.dropDeployments([green])
    this.phase = 'done'
    this.update({ status: 'ROLLBACK_SUCCESSFUL', finishedAt: this.deps.time.now() })
  }

  /** Deployments whose tasks have all stopped leave the service's list, as the scheduler would drop them. */
  private dropDeployments(drained: DeploymentRecord[]): void {
    const service = this.record.service
    service.deployments = service.deployments.filter((deployment) => !drained.includes(deployment))
  }

  private stop(reason: string): void {
    const now = this.deps.time.now()
    endMonitoring(this.record)
    this.phase = 'stopped'
    this.update({ status: 'STOPPED', statusReason: reason, stoppedAt: now, finishedAt: now })
  }
}
