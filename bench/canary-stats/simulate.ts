/**
 * One simulated canary rollout through the action's own analysis gate (src/gates/analysis.ts), on a fake clock and a
 * fake metrics port that publishes the load balancer's counts as AWS does: one datapoint per target group and minute,
 * visible a minute after that minute ends. The rollout follows the canary's steps as src/strategies/canary/steps.ts
 * runs them: each step's window opens at its shift, is looked at every poll interval, ends settled (next step),
 * failed (rolled back), or, with too few canary requests, extended up to wait-timeout (then it ends inconclusive);
 * then 100% with its bake, where a failing look still rolls back.
 *
 * Looks are taken on the poll grid, but only those whose answer can differ from the look before are made: the first
 * after each minute is published, the first at or after the step's end, and the one after the first look with stable
 * figures (it is the first to count slow requests; the stable p99 is steady here). Every look skipped would have
 * returned what the previous one did.
 */
import erfc from '@stdlib/math-base-special-erfc'
import binomialRandom from '@stdlib/random-base-binomial'
import poissonRandom from '@stdlib/random-base-poisson'
import uniformRandom from '@stdlib/random-base-mt19937'
import type { MetricQuery, MetricValues, MetricWindow, MetricsPort } from '../../src/aws/cloudwatch.ts'
import type { Clock } from '../../src/core/clock.ts'
import type { Judge, Thresholds } from '../../src/analysis/judge.ts'
import { CanaryAnalysis, type AnalysisSettings } from '../../src/gates/analysis.ts'

/** What is true of the two versions, and the traffic. */
export interface Scenario {
  requestsPerSecond: number
  stableErrorRate: number
  canaryErrorRate: number
  /** Each canary request takes this many times as long as a stable one (1: alike). */
  latencyFactor: number
}

/** The rollout's settings: the action's defaults unless a row says otherwise. */
export interface Rollout {
  steps: { weight: number; durationMs: number }[]
  bakeMs: number
  pollMs: number
  waitTimeoutMs: number
  settings: AnalysisSettings
}

export const defaults: Rollout = {
  steps: [10, 25, 50].map((weight) => ({ weight, durationMs: 300_000 })),
  bakeMs: 300_000,
  pollMs: 5_000,
  waitTimeoutMs: 900_000,
  settings: {
    maxErrorRate: 0.05,
    maxErrorRateIncrease: 0.01,
    maxLatencyIncrease: 0.5,
    minRequests: 100,
    confidence: 0.95,
    onInconclusive: 'extend'
  }
}

/** How a rollout ended: rolled back (at which step, how long after that step's shift), succeeded, or inconclusive. */
export interface Outcome {
  ending: 'rolled-back' | 'succeeded' | 'inconclusive'
  /** 1 for the first step; steps + 1 for the bake at 100%. */
  step: number
  /** From the shift of the step that ended the rollout to its last look. */
  secondsIntoStep: number
}

const minuteMs = 60_000
/** A minute's datapoint is visible this long after the minute ends. */
const lagMs = 60_000
/** Response times: log-normal around 100 ms (σ 0.5 on the log scale), the canary's scaled by its factor. */
const medianSeconds = 0.1
const sigma = 0.5
const z99 = 2.3263478740408408

/** Draws every random count from one seeded source, so that a benchmark run can be repeated. */
export class Draws {
  readonly poisson: (mean: number) => number
  readonly binomial: (n: number, p: number) => number
  readonly uniform: () => number

  constructor(seed: number) {
    const poisson: (mean: number) => number = poissonRandom.factory({ seed })
    const binomial: (n: number, p: number) => number = binomialRandom.factory({ seed: seed + 1 })
    const uniform = uniformRandom.factory({ seed: seed + 2 })
    this.poisson = (mean) => (mean > 0 ? poisson(mean) : 0)
    this.uniform = () => uniform() / (uniform.MAX + 1)
    // The library sums n Bernoulli draws when n·p < 10; inverting the distribution takes about n·p steps instead.
    this.binomial = (n, p) => {
      if (n <= 0 || p <= 0) return 0
      if (n * p >= 10) return binomial(n, p)
      const u = this.uniform()
      let k = 0
      let mass = Math.pow(1 - p, n)
      let below = mass
      while (u > below && k < n) {
        mass *= ((n - k) / (k + 1)) * (p / (1 - p))
        below += mass
        k++
      }
      return k
    }
  }
}

interface Minute {
  requests: number[]
  errors: number[]
  slow: number[]
}

/** The fake load balancer metrics of one rollout, drawn minute by minute as they are first asked for. */
class Published implements MetricsPort {
  readonly clock: Clock
  /** The canary's weight in percent from each time on. */
  readonly weights: { at: number; weight: number }[] = [{ at: 0, weight: 0 }]
  private readonly minutes = new Map<number, Minute>()
  private readonly scenario: Scenario
  private readonly draws: Draws
  private readonly p99: [number, number]
  private readonly slowShare: [number, number]

  constructor(scenario: Scenario, draws: Draws, clock: Clock, maxLatencyIncrease: number) {
    this.scenario = scenario
    this.draws = draws
    this.clock = clock
    const stableP99 = medianSeconds * Math.exp(z99 * sigma)
    this.p99 = [stableP99 * scenario.latencyFactor, stableP99]
    // The gate counts requests slower than the stable p99 times (1 + max-latency-increase).
    const limit = stableP99 * (1 + maxLatencyIncrease)
    const slower = (factor: number) => normalTail(Math.log(limit / (medianSeconds * factor)) / sigma)
    this.slowShare = [slower(scenario.latencyFactor), slower(1)]
  }

  async metricData(queries: MetricQuery[], window: MetricWindow): Promise<Record<string, MetricValues>> {
    const first = Math.floor(window.start / minuteMs) * minuteMs
    const now = this.clock.now()
    const sums = { requests: [0, 0], errors: [0, 0], slow: [0, 0] }
    const p99 = this.p99
    for (let at = first; at < window.end && at + minuteMs + lagMs <= now; at += minuteMs) {
      const minute = this.minute(at)
      for (const side of [0, 1]) {
        sums.requests[side] += minute.requests[side]
        sums.errors[side] += minute.errors[side]
        sums.slow[side] += minute.slow[side]
      }
    }
    const results: Record<string, MetricValues> = {}
    for (const query of queries) {
      const side = query.id.startsWith('canary') ? 0 : 1
      const requests = sums.requests[side]
      const value = figure(query.id.slice(query.id.indexOf('_') + 1), side, requests)
      results[query.id] =
        requests > 0 ? { timestamps: [first], values: [value] } : { timestamps: [], values: [] }
    }
    return results

    function figure(this: void, name: string, side: number, requests: number): number {
      if (name === 'requests') return requests
      if (name === 'errors') return sums.errors[side]
      if (name === 'fast') return 100 * (1 - sums.slow[side] / requests)
      if (name === 'p99') return p99[side]
      return 0
    }
  }

  /** The minute starting at `at`: requests split by the weights in force during it, errors and slow ones. */
  private minute(at: number): Minute {
    const known = this.minutes.get(at)
    if (known) return known
    let canarySeconds = 0
    this.weights.forEach((change, i) => {
      const from = Math.max(at, change.at)
      const to = Math.min(at + minuteMs, this.weights[i + 1]?.at ?? Number.POSITIVE_INFINITY)
      if (to > from) canarySeconds += ((to - from) / 1000) * (change.weight / 100)
    })
    const { requestsPerSecond, canaryErrorRate, stableErrorRate } = this.scenario
    const means = [canarySeconds, 60 - canarySeconds].map((seconds) => seconds * requestsPerSecond)
    const requests = means.map((mean) => this.draws.poisson(mean))
    const errorRates = [canaryErrorRate, stableErrorRate]
    const minute = {
      requests,
      errors: requests.map((n, side) => this.draws.binomial(n, errorRates[side])),
      slow: requests.map((n, side) => this.draws.binomial(n, this.slowShare[side]))
    }
    this.minutes.set(at, minute)
    return minute
  }
}

/** P(Z > z) for a standard normal Z. */
function normalTail(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2)
}

/** A clock the simulation moves by hand. */
class HandClock implements Clock {
  time = 0
  now(): number {
    return this.time
  }
  async sleep(ms: number): Promise<void> {
    this.time += ms
  }
}

/** One rollout of `scenario` judged by the judge `judgeOf` makes, from a shift at a random second of a minute. */
export async function simulate(
  scenario: Scenario,
  rollout: Rollout,
  judgeOf: (thresholds: Thresholds) => Judge,
  draws: Draws
): Promise<Outcome> {
  const clock = new HandClock()
  clock.time = 10 * minuteMs + Math.floor(draws.uniform() * minuteMs)
  const metrics = new Published(scenario, draws, clock, rollout.settings.maxLatencyIncrease)
  const target = { loadBalancer: 'app/bench/1', targetGroups: { canary: 'canary', stable: 'stable' } }
  const analysis = new CanaryAnalysis(metrics, target, rollout.settings, clock, judgeOf(rollout.settings))
  const windows = [
    ...rollout.steps.map((step) => ({ ...step, until: step.durationMs + rollout.waitTimeoutMs })),
    { weight: 100, durationMs: Number.POSITIVE_INFINITY, until: rollout.bakeMs }
  ]
  let limitKnown = false
  for (const [index, window] of windows.entries()) {
    const start = clock.now()
    const endsAt = start + window.durationMs
    metrics.weights.push({ at: start, weight: window.weight })
    analysis.begin(index + 1, window.weight, start, endsAt)
    const ending = (ending: Outcome['ending']): Outcome => ({
      ending,
      step: index + 1,
      secondsIntoStep: (clock.now() - start) / 1000
    })
    const grid = (at: number) => start + Math.ceil((at - start) / rollout.pollMs) * rollout.pollMs
    // The window's first minute (the one of the shift) is the first published.
    let next = Math.min(grid(Math.floor(start / minuteMs) * minuteMs + minuteMs + lagMs), grid(endsAt))
    for (;;) {
      if (next > start + window.until) {
        if (window.weight === 100) break
        return ending('inconclusive')
      }
      clock.time = next
      const result = await analysis.check()
      if (result.state === 'failed') return ending('rolled-back')
      if (analysis.settled) break
      const published = grid(Math.floor(clock.now() / minuteMs) * minuteMs + minuteMs)
      next = clock.now() < endsAt ? Math.min(published, grid(endsAt)) : published
      // The look after the first one with stable figures is the first to count slow requests.
      if (!limitKnown && (analysis.steps.at(-1)?.stable.requests ?? 0) > 0) {
        limitKnown = true
        next = clock.now() + rollout.pollMs
      }
    }
  }
  return { ending: 'succeeded', step: windows.length, secondsIntoStep: rollout.bakeMs / 1000 }
}
