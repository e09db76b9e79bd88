/**
 * Traffic routing through one listener rule's weighted forward action: read the weights, and set new ones in a
 * single call (ModifyRule, or ModifyListener for a default rule), keeping everything else the rule does.
 */
import type { Action } from '@aws-sdk/client-elastic-load-balancing-v2'
import type { ListenerRule, RulePort } from '../aws/listener-rules.ts'

export interface TargetGroupWeight {
  targetGroupArn: string
  /** 0-999, as ALB takes it; only the ratio between the groups matters. */
  weight: number
}

/** Actions that run before the final one (authentication, token checks) and stay as they are. */
const preliminary = ['authenticate-oidc', 'authenticate-cognito', 'jwt-validation']

/** The rule's forward action, when its final action is one. */
export function forwardAction(rule: ListenerRule): Action | undefined {
  const final = rule.actions.filter((action) => !preliminary.includes(action.Type ?? ''))
  return final.length === 1 && final[0].Type === 'forward' ? final[0] : undefined
}

/**
 * The target groups the rule forwards to, with their weights; empty when the rule does not forward. A single-group
 * forward written as `TargetGroupArn` has weight 1.
 */
export function readWeights(rule: ListenerRule): TargetGroupWeight[] {
  const forward = forwardAction(rule)
  if (!forward) return []
  const groups = forward.ForwardConfig?.TargetGroups ?? []
  if (groups.length === 0 && forward.TargetGroupArn)
    return [{ targetGroupArn: forward.TargetGroupArn, weight: 1 }]
  return groups.map((group) => ({ targetGroupArn: group.TargetGroupArn ?? '', weight: group.Weight ?? 1 }))
}

/**
 * Sets the rule's forward action to exactly these weights, in one call. Authentication actions and the forward's
 * stickiness stay; a rule that did not forward (e.g. a fixed response on a test listener) now forwards.
 */
export async function setWeights(
  port: RulePort,
  rule: ListenerRule,
  weights: TargetGroupWeight[],
  signal?: AbortSignal
): Promise<ListenerRule> {
  return port.setActions(rule, withWeights(rule, weights), signal)
}

export function withWeights(rule: ListenerRule, weights: TargetGroupWeight[]): Action[] {
  const kept = rule.actions.filter((action) => preliminary.includes(action.Type ?? '')).map(keepSecret)
  const replaced = rule.actions.find((action) => !preliminary.includes(action.Type ?? ''))
  const stickiness = forwardAction(rule)?.ForwardConfig?.TargetGroupStickinessConfig
  const forward: Action = {
    Type: 'forward',
    ForwardConfig: {
      TargetGroups: weights.map(({ targetGroupArn, weight }) => ({
        TargetGroupArn: targetGroupArn,
        Weight: weight
      })),
      ...(stickiness ? { TargetGroupStickinessConfig: stickiness } : {})
    }
  }
  const order =
    replaced?.Order ??
    (kept.length > 0 ? Math.max(...kept.map((action) => action.Order ?? 0)) + 1 : undefined)
  if (order !== undefined) forward.Order = order
  return [...kept, forward]
}

/** DescribeRules never returns an OIDC client secret; rewriting the action must say to keep the existing one. */
function keepSecret(action: Action): Action {
  const oidc = action.AuthenticateOidcConfig
  if (!oidc || oidc.ClientSecret) return action
  return { ...action, AuthenticateOidcConfig: { ...oidc, UseExistingClientSecret: true } }
}

/** Each group's share of the traffic in percent (0 for every group when all weights are 0). */
export function shares(weights: TargetGroupWeight[]): Map<string, number> {
  const total = weights.reduce((sum, { weight }) => sum + weight, 0)
  return new Map(
    weights.map(({ targetGroupArn, weight }) => [
      targetGroupArn,
      total === 0 ? 0 : Math.round((weight / total) * 1000) / 10
    ])
  )
}
