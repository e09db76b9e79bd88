/**
 * The service a rollout deploys to, and the deployment it follows there: register or reuse the version, update the
 * service (or take over the deployment already running it), follow it to a verdict, bake, look once before
 * traffic moves. Every strategy deploys through this; it times the phases and keeps the gates' verdicts in the
 * rollout.
 */
import type { UpdateServiceCommandInput } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import type { ElbPort } from '../aws/elb.ts'
import type { NewVersion } from '../aws/task-definition.ts'
import type { Preflight } from '../preflight/preflight.ts'
import { once, type Gate } from '../gates/gate.ts'
import { RolloutFailure, type Rollout, type RolloutContext } from './rollout.ts'
import { deployTo, registerVersion, takeOver, type ServiceSnapshot } from '../service/service.ts'
import {
  bake,
  deploymentOf,
  followDeployment,
  lookOnce,
  type BakeOptions,
  type DeploymentRef,
  type DeploymentVerdict,
  type TargetTimings,
  type WatchedDeployment
} from '../service/watch.ts'

export interface TargetSettings {
  cluster: string
  /** How calls name the service (default: its ARN). */
  serviceId?: string
  pollIntervalMs: number
  waitTimeoutMs: number
  /** The task definition serving production (of the live color), when it is not the service's own. */
  servingTaskDefinition?: string
}

export class DeploymentTarget {
  /** The version deployed (or to deploy). */
  taskDefinitionArn: string
  /** The deployment under watch, once deployed or taken over. */
  ref?: DeploymentRef
  /** How many tasks the rollout deployed: what the gates expect. */
  expectedCount = 0
  /** This run started the deployment (rather than taking over one already running). */
  private started = false
  readonly service: ServiceSnapshot
  private readonly ecs: EcsPort
  private readonly preflight?: Preflight
  private readonly timings?: TargetTimings
  private readonly rollout: Rollout
  private readonly context: RolloutContext
  private readonly settings: TargetSettings
  /** Service events already logged (or older than the run). */
  private readonly seenEvents: Set<string>

  constructor(
    { ecs, elb, preflight }: { ecs: EcsPort; elb: ElbPort; preflight?: Preflight },
    rollout: Rollout,
    context: RolloutContext,
    settings: TargetSettings,
    service: ServiceSnapshot
  ) {
    this.ecs = ecs
    this.preflight = preflight
    this.rollout = rollout
    this.context = context
    this.settings = settings
    this.service = service
    this.taskDefinitionArn = service.taskDefinition
    this.seenEvents = new Set(service.eventIds)
    // The slowest of the service's target groups, each setting read once, when first needed.
    const groups = service.loadBalancers.flatMap((lb) => (lb.targetGroupArn ? [lb.targetGroupArn] : []))
    const slowest = (read: (arn: string) => Promise<number>) =>
      once(async () => Math.max(...(await Promise.all(groups.map(read)))))
    this.timings =
      groups.length === 0
        ? undefined
        : {
            healthyAfterMs: slowest((arn) => elb.healthyAfterMs(arn)),
            drainMs: slowest((arn) => elb.drainMs(arn))
          }
  }

  /**
   * Registers the version if the plan says so, runs `beforeUpdate` (save the state, point a test rule), updates
   * the service and takes over the deployment that runs the version. No call goes out once the run is cancelled.
   */
  async deploy(
    plan: NewVersion,
    update: Omit<UpdateServiceCommandInput, 'cluster' | 'service' | 'taskDefinition'>,
    beforeUpdate: (registered: boolean) => Promise<void>
  ): Promise<void> {
    const { signal } = this.context
    const { cluster, servingTaskDefinition: serving } = this.settings
    const ports = { ecs: this.ecs, preflight: this.preflight }
    const { arn, registered } = await registerVersion(
      ports,
      plan,
      { cluster, service: this.service, serving },
      signal
    )
    this.taskDefinitionArn = arn
    await beforeUpdate(registered)
    const request = {
      ...update,
      cluster: this.settings.cluster,
      service: this.settings.serviceId ?? this.service.arn,
      taskDefinition: arn
    }
    const { ref, deployment, existed } = await deployTo(this.ecs, this.service, request, signal)
    this.rollout.timeline.note(
      'rollout',
      existed
        ? `no new deployment: ${this.service.name} already runs ${arn} (deployment ${deployment.id})`
        : `started deployment ${deployment.id} on ${this.service.name}`
    )
    this.started = !existed
    this.track(ref, update.desiredCount ?? this.service.desiredCount)
  }

  /** Takes over the service's deployment of the version (a paused or baking rollout's) to watch it. */
  async takeOver(taskDefinitionArn: string): Promise<void> {
    this.taskDefinitionArn = taskDefinitionArn
    const service = { deployments: this.service.deployments, serviceName: this.service.name }
    const deployment = deploymentOf(service, taskDefinitionArn)
    const { ref } = await takeOver(
      this.ecs,
      this.settings.cluster,
      this.service,
      deployment,
      true,
      this.settings.serviceId
    )
    this.track(ref, deployment.desiredCount ?? this.service.desiredCount)
  }

  /** Follows the deployment until it completes with every gate passing, or a verdict says otherwise. */
  follow(gates: Gate[]): Promise<DeploymentVerdict> {
    const watch = this.watch('deploy', gates)
    const firstLook = this.started ? this.settings.pollIntervalMs : 0
    return this.rollout.timed('deploy', () => followDeployment(watch, this.settings.waitTimeoutMs, firstLook))
  }

  /** Keeps watching for `ms`, one look each poll interval (a failure acts within one), or until `options.done`. */
  bake(
    gates: Gate[],
    ms: number,
    options: BakeOptions & { timedAs?: string } = {}
  ): Promise<DeploymentVerdict> {
    const phase = options.timedAs ?? 'bake'
    const watch = { ...this.watch(phase, gates), settled: true }
    return this.rollout.timed(phase, (now) => bake(watch, now + ms, options))
  }

  /**
   * Sets the service's desired count (a scale-up of the version it runs, or down); the gates then expect that many
   * tasks. No call goes out once the run is cancelled.
   */
  async scale(count: number): Promise<void> {
    const service = this.settings.serviceId ?? this.service.arn
    await this.ecs.updateService(
      { cluster: this.settings.cluster, service, desiredCount: count },
      this.context.signal
    )
    this.expectedCount = count
    this.rollout.timeline.note('capacity', `${this.service.name} scaled to ${count} tasks`)
  }

  /** Follows another deployment of the service (a rollback) to its end. */
  followBack(deploymentId: string): Promise<DeploymentVerdict> {
    const watch = { ...this.watch('rollback', []), deploymentId, ignoredTasks: undefined }
    return this.rollout.timed('rollback', () => followDeployment(watch, this.settings.waitTimeoutMs))
  }

  /**
   * Before traffic moves: one look with every gate of each set in turn (the user's command, which may be a whole
   * smoke-test suite, runs only once the others passed); any gate not passing fails the rollout `where`.
   */
  async verify(gateSets: Gate[][], where: string): Promise<string[]> {
    return this.rollout.timed('verify', async () => {
      const passed: string[] = []
      for (const gates of gateSets.filter((set) => set.length > 0)) {
        const look = await lookOnce({ ...this.watch('verify', gates), settled: true })
        if (!look.ok) throw new RolloutFailure(look, where)
        const failing = look.reports.find((report) => report.state !== 'passed')
        if (failing) {
          const verdict = {
            ok: false as const,
            cause: 'gate' as const,
            gate: failing.gate,
            reason: failing.observed
          }
          throw new RolloutFailure(verdict, where)
        }
        passed.push(...look.reports.map((report) => report.gate))
      }
      return passed
    })
  }

  private track(ref: DeploymentRef, expectedCount: number): void {
    this.ref = ref
    this.expectedCount = expectedCount
    this.rollout.watching = ref
    if (ref.ignoredTasks && ref.ignoredTasks.size > 0) {
      this.rollout.timeline.note(
        'tasks',
        `${ref.ignoredTasks.size} tasks of ${ref.deploymentId} had stopped before this run`
      )
    }
  }

  private watch(phase: string, gates: Gate[]): WatchedDeployment {
    if (!this.ref) throw new Error(`no deployment of ${this.service.name} to watch`)
    const { rollout, context } = this
    return {
      ...this.ref,
      expectedCount: this.expectedCount,
      gates,
      onReports: (reports) => rollout.keep(phase, reports),
      timeline: rollout.timeline,
      clock: context.clock,
      signal: context.signal,
      intervalMs: this.settings.pollIntervalMs,
      timings: this.timings,
      seenEvents: this.seenEvents
    }
  }
}
