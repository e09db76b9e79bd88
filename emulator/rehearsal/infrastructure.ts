/**
 * Builds, through the real AWS SDK clients, the infrastructure a deploy works on: a cluster, a load
 * balancer with an HTTP listener, and either one service behind one target group (rolling) or a
 * blue/green pair of services whose target groups share one weighted production rule. The same calls
 * would build it on AWS; here they go to the emulator's endpoint.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeServicesCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
  type KeyValuePair
} from '@aws-sdk/client-ecs'
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateRuleCommand,
  CreateTargetGroupCommand,
  type Action,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  ModifyLoadBalancerAttributesCommand,
  ModifyRuleCommand,
  ModifyTargetGroupAttributesCommand
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch'

export interface AwsTarget {
  endpoint: string
  region?: string
}

export interface Clients {
  ecs: ECSClient
  elb: ElasticLoadBalancingV2Client
  cloudwatch: CloudWatchClient
}

export function clientsFor({ endpoint, region = 'us-east-1' }: AwsTarget): Clients {
  const config = {
    endpoint,
    region,
    credentials: { accessKeyId: 'rehearsal', secretAccessKey: 'rehearsal' },
    maxAttempts: 8
  }
  return {
    ecs: new ECSClient(config),
    elb: new ElasticLoadBalancingV2Client(config),
    cloudwatch: new CloudWatchClient(config)
  }
}

/** Health-check and draining settings, in AWS seconds (the emulator's time scale shrinks them). */
export interface TargetGroupTiming {
  healthCheckIntervalSeconds: number
  healthCheckTimeoutSeconds: number
  healthyThresholdCount: number
  unhealthyThresholdCount: number
  deregistrationDelaySeconds: number
}

export const fastTargetGroupTiming: TargetGroupTiming = {
  healthCheckIntervalSeconds: 5,
  healthCheckTimeoutSeconds: 2,
  healthyThresholdCount: 2,
  unhealthyThresholdCount: 2,
  deregistrationDelaySeconds: 10
}

/**
 * Health checks a busy machine does not fail: at a time scale of 0.05 a check times out after 950 ms, and ten must
 * fail in a row (with the fast timing, a moment of full CPU fails them and ECS replaces healthy tasks).
 */
export const patientTargetGroupTiming: TargetGroupTiming = {
  ...fastTargetGroupTiming,
  healthCheckIntervalSeconds: 20,
  healthCheckTimeoutSeconds: 19,
  unhealthyThresholdCount: 10
}

export interface ServiceSpec {
  image: string
  desiredCount?: number
  environment?: Record<string, string>
  /** Deployment circuit breaker on the created service. */
  circuitBreaker?: boolean
  healthCheckGracePeriodSeconds?: number
}

export interface LoadBalancedApp {
  clients: Clients
  cluster: string
  loadBalancerArn: string
  listenerArn: string
  listenerPort: number
  /** Where clients send requests: http://<load balancer DNS name>:<listener port>/ */
  url: string
}

export interface RollingApp extends LoadBalancedApp {
  service: string
  family: string
  targetGroupArn: string
}

export interface ColorPair extends LoadBalancedApp {
  blueService: string
  greenService: string
  family: string
  blueTargetGroupArn: string
  greenTargetGroupArn: string
  /** The production rule: forwards to blue (weight 100) and green (weight 0). */
  ruleArn: string
  /** With `testListener`: a second listener whose default rule forwards to green (the idle color). */
  testListenerArn?: string
  /** With `testListener`: http://<load balancer DNS name>:<test listener port>/ */
  testUrl?: string
}

/** A free TCP port on loopback for a new listener. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export function containerDefinition(name: string, spec: Pick<ServiceSpec, 'image' | 'environment'>) {
  const environment: KeyValuePair[] = Object.entries(spec.environment ?? {}).map(([key, value]) => ({
    name: key,
    value
  }))
  return { name, image: spec.image, essential: true, portMappings: [{ containerPort: 8080 }], environment }
}

/** How the apps' services run their tasks: on Fargate, at its smallest size. */
export const fargateTask = {
  networkMode: 'awsvpc' as const,
  requiresCompatibilities: ['FARGATE' as const],
  cpu: '256',
  memory: '512'
}

/**
 * Writes a task definition file, as `aws ecs describe-task-definition` would, for one version of the demo
 * app: its image and the behaviour variables (FAIL_RATE, CRASH_AFTER_MS, ...). Returns the path.
 */
export function writeTaskDefinitionFile(
  family: string,
  image: string,
  environment: Record<string, string> = {},
  dir = mkdtempSync(join(tmpdir(), 'task-definition-'))
): string {
  const path = join(dir, `${image.replace(/\W/g, '-')}.json`)
  const containerDefinitions = [containerDefinition('app', { image, environment })]
  const taskDefinition = { family, ...fargateTask, containerDefinitions }
  writeFileSync(path, JSON.stringify({ taskDefinition }, null, 2))
  return path
}

export async function createLoadBalancer(clients: Clients, name: string, cluster: string) {
  await clients.ecs.send(new CreateClusterCommand({ clusterName: cluster }))
  const lb = await clients.elb.send(
    new CreateLoadBalancerCommand({ Name: name, Subnets: ['subnet-a', 'subnet-b'], Type: 'application' })
  )
  const loadBalancer = lb.LoadBalancers![0]
  // The emulator scales every AWS duration, the idle timeout too; the longest one AWS allows keeps a
  // slow (LATENCY_MS) version from being cut off by a scaled-down 60 s.
  await clients.elb.send(
    new ModifyLoadBalancerAttributesCommand({
      LoadBalancerArn: loadBalancer.LoadBalancerArn!,
      Attributes: [{ Key: 'idle_timeout.timeout_seconds', Value: '4000' }]
    })
  )
  return { loadBalancerArn: loadBalancer.LoadBalancerArn!, dnsName: loadBalancer.DNSName! }
}

export async function createTargetGroup(
  clients: Clients,
  name: string,
  timing: TargetGroupTiming
): Promise<string> {
  const created = await clients.elb.send(
    new CreateTargetGroupCommand({
      Name: name,
      Protocol: 'HTTP',
      Port: 8080,
      VpcId: 'vpc-rehearsal',
      TargetType: 'ip',
      HealthCheckPath: '/health',
      HealthCheckIntervalSeconds: timing.healthCheckIntervalSeconds,
      HealthCheckTimeoutSeconds: timing.healthCheckTimeoutSeconds,
      HealthyThresholdCount: timing.healthyThresholdCount,
      UnhealthyThresholdCount: timing.unhealthyThresholdCount
    })
  )
  const arn = created.TargetGroups![0].TargetGroupArn!
  await clients.elb.send(
    new ModifyTargetGroupAttributesCommand({
      TargetGroupArn: arn,
      Attributes: [
        { Key: 'deregistration_delay.timeout_seconds', Value: String(timing.deregistrationDelaySeconds) }
      ]
    })
  )
  return arn
}

async function createService(
  clients: Clients,
  cluster: string,
  service: string,
  taskDefinition: string,
  targetGroupArn: string,
  spec: ServiceSpec
): Promise<void> {
  await clients.ecs.send(
    new CreateServiceCommand({
      cluster,
      serviceName: service,
      taskDefinition,
      desiredCount: spec.desiredCount ?? 2,
      launchType: 'FARGATE',
      healthCheckGracePeriodSeconds: spec.healthCheckGracePeriodSeconds ?? 30,
      loadBalancers: [{ targetGroupArn, containerName: 'app', containerPort: 8080 }],
      deploymentConfiguration: {
        minimumHealthyPercent: 100,
        maximumPercent: 200,
        deploymentCircuitBreaker: {
          enable: spec.circuitBreaker ?? false,
          rollback: spec.circuitBreaker ?? false
        }
      }
    })
  )
}

export async function registerTaskDefinition(
  clients: Clients,
  family: string,
  spec: ServiceSpec
): Promise<string> {
  const registered = await clients.ecs.send(
    new RegisterTaskDefinitionCommand({
      family,
      ...fargateTask,
      containerDefinitions: [containerDefinition('app', spec)]
    })
  )
  return registered.taskDefinition!.taskDefinitionArn!
}

/** An HTTP listener on a free loopback port; returns its ARN, port and the URL clients use. */
export async function createListener(
  clients: Clients,
  loadBalancer: { loadBalancerArn: string; dnsName: string },
  defaultAction: Action
): Promise<{ listenerArn: string; listenerPort: number; url: string }> {
  const listenerPort = await freePort()
  const created = await clients.elb.send(
    new CreateListenerCommand({
      LoadBalancerArn: loadBalancer.loadBalancerArn,
      Protocol: 'HTTP',
      Port: listenerPort,
      DefaultActions: [defaultAction]
    })
  )
  return {
    listenerArn: created.Listeners![0].ListenerArn!,
    listenerPort,
    url: `http://${loadBalancer.dnsName}:${listenerPort}/`
  }
}

/** One service behind one target group, forwarded to by the listener's default action. */
export async function createRollingApp(
  target: AwsTarget,
  name: string,
  spec: ServiceSpec,
  timing: TargetGroupTiming = fastTargetGroupTiming
): Promise<RollingApp> {
  const clients = clientsFor(target)
  const cluster = `${name}-cluster`
  const loadBalancer = await createLoadBalancer(clients, name, cluster)
  const targetGroupArn = await createTargetGroup(clients, `${name}-tg`, timing)
  const listener = await createListener(clients, loadBalancer, {
    Type: 'forward',
    TargetGroupArn: targetGroupArn
  })
  const taskDefinition = await registerTaskDefinition(clients, name, spec)
  await createService(clients, cluster, name, taskDefinition, targetGroupArn, spec)
  const app: RollingApp = {
    clients,
    cluster,
    loadBalancerArn: loadBalancer.loadBalancerArn,
    ...listener,
    service: name,
    family: name,
    targetGroupArn
  }
  await waitUntilServing(clients, cluster, [app.service], [targetGroupArn], spec.desiredCount ?? 2)
  return app
}

/** What a listener answers when no rule matches a request. */
export const noRoute: Action = {
  Type: 'fixed-response',
  FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'no route' }
}

/** A cluster, its load balancer with a listener answering `noRoute`, and two target groups: blue and green. */
export async function createTwoColorBalancer(clients: Clients, name: string, timing: TargetGroupTiming) {
  const cluster = `${name}-cluster`
  const loadBalancer = await createLoadBalancer(clients, name, cluster)
  const blue = await createTargetGroup(clients, `${name}-blue`, timing)
  const green = await createTargetGroup(clients, `${name}-green`, timing)
  const listener = await createListener(clients, loadBalancer, noRoute)
  return { cluster, loadBalancer, blue, green, listener }
}

/**
 * A blue/green pair: both services run `spec` (blue live at weight 100, green idle at weight 0 and
 * scaled to `idleCount`), both target groups in one production rule matching every path.
 */
export async function createColorPair(
  target: AwsTarget,
  name: string,
  spec: ServiceSpec,
  options: { idleCount?: number; timing?: TargetGroupTiming; testListener?: boolean } = {}
): Promise<ColorPair> {
  const clients = clientsFor(target)
  const { cluster, loadBalancer, blue, green, listener } = await createTwoColorBalancer(
    clients,
    name,
    options.timing ?? fastTargetGroupTiming
  )
  const [blueTargetGroupArn, greenTargetGroupArn] = [blue, green]
  const rule = await clients.elb.send(
    new CreateRuleCommand({
      ListenerArn: listener.listenerArn,
      Priority: 100,
      Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/*'] } }],
      Actions: [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: blueTargetGroupArn, Weight: 100 },
              { TargetGroupArn: greenTargetGroupArn, Weight: 0 }
            ]
          }
        }
      ]
    })
  )
  const testListener = options.testListener
    ? await createListener(clients, loadBalancer, { Type: 'forward', TargetGroupArn: greenTargetGroupArn })
    : undefined
  const taskDefinition = await registerTaskDefinition(clients, name, spec)
  const blueService = `${name}-blue`
  const greenService = `${name}-green`
  await createService(clients, cluster, blueService, taskDefinition, blueTargetGroupArn, spec)
  await createService(clients, cluster, greenService, taskDefinition, greenTargetGroupArn, {
    ...spec,
    desiredCount: options.idleCount ?? 0
  })
  await waitUntilServing(clients, cluster, [blueService], [blueTargetGroupArn], spec.desiredCount ?? 2)
  return {
    clients,
    cluster,
    loadBalancerArn: loadBalancer.loadBalancerArn,
    ...listener,
    blueService,
    greenService,
    family: name,
    blueTargetGroupArn,
    greenTargetGroupArn,
    ruleArn: rule.Rules![0].RuleArn!,
    testListenerArn: testListener?.listenerArn,
    testUrl: testListener?.url
  }
}

/**
 * A CloudWatch alarm on the load balancer's target 5xx answers (more than `threshold` in one minute); with no
 * data it is OK. Tests force its state with `emulator.cloudwatch.setAlarmState`.
 */
export async function createErrorAlarm(app: LoadBalancedApp, name: string, threshold = 5): Promise<void> {
  await app.clients.cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: name,
      Namespace: 'AWS/ApplicationELB',
      MetricName: 'HTTPCode_Target_5XX_Count',
      Dimensions: [{ Name: 'LoadBalancer', Value: app.loadBalancerArn.split(':loadbalancer/').at(-1)! }],
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching'
    })
  )
}

/** Sets the production rule's weights by hand, as an operator would in the console. */
export async function setPairWeights(pair: ColorPair, blue: number, green: number): Promise<void> {
  await pair.clients.elb.send(
    new ModifyRuleCommand({
      RuleArn: pair.ruleArn,
      Actions: [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: pair.blueTargetGroupArn, Weight: blue },
              { TargetGroupArn: pair.greenTargetGroupArn, Weight: green }
            ]
          }
        }
      ]
    })
  )
}

/** Waits until every service's deployment completed and each target group has `count` healthy targets. */
export async function waitUntilServing(
  clients: Clients,
  cluster: string,
  services: string[],
  targetGroupArns: string[],
  count: number,
  timeoutMs = 60_000
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let observed = ''
  while (Date.now() < deadline) {
    const described = await clients.ecs.send(new DescribeServicesCommand({ cluster, services }))
    const completed = (described.services ?? []).every(
      (s) => s.deployments?.length === 1 && s.deployments[0].rolloutState === 'COMPLETED'
    )
    const healthy = await Promise.all(
      targetGroupArns.map(async (arn) => {
        const health = await clients.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: arn }))
        return (health.TargetHealthDescriptions ?? []).filter((t) => t.TargetHealth?.State === 'healthy')
          .length
      })
    )
    observed = `completed=${completed} healthy=${healthy.join('/')}`
    if (completed && healthy.every((n) => n === count)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`services ${services.join(', ')} not serving after ${timeoutMs} ms (${observed})`)
}
