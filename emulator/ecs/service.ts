/**
 * The emulated Amazon ECS: its API (awsJson1_1 operations by name) and the service scheduler that runs
 * every task as a real HTTP server on loopback, registered into ELB target groups through
 * `LoadBalancingPort`.
 */
import type {
  AlarmStatePort,
  ApiService,
  ListenerRulesPort,
  LoadBalancingPort,
  ServiceDeps
} from '../core/contracts.ts'
import { AwsError } from '../core/errors.ts'
import { EcsArns } from './arns.ts'
import { invalidParameter } from './input.ts'
import { ecsOperations, findTaskAnywhere, type EcsOperations } from './api.ts'
import { Scheduler } from './scheduler.ts'
import { ServiceDeployments } from './service-deployments.ts'
import { EcsState } from './state.ts'
import { resolveTimings, type EcsTimings } from './timings.ts'

export { DEFAULT_ECS_TIMINGS, type EcsTimings } from './timings.ts'

export interface EcsServiceOptions extends ServiceDeps {
  elb: LoadBalancingPort
  /** Lets ECS rewrite listener rules (BLUE_GREEN, LINEAR and CANARY services need it). */
  rules?: ListenerRulesPort
  /** Lets ECS watch its deployments' CloudWatch alarms. */
  alarms?: AlarmStatePort
  timings?: Partial<EcsTimings>
  /** Why a task cannot start (an image or secret the account does not have), in ECS's words. */
  startCheck?: (containers: any[]) => string | undefined
}

export class EcsService implements ApiService {
  readonly timings: EcsTimings
  private readonly state: EcsState
  private readonly scheduler: Scheduler
  private readonly operations: EcsOperations
  private readonly deployments: ServiceDeployments

  constructor(options: EcsServiceOptions) {
    const { time, account, elb, rules, alarms } = options
    this.timings = resolveTimings(options.timings)
    this.state = new EcsState(new EcsArns(account))
    // Like an account whose console created it: the default cluster is there from the start.
    this.state.addCluster('default', time.now())
    const { startCheck } = options
    this.scheduler = new Scheduler({ state: this.state, time, elb, timings: this.timings, startCheck })
    const scheduler = this.scheduler
    const deployments = new ServiceDeployments({
      state: this.state,
      time,
      elb,
      rules,
      alarms,
      pollSeconds: this.timings.schedulerIntervalSeconds,
      stageSeconds: this.timings.lifecycleStageSeconds,
      stopTasks: (service, tasks, reason) => scheduler.stopTasks(service, tasks, reason)
    })
    scheduler.observer = deployments
    this.deployments = deployments
    this.operations = ecsOperations({ state: this.state, scheduler, elb, rules, time, deployments })
    this.scheduler.start()
  }

  async handle(operation: string, input: any): Promise<any> {
    const run = Object.hasOwn(this.operations, operation) ? this.operations[operation] : undefined
    if (!run) throw new AwsError('UnknownOperationException', `Unknown operation ${operation}.`)
    return run(input ?? {})
  }

  /** Fault injection: the task's essential container exits (default 137, as when killed); ECS replaces it. */
  killTask(taskArn: string, options: { exitCode?: number; reason?: string } = {}): void {
    const task = findTaskAnywhere(this.state, taskArn)
    if (!task) throw invalidParameter('The referenced task was not found.')
    this.scheduler.killTask(task, options.exitCode ?? 137, options.reason)
  }

  /** Runs one scheduler pass now (tests use it to avoid waiting for the next tick). */
  reconcile(): void {
    this.scheduler.tick()
  }

  /** Stops the scheduler and kills every task's app at once. */
  async stop(): Promise<void> {
    this.deployments.stop()
    await this.scheduler.dispose()
  }
}
