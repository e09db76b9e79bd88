/**
 * One task's life: PROVISIONING -> PENDING -> RUNNING (the demo app listens, targets registered) and, when
 * asked to stop, DEACTIVATING (deregistered, draining) -> STOPPING (SIGTERM) -> DEPROVISIONING -> STOPPED.
 * What the task's end means for its service (failure counts, events, replacement) is the scheduler's
 * business: the runner reports through its hooks.
 */
import type { LoadBalancingPort, TargetRef } from '../core/contracts.ts'
import type { EmulatorTime } from '../core/time.ts'
import { AppExitedError, startDemoApp, type AppExit, type DemoApp } from '../app/demo-app.ts'
import { stopText } from './events.ts'
import type { TaskRecord } from './model.ts'
import type { EcsTimings } from './timings.ts'

export interface TaskRunnerHooks {
  /** The task is RUNNING and its targets are registered. */
  registered(task: TaskRecord): void
  /** Its targets are being deregistered (the task is about to drain). */
  deregistering(task: TaskRecord): void
  /** The essential container ended by itself (crash, kill), or the task could not start (`stoppedReason` says why). */
  exited(task: TaskRecord, stoppedReason?: string): void
  /** The task reached STOPPED. */
  stopped(task: TaskRecord): void
}

export interface TaskRunnerDeps {
  time: EmulatorTime
  elb: LoadBalancingPort
  timings: EcsTimings
  hooks: TaskRunnerHooks
  /** Why a task of these containers cannot start (a missing image or secret), in ECS's words; none by default. */
  startCheck?: (containers: any[]) => string | undefined
}

export class TaskRunner {
  private readonly task: TaskRecord
  private readonly deps: TaskRunnerDeps
  private readonly startAbort = new AbortController()
  private app?: DemoApp
  private stopRequested = false
  private exitReported = false
  private disposed = false

  constructor(task: TaskRecord, deps: TaskRunnerDeps) {
    this.task = task
    this.deps = deps
  }

  start(): void {
    this.run().catch((error) => this.reportStartFailure((error as Error).message))
  }

  /** Begins the stop sequence; the caller has already set desiredStatus, stopCode and stoppedReason. */
  stop(): void {
    if (this.stopRequested || this.disposed) return
    this.stopRequested = true
    this.startAbort.abort()
    this.stopSequence().catch(() => this.forceStopped())
  }

  /** The essential container dies now (fault injection). */
  kill(exitCode: number, reason?: string): void {
    if (this.stopRequested || this.exitReported || this.disposed) return
    if (this.app) this.app.kill(exitCode, reason)
    else this.reportExit({ exitCode, reason })
  }

  /** Ends everything at once (emulator shutdown): no more hooks, no graceful stop. */
  async dispose(): Promise<void> {
    this.disposed = true
    this.startAbort.abort()
    if (this.app) {
      this.app.kill()
      await this.app.exited
    }
  }

  private async run(): Promise<void> {
    const { time, timings } = this.deps
    const task = this.task
    await time.sleep(timings.taskStartSeconds / 3)
    if (this.halted()) return
    task.lastStatus = 'PENDING'
    task.pullStartedAt = time.now()
    task.version++
    await time.sleep((timings.taskStartSeconds * 2) / 3)
    if (this.halted()) return
    const unable = this.deps.startCheck?.(task.taskDefinition.body.containerDefinitions ?? [])
    if (unable) return this.reportExit({ reason: unable }, unable)
    task.pullStoppedAt = time.now()
    let app: DemoApp
    try {
      app = await startDemoApp({
        image: task.appContainer.image,
        taskArn: task.arn,
        env: task.appContainer.environment,
        signal: this.startAbort.signal
      })
    } catch (error) {
      if (this.halted()) return
      if (error instanceof AppExitedError) this.reportExit(error.exit)
      else this.reportStartFailure((error as Error).message)
      return
    }
    if (this.disposed) return app.kill()
    if (this.stopRequested || this.exitReported) return void app.stop()
    this.app = app
    this.becomeRunning(app)
    void app.exited.then((exit) => this.reportExit(exit))
  }

  private becomeRunning(app: DemoApp): void {
    const task = this.task
    const now = this.deps.time.now()
    task.lastStatus = 'RUNNING'
    task.startedAt = now
    task.hostPort = app.port
    for (const container of task.containers) container.lastStatus = 'RUNNING'
    task.targets = task.loadBalancers.map((lb) => ({
      targetGroupArn: lb.targetGroupArn,
      id: '127.0.0.1',
      port: app.port
    }))
    task.version++
    for (const target of task.targets) {
      try {
        this.deps.elb.register(target)
      } catch {
        // The target group is gone: the task runs unregistered and never becomes healthy.
      }
    }
    if (task.targets.length > 0) this.deps.hooks.registered(task)
  }

  /** The app could not be started: the task failed to start, its container says why. */
  private reportStartFailure(message: string): void {
    this.reportExit({ exitCode: 1, reason: message }, stopText.failedToStart(message))
  }

  /**
   * The container ended without being asked to (or never started: `stoppedReason` says why the task did): record
   * it and let the scheduler decide.
   */
  private reportExit(exit: Partial<AppExit>, stoppedReason?: string): void {
    if (this.stopRequested || this.exitReported || this.disposed) return
    this.exitReported = true
    this.startAbort.abort()
    const container = this.task.appContainer
    container.lastStatus = 'STOPPED'
    container.exitCode = exit.exitCode
    container.reason = exit.reason ?? stoppedReason
    this.task.version++
    this.deps.hooks.exited(this.task, stoppedReason)
  }

  private async stopSequence(): Promise<void> {
    const { time, timings, hooks } = this.deps
    const task = this.task
    const app = this.app
    if (app) {
      task.lastStatus = 'DEACTIVATING'
      task.version++
      const draining = this.deregister(task.targets)
      // A live container keeps serving while its targets drain; a dead one has nothing to drain.
      if (!this.exitReported) await draining
      if (this.disposed) return
      task.lastStatus = 'STOPPING'
      task.version++
      const stopTimeout = task.taskDefinition.body.containerDefinitions?.find(
        (definition: { name: string }) => definition.name === task.appContainer.name
      )?.stopTimeout
      const exit = await app.stop({ timeoutMs: time.ms(stopTimeout ?? timings.stopTimeoutSeconds) })
      if (this.disposed) return
      this.recordStop(exit)
    } else {
      this.recordStop(undefined)
    }
    task.executionStoppedAt = time.now()
    task.lastStatus = 'DEPROVISIONING'
    task.version++
    await time.sleep(timings.taskStopSeconds)
    if (this.disposed) return
    task.lastStatus = 'STOPPED'
    task.stoppedAt = time.now()
    task.version++
    hooks.stopped(task)
  }

  private deregister(targets: TargetRef[]): Promise<unknown> {
    if (targets.length === 0) return Promise.resolve()
    this.deps.hooks.deregistering(this.task)
    // A failing deregistration must not keep the task from stopping.
    const deregister = async (target: TargetRef) => this.deps.elb.deregister(target)
    return Promise.all(targets.map((target) => deregister(target).catch(() => undefined)))
  }

  /** Containers that ran report their exit code; those that never ran have none. */
  private recordStop(appExit: AppExit | undefined): void {
    for (const container of this.task.containers) {
      if (container.lastStatus === 'RUNNING') {
        container.exitCode = container === this.task.appContainer ? (appExit?.exitCode ?? 0) : 0
      }
      container.lastStatus = 'STOPPED'
    }
  }

  /** Last resort when the stop sequence itself failed: the task must still end. */
  private forceStopped(): void {
    if (this.disposed || this.task.lastStatus === 'STOPPED') return
    this.recordStop(undefined)
    this.task.lastStatus = 'STOPPED'
    this.task.stoppedAt = this.deps.time.now()
    this.task.version++
    this.deps.hooks.stopped(this.task)
  }

  private halted(): boolean {
    return this.disposed || this.stopRequested || this.exitReported
  }
}
