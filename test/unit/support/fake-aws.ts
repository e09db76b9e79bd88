/**
 * A small, scripted AWS behind aws-sdk-client-mock: one ECS service behind one target group, a few alarms,
 * and rollouts that advance one step each time the fake clock sleeps. How each task definition behaves is
 * set per revision ('healthy' unless told otherwise).
 */
import {
  ClientException,
  ClusterNotFoundException,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  type Deployment,
  type Service,
  type Task,
  type TaskDefinition
} from '@aws-sdk/client-ecs'
import {
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { mockClient } from 'aws-sdk-client-mock'
import type { AwsClients } from '../../../src/aws/clients.ts'
import type { FakeClock } from './fake-clock.ts'

/**
 * healthy: tasks start, targets turn healthy, the deployment completes (one step each).
 * crash: tasks start, then one exits (out of memory, exit code 137).
 * unhealthy: tasks start; their targets fail health checks forever.
 * stuck: tasks never leave PENDING.
 * breaker: tasks fail to launch; the circuit breaker fails the deployment (and rolls back if enabled).
 */
export type Behaviour = 'healthy' | 'crash' | 'unhealthy' | 'stuck' | 'breaker'

const account = '123456789012'
const region = 'us-east-1'
export const taskDefinitionArn = (revision: number): string =>
  `arn:aws:ecs:${region}:${account}:task-definition/web:${revision}`
export const targetGroupArn = `arn:aws:elasticloadbalancing:${region}:${account}:targetgroup/web/0123456789abcdef`

interface Target {
  id: string
  port: number
  state: string
  reason?: string
  description?: string
}

export class FakeAws {
  readonly ecs = mockClient(ECSClient)
  readonly elb = mockClient(ElasticLoadBalancingV2Client)
  readonly cloudwatch = mockClient(CloudWatchClient)
  readonly clients: AwsClients
  readonly cluster = 'prod'
  service: Service
  readonly taskDefinitions = new Map<string, TaskDefinition>()
  readonly behaviours = new Map<string, Behaviour>()
  tasks: Task[] = []
  targets: Target[] = []
  readonly alarms = new Map<string, { state: string; reason: string }>()
  clusterExists = true
  /** Steps taken so far (one per fake sleep) and what to do at a given step. */
  step = 0
  private readonly hooks: { step: number; run: () => void }[] = []
  private readonly ages = new Map<string, number>()
  private readonly sent: string[] = []
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
    const current = taskDefinitionArn(7)
    this.taskDefinitions.set(current, {
      taskDefinitionArn: current,
      family: 'web',
      revision: 7,
      status: 'ACTIVE',
      requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.docker-remote-api.1.18' }],
      compatibilities: ['EC2', 'FARGATE'],
      registeredAt: new Date(clock.now() - 86_400_000),
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        {
          name: 'web',
          image: 'registry.example/web:1.0',
          portMappings: [{ containerPort: 8080 }],
          essential: true
        },
        { name: 'log-router', image: 'registry.example/fluent-bit:2', essential: false }
      ]
    })
    const deployment = this.deployment(current, 2)
    deployment.status = 'PRIMARY'
    deployment.rolloutState = 'COMPLETED'
    deployment.runningCount = 2
    this.service = {
      serviceName: 'web',
      serviceArn: `arn:aws:ecs:${region}:${account}:service/prod/web`,
      status: 'ACTIVE',
      desiredCount: 2,
      runningCount: 2,
      taskDefinition: current,
      deploymentController: { type: 'ECS' },
      deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100 },
      loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 8080 }],
      deployments: [deployment],
      events: [
        {
          id: 'event-0',
          createdAt: new Date(clock.now()),
          message: '(service web) has reached a steady state.'
        }
      ]
    }
    this.startTasks(deployment)
    this.setTargets(deployment, 'healthy')
    this.wire()
  }

  /** Runs `change` when the rollout reaches `step` (steps count the poller's sleeps). */
  at(step: number, change: () => void): this {
    this.hooks.push({ step, run: change })
    return this
  }

  /** Names of the commands sent, in order. */
  commands(): string[] {
    return [...this.sent]
  }

  mutatingCalls(): number {
    return (
      this.ecs.commandCalls(RegisterTaskDefinitionCommand).length +
      this.ecs.commandCalls(UpdateServiceCommand).length
    )
  }

  updates() {
    return this.ecs.commandCalls(UpdateServiceCommand).map((call) => call.args[0].input)
  }

  deploymentsNow(): Deployment[] {
    return this.service.deployments ?? []
  }

  restore(): void {
    this.ecs.restore()
    this.elb.restore()
    this.cloudwatch.restore()
  }

  private wire(): void {
    const copy = <T>(value: T): T => structuredClone(value)
    this.ecs.on(DescribeServicesCommand).callsFake(({ services }) => {
      this.sent.push('DescribeServices')
      this.requireCluster()
      const found = services?.[0] === this.service.serviceName
      return found
        ? { services: [copy(this.service)], failures: [] }
        : { services: [], failures: [{ arn: services?.[0], reason: 'MISSING' }] }
    })
    this.ecs.on(DescribeTaskDefinitionCommand).callsFake(({ taskDefinition }) => {
      this.sent.push('DescribeTaskDefinition')
      const found = this.taskDefinitions.get(taskDefinition)
      if (!found) throw new ClientException({ message: 'Unable to describe task definition.', $metadata: {} })
      return { taskDefinition: copy(found), tags: [{ key: 'team', value: 'web' }] }
    })
    this.ecs.on(RegisterTaskDefinitionCommand).callsFake((input) => {
      this.sent.push('RegisterTaskDefinition')
      const revision = Math.max(...[...this.taskDefinitions.values()].map((known) => known.revision ?? 0)) + 1
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
    this.ecs.on(UpdateServiceCommand).callsFake((input) => {
      this.sent.push('UpdateService')
      this.requireCluster()
      const service = this.service
      const taskDefinition = input.taskDefinition ?? service.taskDefinition!
      if (input.deploymentConfiguration) service.deploymentConfiguration = copy(input.deploymentConfiguration)
      const changed =
        taskDefinition !== service.taskDefinition ||
        input.forceNewDeployment ||
        (input.desiredCount !== undefined && input.desiredCount !== service.desiredCount)
      if (input.desiredCount !== undefined) service.desiredCount = input.desiredCount
      if (changed) this.startDeployment(taskDefinition)
      return { service: copy(service) }
    })
    this.ecs.on(ListTasksCommand).callsFake(({ startedBy, desiredStatus }) => {
      this.sent.push('ListTasks')
      const tasks = this.tasks.filter(
        (task) => task.startedBy === startedBy && task.desiredStatus === (desiredStatus ?? 'RUNNING')
      )
      return { taskArns: tasks.map((task) => task.taskArn!) }
    })
    this.ecs.on(DescribeTasksCommand).callsFake(({ tasks }) => {
      this.sent.push('DescribeTasks')
      return { tasks: this.tasks.filter((task) => tasks?.includes(task.taskArn!)).map(copy) }
    })
    this.elb.on(DescribeTargetHealthCommand).callsFake(() => {
      this.sent.push('DescribeTargetHealth')
      return {
        TargetHealthDescriptions: this.targets.map((target) => ({
          Target: { Id: target.id, Port: target.port },
          TargetHealth: {
            State: target.state as 'healthy',
            Reason: target.reason as undefined,
            Description: target.description
          }
        }))
      }
    })
    this.cloudwatch.on(DescribeAlarmsCommand).callsFake(({ AlarmNames }) => {
      this.sent.push('DescribeAlarms')
      const names: string[] = (AlarmNames ?? []).filter((name: string) => this.alarms.has(name))
      return {
        MetricAlarms: names.map((name) => ({
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
    const id = `ecs-svc/${1000 + this.nextId++}`
    this.ages.set(id, 0)
    return {
      id,
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

  private startDeployment(taskDefinition: string): Deployment {
    const service = this.service
    for (const existing of service.deployments ?? []) existing.status = 'ACTIVE'
    const deployment = this.deployment(taskDefinition, service.desiredCount ?? 0)
    service.deployments = [deployment, ...(service.deployments ?? [])]
    service.taskDefinition = taskDefinition
    this.event(`(service web) has started a deployment of ${taskDefinition}.`)
    return deployment
  }

  private event(message: string): void {
    this.service.events = [
      { id: `event-${this.nextId++}`, createdAt: new Date(this.clock.now()), message },
      ...(this.service.events ?? [])
    ]
  }

  /** One step of every rollout in progress, after the hooks of this step. */
  private advance(): void {
    this.step++
    for (const hook of this.hooks.filter((candidate) => candidate.step === this.step)) hook.run()
    for (const deployment of [...(this.service.deployments ?? [])]) {
      if (deployment.rolloutState !== 'IN_PROGRESS' || deployment.status !== 'PRIMARY') continue
      const age = this.ages.get(deployment.id!)! + 1
      this.ages.set(deployment.id!, age)
      const behaviour = this.behaviours.get(deployment.taskDefinition!) ?? 'healthy'
      if (behaviour === 'stuck') {
        deployment.pendingCount = deployment.desiredCount
      } else if (behaviour === 'breaker') {
        if (age === 2) this.tripBreaker(deployment)
      } else if (age === 1) {
        this.startTasks(deployment)
        this.setTargets(deployment, 'initial')
      } else if (age === 2 && behaviour === 'crash') {
        this.crashOne(deployment)
      } else if (age === 2) {
        this.setTargets(deployment, behaviour === 'unhealthy' ? 'unhealthy' : 'healthy')
        if (behaviour === 'healthy') deployment.runningCount = deployment.desiredCount
      } else if (age === 3 && behaviour === 'healthy') {
        this.complete(deployment)
      }
    }
  }

  private startTasks(deployment: Deployment): void {
    for (let i = 0; i < (deployment.desiredCount ?? 0); i++) {
      const n = this.nextId++
      this.tasks.push({
        taskArn: `arn:aws:ecs:${region}:${account}:task/prod/task${n}`,
        startedBy: deployment.id,
        taskDefinitionArn: deployment.taskDefinition,
        lastStatus: 'RUNNING',
        desiredStatus: 'RUNNING',
        attachments: [
          { type: 'ElasticNetworkInterface', details: [{ name: 'privateIPv4Address', value: `10.0.0.${n}` }] }
        ],
        containers: [{ name: 'web', lastStatus: 'RUNNING' }]
      })
    }
  }

  private tasksOf(deployment: Deployment): Task[] {
    return this.tasks.filter((task) => task.startedBy === deployment.id && task.desiredStatus === 'RUNNING')
  }

  private setTargets(deployment: Deployment, state: string): void {
    for (const task of this.tasksOf(deployment)) {
      const id = task.attachments![0].details![0].value!
      this.targets = this.targets.filter((target) => target.id !== id)
      this.targets.push({
        id,
        port: 8080,
        state,
        ...(state === 'unhealthy'
          ? {
              reason: 'Target.FailedHealthChecks',
              description: 'Health checks failed with these codes: [503]'
            }
          : state === 'initial'
            ? { reason: 'Elb.RegistrationInProgress', description: 'Target registration is in progress' }
            : {})
      })
    }
  }

  private stop(task: Task, reason: string, stopCode: string): void {
    task.desiredStatus = 'STOPPED'
    task.lastStatus = 'STOPPED'
    task.stoppedReason = reason
    task.stopCode = stopCode as Task['stopCode']
    const id = task.attachments![0].details![0].value!
    this.targets = this.targets.filter((target) => target.id !== id)
  }

  private crashOne(deployment: Deployment): void {
    const [task] = this.tasksOf(deployment)
    this.stop(task, 'Essential container in task exited', 'EssentialContainerExited')
    task.containers = [
      {
        name: 'web',
        lastStatus: 'STOPPED',
        exitCode: 137,
        reason: 'OutOfMemoryError: Container killed due to memory usage'
      }
    ]
    deployment.failedTasks = 1
    this.event(`(service web) has stopped 1 running tasks: (task ${task.taskArn!.split('/').pop()}).`)
  }

  private complete(deployment: Deployment): void {
    deployment.rolloutState = 'COMPLETED'
    deployment.rolloutStateReason = 'ECS deployment completed.'
    for (const old of this.service.deployments!.filter((other) => other !== deployment)) {
      for (const task of this.tasksOf(old)) {
        this.stop(
          task,
          `Scaling activity initiated by (deployment ${deployment.id})`,
          'ServiceSchedulerInitiated'
        )
      }
    }
    this.service.deployments = [deployment]
    this.service.runningCount = deployment.runningCount
    this.event('(service web) has reached a steady state.')
  }

  private tripBreaker(deployment: Deployment): void {
    deployment.rolloutState = 'FAILED'
    deployment.rolloutStateReason = 'ECS deployment circuit breaker: tasks failed to start.'
    deployment.failedTasks = 3
    const breaker = this.service.deploymentConfiguration?.deploymentCircuitBreaker
    if (!breaker?.rollback) return
    const previous = this.deploymentsNow().find(
      (other) => other !== deployment && other.rolloutState === 'COMPLETED'
    )
    if (previous) this.startDeployment(previous.taskDefinition!)
  }
}
