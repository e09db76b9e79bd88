/**
 * The verdict on a canary against the stable version, from both versions' figures over the same window. A check fails
 * only when the observed value is over its threshold AND the difference is statistically significant at the given
 * level (one-sided exact tests, see ./significance.ts): small counts never fail a canary on noise. Too few canary
 * requests is inconclusive, never a pass.
 */
import { latency, percent, type Figures } from './figures.ts'
import { binomialGreater, fisherGreater } from './significance.ts'

export interface Thresholds {
  /** The canary's error rate may not exceed this (a fraction: 0.05 for 5%). */
  maxErrorRate: number
  /** Canary error rate minus stable error rate may not exceed this (a fraction: 0.01 for 1 point). */
  maxErrorRateIncrease: number
  /** Canary p99 over stable p99 may not exceed 1 + this (0.5 for 50%). */
  maxLatencyIncrease: number
  /** Fewer canary requests in the window is inconclusive. */
  minRequests: number
}

export type Verdict = 'passed' | 'failed' | 'inconclusive'

export interface Judgement {
  verdict: Verdict
  /** The input whose check failed, or `min-requests` when inconclusive. */
  check?: 'max-error-rate' | 'max-error-rate-increase' | 'max-latency-increase' | 'min-requests'
  /** The figures and the verdict in words. */
  reason: string
}

/** Error rate as a fraction (0 without requests). */
export const errorRate = (figures: Figures): number =>
  figures.requests > 0 ? figures.errors / figures.requests : 0

/**
 * Judges the canary at significance level `alpha` (0.05: 95% confidence): the absolute error rate, the increase of
 * the error rate over stable, then the p99 latency increase; the first failing check decides.
 */
export function judge(canary: Figures, stable: Figures, thresholds: Thresholds, alpha: number): Judgement {
  const figures = `${describe('canary', canary)}; ${describe('stable', stable)}`
  if (canary.requests < thresholds.minRequests) {
    return {
      verdict: 'inconclusive',
      check: 'min-requests',
      reason: `${canary.requests} canary requests in the window, fewer than min-requests ${thresholds.minRequests} (${figures})`
    }
  }
  const test = (p: number, name: string) =>
    `${name} p ${p < 0.0001 ? '< 0.0001' : `= ${p.toPrecision(2)}`}, ${p < alpha ? 'significant' : 'not significant'} at ${confidence(alpha)} confidence`
  const notes: string[] = []
  const canaryRate = errorRate(canary)
  if (canaryRate > thresholds.maxErrorRate) {
    const p = binomialGreater({ hits: canary.errors, total: canary.requests }, thresholds.maxErrorRate)
    const over = `error rate ${percent(canaryRate)} over max-error-rate ${percent(thresholds.maxErrorRate)} (${test(p, 'exact binomial test')})`
    if (p < alpha) return { verdict: 'failed', check: 'max-error-rate', reason: `${over}: ${figures}` }
    notes.push(over)
  }
  if (stable.requests > 0) {
    const increase = canaryRate - errorRate(stable)
    if (increase > thresholds.maxErrorRateIncrease) {
      const p = fisherGreater(
        { hits: canary.errors, total: canary.requests },
        { hits: stable.errors, total: stable.requests }
      )
      const over = `error rate ${points(increase)} over stable, more than max-error-rate-increase ${points(thresholds.maxErrorRateIncrease)} (${test(p, "Fisher's exact test")})`
      if (p < alpha)
        return { verdict: 'failed', check: 'max-error-rate-increase', reason: `${over}: ${figures}` }
      notes.push(over)
    }
  } else {
    notes.push('stable served no request in the window, so only max-error-rate is judged')
  }
  const limit = stable.p99 === undefined ? undefined : stable.p99 * (1 + thresholds.maxLatencyIncrease)
  if (canary.p99 !== undefined && stable.p99 !== undefined && limit !== undefined && canary.p99 > limit) {
    const increase = stable.p99 > 0 ? `+${percent(canary.p99 / stable.p99 - 1)}` : 'up'
    const over = `p99 ${increase} over stable, more than max-latency-increase ${percent(thresholds.maxLatencyIncrease)}`
    if (canary.slow !== undefined && stable.slow !== undefined) {
      const p = fisherGreater(
        { hits: canary.slow, total: canary.requests },
        { hits: stable.slow, total: stable.requests }
      )
      const slow = `${canary.slow} of ${canary.requests} canary and ${stable.slow} of ${stable.requests} stable requests slower than the limit; ${test(p, "Fisher's exact test")}`
      if (p < alpha)
        return { verdict: 'failed', check: 'max-latency-increase', reason: `${over} (${slow}): ${figures}` }
      notes.push(`${over} (${slow})`)
    } else {
      notes.push(`${over} (not judged before the next look counts the requests slower than the limit)`)
    }
  }
  const note = notes.length > 0 ? `; ${notes.join('; ')}` : ''
  return { verdict: 'passed', reason: `${figures}${note}` }
}

/** `canary 3.1% errors (31 of 1000 requests), p99 210 ms` */
export function describe(name: string, figures: Figures): string {
  if (figures.requests === 0) return `${name}: no request`
  const p99 = figures.p99 === undefined ? '' : `, p99 ${latency(figures.p99)}`
  return `${name} ${percent(errorRate(figures))} errors (${figures.errors} of ${figures.requests} requests)${p99}`
}

/** `95%` for 0.05, `99.9%` for 0.001 */
export function confidence(alpha: number): string {
  return percent(1 - alpha)
}

/** `+3.1 points` */
function points(fraction: number): string {
  return `+${percent(fraction).replace('%', '')} ${Math.abs(fraction * 100 - 1) < 1e-9 ? 'point' : 'points'}`
}
