/**
 * A scripted service with a native ECS strategy behind aws-sdk-client-mock: UpdateService starts a service
 * deployment that moves one lifecycle stage each time the fake clock sleeps, rewriting the production rule's
 * weights itself; it can be told to fail (ECS's own alarm) at a stage, and StopServiceDeployment rolls it back.
 */
import {
  DescribeServiceDeploymentsCommand,
  DescribeServiceRevisionsCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  ContinueServiceDeploymentCommand,
  ListServiceDeploymentsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  StopServiceDeploymentCommand,
  TagResourceCommand,
  UpdateServiceCommand,
  type DeploymentStrategy,
  type Service,
  type ServiceDeployment,
  type ServiceDeploymentLifecycleStage,
  type Task
} from '@aws-sdk/client-ecs'
import { DescribeRulesCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2'
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { mockClient } from 'aws-sdk-client-mock'
import type { FakeClock } from './fake-clock.ts'

const account = 'arn:aws:ecs:eu-west-1:123456789012'
const elb = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012'
export const blueGroup = `${elb}:targetgroup/web-blue/1111111111111111`
export const greenGroup = `${elb}:targetgroup/web-green/2222222222222222`
export const productionRule = `${elb}:listener-rule/app/web/50dc6c495c0c9188/0467ef3c8400ae65/aaaaaaaaaaaaaaaa`
export const revision = (n: number) => `${account}:task-definition/web:${n}`

/** One stage per sleep; the bake lasts three. */
const script = (
  'PRE_SCALE_UP SCALE_UP POST_SCALE_UP TEST_TRAFFIC_SHIFT POST_TEST_TRAFFIC_SHIFT PRODUCTION_TRAFFIC_SHIFT ' +
  'POST_PRODUCTION_TRAFFIC_SHIFT BAKE_TIME BAKE_TIME BAKE_TIME CLEAN_UP'
).split(' ') as ServiceDeploymentLifecycleStage[]

export class FakeNative {
  readonly ecs = mockClient(ECSClient)
  readonly elb = mockClient(ElasticLoadBalancingV2Client)
  readonly cloudwatch = mockClient(CloudWatchClient)
  readonly service: Service
  /** Production weights by target group, as ECS sets them. */
  weights: Record<string, number> = { [blueGroup]: 100, [greenGroup]: 0 }
  deployment?: ServiceDeployment
  /** ECS's own alarm fires when the deployment reaches this stage. */
  ecsFailsAt?: string
  alarmState = 'OK'
  stoppedTasks: Task[] = []
  private age = 0
  /** The weights when the deployment began: what a rollback restores. */
  private before: Record<string, number> = {}
  /** The task definition of each service revision. */
  private readonly revisions = new Map<string, string>()

  readonly clock: FakeClock

  constructor(clock: FakeClock, strategy: DeploymentStrategy = 'BLUE_GREEN') {
    this.clock = clock
    this.service = {
      serviceName: 'web',
      serviceArn: `${account}:service/prod/web`,
      status: 'ACTIVE',
      taskDefinition: revision(7),
      desiredCount: 2,
      deploymentController: { type: 'ECS' },
      deploymentConfiguration: { strategy, bakeTimeInMinutes: 0 },
      loadBalancers: [
        {
          targetGroupArn: blueGroup,
          containerName: 'web',
          containerPort: 8080,
          advancedConfiguration: {
            alternateTargetGroupArn: greenGroup,
            productionListenerRule: productionRule
          }
        }
      ],
      deployments: [
        { id: 'ecs-svc/1', status: 'PRIMARY', taskDefinition: revision(7), rolloutState: 'COMPLETED' }
      ],
      tags: []
    }
    this.ecs.on(DescribeServicesCommand).callsFake(() => ({ services: [this.service] }))
    this.ecs.on(DescribeTaskDefinitionCommand).callsFake((input: { taskDefinition: string }) => ({
      taskDefinition: {
        taskDefinitionArn: input.taskDefinition.startsWith('arn:')
          ? input.taskDefinition
          : `${account}:task-definition/${input.taskDefinition}`,
        family: 'web',
        status: 'ACTIVE'
      },
      tags: []
    }))
    this.ecs.on(RegisterTaskDefinitionCommand).rejects(new Error('not expected'))
    this.ecs.on(TagResourceCommand).resolves({})
    this.ecs
      .on(UpdateServiceCommand)
      .callsFake((input: { taskDefinition: string }) => this.start(input.taskDefinition))
    this.ecs.on(ListServiceDeploymentsCommand).callsFake((input: { status?: string[] }) => ({
      serviceDeployments: this.deployment
        ? [this.deployment]
            .filter((found) => !input.status || input.status.includes(found.status!))
            .map((found) => ({ ...found, targetServiceRevisionArn: found.targetServiceRevision?.arn }))
        : []
    }))
    this.ecs.on(DescribeServiceRevisionsCommand).callsFake((input: { serviceRevisionArns: string[] }) => ({
      serviceRevisions: input.serviceRevisionArns.map((arn) => ({
        serviceRevisionArn: arn,
        taskDefinition: this.revisions.get(arn)
      }))
    }))
    this.ecs.on(DescribeServiceDeploymentsCommand).callsFake(() => ({
      serviceDeployments: this.deployment ? [structuredClone(this.deployment)] : []
    }))
    this.ecs.on(StopServiceDeploymentCommand).callsFake(() => {
      this.deployment!.status = 'ROLLBACK_IN_PROGRESS'
      this.deployment!.rollback = { reason: 'StopServiceDeployment was called' }
      return { serviceDeploymentArn: this.deployment!.serviceDeploymentArn }
    })
    this.ecs.on(ContinueServiceDeploymentCommand).callsFake((input: { hookId: string; action?: string }) => {
      const hook = this.deployment?.lifecycleHookDetails?.find((found) => found.hookId === input.hookId)
      if (!hook || hook.status !== 'AWAITING_ACTION') throw new Error(`no paused hook ${input.hookId}`)
      hook.status = 'SUCCEEDED'
      return { serviceDeploymentArn: this.deployment!.serviceDeploymentArn }
    })
    this.ecs.on(ListTasksCommand).callsFake((input: { desiredStatus?: string }) => ({
      taskArns: input.desiredStatus === 'STOPPED' ? this.stoppedTasks.map((task) => task.taskArn!) : []
    }))
    this.ecs.on(DescribeTasksCommand).callsFake(() => ({ tasks: this.stoppedTasks }))
    this.elb.on(DescribeRulesCommand).callsFake(() => ({ Rules: [this.rule()] }))
    this.cloudwatch.on(DescribeAlarmsCommand).callsFake(() => ({
      MetricAlarms: [
        { AlarmName: 'web-5xx', StateValue: this.alarmState, StateReason: 'Threshold Crossed: 12 > 5' }
      ],
      CompositeAlarms: []
    }))
    clock.onSleep = () => this.advance()
  }

  /** The production rule, forwarding with the weights ECS set. */
  private rule() {
    const groups = Object.entries(this.weights).map(([arn, weight]) => ({
      TargetGroupArn: arn,
      Weight: weight
    }))
    return {
      RuleArn: productionRule,
      Actions: [{ Type: 'forward', ForwardConfig: { TargetGroups: groups } }]
    }
  }

  get clients() {
    return {
      ecs: new ECSClient({ region: 'eu-west-1' }),
      elb: new ElasticLoadBalancingV2Client({ region: 'eu-west-1' }),
      cloudwatch: new CloudWatchClient({ region: 'eu-west-1' })
    }
  }

  calls(name: string): unknown[] {
    return [...this.ecs.calls(), ...this.elb.calls()]
      .filter((call) => call.args[0].constructor.name === `${name}Command`)
      .map((call) => call.args[0].input)
  }

  /** Every call's name, in order, for the mutating ones a test asserts. */
  changes(): string[] {
    const mutating = /^(Update|Stop|Continue|Register|Modify)/
    return [...this.ecs.calls(), ...this.elb.calls()]
      .map((call) => call.args[0].constructor.name.replace(/Command$/, ''))
      .filter((name) => mutating.test(name))
  }

  private start(taskDefinition: string) {
    const now = new Date(this.clock.now())
    this.service.deployments = [
      { id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition, createdAt: now },
      ...(this.service.deployments ?? []).map((deployment) => ({ ...deployment, status: 'ACTIVE' }))
    ]
    this.age = 0
    this.before = { ...this.weights }
    const number = this.revisions.size + 2
    const target = `${account}:service-revision/prod/web/${number}`
    this.revisions.set(target, taskDefinition)
    this.deployment = {
      serviceDeploymentArn: `${account}:service-deployment/prod/web/sd${number}`,
      serviceArn: this.service.serviceArn,
      createdAt: now,
      status: 'IN_PROGRESS',
      lifecycleStage: 'RECONCILE_SERVICE',
      targetServiceRevision: {
        arn: target,
        requestedProductionTrafficWeight: 0
      },
      sourceServiceRevisions: [
        { arn: `${account}:service-revision/prod/web/1`, requestedProductionTrafficWeight: 100 }
      ]
    }
    return { service: this.service }
  }

  /** One step of the deployment (or of its rollback) per sleep. */
  private advance(): void {
    const deployment = this.deployment
    if (!deployment) return
    if (deployment.status === 'ROLLBACK_IN_PROGRESS') {
      this.weights = { ...this.before }
      deployment.targetServiceRevision!.requestedProductionTrafficWeight = 0
      deployment.status = 'ROLLBACK_SUCCESSFUL'
      return
    }
    if (deployment.status !== 'IN_PROGRESS') return
    // A PAUSE hook holds the deployment at its stage until ContinueServiceDeployment answers it.
    if (deployment.lifecycleHookDetails?.some((hook) => hook.status === 'AWAITING_ACTION')) return
    const stage = script[this.age++]
    if (!stage) {
      deployment.status = 'SUCCESSFUL'
      this.service.taskDefinition = this.revisions.get(deployment.targetServiceRevision!.arn!)
      return
    }
    deployment.lifecycleStage = stage
    const paused = this.service.deploymentConfiguration?.lifecycleHooks?.some(
      (hook) => hook.targetType === 'PAUSE' && hook.lifecycleStages?.some((at) => at === stage)
    )
    if (paused && !deployment.lifecycleHookDetails) {
      deployment.lifecycleHookDetails = [{ hookId: 'hook-1', targetType: 'PAUSE', status: 'AWAITING_ACTION' }]
    }
    if (stage === this.ecsFailsAt) {
      deployment.status = 'ROLLBACK_IN_PROGRESS'
      deployment.statusReason = 'Service deployment rolled back because the alarm web-errors was in ALARM'
      deployment.rollback = { reason: 'alarm web-errors in ALARM' }
      return
    }
    if (stage === 'PRODUCTION_TRAFFIC_SHIFT') {
      this.weights = { [blueGroup]: this.before[greenGroup], [greenGroup]: this.before[blueGroup] }
      deployment.targetServiceRevision!.requestedProductionTrafficWeight = 100
    }
  }
}
