/**
 * The verdict on a canary against the stable version, look after look over the whole rollout. Each check tests the
 * hypothesis its input states, with evidence that stays valid however often it is looked at (./sequential.ts):
 *
 * - max-error-rate-increase: fails once the canary's error rate minus the stable one is over the threshold even at
 *   the low end of its interval (a non-inferiority test with the threshold as margin);
 * - max-error-rate: fails once the canary's error rate is over the threshold at the low end of its interval;
 * - max-latency-increase: fails once more than 1% of the canary's requests are slower than the stable p99 times
 *   (1 + the threshold) at the low end of the interval of that share, that is, once its p99 is over that limit.
 *
 * The evidence adds up over every step of the run, so a version within its thresholds is failed with a chance of at
 * most 1 − confidence for the whole run, not per look or per step; `confidence` is shared among the checks (most to
 * the increase). Too few canary requests in a step's window is inconclusive, never a pass.
 */
import { latency, percent, type Figures } from './figures.ts'
import { Difference, rateInterval, rateOver, type Count } from './sequential.ts'

export interface Thresholds {
  /** The canary's error rate may not exceed this (a fraction: 0.05 for 5%). */
  maxErrorRate: number
  /** Canary error rate minus stable error rate may not exceed this (a fraction: 0.01 for 1 point). */
  maxErrorRateIncrease: number
  /** Canary p99 over stable p99 may not exceed 1 + this (0.5 for 50%). */
  maxLatencyIncrease: number
  /** Fewer canary requests in a step's window is inconclusive. */
  minRequests: number
  /** For the whole run: the chance of failing a version within its thresholds is at most 1 − this (0.95). */
  confidence: number
}

export type Verdict = 'passed' | 'failed' | 'inconclusive'
export type Check = 'max-error-rate' | 'max-error-rate-increase' | 'max-latency-increase' | 'min-requests'

/** An estimate and its interval (fractions). */
export interface Estimate {
  value: number
  low: number
  high: number
}

export interface Judgement {
  verdict: Verdict
  /** The input whose check failed, or `min-requests` when inconclusive. */
  check?: Check
  /** The figures and the verdict in words. */
  reason: string
  /** Canary error rate minus stable, over the run so far, with its interval. */
  increase?: Estimate
}

/** How the analysis judges the looks of a run: a new window at each step, and a verdict on each look. */
export interface Judge {
  /** A step's window opens: its figures start again from zero. */
  begin(): void
  /** The verdict on the step's window so far (figures cumulated since the step began); `ended`: its time is over. */
  judge(canary: Figures, stable: Figures, ended: boolean): Judgement
}

/** How the run's error budget 1 − confidence is shared among the checks. */
const shares = { increase: 0.8, rate: 0.1, latency: 0.1 }

/** The sequential judge: evidence over every look of every step of the run. */
export class SequentialJudge implements Judge {
  private readonly thresholds: Thresholds
  private readonly difference = new Difference()
  /** The run's canary and stable figures before the current step, and the step's at the last look. */
  private earlier = { canary: none(), stable: none(), slow: none() }
  private seen = { canary: none(), stable: none(), slow: none() }

  constructor(thresholds: Thresholds) {
    this.thresholds = thresholds
  }

  begin(): void {
    this.earlier = {
      canary: add(this.earlier.canary, this.seen.canary),
      stable: add(this.earlier.stable, this.seen.stable),
      slow: add(this.earlier.slow, this.seen.slow)
    }
    this.seen = { canary: none(), stable: none(), slow: none() }
  }

  judge(canary: Figures, stable: Figures): Judgement {
    const step = { canary: countOf(canary), stable: countOf(stable) }
    // The datapoints published since the last look: one batch of the evidence on the difference.
    this.difference.add(minus(step.canary, this.seen.canary), minus(step.stable, this.seen.stable))
    this.seen.canary = step.canary
    this.seen.stable = step.stable
    if (canary.slow !== undefined) this.seen.slow = { hits: canary.slow, total: canary.requests }
    const run = {
      canary: add(this.earlier.canary, step.canary),
      stable: add(this.earlier.stable, step.stable),
      slow: add(this.earlier.slow, this.seen.slow)
    }
    const { thresholds } = this
    const alpha = 1 - thresholds.confidence
    const [low, high] = this.difference.interval(alpha * shares.increase)
    const increase = { value: rate(run.canary) - rate(run.stable), low, high }
    const figures = `${describe('canary', canary)}; ${describe('stable', stable)}`
    const level = percent(thresholds.confidence)
    const over = `${points(increase.value)} over stable over the run so far (${interval(increase, thresholds.confidence)})`
    if (canary.requests < thresholds.minRequests) {
      return {
        verdict: 'inconclusive',
        check: 'min-requests',
        reason: `${canary.requests} canary requests in the window, fewer than min-requests ${thresholds.minRequests} (${figures})`,
        increase
      }
    }
    const failed = (check: Check, why: string): Judgement => ({
      verdict: 'failed',
      check,
      reason: `${why}: ${figures}`,
      increase
    })
    const share = (count: Count, of: number) => {
      const [from, to] = rateInterval(count, alpha * of)
      return `${percent(rate(count))} over the run so far (${percent(from)} to ${percent(to)} at ${level} confidence)`
    }
    if (rateOver(run.canary, thresholds.maxErrorRate, alpha * shares.rate))
      return failed(
        'max-error-rate',
        `error rate ${share(run.canary, shares.rate)}, over max-error-rate ${percent(thresholds.maxErrorRate)}`
      )
    if (this.difference.over(thresholds.maxErrorRateIncrease, alpha * shares.increase))
      return failed(
        'max-error-rate-increase',
        `error rate ${over}, more than max-error-rate-increase ${points(thresholds.maxErrorRateIncrease)}`
      )
    if (run.slow.total > 0 && rateOver(run.slow, 0.01, alpha * shares.latency))
      return failed(
        'max-latency-increase',
        `p99 over stable by more than max-latency-increase ${percent(thresholds.maxLatencyIncrease)}: canary requests slower than that limit ${share(run.slow, shares.latency)}, more than 1%`
      )
    return { verdict: 'passed', reason: `${figures}; error rate ${over}`, increase }
  }
}

const none = (): Count => ({ hits: 0, total: 0 })
const add = (a: Count, b: Count): Count => ({ hits: a.hits + b.hits, total: a.total + b.total })
const minus = (a: Count, b: Count): Count => ({
  hits: Math.max(0, a.hits - b.hits),
  total: Math.max(0, a.total - b.total)
})
const countOf = (figures: Figures): Count => ({ hits: figures.errors, total: figures.requests })
const rate = (count: Count) => (count.total > 0 ? count.hits / count.total : 0)

/** Error rate as a fraction (0 without requests). */
export const errorRate = (figures: Figures): number => rate(countOf(figures))

/** `canary 3.1% errors (31 of 1000 requests), p99 210 ms` */
export function describe(name: string, figures: Figures): string {
  if (figures.requests === 0) return `${name}: no request`
  const p99 = figures.p99 === undefined ? '' : `, p99 ${latency(figures.p99)}`
  return `${name} ${percent(errorRate(figures))} errors (${figures.errors} of ${figures.requests} requests)${p99}`
}

/** `-0.4 to +1.8 points at 95% confidence` */
export function interval(estimate: Estimate, confidence: number): string {
  return `${range(estimate)} at ${percent(confidence)} confidence`
}

/** `-0.4 to +1.8 points` */
export function range(estimate: Estimate): string {
  return `${signed(estimate.low)} to ${signed(estimate.high)} points`
}

/** `+3.1 points`, `-0.2 points`, `+1 point` */
export function points(fraction: number): string {
  const value = Math.round(fraction * 10_000) / 100
  return `${signed(fraction)} ${Math.abs(value) === 1 ? 'point' : 'points'}`
}

/** `+3.1`, `-0.25` (percentage points, as `percent` rounds them). */
function signed(fraction: number): string {
  const text = percent(Math.abs(fraction)).replace('%', '')
  return `${fraction < 0 && text !== '0' ? '-' : '+'}${text}`
}
