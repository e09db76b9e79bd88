import {
  AddTagsCommand,
  CreateRuleCommand,
  DeleteRuleCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  type ElasticLoadBalancingV2Client,
  type Rule
} from '@aws-sdk/client-elastic-load-balancing-v2'

/** A rule at a priority of a listener, with its tags. */
export interface PriorityHolder {
  arn: string
  /** Its host-header values (a lock rule has exactly the lock's). */
  hosts: string[]
  tags: Record<string, string>
}

/**
 * The ELBv2 calls of the lock: a rule created at a priority (CreateRule fails with PriorityInUse when a rule holds
 * it already, an atomic create-if-absent), the rule at a priority, its tags, and its deletion.
 */
export interface LockRulePort {
  /** The new rule's ARN; throws PriorityInUseException when the priority is taken. */
  create(listenerArn: string, priority: number, host: string, tags: Record<string, string>): Promise<string>
  /** The rule at `priority` of the listener, if any. */
  ruleAt(listenerArn: string, priority: number): Promise<PriorityHolder | undefined>
  /** Whether the rule still exists. */
  exists(ruleArn: string): Promise<boolean>
  /** Adds or overwrites tags; false when the rule no longer exists. */
  tag(ruleArn: string, tags: Record<string, string>): Promise<boolean>
  /** Deletes the rule; a rule already gone is not an error. */
  delete(ruleArn: string): Promise<void>
  /** The first listener (lowest port) of the load balancer a target group is used by, if any. */
  listenerOfTargetGroup(targetGroupArn: string): Promise<string | undefined>
}

const gone = (error: unknown): boolean => (error as Error).name === 'RuleNotFoundException'

export function lockRulePort(client: ElasticLoadBalancingV2Client): LockRulePort {
  const asTags = (tags: Record<string, string>) =>
    Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
  return {
    async create(listenerArn, priority, host, tags) {
      const { Rules = [] } = await client.send(
        new CreateRuleCommand({
          ListenerArn: listenerArn,
          Priority: priority,
          Conditions: [{ Field: 'host-header', HostHeaderConfig: { Values: [host] } }],
          Actions: [
            {
              Type: 'fixed-response',
              FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'not found' }
            }
          ],
          Tags: asTags(tags)
        })
      )
      const arn = Rules[0]?.RuleArn
      if (!arn) throw new Error('CreateRule returned no rule ARN')
      return arn
    },
    async ruleAt(listenerArn, priority) {
      let rule: Rule | undefined
      let marker: string | undefined
      do {
        const page = await client.send(
          new DescribeRulesCommand({ ListenerArn: listenerArn, Marker: marker, PageSize: 400 })
        )
        rule = page.Rules?.find((candidate) => candidate.Priority === String(priority))
        marker = page.NextMarker
      } while (!rule && marker)
      if (!rule?.RuleArn) return undefined
      const hosts = (rule.Conditions ?? []).flatMap(
        (condition) => condition.HostHeaderConfig?.Values ?? condition.Values ?? []
      )
      try {
        const { TagDescriptions = [] } = await client.send(
          new DescribeTagsCommand({ ResourceArns: [rule.RuleArn] })
        )
        const tags = Object.fromEntries(
          (TagDescriptions[0]?.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? ''])
        )
        return { arn: rule.RuleArn, hosts, tags }
      } catch (error) {
        if (gone(error)) return undefined
        throw error
      }
    },
    async exists(ruleArn) {
      try {
        const { Rules = [] } = await client.send(new DescribeRulesCommand({ RuleArns: [ruleArn] }))
        return Rules.length > 0
      } catch (error) {
        if (gone(error)) return false
        throw error
      }
    },
    async tag(ruleArn, tags) {
      try {
        await client.send(new AddTagsCommand({ ResourceArns: [ruleArn], Tags: asTags(tags) }))
        return true
      } catch (error) {
        if (gone(error)) return false
        throw error
      }
    },
    async delete(ruleArn) {
      try {
        await client.send(new DeleteRuleCommand({ RuleArn: ruleArn }))
      } catch (error) {
        if (!gone(error)) throw error
      }
    },
    async listenerOfTargetGroup(targetGroupArn) {
      const { TargetGroups = [] } = await client.send(
        new DescribeTargetGroupsCommand({ TargetGroupArns: [targetGroupArn] })
      )
      const loadBalancerArn = TargetGroups[0]?.LoadBalancerArns?.[0]
      if (!loadBalancerArn) return undefined
      const { Listeners = [] } = await client.send(
        new DescribeListenersCommand({ LoadBalancerArn: loadBalancerArn })
      )
      const sorted = [...Listeners].sort((a, b) => (a.Port ?? 0) - (b.Port ?? 0))
      return sorted[0]?.ListenerArn
    }
  }
}
