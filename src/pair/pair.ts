/**
 * The blue/green pair: two ECS services, each with its own target group, both in one production listener rule's
 * weighted forward action. Discovered from AWS (the rule's weights say which color is live, the services'
 * `loadBalancers` name the target groups) and checked as a whole with read-only calls: a setup that is not a
 * pair is refused before anything changes. The newest saved state of the two services is the pair's.
 */
import type { Tag } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import {
  isListenerArn,
  listenerOfRule,
  loadBalancerOf,
  type ListenerRule,
  type RulePort
} from '../aws/listener-rules.ts'
import { InputError, quote } from '../core/errors.ts'
import { targetGroupName } from '../gates/target-health.ts'
import { findServices, selfManaged, snapshotOf, type ServiceSnapshot } from '../service/service.ts'
import type { LockTarget } from '../state/lock.ts'
import { checkTagRoom, readState, type Color, type RolloutState } from '../state/state.ts'
import { forwardAction, readWeights } from '../traffic/routing.ts'

export type { Color } from '../state/state.ts'

export const other = (color: Color): Color => (color === 'blue' ? 'green' : 'blue')

export interface PairSide {
  color: Color
  service: ServiceSnapshot
  name: string
  arn: string
  /** Its target group in the production rule. */
  targetGroupArn: string
  /** Its weight in the production rule when the pair was discovered (the router knows it from then on). */
  weight: number
}

/** The saved state of a rollout on the pair: the color it deployed to holds it. */
export interface PairState extends RolloutState {
  color: Color
  previousColor: Color
}

export interface ColorPair {
  cluster: string
  /** The production rule as discovered (a listener ARN stands for the listener's default rule). */
  rule: ListenerRule
  blue: PairSide
  green: PairSide
  /** The newest rollout state on the pair's services. */
  state?: PairState
}

/** Where the pair is, as the inputs name it. */
export interface PairAddress {
  cluster: string
  blueService: string
  greenService: string
  listenerRule: string
}

export interface PairPorts {
  ecs: EcsPort
  rules: RulePort
}

/** An InputError that names the input whose resource is not what a pair needs. */
export function refuse(input: string, problem: string): InputError {
  return new InputError(`Invalid input ${input}: ${problem}`)
}

export const inputOf: Record<Color, string> = { blue: 'blue-service', green: 'green-service' }

export function sideOf(pair: ColorPair, color: Color): PairSide {
  return color === 'blue' ? pair.blue : pair.green
}

/** `blue (web-blue)` */
export function labelOf(pair: ColorPair, color: Color): string {
  return `${color} (${sideOf(pair, color).name})`
}

/** The lock of a pair: on its production listener, for its production rule (what every run of the pair changes). */
export function pairLock(address: PairAddress): LockTarget {
  const rule = address.listenerRule
  return {
    subject: `pair ${address.blueService} / ${address.greenService}`,
    key: rule,
    listenerArn: isListenerArn(rule) ? rule : listenerOfRule(rule)
  }
}

/** Reads and checks the whole pair; read-only. */
export async function discoverPair(ports: PairPorts, address: PairAddress): Promise<ColorPair> {
  if (address.blueService === address.greenService) {
    throw refuse(
      'green-service',
      `${quote(address.greenService)} is also blue-service; a pair needs two services`
    )
  }
  const [blueService, greenService] = await findServices(ports.ecs, address.cluster, [
    { name: address.blueService, input: inputOf.blue },
    { name: address.greenService, input: inputOf.green }
  ])
  if (blueService.serviceArn === greenService.serviceArn) {
    throw refuse(
      'green-service',
      `${quote(address.greenService)} and ${quote(address.blueService)} are the same service`
    )
  }
  const rule = await ports.rules.describeRule(address.listenerRule)
  if (!rule) throw refuse('listener-rule', `${quote(address.listenerRule)} was not found`)
  for (const service of [blueService, greenService]) {
    const why = selfManaged(service, rule)
    if (why) {
      throw refuse(
        'listener-rule',
        `service ${service.serviceName ?? service.serviceArn} ${why}, so ECS moves the rule's traffic itself; this action must not drive the same rule (use a service with the ECS controller and the ROLLING strategy)`
      )
    }
  }
  const weights = readWeights(rule)
  if (!forwardAction(rule)) {
    const types = rule.actions.map((action) => action.Type).join(', ')
    throw refuse(
      'listener-rule',
      `${rule.arn} does not forward to target groups (its action: ${types || 'none'})`
    )
  }
  const side = (color: Color, described: typeof blueService): PairSide => {
    const service = snapshotOf(described)
    const groups = service.loadBalancers.flatMap((lb) => (lb.targetGroupArn ? [lb.targetGroupArn] : []))
    const inRule = weights.filter((weight) => groups.includes(weight.targetGroupArn))
    if (inRule.length !== 1) {
      const problem =
        groups.length === 0
          ? `service ${service.name} is not behind a target group (its loadBalancers is empty)`
          : inRule.length === 0
            ? `the target group of service ${service.name} (${groups.map(targetGroupName).join(', ')}) is not in listener-rule ${rule.arn}, which forwards to ${names(weights)}`
            : `service ${service.name} has ${inRule.length} target groups in listener-rule ${rule.arn} (${names(inRule)}); a color has one`
      throw refuse(inputOf[color], problem)
    }
    return {
      color,
      service,
      name: service.name,
      arn: service.arn,
      targetGroupArn: inRule[0].targetGroupArn,
      weight: inRule[0].weight
    }
  }
  const blue = side('blue', blueService)
  const green = side('green', greenService)
  if (blue.targetGroupArn === green.targetGroupArn) {
    throw refuse(
      'green-service',
      `services ${blue.name} and ${green.name} share target group ${targetGroupName(blue.targetGroupArn)}; each color needs its own`
    )
  }
  const extra = weights.filter(
    (weight) => ![blue.targetGroupArn, green.targetGroupArn].includes(weight.targetGroupArn)
  )
  if (extra.length > 0) {
    throw refuse(
      'listener-rule',
      `${rule.arn} also forwards to ${names(extra)}, which is neither color's target group; a blue/green rule forwards to ${names([blue, green])} only`
    )
  }
  checkTagRoom(blueService, inputOf.blue, true)
  checkTagRoom(greenService, inputOf.green, true)
  const state = newestState([
    readPairState('blue', blue.service.tags),
    readPairState('green', green.service.tags)
  ])
  return { cluster: address.cluster, rule, blue, green, state }
}

/** The state a color's service tags hold, if it is a pair's (it names the color that was live before). */
export function readPairState(color: Color, tags: Tag[] | undefined): PairState | undefined {
  const state = readState(tags)
  if (!state?.previousColor) return undefined
  return { ...state, color, previousColor: state.previousColor }
}

/** The newest state among the pair's services (each rollout writes to the color it deploys to). */
export function newestState(states: (PairState | undefined)[]): PairState | undefined {
  return states
    .filter((state): state is PairState => state !== undefined)
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0]
}

/**
 * The test rule, checked: it exists, is not the production rule, and is on the same load balancer (a target group
 * serves one load balancer only).
 */
export async function discoverTestRule(rules: RulePort, pair: ColorPair, arn: string): Promise<ListenerRule> {
  const rule = await rules.describeRule(arn)
  if (!rule) throw refuse('test-listener-rule', `${quote(arn)} was not found`)
  if (
    rule.arn === pair.rule.arn ||
    (rule.isDefault && pair.rule.isDefault && rule.listenerArn === pair.rule.listenerArn)
  ) {
    throw refuse('test-listener-rule', `${quote(arn)} is the production rule (listener-rule)`)
  }
  if (loadBalancerOf(rule.listenerArn) !== loadBalancerOf(pair.rule.listenerArn)) {
    throw refuse(
      'test-listener-rule',
      `${quote(arn)} is on load balancer ${loadBalancerOf(rule.listenerArn)}, not on ${loadBalancerOf(pair.rule.listenerArn)} of listener-rule`
    )
  }
  return rule
}

function names(groups: { targetGroupArn: string }[]): string {
  return groups.map((group) => targetGroupName(group.targetGroupArn)).join(', ')
}

/** The pair, and the test rule when one is named: every check before a run on a pair, read-only. */
export async function discoverRun(
  ports: PairPorts,
  address: PairAddress & { testListenerRule?: string }
): Promise<{ pair: ColorPair; testRule?: ListenerRule }> {
  const pair = await discoverPair(ports, address)
  const testRule = address.testListenerRule
    ? await discoverTestRule(ports.rules, pair, address.testListenerRule)
    : undefined
  return { pair, testRule }
}
