/** AWS facts the end-to-end tests read back through the SDK, and how they read what an action printed. */
import { DescribeServicesCommand, ListTagsForResourceCommand } from '@aws-sdk/client-ecs'
import {
  DescribeRulesCommand,
  DescribeTargetHealthCommand,
  type TargetGroupTuple
} from '@aws-sdk/client-elastic-load-balancing-v2'
import type { ColorPair, LoadBalancedApp } from '../../../emulator/rehearsal/infrastructure.ts'

export type Color = 'blue' | 'green'

/** The production rule's weights by color (-1: the color's group is not in the rule). */
export async function weights(pair: ColorPair): Promise<Record<Color, number>> {
  const { Rules } = await pair.clients.elb.send(new DescribeRulesCommand({ RuleArns: [pair.ruleArn] }))
  const groups: TargetGroupTuple[] = Rules![0].Actions![0].ForwardConfig!.TargetGroups!
  const weightOf = (arn: string) => groups.find((group) => group.TargetGroupArn === arn)?.Weight ?? -1
  return { blue: weightOf(pair.blueTargetGroupArn), green: weightOf(pair.greenTargetGroupArn) }
}

export async function describeService(app: LoadBalancedApp, service: string) {
  const { services } = await app.clients.ecs.send(
    new DescribeServicesCommand({ cluster: app.cluster, services: [service] })
  )
  return services![0]
}

/** The service's tags, by key. */
export async function recordOf(app: LoadBalancedApp, service: string): Promise<Record<string, string>> {
  const { tags } = await app.clients.ecs.send(
    new ListTagsForResourceCommand({ resourceArn: (await describeService(app, service)).serviceArn! })
  )
  return Object.fromEntries((tags ?? []).map((tag) => [tag.key!, tag.value!]))
}

export async function healthyTargets(app: LoadBalancedApp, targetGroupArn: string): Promise<number> {
  const health = await app.clients.elb.send(
    new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn })
  )
  return (health.TargetHealthDescriptions ?? []).filter((t) => t.TargetHealth?.State === 'healthy').length
}

/** An ::error:: line or the summary as the runner shows it (workflow commands escape %, CR and LF). */
export const decoded = (line: string) => line.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
