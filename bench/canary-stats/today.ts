/**
 * The judge the canary had before its verdicts became sequential, kept as the baseline of the canary-stats
 * benchmark: on each look, a check fails when the observed value is over its threshold and a one-sided exact test of
 * "no difference" (Fisher's, or the binomial against max-error-rate) is significant, at 99.9% confidence during a
 * step and at 95% from its end on. Too few canary requests is inconclusive.
 */
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf'
import hypergeometricCdf from '@stdlib/stats-base-dists-hypergeometric-cdf'
import type { Figures } from '../../src/analysis/figures.ts'
import { errorRate, type Judge, type Judgement, type Thresholds } from '../../src/analysis/judge.ts'

const watchAlpha = 0.001
const finalAlpha = 0.05

interface Count {
  hits: number
  total: number
}

/** P(at least a.hits hits in a) if hits were no more likely in a than in b. */
function fisherGreater(a: Count, b: Count): number {
  if (a.hits <= 0 || a.total <= 0) return 1
  const population = a.total + b.total
  const hits = Math.min(a.hits + b.hits, population)
  return clamp(1 - hypergeometricCdf(a.hits - 1, population, hits, a.total))
}

/** P(at least count.hits hits) if each had probability p0. */
function binomialGreater(count: Count, p0: number): number {
  if (count.hits <= 0 || count.total <= 0) return 1
  if (p0 <= 0) return 0
  return clamp(1 - binomialCdf(count.hits - 1, count.total, p0))
}

const clamp = (p: number) => (Number.isNaN(p) ? 1 : Math.min(1, Math.max(0, p)))

export class TodayJudge implements Judge {
  private readonly thresholds: Thresholds

  constructor(thresholds: Thresholds) {
    this.thresholds = thresholds
  }

  begin(): void {}

  judge(canary: Figures, stable: Figures, ended: boolean): Judgement {
    const { thresholds } = this
    const alpha = ended ? finalAlpha : watchAlpha
    if (canary.requests < thresholds.minRequests)
      return { verdict: 'inconclusive', check: 'min-requests', reason: 'too few canary requests' }
    const rate = errorRate(canary)
    const failed = (check: Judgement['check']): Judgement => ({ verdict: 'failed', check, reason: check! })
    const errors = { hits: canary.errors, total: canary.requests }
    if (rate > thresholds.maxErrorRate && binomialGreater(errors, thresholds.maxErrorRate) < alpha)
      return failed('max-error-rate')
    if (
      stable.requests > 0 &&
      rate - errorRate(stable) > thresholds.maxErrorRateIncrease &&
      fisherGreater(errors, { hits: stable.errors, total: stable.requests }) < alpha
    )
      return failed('max-error-rate-increase')
    const limit = stable.p99 === undefined ? undefined : stable.p99 * (1 + thresholds.maxLatencyIncrease)
    if (
      canary.p99 !== undefined &&
      limit !== undefined &&
      canary.p99 > limit &&
      canary.slow !== undefined &&
      stable.slow !== undefined &&
      fisherGreater(
        { hits: canary.slow, total: canary.requests },
        { hits: stable.slow, total: stable.requests }
      ) < alpha
    )
      return failed('max-latency-increase')
    return { verdict: 'passed', reason: 'passed' }
  }
}
