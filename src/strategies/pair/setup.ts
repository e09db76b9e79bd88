/**
 * The setup `pair` works on, read with read-only calls and checked as a whole: the service (blue), its one target
 * group, the rule that forwards to it, and what of a pair exists already (a green clone, its target group, the
 * weighted forward). What the action cannot change safely is refused here, before any change, in one line.
 */
import type { Service } from '@aws-sdk/client-ecs'
import { isListenerArn, type ListenerRule, type RulePort } from '../../aws/listener-rules.ts'
import type { TargetGroup } from '../../aws/pair-setup.ts'
import { InputError, quote } from '../../core/errors.ts'
import { targetGroupName } from '../../gates/target-health.ts'
import { selfManaged } from '../../service/service.ts'
import { forwardAction, readWeights, withWeights, type TargetGroupWeight } from '../../traffic/routing.ts'
import type { PairSetupOptions, PairSetupPorts } from './options.ts'
import { cloneOfKey, greenGroupName, isCloneOf } from './record.ts'

export interface Setup {
  cluster: string
  blue: Service & { serviceName: string; serviceArn: string }
  blueGroup: TargetGroup & { TargetGroupArn: string }
  /** The rule as the other actions take it: a rule ARN, or a listener ARN for a default rule. */
  ruleInput: string
  rule: ListenerRule
  weights: TargetGroupWeight[]
  /** The green clone, when it exists. */
  green?: Service & { serviceArn: string }
  greenName: string
  /** The green target group made by an earlier run, when it exists. */
  greenGroup?: TargetGroup & { TargetGroupArn: string }
  greenGroupName: string
}

const refuse = (input: string, problem: string) => new InputError(`Invalid input ${input}: ${problem}`)

/** Reads and checks the setup; throws an InputError naming the input for anything `pair` must not touch. */
export async function findSetup(ports: PairSetupPorts, options: PairSetupOptions): Promise<Setup> {
  const { cluster } = options
  const blueName = options.service.split('/').pop()!
  if (options.greenService === blueName || options.greenService === options.service)
    throw refuse(
      'green-service',
      `${quote(options.greenService)} is the service itself; name the clone differently`
    )
  let found: Service[]
  try {
    found = (await ports.ecs.describeServicesWithTags(cluster, [options.service, options.greenService])).found
  } catch (error) {
    if ((error as Error).name === 'ClusterNotFoundException')
      throw refuse('cluster', `cluster ${quote(cluster)} was not found`)
    throw error
  }
  const named = (name: string) => found.find((one) => one.serviceName === name || one.serviceArn === name)
  const blue = named(options.service)
  if (!blue?.serviceName || !blue.serviceArn)
    throw refuse('service', `service ${quote(options.service)} was not found in cluster ${quote(cluster)}`)
  const strategy = blue.deploymentConfiguration?.strategy ?? 'ROLLING'
  if (strategy !== 'ROLLING')
    throw refuse(
      'service',
      `service ${blue.serviceName} is already deployed in colors by ECS (its ${strategy} strategy); blue-green, canary and rollback take it as it is with service: ${blue.serviceName}`
    )
  const managed = selfManaged(blue)
  if (managed)
    throw refuse('service', `service ${blue.serviceName} ${managed}; pair needs the ECS controller`)
  const groups = (blue.loadBalancers ?? []).flatMap((lb) => (lb.targetGroupArn ? [lb.targetGroupArn] : []))
  if (groups.length !== 1)
    throw refuse(
      'service',
      `service ${blue.serviceName} has ${groups.length} target groups${groups.length ? ` (${groups.map(targetGroupName).join(', ')})` : ''}; pair clones a service behind exactly one`
    )
  const blueGroup = await ports.setup.targetGroup({ arn: groups[0] })
  const loadBalancer = blueGroup?.LoadBalancerArns?.[0]
  if (!blueGroup?.TargetGroupArn || !loadBalancer)
    throw refuse(
      'service',
      `target group ${targetGroupName(groups[0])} of service ${blue.serviceName} is behind no load balancer`
    )
  const blueArn = blueGroup.TargetGroupArn
  const ruleInput = options.listenerRule ?? (await ruleForwardingTo(ports, loadBalancer, blueArn))
  const rule = await ports.rules.describeRule(ruleInput)
  if (!rule) throw refuse('listener-rule', `${ruleInput} was not found`)
  const weights = readWeights(rule)
  if (!forwardAction(rule) || !weights.some((weight) => weight.targetGroupArn === blueArn))
    throw refuse(
      'listener-rule',
      `${ruleInput} does not forward to ${targetGroupName(blueArn)}, the target group of service ${blue.serviceName}`
    )
  const greenService = named(options.greenService)
  if (greenService && !isCloneOf(greenService.tags, blue.serviceName))
    throw refuse(
      'green-service',
      `service ${greenService.serviceName} exists and is not a clone that pair made of ${blue.serviceName}; name another green-service`
    )
  if (greenService && greenService.status !== 'ACTIVE')
    throw refuse(
      'green-service',
      `service ${greenService.serviceName} is ${greenService.status}; wait until ECS has deleted it`
    )
  const green = greenService?.serviceArn
    ? { ...greenService, serviceArn: greenService.serviceArn }
    : undefined
  const nameOfGreenGroup = greenGroupName(blueGroup.TargetGroupName ?? targetGroupName(blueArn))
  const existing = await ports.setup.targetGroup({ name: nameOfGreenGroup })
  if (existing?.TargetGroupArn && (await ports.setup.tags(existing.TargetGroupArn))[cloneOfKey] !== blueArn)
    throw refuse(
      'service',
      `target group ${nameOfGreenGroup} exists and is not the clone pair made of ${targetGroupName(blueArn)}; rename or delete it`
    )
  const greenGroup = existing?.TargetGroupArn
    ? { ...existing, TargetGroupArn: existing.TargetGroupArn }
    : undefined
  const others = weights.filter((weight) => weight.targetGroupArn !== blueArn)
  if (others.length > 0 && (others.length > 1 || others[0].targetGroupArn !== greenGroup?.TargetGroupArn))
    throw refuse(
      'listener-rule',
      `${ruleInput} already splits traffic between ${weights.map((weight) => `${targetGroupName(weight.targetGroupArn)} (${weight.weight})`).join(', ')}; pair turns a forward to one target group into a pair`
    )
  return {
    cluster,
    blue: { ...blue, serviceName: blue.serviceName, serviceArn: blue.serviceArn },
    blueGroup: { ...blueGroup, TargetGroupArn: blueArn },
    ruleInput,
    rule,
    weights,
    green,
    greenName: options.greenService,
    greenGroup,
    greenGroupName: nameOfGreenGroup
  }
}

/** The rules (and listener default actions) of the load balancer that forward to the group, as an input names them. */
export async function rulesForwardingTo(
  ports: PairSetupPorts,
  loadBalancer: string,
  groupArn: string
): Promise<string[]> {
  const rules = await ports.setup.rulesOf(loadBalancer)
  return rules
    .filter(({ rule, listenerArn }) =>
      readWeights({
        arn: rule.RuleArn ?? '',
        listenerArn,
        isDefault: !!rule.IsDefault,
        actions: rule.Actions ?? []
      }).some((weight) => weight.targetGroupArn === groupArn)
    )
    .map(({ rule, listenerArn }) => (rule.IsDefault ? listenerArn : rule.RuleArn!))
}

/** The one rule (or listener default action) of the load balancer that forwards to the group, as an input names it. */
async function ruleForwardingTo(
  ports: PairSetupPorts,
  loadBalancer: string,
  groupArn: string
): Promise<string> {
  const forwarding = await rulesForwardingTo(ports, loadBalancer, groupArn)
  if (forwarding.length === 1) return forwarding[0]
  throw refuse(
    'listener-rule',
    forwarding.length === 0
      ? `is required: no rule of the load balancer forwards to ${targetGroupName(groupArn)}`
      : `is required: ${forwarding.length} rules forward to ${targetGroupName(groupArn)} (${forwarding.join(', ')}); name the production one`
  )
}

/**
 * Sets the rule's weights in one change, after reading it again right before: a rule changed since the checks is
 * left as it is. Returns the rule as it was (what an undo puts back).
 */
export async function setWeights(
  rules: RulePort,
  setup: Setup,
  weights: TargetGroupWeight[],
  signal?: AbortSignal
): Promise<ListenerRule> {
  const now = await rules.describeRule(setup.ruleInput)
  if (!now || JSON.stringify(readWeights(now)) !== JSON.stringify(setup.weights))
    throw new Error(`${ruleLabel(setup)} changed while this run was at work; it was left as it is`)
  await rules.setActions(now, withWeights(now, weights), signal)
  return now
}

/** Whether the rule is the pair's weighted forward: blue and green, nothing else. */
export function isPaired(setup: Setup): boolean {
  const green = setup.greenGroup?.TargetGroupArn
  return (
    !!green && setup.weights.length === 2 && setup.weights.some((weight) => weight.targetGroupArn === green)
  )
}

/** The rule's name in messages: `rule <arn>` or `the default rule of listener <arn>`. */
export const ruleLabel = (setup: Setup): string =>
  isListenerArn(setup.ruleInput)
    ? `the default rule of listener ${setup.ruleInput}`
    : `rule ${setup.ruleInput}`
