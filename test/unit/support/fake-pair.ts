/**
 * A small, scripted AWS behind aws-sdk-client-mock for blue/green: two ECS services (web-blue live with 2 tasks,
 * web-green idle at 0), each behind its own target group, both in one production rule (100/0); a test listener;
 * alarms; service tags. Each time the fake clock sleeps, every service takes one scheduler step. How a task
 * definition behaves is set per revision ('healthy' unless told otherwise).
 */
import {
  ClusterNotFoundException,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  TagResourceCommand,
  UpdateServiceCommand,
  type Deployment,
  type Service,
  type Tag,
  type Task,
  type TaskDefinition
} from '@aws-sdk/client-ecs'
import {
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  ListenerNotFoundException,
  ModifyListenerCommand,
  ModifyRuleCommand,
  RuleNotFoundException,
  type Action
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { mockClient } from 'aws-sdk-client-mock'
import type { AwsClients } from '../../../src/aws/clients.ts'
import type { FakeClock } from './fake-clock.ts'

/**
 * healthy: tasks start, then their targets turn healthy; crash: one task exits with code 137 once started;
 * unhealthy: targets fail health checks forever; stuck: tasks never start.
 */
export type Behaviour = 'healthy' | 'crash' | 'unhealthy' | 'stuck'
export type Color = 'blue' | 'green'

const account = '123456789012'
const region = 'us-east-1'
const elbArn = (resource: string) => `arn:aws:elasticloadbalancing:${region}:${account}:${resource}`
export const taskDefinitionArn = (revision: number): string =>
  `arn:aws:ecs:${region}:${account}:task-definition/web:${revision}`
export const targetGroupArns: Record<Color, string> = {
  blue: elbArn('targetgroup/web-blue/0123456789abcdef'),
  green: elbArn('targetgroup/web-green/fedcba9876543210')
}
export const listenerArn = elbArn('listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2')
export const ruleArn = elbArn('listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee')
export const testListenerArn = elbArn('listener/app/web/50dc6c495c0c9188/0467ef3c8400ae65')
/** A listener of another load balancer. */
export const foreignListenerArn = elbArn('listener/app/other/1111111111111111/2222222222222222')
export const serviceArn = (color: Color) => `arn:aws:ecs:${region}:${account}:service/prod/web-${color}`

interface Target {
  id: string
  port: number
  state: string
  reason?: string
}

/** A ModifyRule or ModifyListener call: when (fake clock) and with which weights. */
export interface RuleChange {
  at: number
  operation: 'ModifyRule' | 'ModifyListener'
  arn: string
  weights: Record<string, number>
  actions: Action[]
}

export class FakePair {
  readonly ecs = mockClient(ECSClient)
  readonly elb = mockClient(ElasticLoadBalancingV2Client)
  readonly cloudwatch = mockClient(CloudWatchClient)
  readonly clients: AwsClients
  readonly cluster = 'prod'
  readonly services: Record<Color, Service>
  readonly tags: Record<string, Tag[]> = {}
  readonly taskDefinitions = new Map<string, TaskDefinition>()
  readonly behaviours = new Map<string, Behaviour>()
  readonly targets: Record<string, Target[]> = { [targetGroupArns.blue]: [], [targetGroupArns.green]: [] }
  readonly alarms = new Map<string, { state: string; reason: string }>()
  /** The production rule's actions; `ruleIsDefault` serves it as the listener's default rule instead. */
  ruleActions: Action[]
  ruleIsDefault = false
  testListenerActions: Action[] = [
    { Type: 'fixed-response', Order: 1, FixedResponseConfig: { StatusCode: '404' } }
  ]
  tasks: Task[] = []
  clusterExists = true
  readonly ruleChanges: RuleChange[] = []
  /** Every operation sent, in order, with the fake time. */
  readonly sent: { operation: string; at: number; input: any }[] = []
  step = 0
  /** A fault to inject: the error a call should fail with (checked before the call takes effect). */
  fail?: (operation: string, input: any) => Error | undefined
  private readonly hooks: { step: number; run: () => void }[] = []
  private nextId = 1
  private readonly clock: FakeClock

  constructor(clock: FakeClock) {
    this.clock = clock
    clock.onSleep = () => this.advance()
    this.clients = {
      ecs: new ECSClient({ region }),
      elb: new ElasticLoadBalancingV2Client({ region }),
      cloudwatch: new CloudWatchClient({ region })
    }
    this.addTaskDefinition(1, 'registry.example/web:1.0')
    this.services = { blue: this.service('blue', 2), green: this.service('green', 0) }
    this.ruleActions = forward({ [targetGroupArns.blue]: 100, [targetGroupArns.green]: 0 })
    for (const color of ['blue', 'green'] as const) this.reconcile(this.services[color])
    for (const color of ['blue', 'green'] as const) this.reconcile(this.services[color])
    this.services.blue.events = [{ id: 'event-0', createdAt: new Date(clock.now()), message: 'steady' }]
    this.wire()
  }

  /** Runs `change` when the rollout reaches `step` (steps count the fake clock's sleeps). */
  at(step: number, change: () => void): this {
    this.hooks.push({ step, run: change })
    return this
  }

  /** Registers revision `revision` of family web with this image. */
  addTaskDefinition(revision: number, image: string, behaviour: Behaviour = 'healthy'): string {
    const arn = taskDefinitionArn(revision)
    this.taskDefinitions.set(arn, {
      taskDefinitionArn: arn,
      family: 'web',
      revision,
      status: 'ACTIVE',
      networkMode: 'awsvpc',
      containerDefinitions: [{ name: 'web', image, portMappings: [{ containerPort: 8080 }], essential: true }]
    })
    this.behaviours.set(arn, behaviour)
    return arn
  }

  /** Names of the operations that change something, in order. */
  mutations(): string[] {
    return this.sent
      .filter(({ operation }) => !/^(Describe|List|Get)/.test(operation))
      .map((call) => call.operation)
  }

  calls(operation: string): any[] {
    return this.sent.filter((call) => call.operation === operation).map((call) => call.input)
  }

  /** Weights of the production rule now, by color. */
  weights(): Record<Color, number> {
    const groups =
      this.ruleActions.find((action) => action.Type === 'forward')?.ForwardConfig?.TargetGroups ?? []
    const weight = (color: Color) =>
      groups.find((group) => group.TargetGroupArn === targetGroupArns[color])?.Weight
    return { blue: weight('blue') ?? -1, green: weight('green') ?? -1 }
  }

  setWeights(blue: number, green: number): void {
    this.ruleActions = forward({ [targetGroupArns.blue]: blue, [targetGroupArns.green]: green })
  }

  /** The tags of a color's service, by key. */
  tagsOf(color: Color): Record<string, string> {
    return Object.fromEntries((this.tags[serviceArn(color)] ?? []).map((tag) => [tag.key!, tag.value!]))
  }

  setTags(color: Color, tags: Record<string, string>): void {
    this.tags[serviceArn(color)] = Object.entries(tags).map(([key, value]) => ({ key, value }))
  }

  runningTasks(color: Color): Task[] {
    return this.tasks.filter(
      (task) => task.group === `service:web-${color}` && task.desiredStatus === 'RUNNING'
    )
  }

  restore(): void {
    this.ecs.restore()
    this.elb.restore()
    this.cloudwatch.restore()
  }

  private log(operation: string, input: unknown): void {
    this.sent.push({ operation, at: this.clock.now(), input: structuredClone(input) })
    const error = this.fail?.(operation, input)
    if (error) throw error
  }

  private service(color: Color, desiredCount: number): Service {
    const deployment = this.deployment(taskDefinitionArn(1), desiredCount)
    return {
      serviceName: `web-${color}`,
      serviceArn: serviceArn(color),
      clusterArn: `arn:aws:ecs:${region}:${account}:cluster/prod`,
      status: 'ACTIVE',
      desiredCount,
      runningCount: 0,
      pendingCount: 0,
      taskDefinition: taskDefinitionArn(1),
      deploymentController: { type: 'ECS' },
      deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, strategy: 'ROLLING' },
      loadBalancers: [{ targetGroupArn: targetGroupArns[color], containerName: 'web', containerPort: 8080 }],
      deployments: [deployment],
      events: []
    }
  }

  private wire(): void {
    const copy = <T>(value: T): T => structuredClone(value)
    const byName = (name: string | undefined) =>
      Object.values(this.services).find(
        (service) => service.serviceName === name || service.serviceArn === name
      )
    this.ecs.on(DescribeServicesCommand).callsFake((input) => {
      this.log('DescribeServices', input)
      this.requireCluster()
      const found: Service[] = (input.services ?? []).flatMap((name: string) => {
        const service = byName(name)
        return service ? [service] : []
      })
      const tags = (input.include ?? []).includes('TAGS')
      return {
        services: found.map((service) => ({
          ...copy(service),
          ...(tags ? { tags: copy(this.tags[service.serviceArn!] ?? []) } : {})
        })),
        failures: (input.services ?? [])
          .filter((name: string) => !byName(name))
          .map((name: string) => ({ arn: name, reason: 'MISSING' }))
      }
    })
    this.ecs.on(DescribeTaskDefinitionCommand).callsFake((input) => {
      this.log('DescribeTaskDefinition', input)
      const found = this.taskDefinitions.get(input.taskDefinition)
      if (!found)
        throw Object.assign(new Error('Unable to describe task definition.'), { name: 'ClientException' })
      return { taskDefinition: copy(found), tags: [] }
    })
    this.ecs.on(RegisterTaskDefinitionCommand).callsFake((input) => {
      this.log('RegisterTaskDefinition', input)
      const revision = Math.max(...[...this.taskDefinitions.values()].map((known) => known.revision ?? 0)) + 1
      const arn = taskDefinitionArn(revision)
      const registered = {
        ...copy(input),
        taskDefinitionArn: arn,
        revision,
        status: 'ACTIVE'
      } as TaskDefinition
      this.taskDefinitions.set(arn, registered)
      if (!this.behaviours.has(arn)) this.behaviours.set(arn, 'healthy')
      return { taskDefinition: copy(registered) }
    })
    this.ecs.on(UpdateServiceCommand).callsFake((input) => {
      this.log('UpdateService', input)
      this.requireCluster()
      const service = byName(input.service)!
      const taskDefinition = input.taskDefinition ?? service.taskDefinition!
      if (input.desiredCount !== undefined) service.desiredCount = input.desiredCount
      if (taskDefinition !== service.taskDefinition || input.forceNewDeployment) {
        for (const existing of service.deployments ?? []) existing.status = 'ACTIVE'
        service.deployments = [
          this.deployment(taskDefinition, service.desiredCount ?? 0),
          ...service.deployments!
        ]
        service.taskDefinition = taskDefinition
        this.event(service, `(service ${service.serviceName}) has started a deployment.`)
      } else {
        service.deployments![0].desiredCount = service.desiredCount
      }
      return { service: copy(service) }
    })
    this.ecs.on(ListTasksCommand).callsFake((input) => {
      this.log('ListTasks', input)
      const tasks = this.tasks.filter(
        (task) =>
          task.startedBy === input.startedBy && task.desiredStatus === (input.desiredStatus ?? 'RUNNING')
      )
      return { taskArns: tasks.map((task) => task.taskArn!) }
    })
    this.ecs.on(DescribeTasksCommand).callsFake((input) => {
      this.log('DescribeTasks', input)
      return { tasks: this.tasks.filter((task) => input.tasks?.includes(task.taskArn!)).map(copy) }
    })
    this.ecs.on(TagResourceCommand).callsFake((input) => {
      this.log('TagResource', input)
      const kept = (this.tags[input.resourceArn] ?? []).filter(
        (tag) => !input.tags.some((added: Tag) => added.key === tag.key)
      )
      this.tags[input.resourceArn] = [...kept, ...copy(input.tags as Tag[])]
      return {}
    })
    this.elb.on(DescribeRulesCommand).callsFake((input) => {
      this.log('DescribeRules', input)
      if (input.RuleArns?.[0] !== ruleArn)
        throw new RuleNotFoundException({ message: 'not found', $metadata: {} })
      return {
        Rules: [{ RuleArn: ruleArn, Priority: '100', Actions: copy(this.ruleActions), IsDefault: false }]
      }
    })
    this.elb.on(DescribeListenersCommand).callsFake((input) => {
      this.log('DescribeListeners', input)
      const arn = input.ListenerArns?.[0]
      if (arn === listenerArn && this.ruleIsDefault)
        return { Listeners: [{ ListenerArn: arn, DefaultActions: copy(this.ruleActions) }] }
      if (arn === testListenerArn || arn === foreignListenerArn)
        return { Listeners: [{ ListenerArn: arn, DefaultActions: copy(this.testListenerActions) }] }
      throw new ListenerNotFoundException({ message: 'not found', $metadata: {} })
    })
    this.elb.on(ModifyRuleCommand).callsFake((input) => {
      this.log('ModifyRule', input)
      if (input.RuleArn !== ruleArn) throw new RuleNotFoundException({ message: 'not found', $metadata: {} })
      this.ruleActions = copy(input.Actions!)
      this.ruleChanges.push(change('ModifyRule', input.RuleArn, this.ruleActions, this.clock.now()))
      return { Rules: [{ RuleArn: ruleArn, Actions: copy(this.ruleActions) }] }
    })
    this.elb.on(ModifyListenerCommand).callsFake((input) => {
      this.log('ModifyListener', input)
      const actions = copy(input.DefaultActions!)
      if (input.ListenerArn === listenerArn) this.ruleActions = actions
      else if (input.ListenerArn === testListenerArn) this.testListenerActions = actions
      else throw new ListenerNotFoundException({ message: 'not found', $metadata: {} })
      this.ruleChanges.push(change('ModifyListener', input.ListenerArn, actions, this.clock.now()))
      return { Listeners: [{ ListenerArn: input.ListenerArn, DefaultActions: copy(actions) }] }
    })
    this.elb.on(DescribeTargetHealthCommand).callsFake((input) => {
      this.log('DescribeTargetHealth', input)
      return {
        TargetHealthDescriptions: (this.targets[input.TargetGroupArn!] ?? []).map((target) => ({
          Target: { Id: target.id, Port: target.port },
          TargetHealth: { State: target.state as 'healthy', Reason: target.reason as undefined }
        }))
      }
    })
    this.cloudwatch.on(DescribeAlarmsCommand).callsFake((input) => {
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
  }

  private requireCluster(): void {
    if (!this.clusterExists)
      throw new ClusterNotFoundException({ message: 'Cluster not found.', $metadata: {} })
  }

  private deployment(taskDefinition: string, desiredCount: number): Deployment {
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

  private event(service: Service, message: string): void {
    service.events = [
      { id: `event-${this.nextId++}`, createdAt: new Date(this.clock.now()), message },
      ...(service.events ?? [])
    ]
  }

  /** One step: hooks first, then every service's scheduler. */
  private advance(): void {
    this.step++
    for (const hook of this.hooks.filter((candidate) => candidate.step === this.step)) hook.run()
    for (const service of Object.values(this.services)) this.reconcile(service)
  }

  /**
   * The scheduler, one step at a time: drained targets go; missing tasks start (targets `initial`); started
   * targets get their verdict; extra tasks stop; once the PRIMARY runs its count healthy, older deployments'
   * tasks stop and it completes.
   */
  private reconcile(service: Service): void {
    const group = service.loadBalancers![0].targetGroupArn!
    this.targets[group] = this.targets[group].filter((target) => target.state !== 'draining')
    const [primary, ...older] = service.deployments!
    const behaviour = this.behaviours.get(primary.taskDefinition!) ?? 'healthy'
    const live = this.tasks.filter(
      (task) => task.startedBy === primary.id && task.desiredStatus === 'RUNNING'
    )
    const desired = primary.desiredCount ?? 0
    if (behaviour === 'stuck') {
      primary.pendingCount = desired
      return
    }
    for (const task of live) {
      const target = this.targetOf(task)
      if (target?.state !== 'initial') continue
      if (behaviour === 'crash') {
        this.stop(task, 'Essential container in task exited', 'EssentialContainerExited', 137)
        primary.failedTasks = (primary.failedTasks ?? 0) + 1
        this.behaviours.set(primary.taskDefinition!, 'healthy')
        return
      }
      target.state = behaviour === 'unhealthy' ? 'unhealthy' : 'healthy'
      target.reason = behaviour === 'unhealthy' ? 'Target.FailedHealthChecks' : undefined
    }
    for (let i = live.length; i < desired; i++) this.start(service, primary)
    for (const task of live.slice(desired)) {
      this.stop(
        task,
        `Scaling activity initiated by (deployment ${primary.id})`,
        'ServiceSchedulerInitiated',
        0
      )
    }
    const running = this.tasks.filter(
      (task) => task.startedBy === primary.id && task.desiredStatus === 'RUNNING'
    )
    primary.runningCount = running.length
    service.runningCount = running.length + older.reduce((sum, d) => sum + (d.runningCount ?? 0), 0)
    const healthy = running.filter((task) => this.targetOf(task)?.state === 'healthy').length
    if (healthy === desired && running.length === desired && primary.rolloutState === 'IN_PROGRESS') {
      for (const task of this.tasks.filter(
        (t) => older.some((d) => d.id === t.startedBy) && t.desiredStatus === 'RUNNING'
      )) {
        this.stop(
          task,
          `Scaling activity initiated by (deployment ${primary.id})`,
          'ServiceSchedulerInitiated',
          0
        )
      }
      service.deployments = [primary]
      primary.rolloutState = 'COMPLETED'
      service.runningCount = running.length
      this.event(service, `(service ${service.serviceName}) has reached a steady state.`)
    }
  }

  private start(service: Service, deployment: Deployment): void {
    const n = this.nextId++
    const ip = `10.0.${Math.floor(n / 250)}.${n % 250}`
    this.tasks.push({
      taskArn: `arn:aws:ecs:${region}:${account}:task/prod/task${n}`,
      group: `service:${service.serviceName}`,
      startedBy: deployment.id,
      taskDefinitionArn: deployment.taskDefinition,
      lastStatus: 'RUNNING',
      desiredStatus: 'RUNNING',
      attachments: [
        { type: 'ElasticNetworkInterface', details: [{ name: 'privateIPv4Address', value: ip }] }
      ],
      containers: [{ name: 'web', lastStatus: 'RUNNING' }]
    })
    this.targets[service.loadBalancers![0].targetGroupArn!].push({ id: ip, port: 8080, state: 'initial' })
  }

  private targetOf(task: Task): Target | undefined {
    const ip = task.attachments![0].details![0].value
    return Object.values(this.targets)
      .flat()
      .find((target) => target.id === ip)
  }

  private stop(task: Task, reason: string, stopCode: string, exitCode: number): void {
    task.desiredStatus = 'STOPPED'
    task.lastStatus = 'STOPPED'
    task.stoppedReason = reason
    task.stopCode = stopCode as Task['stopCode']
    task.containers = [{ name: 'web', lastStatus: 'STOPPED', exitCode }]
    const target = this.targetOf(task)
    if (target) target.state = 'draining'
  }
}

function forward(weights: Record<string, number>): Action[] {
  return [
    {
      Type: 'forward',
      Order: 1,
      ForwardConfig: {
        TargetGroups: Object.entries(weights).map(([arn, weight]) => ({
          TargetGroupArn: arn,
          Weight: weight
        })),
        TargetGroupStickinessConfig: { Enabled: false }
      }
    }
  ]
}

function change(operation: RuleChange['operation'], arn: string, actions: Action[], at: number): RuleChange {
  const groups = actions.find((action) => action.Type === 'forward')?.ForwardConfig?.TargetGroups ?? []
  return {
    at,
    operation,
    arn,
    actions,
    weights: Object.fromEntries(groups.map((group) => [group.TargetGroupArn!, group.Weight ?? 1]))
  }
}
