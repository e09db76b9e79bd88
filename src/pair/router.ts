/**
 * The router that moves a pair's production traffic (./traffic.ts reads where it is). With src/traffic/routing.ts,
 * the only code that writes the pair's weights and its test rule; every change that depends on the weights reads
 * the rule again right before.
 */
import type { ElbPort } from '../aws/elb.ts'
import type { ListenerRule, RulePort } from '../aws/listener-rules.ts'
import { throwIfCancelled, type Clock } from '../core/clock.ts'
import { oneLine } from '../core/errors.ts'
import type { Timeline } from '../core/timeline.ts'
import { labelOf, sideOf, type Color, type ColorPair } from './pair.ts'
import { toSeconds } from '../rollout/report.ts'
import type { Undo } from '../rollout/rollout.ts'
import { readWeights, setWeights, type TargetGroupWeight } from '../traffic/routing.ts'
import { allTo, describeShares, describeTraffic, percentByColor, trafficOf, type Traffic } from './traffic.ts'

/** A color this run meant to shrink or leave takes production traffic now: the run stops and says so. */
export class TakesTraffic extends Error {
  override name = 'TakesTraffic'
}

/** Moves the pair's production traffic, one rule change at a time, and knows where it is. */
export class PairRouter {
  readonly pair: ColorPair
  /** Production traffic may be on the new color: a failure must move it back. */
  moved = false
  switchedAt?: number
  switchedBackAt?: number
  private rule: ListenerRule
  private readonly ports: { rules: RulePort; elb: ElbPort }
  private readonly timeline: Timeline
  private readonly clock: Clock

  constructor(ports: { rules: RulePort; elb: ElbPort }, pair: ColorPair, timeline: Timeline, clock: Clock) {
    this.ports = ports
    this.pair = pair
    this.rule = pair.rule
    this.timeline = timeline
    this.clock = clock
  }

  /** Where production traffic goes, as this run last set or read it. */
  traffic(): Traffic {
    return trafficOf(this.pair, this.rule)
  }

  describe(): string {
    return describeTraffic(this.pair, this.rule)
  }

  percentByColor(): Record<Color, number> {
    return percentByColor(this.pair, this.rule)
  }

  /** All production traffic to `color` in one call (ModifyRule, or ModifyListener for a default rule); how long it took. */
  route(color: Color): Promise<number> {
    return this.set(allTo(this.pair, this.rule, color))
  }

  /**
   * `percent` of production traffic to `target` and the rest to `previous` (100: all of it, 0: none), in one rule
   * change, provided the rule, read again right before, still sends what this run last saw it send; a cancellation
   * after that read still stops it. How long the change took.
   */
  async shift(target: Color, previous: Color, percent: number, signal?: AbortSignal): Promise<number> {
    const expected = this.percentByColor()
    const moving = `moving ${percent}% to ${labelOf(this.pair, target)}`
    const now = await this.read()
    const read = this.percentByColor()
    if (read.blue !== expected.blue || read.green !== expected.green) {
      throw new Error(
        `the production rule changed since this run read it: it now sends ${describeShares(this.pair, now)}; not ${moving}`
      )
    }
    throwIfCancelled(signal)
    this.moved = true
    if (percent >= 100) {
      const took = await this.route(target)
      this.switchedAt = this.clock.now()
      return took
    }
    if (percent <= 0) return this.route(previous)
    return this.set(
      readWeights(this.rule).map(({ targetGroupArn }) => ({
        targetGroupArn,
        weight:
          targetGroupArn === sideOf(this.pair, target).targetGroupArn
            ? percent
            : targetGroupArn === sideOf(this.pair, previous).targetGroupArn
              ? 100 - percent
              : 0
      }))
    )
  }

  /** The rule's weights in one call; how long it took. */
  private async set(weights: TargetGroupWeight[]): Promise<number> {
    const from = this.describe()
    const started = this.clock.now()
    this.rule = await setWeights(this.ports.rules, this.rule, weights)
    const took = this.clock.now() - started
    const call = this.rule.isDefault ? 'ModifyListener' : 'ModifyRule'
    this.timeline.note('traffic', `${this.describe()} (was ${from}): one ${call} call, ${took} ms`)
    return took
  }

  /** A rule left split by a run that was moving traffic goes back to the color it was moving traffic away from. */
  async restore(live: Color, run: string): Promise<void> {
    const to = labelOf(this.pair, live)
    this.timeline.note(
      'traffic',
      `the rule is split (${this.describe()}) by an unfinished rollout (run ${run || 'unknown'}); routing 100% back to ${to} first`
    )
    await this.route(live)
  }

  /**
   * Every request to `target` in one rule change, provided the rule, read again right before, still sends all of
   * them to `from`; a cancellation after that read still stops it. How long the change took.
   */
  async switchTo(target: Color, from: Color, signal?: AbortSignal): Promise<number> {
    await this.checkLive(from, `switching to ${labelOf(this.pair, target)}`, signal)
    this.moved = true
    const took = await this.route(target)
    this.switchedAt = this.clock.now()
    return took
  }

  /**
   * How a failure undoes the switch: every request back to `previous` in one rule change, only to a color that can
   * take them (see checkCanServe); traffic stays where it is with on-failure stop, unless the job is cancelled.
   */
  undo(previous: Color, target: Color, durations: Record<string, number>): Undo {
    const [back, to] = [labelOf(this.pair, previous), labelOf(this.pair, target)]
    return {
      kind: 'traffic',
      run: async (_failure, { stop }) => {
        if (!this.moved) return { said: `; production traffic stayed on ${back}` }
        if (stop) return { said: `; on-failure: stop, so traffic was left on ${to}` }
        try {
          await this.checkCanServe(previous)
          durations.rollbackSeconds = toSeconds(await this.route(previous))
          this.switchedBackAt = this.clock.now()
          return { said: `; traffic switched back to ${back}`, restored: true }
        } catch (error) {
          return { said: `; switching traffic back to ${back} FAILED: ${oneLine(error)}`, halt: true }
        }
      }
    }
  }

  /**
   * Reads the rule again: it must still send everything to `live` (another run or a person may have moved it
   * since this run read it); the last moment a cancellation stops the move is right after.
   */
  async checkLive(live: Color, moving: string, signal?: AbortSignal): Promise<void> {
    const now = await this.read()
    if (now.state !== 'all' || now.live !== live) {
      throw new Error(
        `the production rule changed since this run read it: it now sends ${describeShares(this.pair, now)}; not ${moving}`
      )
    }
    throwIfCancelled(signal)
  }

  /** A color is shrunk only when the rule, read right before, gives it no traffic. */
  async checkIdle(color: Color): Promise<void> {
    const now = await this.read()
    if (now.state === 'all' && now.live !== color) return
    throw new TakesTraffic(
      `not scaling ${labelOf(this.pair, color)} down: the production rule now sends ${describeShares(this.pair, now)} (changed by another run or by hand since this run read it)`
    )
  }

  /**
   * Traffic goes back only to a color with targets to take it (a person, autoscaling or another run may have
   * scaled it in since): sending everything to an empty target group is an outage, not a rollback.
   */
  async checkCanServe(color: Color): Promise<void> {
    const targets = await this.ports.elb.targetHealth(sideOf(this.pair, color).targetGroupArn)
    if (targets.some((target) => target.state !== 'draining')) return
    throw new Error(
      `${labelOf(this.pair, color)} has no target to take the traffic (${targets.length} registered, all draining); traffic left where it is`
    )
  }

  /** The test rule forwards to `color` only (set before the checks, so it has propagated by then). */
  async pointTestRule(testRule: ListenerRule, color: Color, signal?: AbortSignal): Promise<void> {
    const side = sideOf(this.pair, color)
    await setWeights(this.ports.rules, testRule, [{ targetGroupArn: side.targetGroupArn, weight: 1 }], signal)
    this.timeline.note(
      'test-traffic',
      `test-listener-rule ${testRule.arn} forwards to ${labelOf(this.pair, color)}`
    )
  }

  private async read(): Promise<Traffic> {
    const rule = await this.ports.rules.describeRule(this.pair.rule.arn)
    if (!rule) throw new Error(`listener-rule ${this.pair.rule.arn} no longer exists`)
    this.rule = rule
    return trafficOf(this.pair, rule)
  }
}
