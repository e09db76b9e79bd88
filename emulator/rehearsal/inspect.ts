/**
 * What a rehearsal looks at after a run, through the same SDK calls a person would make: a pair's production
 * weights, a service, the rollout record in its tags; and new versions of the demo app to deploy.
 */
import {
  DescribeServicesCommand,
  ListTagsForResourceCommand,
  RegisterTaskDefinitionCommand,
  type Service
} from '@aws-sdk/client-ecs'
import { DescribeRulesCommand, type TargetGroupTuple } from '@aws-sdk/client-elastic-load-balancing-v2'
import { containerDefinition, type ColorPair, type LoadBalancedApp } from './infrastructure.ts'

/** The production rule's weights by color (-1 for a color whose group is not in the rule). */
export async function pairWeights(pair: ColorPair): Promise<Record<'blue' | 'green', number>> {
  const { Rules } = await pair.clients.elb.send(new DescribeRulesCommand({ RuleArns: [pair.ruleArn] }))
  const groups: TargetGroupTuple[] = Rules![0].Actions![0].ForwardConfig!.TargetGroups!
  const weightOf = (arn: string) => groups.find((group) => group.TargetGroupArn === arn)?.Weight ?? -1
  return { blue: weightOf(pair.blueTargetGroupArn), green: weightOf(pair.greenTargetGroupArn) }
}

export async function describeService(app: LoadBalancedApp, name: string): Promise<Service> {
  const { services } = await app.clients.ecs.send(
    new DescribeServicesCommand({ cluster: app.cluster, services: [name] })
  )
  return services![0]
}

/** The tags of a service, by key: the rollout record the actions keep there. */
export async function rolloutRecord(app: LoadBalancedApp, name: string): Promise<Record<string, string>> {
  const { tags } = await app.clients.ecs.send(
    new ListTagsForResourceCommand({ resourceArn: (await describeService(app, name)).serviceArn! })
  )
  return Object.fromEntries((tags ?? []).map((tag) => [tag.key!, tag.value!]))
}

/** A task definition of the demo app in the pair's family, with its own image tag and environment; its ARN. */
export async function registerVersion(
  pair: ColorPair,
  tag: string,
  environment: Record<string, string> = {}
): Promise<string> {
  const registered = await pair.clients.ecs.send(
    new RegisterTaskDefinitionCommand({
      family: pair.family,
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [containerDefinition('app', { image: `demo:${tag}`, environment })]
    })
  )
  return registered.taskDefinition!.taskDefinitionArn!
}

/** An ::error:: line as the runner shows it (workflow commands escape %, CR and LF). */
export const decoded = (line: string): string =>
  line.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
