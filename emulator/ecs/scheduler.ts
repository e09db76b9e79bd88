/**
 * The service scheduler: on every tick it brings each service toward its desired state the way ECS's
 * rolling update does. It watches task health (RUNNING and, behind load balancers, healthy in every target
 * group), replaces tasks that failed ELB health checks after the grace period, starts PRIMARY tasks while
 * the service stays within maximumPercent, stops older tasks while at least minimumHealthyPercent stay
 * healthy, counts failed tasks for the deployment circuit breaker (and rolls back), and reports completed
 * deployments and steady states. While ECS runs a BLUE_GREEN, LINEAR or CANARY deployment itself, that
 * deployment (through `observer.gate`) decides when tasks launch and when the other revision's tasks stop.
 */
import type { LoadBalancingPort, TargetHealthView, TargetRef } from '../core/contracts.ts'
import type { EmulatorTime } from '../core/time.ts'
import { DEFAULT_SUBNET_ID, newDeploymentId, newNetworkInterface, newTaskId } from './arns.ts'
import { addEvent, eventText, rolloutText, stopText } from './events.ts'
import type { ContainerRecord, DeploymentRecord, ServiceRecord, StopCode, TaskRecord } from './model.ts'
import type { DeploymentObserver } from './native-model.ts'
import type { EcsState } from './state.ts'
import { TaskRunner, type TaskRunnerHooks } from './task-runner.ts'
import type { EcsTimings } from './timings.ts'

export interface SchedulerDeps {
  state: EcsState
  time: EmulatorTime
  elb: LoadBalancingPort
  timings: EcsTimings
  /** Why a task cannot start (see TaskRunnerDeps). */
  startCheck?: (containers: any[]) => string | undefined
}

interface Health {
  healthy: boolean
  /** The first target group reporting the task unhealthy, if any. */
  unhealthy?: { target: TargetRef; view: TargetHealthView }
}

export class Scheduler {
  private readonly deps: SchedulerDeps
  private readonly runners = new Map<string, TaskRunner>()
  private readonly hooks: TaskRunnerHooks
  private stopTicking?: () => void
  /** The service deployments, told of completions and failures; they gate native deployments. */
  observer?: DeploymentObserver

  constructor(deps: SchedulerDeps) {
    this.deps = deps
    this.hooks = {
      registered: (task) => this.targetsRegistered(task),
      deregistering: (task) => this.targetsDeregistering(task),
      exited: (task, stoppedReason) => this.containerExited(task, stoppedReason),
      stopped: (task) => this.taskStopped(task)
    }
  }

  start(): void {
    this.stopTicking ??= this.deps.time.every(this.deps.timings.schedulerIntervalSeconds, () => this.tick())
  }

  async dispose(): Promise<void> {
    this.stopTicking?.()
    const runners = [...this.runners.values()]
    this.runners.clear()
    await Promise.all(runners.map((runner) => runner.dispose()))
  }

  tick(): void {
    for (const service of this.deps.state.allServices()) {
      if (service.status !== 'INACTIVE') this.reconcile(service)
    }
  }

  /** Creates the PRIMARY deployment for a new task definition (or a forced redeploy, or a rollback). */
  newDeployment(service: ServiceRecord, taskDefinition: string, reason?: string): DeploymentRecord {
    const now = this.deps.time.now()
    const id = newDeploymentId()
    for (const deployment of service.deployments) deployment.status = 'ACTIVE'
    const deployment: DeploymentRecord = {
      id,
      status: 'PRIMARY',
      taskDefinition,
      desiredCount: service.desiredCount,
      failedTasks: 0,
      createdAt: now,
      updatedAt: now,
      rolloutState: 'IN_PROGRESS',
      rolloutStateReason: reason ?? rolloutText.inProgress(id)
    }
    service.deployments.unshift(deployment)
    service.taskDefinition = taskDefinition
    service.steady = false
    return deployment
  }

  /** Stops a task for `stopCode`; `failed` counts it against its deployment (circuit breaker). */
  stopTask(task: TaskRecord, stopCode: StopCode, reason: string, failed = false): void {
    if (task.desiredStatus === 'STOPPED') return
    task.desiredStatus = 'STOPPED'
    task.stoppingAt = this.deps.time.now()
    task.stopCode = stopCode
    task.stoppedReason = reason
    task.version++
    if (failed && !task.everHealthy) this.countFailure(task)
    this.runners.get(task.arn)?.stop()
  }

  /** Fault injection: the task's essential container dies with `exitCode`. */
  killTask(task: TaskRecord, exitCode: number, reason?: string): void {
    this.runners.get(task.arn)?.kill(exitCode, reason)
  }

  private reconcile(service: ServiceRecord): void {
    const health = this.observeHealth(service)
    this.replaceUnhealthy(service, health)
    this.dropDrainedDeployments(service)
    if (service.status === 'DRAINING') return this.drain(service)
    this.roll(service, health)
    this.reportProgress(service, health)
  }

  private liveTasks(service: ServiceRecord): TaskRecord[] {
    return [...service.cluster.tasks.values()].filter(
      (task) => task.service === service && task.desiredStatus === 'RUNNING'
    )
  }

  private observeHealth(service: ServiceRecord): Map<TaskRecord, Health> {
    const health = new Map<TaskRecord, Health>()
    for (const task of this.liveTasks(service)) {
      const observed = this.healthOf(task)
      health.set(task, observed)
      if (observed.healthy && !task.everHealthy) this.becameHealthy(task)
    }
    return health
  }

  private healthOf(task: TaskRecord): Health {
    if (task.lastStatus !== 'RUNNING') return { healthy: false }
    let healthy = true
    let unhealthy: Health['unhealthy']
    for (const target of task.targets) {
      const view = this.deps.elb.health(target)
      if (view?.state !== 'healthy') healthy = false
      if (view?.state === 'unhealthy') unhealthy ??= { target, view }
    }
    return { healthy, unhealthy }
  }

  private becameHealthy(task: TaskRecord): void {
    task.everHealthy = true
    const deployment = this.deploymentOf(task)
    const breaker = task.service.deploymentConfiguration.deploymentCircuitBreaker
    // ECS forgets earlier failures once a task of the deployment is healthy, unless told not to.
    if (deployment && deployment.failedTasks > 0 && breaker.resetOnHealthyTask !== false) {
      deployment.failedTasks = 0
      deployment.updatedAt = this.deps.time.now()
    }
  }

  /** After the grace period, a task its load balancer calls unhealthy is replaced. */
  private replaceUnhealthy(service: ServiceRecord, health: Map<TaskRecord, Health>): void {
    const graceMs = this.deps.time.ms(service.healthCheckGracePeriodSeconds ?? 0)
    const now = this.deps.time.now().getTime()
    for (const [task, observed] of health) {
      if (!observed.unhealthy || !task.startedAt || now - task.startedAt.getTime() < graceMs) continue
      const { target, view } = observed.unhealthy
      const at = this.deps.time.now()
      const reason = view.description ?? 'Health checks failed'
      addEvent(
        service,
        eventText.unhealthyTarget(service.name, target.port, target.targetGroupArn, reason),
        at
      )
      addEvent(service, eventText.tasksStopped(service.name, [task]), at)
      this.stopTask(
        task,
        'ServiceSchedulerInitiated',
        stopText.failedElbHealthChecks(target.targetGroupArn),
        true
      )
      health.delete(task)
    }
  }

  private dropDrainedDeployments(service: ServiceRecord): void {
    const hasTasks = new Set<string>()
    for (const task of service.cluster.tasks.values()) {
      if (task.service === service && task.lastStatus !== 'STOPPED') hasTasks.add(task.deploymentId)
    }
    service.deployments = service.deployments.filter(
      (deployment) => deployment.status === 'PRIMARY' || hasTasks.has(deployment.id)
    )
  }

  /** A deleted service stops everything, then becomes INACTIVE. */
  private drain(service: ServiceRecord): void {
    const live = this.liveTasks(service)
    const primary = service.deployments[0]
    if (live.length > 0) this.stopBatch(service, live, stopText.scaling(primary.id))
    const remaining = [...service.cluster.tasks.values()].some(
      (task) => task.service === service && task.lastStatus !== 'STOPPED'
    )
    if (!remaining) service.status = 'INACTIVE'
  }

  private roll(service: ServiceRecord, health: Map<TaskRecord, Health>): void {
    const primary = service.deployments[0]
    // A deployment failed by the circuit breaker (without rollback) launches nothing more.
    if (primary.rolloutState === 'FAILED') return
    const { minimumHealthyPercent, maximumPercent } = service.deploymentConfiguration
    // A native deployment runs both revisions side by side: it decides when to launch and when to stop.
    const gate = this.observer?.gate(service)
    const desired = primary.desiredCount
    const minHealthy = Math.ceil((desired * minimumHealthyPercent) / 100)
    const maxTotal = gate ? Infinity : Math.floor((desired * maximumPercent) / 100)
    const isHealthy = (task: TaskRecord) => health.get(task)?.healthy ?? false
    const live = [...health.keys()]
    const primaryTasks = live.filter((task) => task.deploymentId === primary.id)
    const olderTasks = live.filter((task) => task.deploymentId !== primary.id)

    // Older tasks go first when they are not serving; healthy ones only while enough others stay healthy.
    const toStop: TaskRecord[] = []
    let healthy = live.filter(isHealthy).length
    for (const task of this.stopOrder(olderTasks, isHealthy, service)) {
      if (gate && !gate.stopOlder) break
      if (!isHealthy(task)) toStop.push(task)
      else if (healthy - 1 >= minHealthy) {
        toStop.push(task)
        healthy--
      }
    }
    // Scale-in of the PRIMARY itself.
    const excess = primaryTasks.length - desired
    if (excess > 0) toStop.push(...this.stopOrder(primaryTasks, isHealthy, service).slice(0, excess))
    if (toStop.length > 0) this.stopBatch(service, toStop, stopText.scaling(primary.id))

    const total = live.length - toStop.length
    const primaryCount = primaryTasks.length - Math.max(0, excess)
    const launches = gate && !gate.launch ? 0 : Math.min(desired - primaryCount, maxTotal - total)
    if (launches > 0) {
      const started = Array.from({ length: launches }, () => this.launch(service, primary))
      addEvent(service, eventText.tasksStarted(service.name, started), this.deps.time.now())
    }
  }

  /** Not-yet-healthy tasks first, then the oldest deployments' tasks, oldest first. */
  private stopOrder(tasks: TaskRecord[], isHealthy: (task: TaskRecord) => boolean, service: ServiceRecord) {
    const age = (task: TaskRecord) => service.deployments.findIndex((d) => d.id === task.deploymentId)
    return [...tasks].sort(
      (a, b) =>
        Number(isHealthy(a)) - Number(isHealthy(b)) ||
        age(b) - age(a) ||
        a.createdAt.getTime() - b.createdAt.getTime()
    )
  }

  /** Stops `tasks` of `service` as the scheduler does (a native deployment's clean-up or rollback). */
  stopTasks(service: ServiceRecord, tasks: TaskRecord[], reason: string): void {
    if (tasks.length > 0) this.stopBatch(service, tasks, reason)
  }

  private stopBatch(service: ServiceRecord, tasks: TaskRecord[], reason: string): void {
    addEvent(service, eventText.tasksStopped(service.name, tasks), this.deps.time.now())
    for (const task of tasks) this.stopTask(task, 'ServiceSchedulerInitiated', reason)
  }

  private reportProgress(service: ServiceRecord, health: Map<TaskRecord, Health>): void {
    const primary = service.deployments[0]
    const primaryTasks = [...health].filter(([task]) => task.deploymentId === primary.id)
    const steady =
      service.deployments.length === 1 &&
      primaryTasks.length === primary.desiredCount &&
      primaryTasks.every(([, observed]) => observed.healthy)
    const now = this.deps.time.now()
    if (steady && primary.rolloutState === 'IN_PROGRESS') {
      primary.rolloutState = 'COMPLETED'
      primary.rolloutStateReason = rolloutText.completed(primary.id)
      primary.updatedAt = now
      service.lastCompleted = { id: primary.id, taskDefinition: primary.taskDefinition }
      addEvent(service, eventText.deploymentCompleted(service.name, primary.id), now)
      this.observer?.completed(service, primary)
    }
    if (steady && !service.steady) addEvent(service, eventText.steadyState(service.name), now)
    service.steady = steady
  }

  private launch(service: ServiceRecord, deployment: DeploymentRecord): TaskRecord {
    const { state, time } = this.deps
    const cluster = service.cluster
    const definition = state.taskDefinitionByArn(deployment.taskDefinition)
    const id = newTaskId()
    const arn = state.arns.task(cluster.name, id)
    const containers: ContainerRecord[] = (definition.body.containerDefinitions as any[]).map((spec) => ({
      arn: state.arns.container(cluster.name, id),
      name: spec.name,
      image: spec.image,
      essential: spec.essential !== false,
      environment: Object.fromEntries(
        (spec.environment ?? []).map((pair: any) => [pair.name, pair.value ?? ''])
      ),
      containerPort: spec.portMappings?.[0]?.containerPort,
      lastStatus: 'PENDING'
    }))
    const servedName = service.loadBalancers[0]?.containerName
    const appContainer =
      containers.find((container) => container.name === servedName) ??
      containers.find((container) => container.essential) ??
      containers[0]
    const propagate = service.extra.propagateTags
    const tags =
      propagate === 'SERVICE'
        ? state.tagsOf(service.arn)
        : propagate === 'TASK_DEFINITION'
          ? state.tagsOf(definition.arn)
          : []
    const task: TaskRecord = {
      id,
      arn,
      cluster,
      service,
      deploymentId: deployment.id,
      taskDefinition: definition,
      launchType: service.launchType,
      lastStatus: 'PROVISIONING',
      desiredStatus: 'RUNNING',
      createdAt: time.now(),
      containers,
      appContainer,
      loadBalancers: deployment.loadBalancers ?? service.loadBalancers,
      targets: [],
      everHealthy: false,
      version: 1
    }
    if (definition.body.networkMode === 'awsvpc') {
      const network = service.extra.networkConfiguration as
        { awsvpcConfiguration?: { subnets?: string[] } } | undefined
      const subnet = network?.awsvpcConfiguration?.subnets?.[0]
      task.networkInterface = newNetworkInterface(subnet ?? DEFAULT_SUBNET_ID)
    }
    cluster.tasks.set(id, task)
    if (tags.length > 0) state.setTags(arn, tags)
    const runner = new TaskRunner(task, { ...this.deps, hooks: this.hooks })
    this.runners.set(arn, runner)
    runner.start()
    return task
  }

  private deploymentOf(task: TaskRecord): DeploymentRecord | undefined {
    return task.service.deployments.find((deployment) => deployment.id === task.deploymentId)
  }

  private countFailure(task: TaskRecord): void {
    const deployment = this.deploymentOf(task)
    if (!deployment) return
    deployment.failedTasks++
    deployment.updatedAt = this.deps.time.now()
    if (deployment.status === 'PRIMARY') this.checkCircuitBreaker(task.service, deployment)
  }

  private checkCircuitBreaker(service: ServiceRecord, primary: DeploymentRecord): void {
    const breaker = service.deploymentConfiguration.deploymentCircuitBreaker
    if (!breaker.enable || primary.rolloutState !== 'IN_PROGRESS') return
    // A native deployment watches its own circuit breaker and rolls back its own way.
    if (this.observer?.gate(service)) return
    if (primary.failedTasks < failureThreshold(breaker.thresholdConfiguration, service.desiredCount)) return
    const now = this.deps.time.now()
    primary.rolloutState = 'FAILED'
    primary.rolloutStateReason = rolloutText.circuitBreakerFailed()
    primary.updatedAt = now
    addEvent(service, eventText.deploymentFailed(service.name, primary.id), now)
    const target = service.lastCompleted
    if (!breaker.rollback || !target) return this.observer?.circuitBreakerTripped(service, primary)
    addEvent(service, eventText.rollingBack(service.name, target.id), now)
    const rollback = this.newDeployment(service, target.taskDefinition, rolloutText.rollingBack(target.id))
    this.observer?.circuitBreakerTripped(service, primary, rollback)
  }

  private targetsRegistered(task: TaskRecord): void {
    const now = this.deps.time.now()
    for (const target of task.targets) {
      addEvent(task.service, eventText.targetsRegistered(task.service.name, 1, target.targetGroupArn), now)
    }
  }

  private targetsDeregistering(task: TaskRecord): void {
    const now = this.deps.time.now()
    for (const target of task.targets) {
      addEvent(task.service, eventText.targetsDeregistered(task.service.name, 1, target.targetGroupArn), now)
    }
    addEvent(task.service, eventText.draining(task.service.name, 1), now)
  }

  private containerExited(task: TaskRecord, stoppedReason?: string): void {
    // A container that dies while serving was healthy until then: judge it by its last health.
    if (!task.everHealthy && this.healthOf(task).healthy) task.everHealthy = true
    if (stoppedReason !== undefined) {
      this.stopTask(task, 'TaskFailedToStart', stoppedReason, true)
    } else {
      this.stopTask(task, 'EssentialContainerExited', stopText.essentialExited(), true)
    }
  }

  private taskStopped(task: TaskRecord): void {
    this.runners.delete(task.arn)
    this.deps.time.after(this.deps.timings.stoppedTaskRetentionSeconds, () => {
      if (task.cluster.tasks.get(task.id) !== task) return
      task.cluster.tasks.delete(task.id)
      this.deps.state.tags.delete(task.arn)
    })
  }
}

/** How many failed tasks trip the breaker: by default half the desired count, at least 3, at most 200. */
export function failureThreshold(
  config: { type?: string; value?: number } | undefined,
  desiredCount: number
) {
  const value = config?.value ?? 50
  switch (config?.type ?? 'BOUNDED_PERCENT') {
    case 'COUNT':
      return Math.max(1, value)
    case 'UNBOUNDED_PERCENT':
      return Math.max(1, Math.ceil((value / 100) * desiredCount))
    default:
      return Math.min(200, Math.max(3, Math.ceil((value / 100) * desiredCount)))
  }
}
