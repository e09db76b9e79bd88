/**
 * The ELBv2 calls of preview rules: the priorities a listener's rules take, a rule with its conditions, actions and
 * tags, and creating, tagging and deleting one. A preview rule forwards the requests that match its host or header
 * to the idle color's target group; the production rule is never touched through this port.
 */
import {
  AddTagsCommand,
  CreateRuleCommand,
  DeleteRuleCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  ModifyRuleCommand,
  type Action,
  type ElasticLoadBalancingV2Client,
  type RuleCondition
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { throwIfCancelled } from '../core/clock.ts'
import type { Calls } from './calls.ts'

export interface PreviewRule {
  arn: string
  listenerArn: string
  priority?: number
  conditions: RuleCondition[]
  actions: Action[]
  tags: Record<string, string>
}

export interface PreviewRulePort {
  /** The priorities in use on the listener (its default rule has none). */
  priorities(listenerArn: string): Promise<number[]>
  /** A rule with its tags; undefined when it no longer exists. */
  describe(ruleArn: string): Promise<PreviewRule | undefined>
  /** The new rule's ARN; throws PriorityInUseException when another rule took the priority first. */
  create(
    rule: Omit<PreviewRule, 'arn' | 'priority'> & { priority: number },
    signal?: AbortSignal
  ): Promise<string>
  /** Replaces the rule's conditions (a preview reached another way); false when the rule no longer exists. */
  setConditions(ruleArn: string, conditions: RuleCondition[], signal?: AbortSignal): Promise<boolean>
  /** Adds or overwrites tags; false when the rule no longer exists. */
  tag(ruleArn: string, tags: Record<string, string>, signal?: AbortSignal): Promise<boolean>
  /** Deletes the rule; false when it was gone already. */
  delete(ruleArn: string, signal?: AbortSignal): Promise<boolean>
}

export const previewRuleCalls: Calls<PreviewRulePort> = {
  priorities: 'read',
  describe: 'read',
  create: 'change',
  setConditions: 'change',
  tag: 'change',
  delete: 'change'
}

const gone = (error: unknown): boolean => (error as Error).name === 'RuleNotFoundException'
const asTags = (tags: Record<string, string>) => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))

export function previewRulePort(client: ElasticLoadBalancingV2Client): PreviewRulePort {
  return {
    async priorities(listenerArn) {
      const priorities: number[] = []
      let marker: string | undefined
      do {
        const page = await client.send(
          new DescribeRulesCommand({ ListenerArn: listenerArn, Marker: marker, PageSize: 400 })
        )
        for (const rule of page.Rules ?? []) if (!rule.IsDefault) priorities.push(Number(rule.Priority))
        marker = page.NextMarker
      } while (marker)
      return priorities
    },
    async describe(ruleArn) {
      try {
        const { Rules = [] } = await client.send(new DescribeRulesCommand({ RuleArns: [ruleArn] }))
        const rule = Rules[0]
        if (!rule) return undefined
        const { TagDescriptions = [] } = await client.send(
          new DescribeTagsCommand({ ResourceArns: [ruleArn] })
        )
        const tags = Object.fromEntries(
          (TagDescriptions[0]?.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? ''])
        )
        return {
          arn: ruleArn,
          listenerArn: ruleArn.replace(':listener-rule/', ':listener/').replace(/\/[^/]+$/, ''),
          priority: rule.IsDefault ? undefined : Number(rule.Priority),
          conditions: rule.Conditions ?? [],
          actions: rule.Actions ?? [],
          tags
        }
      } catch (error) {
        if (gone(error)) return undefined
        throw error
      }
    },
    async create(rule, signal) {
      throwIfCancelled(signal)
      const { Rules = [] } = await client.send(
        new CreateRuleCommand({
          ListenerArn: rule.listenerArn,
          Priority: rule.priority,
          Conditions: rule.conditions,
          Actions: rule.actions,
          Tags: asTags(rule.tags)
        })
      )
      const arn = Rules[0]?.RuleArn
      if (!arn) throw new Error('CreateRule returned no rule ARN')
      return arn
    },
    async setConditions(ruleArn, conditions, signal) {
      throwIfCancelled(signal)
      try {
        await client.send(new ModifyRuleCommand({ RuleArn: ruleArn, Conditions: conditions }))
        return true
      } catch (error) {
        if (gone(error)) return false
        throw error
      }
    },
    async tag(ruleArn, tags, signal) {
      throwIfCancelled(signal)
      try {
        await client.send(new AddTagsCommand({ ResourceArns: [ruleArn], Tags: asTags(tags) }))
        return true
      } catch (error) {
        if (gone(error)) return false
        throw error
      }
    },
    async delete(ruleArn, signal) {
      throwIfCancelled(signal)
      try {
        await client.send(new DeleteRuleCommand({ RuleArn: ruleArn }))
        return true
      } catch (error) {
        if (gone(error)) return false
        throw error
      }
    }
  }
}
