/**
 * Builds, through the real SDK clients, one service that ECS deploys itself with its BLUE_GREEN, LINEAR or
 * CANARY strategy: two target groups (the service's and the alternate), a production rule forwarding to both
 * (100 / 0), and a test rule on a test listener or behind a header, named in the service's
 * `loadBalancers[].advancedConfiguration`. The same calls build it on AWS.
 */
import {
  CreateServiceCommand,
  type DeploymentConfiguration,
  type DeploymentLifecycleHook
} from '@aws-sdk/client-ecs'
import { CreateRuleCommand, type RuleCondition } from '@aws-sdk/client-elastic-load-balancing-v2'
import {
  clientsFor,
  createListener,
  createTwoColorBalancer,
  fastTargetGroupTiming,
  noRoute,
  registerTaskDefinition,
  waitUntilServing,
  type AwsTarget,
  type Clients,
  type LoadBalancedApp,
  type ServiceSpec,
  type TargetGroupTiming
} from './infrastructure.ts'

export type NativeStrategy = 'BLUE_GREEN' | 'LINEAR' | 'CANARY'

export interface NativeServiceOptions {
  strategy: NativeStrategy
  /** Minutes both revisions run after production traffic moved (default 1). */
  bakeTimeInMinutes?: number
  linearConfiguration?: { stepPercent?: number; stepBakeTimeInMinutes?: number }
  canaryConfiguration?: { canaryPercent?: number; canaryBakeTimeInMinutes?: number }
  /** Where test traffic comes in: a second listener (default), or the production listener with a header. */
  testTraffic?: 'listener' | 'header'
  /** CloudWatch alarms ECS watches during the deployment, rolling back when one fires. */
  alarmNames?: string[]
  lifecycleHooks?: DeploymentLifecycleHook[]
  timing?: TargetGroupTiming
}

export interface NativeService extends LoadBalancedApp {
  service: string
  family: string
  strategy: NativeStrategy
  /** The service's target group now (blue); the alternate one takes the next revision. */
  targetGroupArn: string
  alternateTargetGroupArn: string
  productionRuleArn: string
  testRuleArn: string
  /** With `testTraffic: 'listener'`. */
  testListenerArn?: string
  testUrl?: string
  /** With `testTraffic: 'header'`: send it on `url` to reach the test rule. */
  testHeader?: { name: string; value: string }
  roleArn: string
}

export const TEST_HEADER = { name: 'x-test-traffic', value: 'green' }

/** Creates the service (running `spec`, serving through the production rule) and waits until it serves. */
export async function createNativeService(
  target: AwsTarget,
  name: string,
  spec: ServiceSpec,
  options: NativeServiceOptions
): Promise<NativeService> {
  const timing = options.timing ?? fastTargetGroupTiming
  const clients = clientsFor(target)
  const balancer = await createTwoColorBalancer(clients, name, timing)
  const { cluster, loadBalancer, listener } = balancer
  const [targetGroupArn, alternateTargetGroupArn] = [balancer.blue, balancer.green]
  const groups = { blue: targetGroupArn, green: alternateTargetGroupArn }
  const everyPath: RuleCondition = { Field: 'path-pattern', PathPatternConfig: { Values: ['/*'] } }
  const productionRuleArn = await createSplitRule(clients, listener.listenerArn, 100, [everyPath], groups)
  let testRuleArn: string
  let testListener: { listenerArn: string; url: string } | undefined
  if (options.testTraffic === 'header') {
    const header: RuleCondition = {
      Field: 'http-header',
      HttpHeaderConfig: { HttpHeaderName: TEST_HEADER.name, Values: [TEST_HEADER.value] }
    }
    testRuleArn = await createSplitRule(clients, listener.listenerArn, 10, [header], groups)
  } else {
    testListener = await createListener(clients, loadBalancer, noRoute)
    testRuleArn = await createSplitRule(clients, testListener.listenerArn, 100, [everyPath], groups)
  }
  const roleArn = 'arn:aws:iam::000000000000:role/ecsInfrastructureRoleForLoadBalancers'
  const taskDefinition = await registerTaskDefinition(clients, name, spec)
  await clients.ecs.send(
    new CreateServiceCommand({
      cluster,
      serviceName: name,
      taskDefinition,
      desiredCount: spec.desiredCount ?? 2,
      launchType: 'FARGATE',
      healthCheckGracePeriodSeconds: spec.healthCheckGracePeriodSeconds ?? 30,
      loadBalancers: [
        {
          targetGroupArn,
          containerName: 'app',
          containerPort: 8080,
          advancedConfiguration: {
            alternateTargetGroupArn,
            productionListenerRule: productionRuleArn,
            testListenerRule: testRuleArn,
            roleArn
          }
        }
      ],
      deploymentController: { type: 'ECS' },
      deploymentConfiguration: deploymentConfiguration(spec, options)
    })
  )
  await waitUntilServing(clients, cluster, [name], [targetGroupArn], spec.desiredCount ?? 2)
  return {
    clients,
    cluster,
    loadBalancerArn: loadBalancer.loadBalancerArn,
    ...listener,
    service: name,
    family: name,
    strategy: options.strategy,
    targetGroupArn,
    alternateTargetGroupArn,
    productionRuleArn,
    testRuleArn,
    testListenerArn: testListener?.listenerArn,
    testUrl: testListener?.url,
    testHeader: options.testTraffic === 'header' ? TEST_HEADER : undefined,
    roleArn
  }
}

function deploymentConfiguration(spec: ServiceSpec, options: NativeServiceOptions): DeploymentConfiguration {
  return {
    strategy: options.strategy,
    bakeTimeInMinutes: options.bakeTimeInMinutes ?? 1,
    minimumHealthyPercent: 100,
    maximumPercent: 200,
    deploymentCircuitBreaker: {
      enable: spec.circuitBreaker ?? false,
      rollback: spec.circuitBreaker ?? false
    },
    ...(options.alarmNames?.length
      ? { alarms: { alarmNames: options.alarmNames, enable: true, rollback: true } }
      : {}),
    ...(options.strategy === 'LINEAR' ? { linearConfiguration: options.linearConfiguration ?? {} } : {}),
    ...(options.strategy === 'CANARY' ? { canaryConfiguration: options.canaryConfiguration ?? {} } : {}),
    ...(options.lifecycleHooks ? { lifecycleHooks: options.lifecycleHooks } : {})
  }
}

async function createSplitRule(
  clients: Clients,
  listenerArn: string,
  priority: number,
  conditions: RuleCondition[],
  groups: { blue: string; green: string }
): Promise<string> {
  const created = await clients.elb.send(
    new CreateRuleCommand({
      ListenerArn: listenerArn,
      Priority: priority,
      Conditions: conditions,
      Actions: [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: groups.blue, Weight: 100 },
              { TargetGroupArn: groups.green, Weight: 0 }
            ]
          }
        }
      ]
    })
  )
  return created.Rules![0].RuleArn!
}
