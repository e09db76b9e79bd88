/**
 * Rule actions: `forward` (one target group by `TargetGroupArn`, or up to 5 weighted ones in
 * `ForwardConfig`) and `fixed-response`. Parsing checks the shape; the caller checks that the groups exist.
 */
import { AwsError } from '../core/errors.ts'
import { invalid, list, optionalBool, optionalInt, optionalString, requiredString } from './input.ts'
import type { Action, WeightedGroup } from './model.ts'

const CONTENT_TYPES = ['text/plain', 'text/css', 'text/html', 'application/javascript', 'application/json']
const UNSUPPORTED = ['redirect', 'authenticate-oidc', 'authenticate-cognito', 'jwt-validation']

export function parseActions(input: unknown): Action[] {
  const actions = list(input).map(parseAction)
  if (actions.length === 0) throw invalid('At least one action must be specified')
  if (actions.length > 1) {
    throw new AwsError(
      'InvalidLoadBalancerAction',
      'A rule can have only one action of type forward or fixed-response (the emulator models no other types)'
    )
  }
  return actions
}

function parseAction(raw: any): Action {
  const type = requiredString(raw?.Type, 'Actions.Type')
  const order = optionalInt(raw.Order, 'Actions.Order', 1, 50000)
  if (type === 'forward') return { type, order, ...parseForward(raw) }
  if (type === 'fixed-response') {
    const config = raw.FixedResponseConfig
    if (!config) throw invalid('FixedResponseConfig must be specified for a fixed-response action')
    const statusCode = requiredString(config.StatusCode, 'FixedResponseConfig.StatusCode')
    if (!/^[245]\d\d$/.test(statusCode))
      throw invalid(`Fixed-response status code '${statusCode}' is not valid`)
    const contentType = optionalString(config.ContentType)
    if (contentType !== undefined && !CONTENT_TYPES.includes(contentType)) {
      throw invalid(`Content type '${contentType}' is not valid`)
    }
    const messageBody = optionalString(config.MessageBody)
    if (messageBody !== undefined && messageBody.length > 1024) {
      throw invalid('The fixed-response message body can have at most 1024 characters')
    }
    return { type, order, statusCode, contentType, messageBody }
  }
  if (UNSUPPORTED.includes(type)) throw invalid(`Action type '${type}' is not supported by the emulator`)
  throw invalid(`Action type '${type}' is not valid`)
}

function parseForward(raw: any): {
  groups: WeightedGroup[]
  stickiness: { enabled: boolean; durationSeconds?: number }
} {
  const shorthand = optionalString(raw.TargetGroupArn)
  const tuples = list(raw.ForwardConfig?.TargetGroups)
  const groups: WeightedGroup[] = tuples.map((tuple: any) => ({
    arn: requiredString(tuple?.TargetGroupArn, 'ForwardConfig.TargetGroups.TargetGroupArn'),
    weight: optionalInt(tuple.Weight, 'ForwardConfig.TargetGroups.Weight', 0, 999) ?? 1
  }))
  if (shorthand !== undefined) {
    if (groups.length > 1 || (groups.length === 1 && groups[0].arn !== shorthand)) {
      throw invalid(
        'You cannot specify both a target group ARN and a different set of target groups in ForwardConfig'
      )
    }
    if (groups.length === 0) groups.push({ arn: shorthand, weight: 1 })
  }
  if (groups.length === 0) throw invalid('A forward action must specify a target group')
  if (groups.length > 5) throw invalid('A forward action can have at most 5 target groups')
  if (new Set(groups.map((group) => group.arn)).size !== groups.length) {
    throw invalid('A target group can appear only once in a forward action')
  }
  const stickiness = raw.ForwardConfig?.TargetGroupStickinessConfig
  const enabled = optionalBool(stickiness?.Enabled, 'TargetGroupStickinessConfig.Enabled') ?? false
  const durationSeconds = optionalInt(
    stickiness?.DurationSeconds,
    'TargetGroupStickinessConfig.DurationSeconds',
    1,
    604800
  )
  return { groups, stickiness: { enabled, durationSeconds } }
}

/** The SDK shape: a single-group forward carries both `TargetGroupArn` and `ForwardConfig`, as AWS answers. */
export function renderAction(action: Action, index: number): any {
  const order = action.order ?? index + 1
  if (action.type === 'fixed-response') {
    const config: Record<string, string> = { StatusCode: action.statusCode }
    if (action.contentType !== undefined) config.ContentType = action.contentType
    if (action.messageBody !== undefined) config.MessageBody = action.messageBody
    return { Type: action.type, Order: order, FixedResponseConfig: config }
  }
  const stickiness: Record<string, unknown> = { Enabled: action.stickiness.enabled }
  if (action.stickiness.durationSeconds !== undefined)
    stickiness.DurationSeconds = action.stickiness.durationSeconds
  const rendered: any = {
    Type: action.type,
    Order: order,
    ForwardConfig: {
      TargetGroups: action.groups.map((group) => ({ TargetGroupArn: group.arn, Weight: group.weight })),
      TargetGroupStickinessConfig: stickiness
    }
  }
  if (action.groups.length === 1) rendered.TargetGroupArn = action.groups[0].arn
  return rendered
}
