/**
 * Anytime-valid tests on error rates: evidence that stays honest however often it is looked at (a mixture of
 * sequential probability ratio tests, the method of Lindon, Sanden and Shirikian's "Rapid regression detection in
 * software deployments through sequential testing", 2022, here on two binomial rates with a margin).
 *
 * The bet: each request either fails or not. For a tilt λ, e^(λ·errors) has expectation at most
 * e^(requests·rate·(e^λ − 1)) (as ln(1 + y) ≤ y). Weighing the canary's errors by λ and the stable version's by −μ,
 * with μ chosen from each batch's request counts so that the two rates enter only through their difference, the
 * product over batches of e^(λ·canary errors − μ·stable errors − canary requests·(e^λ − 1)·margin) has expectation at
 * most 1 while the canary is within the margin of stable. A weighted sum over several λ is still so, and by Ville's
 * inequality it ever reaches 1/α with probability at most α, at every look of the rollout together. The same
 * evidence read for every margin gives a confidence interval with that guarantee.
 */

/** `hits` of `total` (errors of requests, slow requests of requests). */
export interface Count {
  hits: number
  total: number
}

/**
 * The tilts bet on (ln of the odds ratio of an error: from +10% to 4 times), ± for each side of an interval, and their
 * weights: most on a doubling or so, the size of regression a canary is for; the small tilts let large counts show
 * small excesses over the margin.
 */
const tilts = [0.1, 0.25, 0.5, 0.8, 1.4]
const logWeights = [0.1, 0.15, 0.3, 0.3, 0.15].map(Math.log)

/** What the evidence on one side needs of a batch: each tilt's bet so far, and how many canary requests it covers. */
interface Bets {
  /** λ·canary errors − μ·stable errors, summed over the batches the tilt could bet on. */
  gained: number[]
  /** Canary requests × (e^λ − 1) over those batches: what a margin costs. */
  exposed: number[]
}

const noBets = (): Bets => ({ gained: tilts.map(() => 0), exposed: tilts.map(() => 0) })

/**
 * Evidence on the canary's error rate minus the stable one, batch after batch (each look's new datapoints).
 * Batches without stable requests (at 100%) still count for the canary's own rate, not for the difference.
 */
export class Difference {
  private readonly up = noBets()
  private readonly down = noBets()

  /** Adds a batch: the canary's and the stable version's new requests and errors. */
  add(canary: Count, stable: Count): void {
    if (canary.total <= 0 || stable.total <= 0) return
    const ratio = canary.total / stable.total
    for (const [sign, bets] of [
      [1, this.up],
      [-1, this.down]
    ] as const) {
      tilts.forEach((tilt, i) => {
        const lambda = sign * tilt
        const cost = Math.expm1(lambda)
        // n_s·(1 − e^−μ) = n_c·(e^λ − 1): the stable weight that makes the two rates cancel but for their difference.
        const share = 1 - ratio * cost
        if (share <= 0) return
        const mu = -Math.log(share)
        bets.gained[i] += lambda * canary.hits - mu * stable.hits
        bets.exposed[i] += canary.total * cost
      })
    }
  }

  /** True when the evidence says the difference is over `margin` at level `alpha`. */
  over(margin: number, alpha: number): boolean {
    return logEvidence(this.up, margin) >= Math.log(1 / alpha)
  }

  /** The difference's interval at confidence 1 − alpha on each side: [-1, 1] without evidence. */
  interval(alpha: number): [number, number] {
    return [crossing(this.up, alpha, 'lower', -1, 1), crossing(this.down, alpha, 'upper', -1, 1)]
  }
}

/** Evidence on one rate against a fixed value (max-error-rate, the share of slow requests), from its totals. */
export function rateOver(count: Count, limit: number, alpha: number): boolean {
  return logEvidence(oneRate(count), limit) >= Math.log(1 / alpha)
}

/** One rate's interval at confidence 1 − alpha on each side. */
export function rateInterval(count: Count, alpha: number): [number, number] {
  return [crossing(oneRate(count), alpha, 'lower', 0, 1), crossing(oneRate(count, -1), alpha, 'upper', 0, 1)]
}

function oneRate(count: Count, sign: 1 | -1 = 1): Bets {
  return {
    gained: tilts.map((tilt) => sign * tilt * count.hits),
    exposed: tilts.map((tilt) => count.total * Math.expm1(sign * tilt))
  }
}

/** ln of the weighted sum of every tilt's bet against `value` (a margin or a rate). */
function logEvidence(bets: Bets, value: number): number {
  let max = Number.NEGATIVE_INFINITY
  for (let i = 0; i < tilts.length; i++) max = Math.max(max, term(bets, i, value))
  let sum = 0
  for (let i = 0; i < tilts.length; i++) sum += Math.exp(term(bets, i, value) - max)
  return max + Math.log(sum)
}

const term = (bets: Bets, i: number, value: number) =>
  logWeights[i] + bets.gained[i] - bets.exposed[i] * value

/**
 * Where the evidence crosses 1/α between `low` and `high`. Its logarithm is convex in the value (a log-sum-exp of
 * linear terms) and falls towards what the bets point to, so Newton's method from the excluded end approaches the
 * crossing from that side: the bound returned is never narrower than the exact one (by at most 0.1% of evidence).
 */
function crossing(bets: Bets, alpha: number, side: 'lower' | 'upper', low: number, high: number): number {
  const level = Math.log(1 / alpha)
  let value = side === 'lower' ? low : high
  for (let i = 0; i < 50; i++) {
    const [log, slope] = evidenceAt(bets, value)
    if (log - level < 1e-3) return value
    const next = value - (log - level) / slope
    if (next < low || next > high) return value
    value = next
  }
  return value
}

/** The log evidence at `value` and its derivative in the value (minus the exposures weighted by each bet's share). */
function evidenceAt(bets: Bets, value: number): [number, number] {
  const max = logEvidence(bets, value)
  let slope = 0
  for (let i = 0; i < tilts.length; i++) slope -= bets.exposed[i] * Math.exp(term(bets, i, value) - max)
  return [max, slope]
}
