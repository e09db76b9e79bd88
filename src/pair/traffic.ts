/**
 * Production traffic of a blue/green pair, read from the rule's weights: which color takes it, how to say it, and
 * the weights that send it all to one color. ./router.ts moves it.
 */
import type { ListenerRule } from '../aws/listener-rules.ts'
import { InputError } from '../core/errors.ts'
import { labelOf, sideOf, type Color, type ColorPair, type PairSide } from './pair.ts'
import { readWeights, shares, type TargetGroupWeight } from '../traffic/routing.ts'

/** Which color production traffic goes to, as the rule's weights say. */
export type Traffic =
  { state: 'all'; live: Color } | { state: 'split'; shares: Record<Color, number> } | { state: 'none' }

/** The traffic that `rule`'s weights give the pair's colors. */
export function trafficOf(pair: ColorPair, rule: ListenerRule = pair.rule): Traffic {
  const weights = readWeights(rule)
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

/** `blue (web-blue) 70%, green (web-green) 30%` */
export function describeTraffic(pair: ColorPair, rule: ListenerRule = pair.rule): string {
  const percent = shares(readWeights(rule))
  return [pair.blue, pair.green]
    .map((side) => `${side.color} (${side.name}) ${percent.get(side.targetGroupArn)}%`)
    .join(', ')
}

/** `100% to blue (web-blue)`, `blue (web-blue) 70%, green (web-green) 30%`, `nothing to either color` */
export function describeShares(pair: ColorPair, traffic: Traffic): string {
  if (traffic.state === 'all') return `100% to ${labelOf(pair, traffic.live)}`
  if (traffic.state === 'none') return 'nothing to either color (weight 0 for both)'
  return (['blue', 'green'] as const)
    .map((color) => `${labelOf(pair, color)} ${traffic.shares[color]}%`)
    .join(', ')
}

/** The weights as the saved state records them: percent by color. */
export function percentByColor(pair: ColorPair, rule: ListenerRule = pair.rule): Record<Color, number> {
  const percent = shares(readWeights(rule))
  return {
    blue: percent.get(pair.blue.targetGroupArn) ?? 0,
    green: percent.get(pair.green.targetGroupArn) ?? 0
  }
}

/**
 * The live color. A rule caught halfway is explained only by the state of a rollout that was moving traffic (its
 * `switched` status, or the weights it recorded are the rule's); the color it moved traffic away from is then the
 * live one, and `restore` says traffic must go back to it first.
 */
export function resolveLive(pair: ColorPair): { live: Color; restore: boolean } {
  const traffic = trafficOf(pair)
  if (traffic.state === 'all') return { live: traffic.live, restore: false }
  if (traffic.state === 'none') {
    throw new InputError(
      `Invalid input listener-rule: ${pair.rule.arn} gives weight 0 to both colors; one color must take the traffic`
    )
  }
  // A rollout explains the split when it was moving traffic, or when it recorded these very weights.
  const state = pair.state
  const recorded = state?.weights
  const now = percentByColor(pair)
  const moving =
    state?.status === 'switched' || (recorded?.blue === now.blue && recorded?.green === now.green)
  if (state && moving && sideWeight(pair, state.previousColor) > 0) {
    return { live: state.previousColor, restore: true }
  }
  throw new InputError(
    `Invalid input listener-rule: ${pair.rule.arn} is split (${describeTraffic(pair)}) and no rollout recorded on the services explains it; route 100% to one color first`
  )
}

function sideWeight(pair: ColorPair, color: Color): number {
  return (
    readWeights(pair.rule).find((weight) => weight.targetGroupArn === sideOf(pair, color).targetGroupArn)
      ?.weight ?? 0
  )
}

/** The weights that send all production traffic to `color`, the other color's group staying in the rule at 0. */
export function allTo(pair: ColorPair, rule: ListenerRule, color: Color): TargetGroupWeight[] {
  return readWeights(rule).map(({ targetGroupArn }) => ({
    targetGroupArn,
    weight: targetGroupArn === sideOf(pair, color).targetGroupArn ? 100 : 0
  }))
}
