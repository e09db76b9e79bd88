/**
 * The significance tests of the analysis, on counts (requests that failed, or were slow, out of all requests), from
 * the exact distributions of a maintained statistics library (stdlib): no normal approximation, so small counts are
 * judged as they are.
 */
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf'
import hypergeometricCdf from '@stdlib/stats-base-dists-hypergeometric-cdf'

/** `hits` of `total` (errors of requests, slow requests of requests). */
export interface Count {
  hits: number
  total: number
}

/**
 * One-sided Fisher's exact test: the p-value of seeing at least `a.hits` hits in group a if hits were no more
 * likely in a than in b (the hits of both spread over both groups at random: a hypergeometric draw of a.total
 * of the a.total + b.total requests).
 */
export function fisherGreater(a: Count, b: Count): number {
  if (a.hits <= 0 || a.total <= 0) return 1
  const population = a.total + b.total
  const hits = Math.min(a.hits + b.hits, population)
  return clampP(1 - hypergeometricCdf(a.hits - 1, population, hits, a.total))
}

/** One-sided exact binomial test: the p-value of seeing at least `count.hits` hits if each had probability `p0`. */
export function binomialGreater(count: Count, p0: number): number {
  if (count.hits <= 0 || count.total <= 0) return 1
  if (p0 <= 0) return 0
  return clampP(1 - binomialCdf(count.hits - 1, count.total, p0))
}

function clampP(p: number): number {
  return Number.isNaN(p) ? 1 : Math.min(1, Math.max(0, p))
}
