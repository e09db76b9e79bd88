/**
 * What the scripted AWS worlds of the unit tests share (FakeAws for one service, FakePair for a blue/green
 * pair): the mocked clients, the ECS services, task definitions, tasks and tags, the target health, the alarms,
 * a record of every call, injected faults, and steps that advance each time the fake clock sleeps. What a step
 * does to the services is each world's own scheduler (`progress`). The rules of the lock (./fake-lock.ts) are
 * answered here too, their calls kept apart from those to the resources a rollout changes (`lockSent`), and all
 * of them in order in `journal`.
 */
import {
  ClientException,
  ClusterNotFoundException,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  InvalidParameterException,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  ServiceNotFoundException,
  TagResourceCommand,
  UpdateServiceCommand,
  type Deployment,
  type Service,
  type Tag,
  type Task,
  type TaskDefinition,
  type UpdateServiceCommandInput
} from '@aws-sdk/client-ecs'
import {
  AddTagsCommand,
  CreateRuleCommand,
  DeleteRuleCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  RuleNotFoundException
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { mockClient } from 'aws-sdk-client-mock'
import type { AwsClients } from '../../../src/aws/clients.ts'
import { alarmPort } from '../../../src/aws/cloudwatch.ts'
import { ecsPort } from '../../../src/aws/ecs.ts'
import { elbPort } from '../../../src/aws/elb.ts'
import { rulePort } from '../../../src/aws/listener-rules.ts'
import { fenceFreshMs } from '../../../src/state/lock.ts'
import type { FakeClock } from './fake-clock.ts'
import { FakeLockRules } from './fake-lock.ts'

const account = '123456789012'
const region = 'us-east-1'
export const ecsArn = (resource: string): string => `arn:aws:ecs:${region}:${account}:${resource}`
export const elbArn = (resource: string): string =>
  `arn:aws:elasticloadbalancing:${region}:${account}:${resource}`
export const taskDefinitionArn = (revision: number): string => ecsArn(`task-definition/web:${revision}`)

export type TargetState = 'initial' | 'healthy' | 'unhealthy' | 'draining'

export interface Target {
  id: string
  port: number
  state: TargetState
  reason?: string
  description?: string
}

/** The reason and description the load balancer gives with each target state. */
const targetHealth: Record<TargetState, { reason?: string; description?: string }> = {
  initial: { reason: 'Elb.RegistrationInProgress', description: 'Target registration is in progress' },
  healthy: {},
  unhealthy: {
    reason: 'Target.FailedHealthChecks',
    description: 'Health checks failed with these codes: [503]'
  },
  draining: { reason: 'Target.DeregistrationInProgress', description: 'Target deregistration is in progress' }
}

/** One call as the world received it: the operation, the fake time and a copy of the input. */
export interface SentCall {
  operation: string
  at: number
  input: any
}

const copy = <T>(value: T): T => structuredClone(value)

export abstract class ScriptedAws<Behaviour extends string> {
  readonly ecs = mockClient(ECSClient)
  readonly elb = mockClient(ElasticLoadBalancingV2Client)
  readonly cloudwatch = mockClient(CloudWatchClient)
  readonly clients: AwsClients = {
    ecs: new ECSClient({ region }),
    elb: new ElasticLoadBalancingV2Client({ region }),
    cloudwatch: new CloudWatchClient({ region })
  }
  readonly cluster = 'prod'
  readonly taskDefinitions = new Map<string, TaskDefinition>()
  /** How the tasks of a task definition behave, by its ARN ('healthy' unless told otherwise). */
  readonly behaviours = new Map<string, Behaviour>()
  /** Tags by resource ARN (services and task definitions). */
  readonly tags: Record<string, Tag[]> = {}
  tasks: Task[] = []
  /** Targets by target group ARN. */
  readonly targets: Record<string, Target[]> = {}
  readonly alarms = new Map<string, { state: string; reason: string }>()
  clusterExists = true
  /** Every operation sent, in order, with the fake time. */
  readonly sent: SentCall[] = []
  /** The calls of the lock (its rule, and where it lives), and every call of both kinds in order. */
  readonly lockSent: SentCall[] = []
  readonly journal: SentCall[] = []
  readonly lockRules = new FakeLockRules()
  /** A fault to inject into the calls of the lock. */
  failLock?: (operation: string, input: any) => Error | undefined
  /** Steps taken so far (one per fake sleep). */
  step = 0
  /** A fault to inject: the error a call should fail with (checked before the call takes effect). */
  fail?: (operation: string, input: any) => Error | undefined
  /**
   * How long a call takes (fake clock milliseconds; at once unless set), as a call that throttling makes retry with
   * back-off: it answers after the calls sent with it, once the clock has moved on by that much.
   */
  latency?: (operation: string, input: any) => number | undefined
  protected readonly clock: FakeClock
  private readonly hooks: { step: number; run: () => void }[] = []
  private nextId = 1

  constructor(clock: FakeClock) {
    this.clock = clock
    clock.onSleep = () => this.advance()
    this.wire()
  }

  /** The services of the cluster. */
  protected abstract clusterServices(): Service[]

  /** One step of the scheduler, after the hooks of this step. */
  protected abstract progress(): void

  /** Runs `change` when the rollout reaches `step` (steps count the fake clock's sleeps). */
  at(step: number, change: () => void): this {
    this.hooks.push({ step, run: change })
    return this
  }

  /** Names of the operations sent, in order. */
  commands(): string[] {
    return this.sent.map((call) => call.operation)
  }

  /** Names of the operations that change something, in order. */
  mutations(): string[] {
    return this.commands().filter((operation) => !/^(Describe|List|Get)/.test(operation))
  }

  /**
   * The changes sent while the lock was not seen (created, described, heartbeat) in the `fenceFreshMs` before
   * them: fencing leaves none.
   */
  unfencedChanges(): SentCall[] {
    let seenAt = -Infinity
    const unfenced: SentCall[] = []
    for (const call of this.journal) {
      if (this.lockSent.includes(call)) {
        if (['CreateRule', 'DescribeRules', 'AddTags'].includes(call.operation)) seenAt = call.at
      } else if (!/^(Describe|List|Get)/.test(call.operation) && call.at - seenAt >= fenceFreshMs) {
        unfenced.push(call)
      }
    }
    return unfenced
  }

  /** The inputs of every call of one operation, in order. */
  calls(operation: string): any[] {
    return this.sent.filter((call) => call.operation === operation).map((call) => call.input)
  }

  updates(): UpdateServiceCommandInput[] {
    return this.calls('UpdateService')
  }

  /** The ports the strategies take, over this world's clients. */
  ports() {
    return {
      ecs: ecsPort(this.clients.ecs),
      elb: elbPort(this.clients.elb),
      rules: rulePort(this.clients.elb),
      cloudwatch: alarmPort(this.clients.cloudwatch)
    }
  }

  restore(): void {
    this.ecs.restore()
    this.elb.restore()
    this.cloudwatch.restore()
  }

  /** Records a call, then throws the fault injected for it, if any. */
  protected log(operation: string, input: unknown): void {
    const call = { operation, at: this.clock.now(), input: copy(input) }
    this.sent.push(call)
    this.journal.push(call)
    const error = this.fail?.(operation, input)
    if (error) throw error
  }

  /** Records a call of the lock, then throws the fault injected for it, if any. */
  protected lockLog(operation: string, input: unknown): void {
    const call = { operation, at: this.clock.now(), input: copy(input) }
    this.lockSent.push(call)
    this.journal.push(call)
    const error = this.failLock?.(operation, input)
    if (error) throw error
  }

  /** The listeners of the world (where locks are made), and the one a target group's load balancer has. */
  protected listeners(): { arn: string; targetGroups: string[] }[] {
    return []
  }

  /** DescribeRules about the lock (a lock rule, a listener's rules), if the call is. */
  protected lockRulesAnswer(input: any) {
    const answer = this.lockRules.describe(
      input,
      this.listeners().map((listener) => listener.arn)
    )
    if (answer) this.lockLog('DescribeRules', input)
    return answer
  }

  protected behaviourOf(deployment: Deployment): Behaviour | 'healthy' {
    return this.behaviours.get(deployment.taskDefinition!) ?? 'healthy'
  }

  /** A service of the cluster (ROLLING, behind one target group) with one deployment in progress. */
  protected newService(
    name: string,
    targetGroupArn: string,
    desiredCount: number,
    taskDefinition: string
  ): Service {
    return {
      serviceName: name,
      serviceArn: ecsArn(`service/${this.cluster}/${name}`),
      clusterArn: ecsArn(`cluster/${this.cluster}`),
      status: 'ACTIVE',
      desiredCount,
      runningCount: 0,
      pendingCount: 0,
      taskDefinition,
      deploymentController: { type: 'ECS' },
      deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, strategy: 'ROLLING' },
      loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 8080 }],
      deployments: [this.newDeployment(taskDefinition, desiredCount)],
      events: []
    }
  }

  protected newDeployment(taskDefinition: string, desiredCount: number): Deployment {
    return {
      id: `ecs-svc/${1000 + this.nextId++}`,
      status: 'PRIMARY',
      taskDefinition,
      desiredCount,
      pendingCount: 0,
      runningCount: 0,
      failedTasks: 0,
      rolloutState: 'IN_PROGRESS',
      createdAt: new Date(this.clock.now())
    }
  }

  /** A new PRIMARY deployment of `taskDefinition`; the deployments before it turn ACTIVE. */
  protected startDeployment(service: Service, taskDefinition: string): Deployment {
    for (const existing of service.deployments ?? []) existing.status = 'ACTIVE'
    const deployment = this.newDeployment(taskDefinition, service.desiredCount ?? 0)
    service.deployments = [deployment, ...(service.deployments ?? [])]
    service.taskDefinition = taskDefinition
    this.event(service, `(service ${service.serviceName}) has started a deployment of ${taskDefinition}.`)
    return deployment
  }

  protected event(service: Service, message: string): void {
    service.events = [
      { id: `event-${this.nextId++}`, createdAt: new Date(this.clock.now()), message },
      ...(service.events ?? [])
    ]
  }

  /** A running task of `deployment`, registered in the service's target group (state initial). */
  protected startTask(service: Service, deployment: Deployment): Task {
    const n = this.nextId++
    const ip = `10.0.${Math.floor(n / 250)}.${n % 250}`
    const task: Task = {
      taskArn: ecsArn(`task/${this.cluster}/task${n}`),
      group: `service:${service.serviceName}`,
      startedBy: deployment.id,
      taskDefinitionArn: deployment.taskDefinition,
      lastStatus: 'RUNNING',
      desiredStatus: 'RUNNING',
      attachments: [
        { type: 'ElasticNetworkInterface', details: [{ name: 'privateIPv4Address', value: ip }] }
      ],
      containers: [{ name: 'web', lastStatus: 'RUNNING' }]
    }
    this.tasks.push(task)
    const group = service.loadBalancers![0].targetGroupArn!
    const target: Target = { id: ip, port: 8080, state: 'initial', ...targetHealth.initial }
    this.targets[group] = [...(this.targets[group] ?? []), target]
    return task
  }

  protected runningTasksOf(deployment: Deployment): Task[] {
    return this.tasks.filter((task) => task.startedBy === deployment.id && task.desiredStatus === 'RUNNING')
  }

  protected stopTask(task: Task, reason: string, stopCode: string): void {
    task.desiredStatus = 'STOPPED'
    task.lastStatus = 'STOPPED'
    task.stoppedReason = reason
    task.stopCode = stopCode as Task['stopCode']
  }

  protected targetOf(task: Task): Target | undefined {
    const ip = this.addressOf(task)
    return Object.values(this.targets)
      .flat()
      .find((target) => target.id === ip)
  }

  /** Puts the task's target in `state`, with the reason and description the load balancer gives. */
  protected setTarget(task: Task, state: TargetState): void {
    const target = this.targetOf(task)
    if (target)
      Object.assign(target, { state, reason: undefined, description: undefined }, targetHealth[state])
  }

  protected deregister(task: Task): void {
    const ip = this.addressOf(task)
    for (const group of Object.keys(this.targets))
      this.targets[group] = this.targets[group].filter((target) => target.id !== ip)
  }

  private addressOf(task: Task): string | undefined {
    return task.attachments![0].details![0].value
  }

  private serviceNamed(name: string | undefined): Service | undefined {
    return this.clusterServices().find(
      (service) => service.serviceName === name || service.serviceArn === name
    )
  }

  private requireCluster(): void {
    if (!this.clusterExists)
      throw new ClusterNotFoundException({ message: 'Cluster not found.', $metadata: {} })
  }

  /** `handler`, answering after `latency` when one is set for the call. */
  private slow<I, O>(operation: string, handler: (input: I) => O): (input: I) => O | Promise<O> {
    return (input) => {
      const ms = this.latency?.(operation, input)
      if (!ms) return handler(input)
      const sentAt = this.clock.now()
      // The calls sent with it answer within the turn of the event loop; this one answers after it.
      return new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        this.clock.time = Math.max(this.clock.time, sentAt + ms)
        return handler(input)
      })
    }
  }

  private advance(): void {
    this.step++
    for (const hook of this.hooks.filter((candidate) => candidate.step === this.step)) hook.run()
    this.progress()
  }

  private wireLock(): void {
    const lb = elbArn('loadbalancer/app/web/50dc6c495c0c9188')
    const lock = this.lockRules
    const logged =
      <T>(operation: string, answer: (input: any) => T) =>
      (input: any): T => {
        this.lockLog(operation, input)
        return answer(input)
      }
    this.elb.on(CreateRuleCommand).callsFake(logged('CreateRule', (input) => lock.create(input)))
    this.elb.on(DeleteRuleCommand).callsFake(logged('DeleteRule', (input) => lock.delete(input)))
    this.elb.on(AddTagsCommand).callsFake(logged('AddTags', (input) => lock.addTags(input)))
    this.elb.on(DescribeTagsCommand).callsFake(logged('DescribeTags', (input) => lock.describeTags(input)))
    this.elb.on(DescribeTargetGroupsCommand).callsFake(
      logged('DescribeTargetGroups', (input) => ({
        TargetGroups: (input.TargetGroupArns ?? []).map((arn: string) => ({
          TargetGroupArn: arn,
          LoadBalancerArns: this.listeners().some((listener) => listener.targetGroups.includes(arn))
            ? [lb]
            : []
        }))
      }))
    )
    this.elb.on(DescribeListenersCommand).callsFake(
      logged('DescribeListeners', () => ({
        Listeners: this.listeners().map((listener, index) => ({
          ListenerArn: listener.arn,
          Port: 443 + index
        }))
      }))
    )
    this.elb.on(DescribeRulesCommand).callsFake((input) => {
      const answer = this.lockRulesAnswer(input)
      if (answer) return answer
      throw new RuleNotFoundException({ message: 'One or more rules not found', $metadata: {} })
    })
  }

  private wire(): void {
    this.ecs.on(DescribeServicesCommand).callsFake(
      this.slow('DescribeServices', (input) => {
        this.log('DescribeServices', input)
        this.requireCluster()
        const names: string[] = input.services ?? []
        const withTags = (input.include ?? []).includes('TAGS')
        return {
          services: names.flatMap((name) => {
            const service = this.serviceNamed(name)
            if (!service) return []
            return [
              { ...copy(service), ...(withTags ? { tags: copy(this.tags[service.serviceArn!] ?? []) } : {}) }
            ]
          }),
          failures: names
            .filter((name) => !this.serviceNamed(name))
            .map((name) => ({ arn: name, reason: 'MISSING' }))
        }
      })
    )
    this.ecs.on(DescribeTaskDefinitionCommand).callsFake(
      this.slow('DescribeTaskDefinition', (input) => {
        this.log('DescribeTaskDefinition', input)
        // As ECS takes it: the ARN, or family:revision.
        const found =
          this.taskDefinitions.get(input.taskDefinition) ??
          [...this.taskDefinitions.values()].find(
            (known) => `${known.family}:${known.revision}` === input.taskDefinition
          )
        if (!found)
          throw new ClientException({ message: 'Unable to describe task definition.', $metadata: {} })
        return { taskDefinition: copy(found), tags: copy(this.tags[input.taskDefinition] ?? []) }
      })
    )
    this.ecs.on(RegisterTaskDefinitionCommand).callsFake(
      this.slow('RegisterTaskDefinition', (input) => {
        this.log('RegisterTaskDefinition', input)
        const revision =
          Math.max(...[...this.taskDefinitions.values()].map((known) => known.revision ?? 0)) + 1
        const arn = taskDefinitionArn(revision)
        const registered = {
          ...copy(input),
          taskDefinitionArn: arn,
          revision,
          status: 'ACTIVE'
        } as TaskDefinition
        this.taskDefinitions.set(arn, registered)
        return { taskDefinition: copy(registered) }
      })
    )
    this.ecs.on(UpdateServiceCommand).callsFake(
      this.slow('UpdateService', (input) => {
        this.log('UpdateService', input)
        this.requireCluster()
        const service = this.serviceNamed(input.service)
        if (!service) throw new ServiceNotFoundException({ message: 'Service not found.', $metadata: {} })
        const taskDefinition = input.taskDefinition ?? service.taskDefinition!
        if (input.deploymentConfiguration)
          service.deploymentConfiguration = copy(input.deploymentConfiguration)
        if (input.desiredCount !== undefined) service.desiredCount = input.desiredCount
        if (taskDefinition !== service.taskDefinition || input.forceNewDeployment)
          this.startDeployment(service, taskDefinition)
        else service.deployments![0].desiredCount = service.desiredCount
        return { service: copy(service) }
      })
    )
    this.ecs.on(ListTasksCommand).callsFake(
      this.slow('ListTasks', (input) => {
        this.log('ListTasks', input)
        // As ECS documents it: startedBy must be the only filter.
        if (input.startedBy && (input.serviceName || input.desiredStatus || input.family)) {
          throw new InvalidParameterException({ message: 'startedBy must be the only filter', $metadata: {} })
        }
        const tasks = this.tasks.filter(
          (task) =>
            (!input.startedBy || task.startedBy === input.startedBy) &&
            (!input.serviceName || task.group === `service:${input.serviceName}`) &&
            task.desiredStatus === (input.desiredStatus ?? 'RUNNING')
        )
        return { taskArns: tasks.map((task) => task.taskArn!) }
      })
    )
    this.ecs.on(DescribeTasksCommand).callsFake(
      this.slow('DescribeTasks', (input) => {
        this.log('DescribeTasks', input)
        return { tasks: this.tasks.filter((task) => input.tasks?.includes(task.taskArn!)).map(copy) }
      })
    )
    this.ecs.on(TagResourceCommand).callsFake(
      this.slow('TagResource', (input) => {
        this.log('TagResource', input)
        const kept = (this.tags[input.resourceArn] ?? []).filter(
          (tag) => !input.tags.some((added: Tag) => added.key === tag.key)
        )
        this.tags[input.resourceArn] = [...kept, ...copy(input.tags as Tag[])]
        return {}
      })
    )
    this.wireLock()
    this.elb.on(DescribeTargetHealthCommand).callsFake(
      this.slow('DescribeTargetHealth', (input) => {
        this.log('DescribeTargetHealth', input)
        return {
          TargetHealthDescriptions: (this.targets[input.TargetGroupArn!] ?? []).map((target) => ({
            Target: { Id: target.id, Port: target.port },
            TargetHealth: {
              State: target.state,
              Reason: target.reason as undefined,
              Description: target.description
            }
          }))
        }
      })
    )
    this.cloudwatch.on(DescribeAlarmsCommand).callsFake(
      this.slow('DescribeAlarms', (input) => {
        this.log('DescribeAlarms', input)
        const names = (input.AlarmNames ?? []).filter((name: string) => this.alarms.has(name))
        return {
          MetricAlarms: names.map((name: string) => ({
            AlarmName: name,
            StateValue: this.alarms.get(name)!.state as 'OK',
            StateReason: this.alarms.get(name)!.reason
          })),
          CompositeAlarms: []
        }
      })
    )
  }
}
