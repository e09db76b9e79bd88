/**
 * Metric data as CloudWatch keeps it: one series per (namespace, metric name, exact dimension set), each a
 * time-ordered list of samples with real timestamps. A sample is a single value seen `count` times, or a
 * statistic set (no raw value, so percentiles skip it).
 */

export interface MetricId {
  namespace: string
  metricName: string
  dimensions: Record<string, string>
}

export interface Sample {
  /** Real epoch milliseconds. */
  at: number
  count: number
  sum: number
  min: number
  max: number
  /** The raw value when the sample is one value (seen `count` times). */
  value?: number
}

interface Series {
  metric: MetricId
  unit?: string
  samples: Sample[]
  /** A metric an AWS service publishes: its datapoints' period and publishing delay (real milliseconds). */
  publishing?: Publishing
}

export interface Publishing {
  periodMs: number
  delayMs: number
}

/** How long samples are kept, in real milliseconds (emulated runs are short). */
const RETENTION_MS = 3 * 60 * 60 * 1000

export class MetricStore {
  private readonly series = new Map<string, Series>()

  add(metric: MetricId, sample: Sample, unit: string | undefined, now: number): void {
    const key = seriesKey(metric)
    let series = this.series.get(key)
    if (!series) {
      series = { metric: { ...metric, dimensions: { ...metric.dimensions } }, samples: [] }
      this.series.set(key, series)
    }
    if (unit) series.unit = unit
    const { samples } = series
    if (samples.length === 0 || samples[samples.length - 1].at <= sample.at) samples.push(sample)
    else samples.splice(firstAtOrAfter(samples, sample.at + 1), 0, sample)
    const expired = firstAtOrAfter(samples, now - RETENTION_MS)
    if (expired > 0) samples.splice(0, expired)
  }

  /** Samples of exactly this metric with `from <= at < to`. */
  samples(metric: MetricId, from: number, to: number): Sample[] {
    const samples = this.series.get(seriesKey(metric))?.samples ?? []
    const result: Sample[] = []
    for (let i = firstAtOrAfter(samples, from); i < samples.length && samples[i].at < to; i++) {
      result.push(samples[i])
    }
    return result
  }

  setPublishing(metric: MetricId, publishing: Publishing): void {
    const series = this.series.get(seriesKey(metric))
    if (series) series.publishing = publishing
  }

  publishing(metric: MetricId): Publishing | undefined {
    return this.series.get(seriesKey(metric))?.publishing
  }

  unit(metric: MetricId): string | undefined {
    return this.series.get(seriesKey(metric))?.unit
  }

  metrics(): MetricId[] {
    return [...this.series.values()].map((s) => s.metric)
  }
}

function seriesKey(metric: MetricId): string {
  const dimensions = Object.entries(metric.dimensions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return JSON.stringify([metric.namespace, metric.metricName, dimensions])
}

/** Index of the first sample at or after `at` (binary search). */
function firstAtOrAfter(samples: Sample[], at: number): number {
  let low = 0
  let high = samples.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (samples[mid].at < at) low = mid + 1
    else high = mid
  }
  return low
}

/** One raw value seen `count` times. */
export function valueSample(at: number, value: number, count = 1): Sample {
  return { at, count, sum: value * count, min: value, max: value, value }
}

export const STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const

const PERCENTILE = /^p(\d{1,2}(\.\d{1,10})?|100(\.0{1,10})?)$/
/** Percentile rank: `PR(low:high)`, either bound may be left out (`PR(:0.5)`: the share at or under 0.5). */
const PERCENTILE_RANK = /^PR\((\d+(?:\.\d{1,10})?)?:(\d+(?:\.\d{1,10})?)?\)$/

export function isStatistic(stat: string): boolean {
  return (STATISTICS as readonly string[]).includes(stat)
}

/** A percentile (`p99`) or a percentile rank (`PR(:0.5)`): statistics over raw values. */
export function isPercentile(stat: string): boolean {
  return PERCENTILE.test(stat) || PERCENTILE_RANK.test(stat)
}

/** The statistic over some samples; `undefined` when there is no data for it. */
export function statistic(samples: Sample[], stat: string): number | undefined {
  if (samples.length === 0) return undefined
  switch (stat) {
    case 'SampleCount':
      return samples.reduce((n, s) => n + s.count, 0)
    case 'Sum':
      return samples.reduce((n, s) => n + s.sum, 0)
    case 'Average': {
      const count = samples.reduce((n, s) => n + s.count, 0)
      return count > 0 ? samples.reduce((n, s) => n + s.sum, 0) / count : undefined
    }
    case 'Minimum':
      return samples.reduce((n, s) => Math.min(n, s.min), Infinity)
    case 'Maximum':
      return samples.reduce((n, s) => Math.max(n, s.max), -Infinity)
  }
  const rank = PERCENTILE_RANK.exec(stat)
  if (rank) return percentileRank(samples, rank[1], rank[2])
  if (isPercentile(stat)) return percentile(samples, Number(stat.slice(1)))
  throw new Error(`unsupported statistic ${stat}`)
}

/** Nearest-rank percentile over the raw values, each weighted by how often it was seen. */
function percentile(samples: Sample[], p: number): number | undefined {
  const values = samples.filter((s) => s.value !== undefined).sort((a, b) => a.value! - b.value!)
  const total = values.reduce((n, s) => n + s.count, 0)
  if (total === 0) return undefined
  const rank = Math.max(1, Math.ceil((p / 100) * total))
  let seen = 0
  for (const sample of values) {
    seen += sample.count
    if (seen >= rank) return sample.value
  }
  return values[values.length - 1].value
}

/** The percentage of raw values above `low` (exclusive) and at or under `high` (inclusive), as CloudWatch's PR. */
function percentileRank(
  samples: Sample[],
  low: string | undefined,
  high: string | undefined
): number | undefined {
  const values = samples.filter((s) => s.value !== undefined)
  const total = values.reduce((n, s) => n + s.count, 0)
  if (total === 0) return undefined
  const inRange = values
    .filter(
      (s) => (low === undefined || s.value! > Number(low)) && (high === undefined || s.value! <= Number(high))
    )
    .reduce((n, s) => n + s.count, 0)
  return (inRange / total) * 100
}
