/**
 * The calls that make and unmake a pair (the `pair` action): target groups (read, clone, delete), the rules of a
 * load balancer (to find the one that forwards to a service), and services created and deleted. Reads and writes
 * only (its table below says which): the pair action decides and checks; the lock's fence guards every change
 * (src/state/fence.ts).
 */
import {
  CreateServiceCommand,
  DeleteServiceCommand,
  UntagResourceCommand,
  type CreateServiceCommandInput,
  type ECSClient,
  type Service
} from '@aws-sdk/client-ecs'
import {
  CreateTargetGroupCommand,
  DeleteTargetGroupCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  ModifyTargetGroupAttributesCommand,
  type CreateTargetGroupCommandInput,
  type ElasticLoadBalancingV2Client,
  type Rule,
  type TargetGroup
} from '@aws-sdk/client-elastic-load-balancing-v2'
import type { Calls } from './calls.ts'

export type { TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2'
export type NewTargetGroup = CreateTargetGroupCommandInput
export type NewService = CreateServiceCommandInput

/** A rule of a listener as DescribeRules gives it (the default rule included). */
export interface LoadBalancerRule {
  listenerArn: string
  rule: Rule
}

export interface SetupPort {
  /** A target group by ARN or by name; undefined when there is none. */
  targetGroup(by: { arn: string } | { name: string }): Promise<TargetGroup | undefined>
  /** The target group's attributes, by key. */
  attributes(targetGroupArn: string): Promise<Record<string, string>>
  /** The tags of a target group, by key. */
  tags(targetGroupArn: string): Promise<Record<string, string>>
  /** Every rule (default rules too) of every listener of the load balancer. */
  rulesOf(loadBalancerArn: string): Promise<LoadBalancerRule[]>
  createTargetGroup(input: NewTargetGroup): Promise<TargetGroup>
  setAttributes(targetGroupArn: string, attributes: Record<string, string>): Promise<void>
  /** Deletes the target group; one already gone is not an error. */
  deleteTargetGroup(targetGroupArn: string): Promise<void>
  createService(input: NewService): Promise<Service>
  /** Deletes a service (scaled to 0 first, or forced). */
  deleteService(cluster: string, service: string, force: boolean): Promise<void>
  untagService(serviceArn: string, keys: string[]): Promise<void>
}

export const setupCalls: Calls<SetupPort> = {
  targetGroup: 'read',
  attributes: 'read',
  tags: 'read',
  rulesOf: 'read',
  createTargetGroup: 'change',
  setAttributes: 'change',
  deleteTargetGroup: 'change',
  createService: 'change',
  deleteService: 'change',
  untagService: 'change'
}

const missingGroup = (error: unknown): boolean => (error as Error).name === 'TargetGroupNotFoundException'

export function setupPort(elb: ElasticLoadBalancingV2Client, ecs: ECSClient): SetupPort {
  return {
    async targetGroup(by) {
      const input = 'arn' in by ? { TargetGroupArns: [by.arn] } : { Names: [by.name] }
      try {
        const { TargetGroups = [] } = await elb.send(new DescribeTargetGroupsCommand(input))
        return TargetGroups[0]
      } catch (error) {
        if (missingGroup(error)) return undefined
        throw error
      }
    },
    async attributes(targetGroupArn) {
      const { Attributes = [] } = await elb.send(
        new DescribeTargetGroupAttributesCommand({ TargetGroupArn: targetGroupArn })
      )
      return Object.fromEntries(Attributes.map((attribute) => [attribute.Key ?? '', attribute.Value ?? '']))
    },
    async tags(targetGroupArn) {
      const { TagDescriptions = [] } = await elb.send(
        new DescribeTagsCommand({ ResourceArns: [targetGroupArn] })
      )
      return Object.fromEntries(
        (TagDescriptions[0]?.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? ''])
      )
    },
    async rulesOf(loadBalancerArn) {
      const { Listeners = [] } = await elb.send(
        new DescribeListenersCommand({ LoadBalancerArn: loadBalancerArn })
      )
      const found: LoadBalancerRule[] = []
      for (const listener of Listeners) {
        let marker: string | undefined
        do {
          const page = await elb.send(
            new DescribeRulesCommand({ ListenerArn: listener.ListenerArn, Marker: marker, PageSize: 400 })
          )
          for (const rule of page.Rules ?? []) found.push({ listenerArn: listener.ListenerArn!, rule })
          marker = page.NextMarker
        } while (marker)
      }
      return found
    },
    async createTargetGroup(input) {
      const { TargetGroups = [] } = await elb.send(new CreateTargetGroupCommand(input))
      if (!TargetGroups[0]?.TargetGroupArn) throw new Error('CreateTargetGroup returned no target group')
      return TargetGroups[0]
    },
    async setAttributes(targetGroupArn, attributes) {
      await elb.send(
        new ModifyTargetGroupAttributesCommand({
          TargetGroupArn: targetGroupArn,
          Attributes: Object.entries(attributes).map(([Key, Value]) => ({ Key, Value }))
        })
      )
    },
    async deleteTargetGroup(targetGroupArn) {
      try {
        await elb.send(new DeleteTargetGroupCommand({ TargetGroupArn: targetGroupArn }))
      } catch (error) {
        if (!missingGroup(error)) throw error
      }
    },
    async createService(input) {
      const { service } = await ecs.send(new CreateServiceCommand(input))
      if (!service) throw new Error('CreateService returned no service')
      return service
    },
    async deleteService(cluster, service, force) {
      await ecs.send(new DeleteServiceCommand({ cluster, service, force }))
    },
    async untagService(serviceArn, keys) {
      await ecs.send(new UntagResourceCommand({ resourceArn: serviceArn, tagKeys: keys }))
    }
  }
}
