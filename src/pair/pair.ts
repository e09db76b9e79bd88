/**
 * The blue/green pair: two ECS services, each with its own target group, both in one production listener rule's
 * weighted forward action. Discovered from AWS (the rule's weights say which color is live, the services'
 * `loadBalancers` name the target groups) and checked as a whole with read-only calls: a setup that is not a
 * pair is refused before anything changes.
 */
import type { Service } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import { loadBalancerOf, type ListenerRule, type RulePort } from '../aws/listener-rules.ts'
import { InputError, quote } from '../core/errors.ts'
import { targetGroupName } from '../gates/target-health.ts'
import { forwardAction, readWeights, shares, type TargetGroupWeight } from '../traffic/routing.ts'
import { checkTagRoom } from '../record/service-record.ts'
import { latestRecord, readRecord, recordKeys, type PairRecord } from './record.ts'

export type Color = 'blue' | 'green'

export const other = (color: Color): Color => (color === 'blue' ? 'green' : 'blue')

export interface PairSide {
  color: Color
  /** The service as described, tags included. */
  service: Service
  name: string
  arn: string
  /** Its target group in the production rule. */
  targetGroupArn: string
  /** Its weight in the production rule's forward action. */
  weight: number
}

export interface ColorPair {
  cluster: string
  /** The production rule (a listener ARN stands for the listener's default rule). */
  rule: ListenerRule
  blue: PairSide
  green: PairSide
  /** The newest rollout record on the pair's services. */
  record?: PairRecord
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

const inputOf: Record<Color, string> = { blue: 'blue-service', green: 'green-service' }

/** Reads and checks the whole pair; read-only. */
export async function discoverPair(ports: PairPorts, address: PairAddress): Promise<ColorPair> {
  if (address.blueService === address.greenService) {
    throw refuse(
      'green-service',
      `${quote(address.greenService)} is also blue-service; a pair needs two services`
    )
  }
  const services = await describePairServices(ports.ecs, address)
  const rule = await ports.rules.describeRule(address.listenerRule)
  if (!rule) throw refuse('listener-rule', `${address.listenerRule} was not found`)
  for (const service of Object.values(services)) checkSelfManaged(service, rule)
  const weights = readWeights(rule)
  if (!forwardAction(rule)) {
    const types = rule.actions.map((action) => action.Type).join(', ')
    throw refuse(
      'listener-rule',
      `${rule.arn} does not forward to target groups (its action: ${types || 'none'})`
    )
  }
  const side = (color: Color): PairSide => {
    const service = services[color]
    const groups = (service.loadBalancers ?? []).flatMap((lb) =>
      lb.targetGroupArn ? [lb.targetGroupArn] : []
    )
    const inRule = weights.filter((weight) => groups.includes(weight.targetGroupArn))
    if (inRule.length !== 1) {
      const problem =
        groups.length === 0
          ? `service ${service.serviceName} is not behind a target group (its loadBalancers is empty)`
          : inRule.length === 0
            ? `the target group of service ${service.serviceName} (${groups.map(targetGroupName).join(', ')}) is not in listener-rule ${rule.arn}, which forwards to ${names(weights)}`
            : `service ${service.serviceName} has ${inRule.length} target groups in listener-rule ${rule.arn} (${names(inRule)}); a color has one`
      throw refuse(inputOf[color], problem)
    }
    return {
      color,
      service,
      name: service.serviceName!,
      arn: service.serviceArn!,
      targetGroupArn: inRule[0].targetGroupArn,
      weight: inRule[0].weight
    }
  }
  const blue = side('blue')
  const green = side('green')
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
  for (const sideOf of [blue, green]) checkTagRoom(sideOf.service, recordKeys, inputOf[sideOf.color])
  const record = latestRecord([
    readRecord('blue', blue.service.tags),
    readRecord('green', green.service.tags)
  ])
  return { cluster: address.cluster, rule, blue, green, record }
}

async function describePairServices(ecs: EcsPort, address: PairAddress): Promise<Record<Color, Service>> {
  let described: Awaited<ReturnType<EcsPort['describeServicesWithTags']>>
  try {
    described = await ecs.describeServicesWithTags(address.cluster, [
      address.blueService,
      address.greenService
    ])
  } catch (error) {
    if ((error as Error).name === 'ClusterNotFoundException') {
      throw refuse('cluster', `cluster ${quote(address.cluster)} was not found`)
    }
    throw error
  }
  const find = (color: Color): Service => {
    const name = color === 'blue' ? address.blueService : address.greenService
    const service = described.found.find((found) => found.serviceName === name || found.serviceArn === name)
    if (!service || described.missing.includes(name)) {
      throw refuse(
        inputOf[color],
        `service ${quote(name)} was not found in cluster ${quote(address.cluster)}`
      )
    }
    if (service.status && service.status !== 'ACTIVE')
      throw refuse(inputOf[color], `service ${quote(name)} is ${service.status}`)
    return service
  }
  const blue = find('blue')
  const green = find('green')
  if (blue.serviceArn === green.serviceArn) {
    throw refuse(
      'green-service',
      `${quote(address.greenService)} and ${quote(address.blueService)} are the same service`
    )
  }
  return { blue, green }
}

/** A service whose deployments ECS or CodeDeploy run by moving listener rules themselves. */
function checkSelfManaged(service: Service, rule: ListenerRule): void {
  const color = service.serviceName ?? service.serviceArn ?? '?'
  const controller = service.deploymentController?.type ?? 'ECS'
  const strategy = service.deploymentConfiguration?.strategy ?? 'ROLLING'
  const why =
    controller !== 'ECS'
      ? `uses the ${controller} deployment controller`
      : strategy !== 'ROLLING'
        ? `uses the ECS ${strategy} deployment strategy`
        : (service.loadBalancers ?? []).some((lb) =>
              [
                lb.advancedConfiguration?.productionListenerRule,
                lb.advancedConfiguration?.testListenerRule
              ].some((arn) => arn === rule.arn || arn === rule.listenerArn)
            )
          ? 'names this rule in its load balancer advancedConfiguration'
          : undefined
  if (why) {
    throw refuse(
      'listener-rule',
      `service ${color} ${why}, so ECS moves the rule's traffic itself; this action must not drive the same rule (use a service with the ECS controller and the ROLLING strategy)`
    )
  }
}

export function sideOf(pair: ColorPair, color: Color): PairSide {
  return color === 'blue' ? pair.blue : pair.green
}

/** Which color production traffic goes to, as the rule's weights say. */
export type Traffic =
  { state: 'all'; live: Color } | { state: 'split'; shares: Record<Color, number> } | { state: 'none' }

export function trafficOf(pair: ColorPair): Traffic {
  return trafficIn(pair, weightsOf(pair))
}

/** The traffic that `weights` give the pair's colors. */
function trafficIn(pair: ColorPair, weights: TargetGroupWeight[]): Traffic {
  const weight = (side: PairSide) =>
    weights.find((candidate) => candidate.targetGroupArn === side.targetGroupArn)?.weight ?? 0
  const blue = weight(pair.blue)
  const green = weight(pair.green)
  if (blue > 0 && green === 0) return { state: 'all', live: 'blue' }
  if (green > 0 && blue === 0) return { state: 'all', live: 'green' }
  if (blue === 0 && green === 0) return { state: 'none' }
  const percent = shares(weights)
  return {
    state: 'split',
    shares: { blue: percent.get(pair.blue.targetGroupArn)!, green: percent.get(pair.green.targetGroupArn)! }
  }
}

/**
 * The traffic as the production rule gives it right now, read again: what a change that depends on it (a switch,
 * a scale-down) must check first, since another run or a person may have moved it.
 */
export async function readPairTraffic(rules: RulePort, pair: ColorPair): Promise<Traffic> {
  const rule = await rules.describeRule(pair.rule.arn)
  if (!rule) throw new Error(`listener-rule ${pair.rule.arn} no longer exists`)
  return trafficIn(pair, readWeights(rule))
}

/** `100% to blue (web-blue)`, `blue (web-blue) 70%, green (web-green) 30%`, `nothing to either color` */
export function describeShares(pair: ColorPair, traffic: Traffic): string {
  const label = (color: Color) => `${color} (${sideOf(pair, color).name})`
  if (traffic.state === 'all') return `100% to ${label(traffic.live)}`
  if (traffic.state === 'none') return 'nothing to either color (weight 0 for both)'
  return (['blue', 'green'] as const).map((color) => `${label(color)} ${traffic.shares[color]}%`).join(', ')
}

/** `blue (web-blue) 70%, green (web-green) 30%` */
export function describeTraffic(pair: ColorPair): string {
  const percent = shares(weightsOf(pair))
  return [pair.blue, pair.green]
    .map((side) => `${side.color} (${side.name}) ${percent.get(side.targetGroupArn)}%`)
    .join(', ')
}

/**
 * The live color. A rule caught halfway is explained only by a record of a rollout that was moving traffic; the
 * color it moved traffic away from is then the live one, and `restore` says traffic must go back to it first.
 */
export function resolveLive(pair: ColorPair): { live: Color; restore: boolean } {
  const traffic = trafficOf(pair)
  if (traffic.state === 'all') return { live: traffic.live, restore: false }
  if (traffic.state === 'none') {
    throw refuse(
      'listener-rule',
      `${pair.rule.arn} gives weight 0 to both colors; one color must take the traffic`
    )
  }
  const record = pair.record
  if (record?.status === 'switched' && sideOf(pair, record.previousColor).weight > 0) {
    return { live: record.previousColor, restore: true }
  }
  throw refuse(
    'listener-rule',
    `${pair.rule.arn} is split (${describeTraffic(pair)}) and no rollout recorded on the services explains it; route 100% to one color first`
  )
}

/** The weights that send all production traffic to `color`, the other color's group staying in the rule at 0. */
export function allTo(pair: ColorPair, color: Color): TargetGroupWeight[] {
  return readWeights(pair.rule).map(({ targetGroupArn }) => ({
    targetGroupArn,
    weight: targetGroupArn === sideOf(pair, color).targetGroupArn ? 100 : 0
  }))
}

/** The current weights of both colors, in the rule's order. */
export function weightsOf(pair: ColorPair): TargetGroupWeight[] {
  return readWeights(pair.rule)
}

/**
 * The test rule, checked: it exists, is not the production rule, and is on the same load balancer (a target group
 * serves one load balancer only).
 */
export async function discoverTestRule(rules: RulePort, pair: ColorPair, arn: string): Promise<ListenerRule> {
  const rule = await rules.describeRule(arn)
  if (!rule) throw refuse('test-listener-rule', `${arn} was not found`)
  if (
    rule.arn === pair.rule.arn ||
    (rule.isDefault && pair.rule.isDefault && rule.listenerArn === pair.rule.listenerArn)
  ) {
    throw refuse('test-listener-rule', `${arn} is the production rule (listener-rule)`)
  }
  if (loadBalancerOf(rule.listenerArn) !== loadBalancerOf(pair.rule.listenerArn)) {
    throw refuse(
      'test-listener-rule',
      `${arn} is on load balancer ${loadBalancerOf(rule.listenerArn)}, not on ${loadBalancerOf(pair.rule.listenerArn)} of listener-rule`
    )
  }
  return rule
}

function names(groups: { targetGroupArn: string }[]): string {
  return groups.map((group) => targetGroupName(group.targetGroupArn)).join(', ')
}
