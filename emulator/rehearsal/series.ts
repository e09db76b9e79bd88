/**
 * What a rehearsal under load looked like over time, for a chart: the requests answered each second by the version
 * that answered them and the failed ones (from the load's samples), and the production rule's weights (sampled in
 * process, kept when they change). Times are seconds since the load started.
 */
import type { Emulator } from '../index.ts'
import { isFailed, startLoad, type Load, type LoadOptions, type LoadReport } from './load.ts'

export interface TrafficBucket {
  /** Seconds since the load started, at the bucket's start. */
  t: number
  /** The bucket's length in seconds (the last one ends when the load stopped). */
  seconds: number
  /** Requests per second sent in the bucket and answered, by the version that answered. */
  answered: Record<string, number>
  /** Requests per second sent in the bucket that failed. */
  failed: number
}

export interface WeightPoint {
  t: number
  /** The rule's traffic to each target group, by name, in percent. */
  percent: Record<string, number>
}

export interface Series {
  bucketSeconds: number
  traffic: TrafficBucket[]
  /** The weights from the start, one point per change, and the last ones again at the end. */
  weights: WeightPoint[]
}

export interface Recording {
  load: Load
  /** Stops the load and the sampling: the load's report and the series. */
  stop(): Promise<{ traffic: LoadReport; series: Series }>
}

export interface RecordingOptions {
  /** The production rule whose weights are sampled; none: the series has no weights. */
  ruleArn?: string
  bucketMs?: number
  /** How often the weights are read. */
  sampleMs?: number
}

/** Starts the load and, when given a rule, samples its weights until `stop()`. */
export function recordUnderLoad(
  emulator: Pick<Emulator, 'elb'>,
  loadOptions: LoadOptions,
  options: RecordingOptions = {}
): Recording {
  const { ruleArn, bucketMs = 1000, sampleMs = 20 } = options
  const load = startLoad(loadOptions)
  const startedAt = load.snapshot().startedAt
  const weights: WeightPoint[] = []
  const sample = (): void => {
    if (ruleArn === undefined) return
    let percent: Record<string, number>
    try {
      percent = percentOf(emulator.elb.ruleWeights(ruleArn))
    } catch {
      return // the rule is gone (a test tore it down): nothing to draw
    }
    if (JSON.stringify(percent) === JSON.stringify(weights.at(-1)?.percent)) return
    weights.push({ t: secondsSince(startedAt, Date.now()), percent })
  }
  sample()
  const timer = ruleArn === undefined ? undefined : setInterval(sample, sampleMs)
  return {
    load,
    async stop() {
      const traffic = await load.stop()
      clearInterval(timer)
      sample()
      const last = weights.at(-1)
      if (last) weights.push({ t: secondsSince(startedAt, Date.now()), percent: last.percent })
      return {
        traffic,
        series: { bucketSeconds: bucketMs / 1000, traffic: buckets(traffic, bucketMs), weights }
      }
    }
  }
}

/**
 * The load's requests per second in buckets of `bucketMs`, by the time each was sent, from the start until the
 * load stopped (empty buckets included; the last one as long as it lasted).
 */
export function buckets(
  report: Pick<LoadReport, 'samples' | 'startedAt' | 'durationMs'>,
  bucketMs: number
): TrafficBucket[] {
  const result: TrafficBucket[] = []
  for (let start = 0; start < report.durationMs; start += bucketMs) {
    const seconds = Math.min(bucketMs, report.durationMs - start) / 1000
    result.push({ t: start / 1000, seconds, answered: {}, failed: 0 })
  }
  for (const sample of report.samples) {
    const bucket = result[Math.floor((sample.at - report.startedAt) / bucketMs)]
    if (!bucket) continue
    if (isFailed(sample)) bucket.failed += 1 / bucket.seconds
    else {
      const version = sample.version ?? 'unknown'
      bucket.answered[version] = (bucket.answered[version] ?? 0) + 1 / bucket.seconds
    }
  }
  const round = (perSecond: number) => Math.round(perSecond * 10) / 10
  return result.map((bucket) => ({
    ...bucket,
    answered: Object.fromEntries(Object.entries(bucket.answered).map(([version, n]) => [version, round(n)])),
    failed: round(bucket.failed)
  }))
}

/** Weights as percent of their sum (all 0 when nothing is forwarded). */
export function percentOf(weights: Record<string, number>): Record<string, number> {
  const total = Object.values(weights).reduce((sum, weight) => sum + weight, 0)
  return Object.fromEntries(
    Object.entries(weights).map(([name, weight]) => [
      name,
      total === 0 ? 0 : Math.round((weight / total) * 1000) / 10
    ])
  )
}

const secondsSince = (start: number, now: number) => Math.round(now - start) / 1000
