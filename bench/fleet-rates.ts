/** API calls per second by rate-limit family, against the emulator's buckets, for `bench/fleet.ts`. */
import type { ApiCall } from '../emulator/core/contracts.ts'
import { THROTTLED_CODES, type RateLimiter } from '../emulator/core/rate-limits.ts'

export interface FamilyRate {
  family: string
  calls: number
  throttled: number
  /** Calls per bucket second (an AWS second on the default clock), over the whole window. */
  mean: number
  /** The most calls in any one bucket second. */
  peak: number
  sustained: number
  burst: number
}

/**
 * Per family: calls, throttled answers, and the mean and peak rates in the buckets' own seconds (`secondMs` real
 * milliseconds each: `1000 x timeScale` on the emulator's clock, 1000 in real time), over `windowMs`.
 */
export function ratesByFamily(
  calls: readonly ApiCall[],
  limiter: RateLimiter,
  windowMs: number,
  secondMs: number
): FamilyRate[] {
  const byFamily = new Map<string, ApiCall[]>()
  for (const call of calls) {
    const family = limiter.familyOf(call.service, call.operation)?.family
    if (family) byFamily.set(family, [...(byFamily.get(family) ?? []), call])
  }
  return limiter.limits
    .filter((limit) => byFamily.has(limit.family))
    .map((limit) => {
      const family = byFamily.get(limit.family)!
      const times = family.map((call) => call.at.getTime()).sort((a, b) => a - b)
      let peak = 0
      for (let first = 0, last = 0; last < times.length; last++) {
        while (times[last] - times[first] >= secondMs) first++
        peak = Math.max(peak, last - first + 1)
      }
      return {
        family: limit.family,
        calls: family.length,
        throttled: family.filter((call) => call.error === THROTTLED_CODES[call.service]).length,
        mean: Number((family.length / (windowMs / secondMs)).toFixed(2)),
        peak,
        sustained: limit.perSecond,
        burst: limit.burst
      }
    })
}

/** The rates as a Markdown table (what the README shows). */
export function ratesTable(rates: readonly FamilyRate[], unit: string): string {
  const rows = rates.map(
    (rate) =>
      `| ${rate.family} | ${rate.calls} | ${rate.mean} | ${rate.peak} | ${rate.sustained} / ${rate.burst} | ${rate.throttled} |`
  )
  return [
    `| family | calls | mean per ${unit} | peak in one ${unit} | limit: sustained / burst | throttled |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows
  ].join('\n')
}
