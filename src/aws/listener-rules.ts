import {
  DescribeListenersCommand,
  DescribeRulesCommand,
  ModifyListenerCommand,
  ModifyRuleCommand,
  type Action,
  type ElasticLoadBalancingV2Client
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { throwIfCancelled } from '../core/clock.ts'
import type { Calls } from './calls.ts'

/** A listener rule as the strategies see it: where it is, and its actions (what traffic routing rewrites). */
export interface ListenerRule {
  /** The rule's ARN; for a listener's default rule given by its listener ARN, the listener ARN. */
  arn: string
  listenerArn: string
  /** The listener's default rule: its actions change through ModifyListener. */
  isDefault: boolean
  actions: Action[]
}

/** The ELBv2 calls that read and rewrite listener rules. */
export interface RulePort {
  /**
   * A rule by its ARN, or a listener's default rule by the listener's ARN; undefined when there is no such rule
   * or listener.
   */
  describeRule(arn: string): Promise<ListenerRule | undefined>
  /**
   * Replaces every action of the rule in one call; returns the rule as it is afterwards. Not sent once `signal`
   * has aborted (see EcsPort); moving traffic back passes none.
   */
  setActions(rule: ListenerRule, actions: Action[], signal?: AbortSignal): Promise<ListenerRule>
}

export const ruleCalls: Calls<RulePort> = { describeRule: 'read', setActions: 'change' }

const notFound = ['RuleNotFoundException', 'ListenerNotFoundException']

export function rulePort(client: ElasticLoadBalancingV2Client): RulePort {
  return {
    async describeRule(arn) {
      try {
        if (isListenerArn(arn)) {
          const { Listeners = [] } = await client.send(new DescribeListenersCommand({ ListenerArns: [arn] }))
          const listener = Listeners[0]
          if (!listener) return undefined
          return { arn, listenerArn: arn, isDefault: true, actions: listener.DefaultActions ?? [] }
        }
        const { Rules = [] } = await client.send(new DescribeRulesCommand({ RuleArns: [arn] }))
        const rule = Rules[0]
        if (!rule) return undefined
        return {
          arn,
          listenerArn: listenerOfRule(arn),
          isDefault: rule.IsDefault ?? false,
          actions: rule.Actions ?? []
        }
      } catch (error) {
        if (notFound.includes((error as Error).name)) return undefined
        throw error
      }
    },
    async setActions(rule, actions, signal) {
      throwIfCancelled(signal)
      // AWS changes a default rule's actions through its listener.
      if (rule.isDefault) {
        const { Listeners = [] } = await client.send(
          new ModifyListenerCommand({ ListenerArn: rule.listenerArn, DefaultActions: actions })
        )
        return { ...rule, actions: Listeners[0]?.DefaultActions ?? actions }
      }
      const { Rules = [] } = await client.send(new ModifyRuleCommand({ RuleArn: rule.arn, Actions: actions }))
      return { ...rule, actions: Rules[0]?.Actions ?? actions }
    }
  }
}

/** `arn:...:listener/app/...` (not `listener-rule/`). */
export function isListenerArn(arn: string): boolean {
  return /:listener\//.test(arn)
}

/** `...:listener-rule/app/<lb>/<lb id>/<listener id>/<rule id>` -> `...:listener/app/<lb>/<lb id>/<listener id>` */
export function listenerOfRule(ruleArn: string): string {
  return ruleArn.replace(':listener-rule/', ':listener/').replace(/\/[^/]+$/, '')
}

/** `app/<name>/<id>` of the load balancer a listener or rule belongs to. */
export function loadBalancerOf(arn: string): string {
  return /:listener(?:-rule)?\/((?:app|net|gwy)\/[^/]+\/[^/]+)/.exec(arn)?.[1] ?? arn
}
