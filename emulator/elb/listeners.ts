/** Listeners (each a real proxy on 127.0.0.1:<port>) and their rules. */
import { AwsError } from '../core/errors.ts'
import { parseActions } from './actions.ts'
import { parseConditions } from './conditions.ts'
import type { ElbContext, Operation } from './context.ts'
import {
  invalid,
  list,
  oneOf,
  optionalInt,
  optionalString,
  paginate,
  requiredInt,
  requiredString
} from './input.ts'
import { deleteListenerServers } from './load-balancers.ts'
import { forwardedGroups, newId, rulesInOrder, type Action, type Listener, type Rule } from './model.ts'
import { renderListener, renderRule } from './render.ts'
import { allRules } from './state.ts'
import { parseTags } from './tags.ts'

const MAX_LISTENERS = 50
const MAX_RULES = 100

/** Actions for a listener of `loadBalancerArn`: the groups must exist and belong to no other load balancer. */
function checkedActions(context: ElbContext, loadBalancerArn: string, input: unknown): Action[] {
  const actions = parseActions(input)
  for (const { arn } of actions.flatMap((action) => (action.type === 'forward' ? action.groups : []))) {
    context.state.targetGroup(arn)
    const others = context.state.loadBalancersUsing(arn).filter((lb) => lb.arn !== loadBalancerArn)
    if (others.length > 0) {
      throw new AwsError(
        'TargetGroupAssociationLimit',
        `The target group '${arn}' is already associated with a different load balancer`
      )
    }
  }
  return actions
}

function protocolOf(value: unknown): string | undefined {
  const protocol = oneOf(value, 'protocol', ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE'])
  if (protocol !== undefined && protocol !== 'HTTP' && protocol !== 'HTTPS') {
    throw new AwsError(
      'UnsupportedProtocol',
      `Protocol '${protocol}' is not supported by application load balancers`
    )
  }
  return protocol
}

function certificates(input: unknown): { CertificateArn: string }[] {
  return list(input).map((certificate: any) => ({
    CertificateArn: requiredString(certificate?.CertificateArn, 'Certificates.CertificateArn')
  }))
}

function listenerOf(context: ElbContext, rule: Rule): Listener {
  return context.state.listener(rule.listenerArn)
}

function checkPriorityFree(listener: Listener, priority: number): void {
  if (listener.rules.some((rule) => rule.priority === priority)) {
    throw new AwsError('PriorityInUse', `Priority '${priority}' is currently in use`)
  }
}

export const listenerOperations: Record<string, Operation> = {
  async CreateListener(context, input) {
    const { state, arns } = context
    const lb = state.loadBalancer(requiredString(input?.LoadBalancerArn, 'LoadBalancerArn'))
    const port = requiredInt(input.Port, 'port', 1, 65535)
    const protocol = protocolOf(input.Protocol) ?? 'HTTP'
    const certs = certificates(input.Certificates)
    if (protocol === 'HTTPS' && certs.length === 0)
      throw invalid('A certificate must be specified for HTTPS listeners')
    const actions = checkedActions(context, lb.arn, input.DefaultActions)
    const siblings = state.listenersOf(lb)
    const existing = siblings.find((listener) => listener.port === port)
    if (existing) {
      // CreateListener is idempotent for identical settings.
      const same =
        existing.protocol === protocol &&
        JSON.stringify(existing.defaultRule.actions) === JSON.stringify(actions)
      if (!same) throw new AwsError('DuplicateListener', `A listener already exists on port ${port}`)
      return { Listeners: [renderListener(existing)] }
    }
    if (siblings.length >= MAX_LISTENERS) throw new AwsError('TooManyListeners', 'Too many listeners')
    const id = newId()
    const arn = arns.listener(lb, id)
    const listener: Listener = {
      arn,
      id,
      loadBalancerArn: lb.arn,
      port,
      protocol,
      certificates: certs,
      sslPolicy:
        optionalString(input.SslPolicy) ?? (protocol === 'HTTPS' ? 'ELBSecurityPolicy-2016-08' : undefined),
      defaultRule: {
        arn: arns.rule(lb, id, newId()),
        listenerArn: arn,
        priority: undefined,
        conditions: [],
        actions,
        tags: []
      },
      rules: [],
      tags: parseTags(input.Tags)
    }
    const server = await context.openServer(listener.arn, port, protocol)
    if (!state.loadBalancers.has(lb.arn)) {
      await server.close()
      throw new AwsError('LoadBalancerNotFound', `Load balancer '${lb.arn}' not found`)
    }
    context.servers.set(listener.arn, server)
    state.listeners.set(listener.arn, listener)
    context.refreshUsage()
    return { Listeners: [renderListener(listener)] }
  },

  DescribeListeners({ state }, input) {
    const lbArn = optionalString(input?.LoadBalancerArn)
    const byArn = list<string>(input?.ListenerArns).map(String)
    if (!lbArn && byArn.length === 0)
      throw invalid('You must specify either listener ARNs or a load balancer ARN')
    if (lbArn && byArn.length > 0)
      throw invalid('Listener ARNs and a load balancer ARN cannot be specified at the same time')
    const found = lbArn
      ? state.listenersOf(state.loadBalancer(lbArn))
      : byArn.map((arn) => state.listener(arn))
    const { page, NextMarker } = paginate(found, input)
    return { Listeners: page.map(renderListener), NextMarker }
  },

  async ModifyListener(context, input) {
    const { state } = context
    const listener = state.listener(requiredString(input?.ListenerArn, 'ListenerArn'))
    const port = optionalInt(input.Port, 'port', 1, 65535) ?? listener.port
    const protocol = protocolOf(input.Protocol) ?? listener.protocol
    const certs = input.Certificates === undefined ? listener.certificates : certificates(input.Certificates)
    if (protocol === 'HTTPS' && certs.length === 0)
      throw invalid('A certificate must be specified for HTTPS listeners')
    const actions =
      input.DefaultActions === undefined
        ? listener.defaultRule.actions
        : checkedActions(context, listener.loadBalancerArn, input.DefaultActions)
    if (port !== listener.port || protocol !== listener.protocol) {
      const lb = state.loadBalancer(listener.loadBalancerArn)
      if (state.listenersOf(lb).some((other) => other !== listener && other.port === port)) {
        throw new AwsError('DuplicateListener', `A listener already exists on port ${port}`)
      }
      // The new port is bound before the old one closes, so a failed bind changes nothing.
      const server = await context.openServer(listener.arn, port, protocol)
      const previous = context.servers.get(listener.arn)
      if (!state.listeners.has(listener.arn)) {
        await server.close()
        throw new AwsError('ListenerNotFound', `Listener '${listener.arn}' not found`)
      }
      context.servers.set(listener.arn, server)
      await previous?.close()
    }
    listener.port = port
    listener.protocol = protocol
    listener.certificates = certs
    if (input.SslPolicy !== undefined) listener.sslPolicy = optionalString(input.SslPolicy)
    listener.defaultRule.actions = actions
    context.refreshUsage()
    return { Listeners: [renderListener(listener)] }
  },

  async DeleteListener(context, input) {
    const listener = context.state.listener(requiredString(input?.ListenerArn, 'ListenerArn'))
    await deleteListenerServers(context, [listener.arn])
    return {}
  },

  CreateRule(context, input) {
    const { state, arns } = context
    const listener = state.listener(requiredString(input?.ListenerArn, 'ListenerArn'))
    const priority = requiredInt(input.Priority, 'priority', 1, 50000)
    const conditions = parseConditions(input.Conditions)
    if (conditions.length === 0) throw invalid('A rule must have at least one condition')
    const actions = checkedActions(context, listener.loadBalancerArn, input.Actions)
    checkPriorityFree(listener, priority)
    const lb = state.loadBalancer(listener.loadBalancerArn)
    const ruleCount = state.listenersOf(lb).reduce((sum, other) => sum + other.rules.length, 0)
    if (ruleCount >= MAX_RULES)
      throw new AwsError('TooManyRules', `A load balancer can have at most ${MAX_RULES} rules`)
    const rule: Rule = {
      arn: arns.rule(lb, listener.id, newId()),
      listenerArn: listener.arn,
      priority,
      conditions,
      actions,
      tags: parseTags(input.Tags)
    }
    listener.rules.push(rule)
    context.refreshUsage()
    return { Rules: [renderRule(rule)] }
  },

  DescribeRules({ state }, input) {
    const listenerArn = optionalString(input?.ListenerArn)
    const byArn = list<string>(input?.RuleArns).map(String)
    if (!listenerArn && byArn.length === 0) throw invalid('You must specify either listener ARN or rule ARNs')
    if (listenerArn && byArn.length > 0)
      throw invalid('Listener ARN and rule ARNs cannot be specified at the same time')
    const found = listenerArn
      ? rulesInOrder(state.listener(listenerArn))
      : byArn.map((arn) => state.rule(arn))
    const { page, NextMarker } = paginate(found, input)
    return { Rules: page.map(renderRule), NextMarker }
  },

  ModifyRule(context, input) {
    const rule = context.state.rule(requiredString(input?.RuleArn, 'RuleArn'))
    const listener = listenerOf(context, rule)
    let conditions = rule.conditions
    if (input.Conditions !== undefined) {
      if (rule.priority === undefined) {
        throw new AwsError('OperationNotPermitted', 'The conditions of a default rule cannot be modified')
      }
      conditions = parseConditions(input.Conditions)
      if (conditions.length === 0) throw invalid('A rule must have at least one condition')
    }
    const actions =
      input.Actions === undefined
        ? rule.actions
        : checkedActions(context, listener.loadBalancerArn, input.Actions)
    rule.conditions = conditions
    rule.actions = actions
    context.refreshUsage()
    return { Rules: [renderRule(rule)] }
  },

  DeleteRule(context, input) {
    const rule = context.state.rule(requiredString(input?.RuleArn, 'RuleArn'))
    if (rule.priority === undefined) {
      throw new AwsError('OperationNotPermitted', `Default rule '${rule.arn}' cannot be deleted`)
    }
    const listener = listenerOf(context, rule)
    listener.rules = listener.rules.filter((other) => other !== rule)
    context.refreshUsage()
    return {}
  },

  SetRulePriorities(context, input) {
    const pairs = list(input?.RulePriorities).map((pair: any) => ({
      rule: context.state.rule(requiredString(pair?.RuleArn, 'RulePriorities.RuleArn')),
      priority: requiredInt(pair.Priority, 'RulePriorities.Priority', 1, 50000)
    }))
    if (pairs.length === 0) throw invalid('RulePriorities must be specified')
    for (const { rule } of pairs) {
      if (rule.priority === undefined) {
        throw new AwsError(
          'OperationNotPermitted',
          `The priority of default rule '${rule.arn}' cannot be changed`
        )
      }
    }
    // Check the priorities as they will be once every pair applies, then apply them all.
    const planned = new Map<Rule, number>(pairs.map(({ rule, priority }) => [rule, priority]))
    for (const listener of new Set(pairs.map(({ rule }) => listenerOf(context, rule)))) {
      const taken = new Set<number>()
      for (const rule of listener.rules) {
        const priority = planned.get(rule) ?? rule.priority!
        if (taken.has(priority))
          throw new AwsError('PriorityInUse', `Priority '${priority}' is currently in use`)
        taken.add(priority)
      }
    }
    for (const [rule, priority] of planned) rule.priority = priority
    return { Rules: [...planned.keys()].map(renderRule) }
  }
}

/** Target groups some listener forwards to (at any weight, 0 included). */
export function groupsInUse(context: ElbContext): Set<string> {
  const used = new Set<string>()
  for (const listener of context.state.listeners.values()) {
    for (const rule of allRules(listener)) for (const group of forwardedGroups(rule)) used.add(group.arn)
  }
  return used
}
