/**
 * What the load balancer's own metrics say about one target group over a window: requests, errors, p99 latency and
 * (given a latency limit) how many requests were slower than it. One GetMetricData call asks for both target groups
 * at once (AWS/ApplicationELB: RequestCount, HTTPCode_Target_5XX_Count, TargetConnectionErrorCount,
 * TargetResponseTime p99 and PR(:limit)).
 */
import type { MetricQuery, MetricValues } from '../aws/cloudwatch.ts'

export interface Figures {
  requests: number
  /** 5xx answers of the targets, plus requests whose connection to a target failed (the load balancer's 502). */
  errors: number
  /** p99 of TargetResponseTime in seconds; undefined without data. */
  p99?: number
  /** Requests slower than the latency limit the look asked about, when it asked. */
  slow?: number
}

export type SideName = 'canary' | 'stable'

/** `targetgroup/<name>/<id>`: the TargetGroup dimension of a target group ARN. */
export function targetGroupDimension(arn: string): string {
  const at = arn.indexOf('targetgroup/')
  return at >= 0 ? arn.slice(at) : arn
}

/** The period that covers the window in one datapoint (CloudWatch rounds the start down to the minute). */
export function periodCovering(start: number, end: number): number {
  const from = Math.floor(start / 60_000) * 60_000
  return Math.max(60, Math.ceil((end - from) / 60_000) * 60)
}

/**
 * The queries of one look: four per target group, and a fifth (the share of requests at or under `limit` seconds)
 * once a latency limit is known.
 */
export function figureQueries(
  loadBalancer: string,
  targetGroups: Record<SideName, string>,
  limit?: number
): MetricQuery[] {
  return (['canary', 'stable'] as const).flatMap((side) => {
    const dimensions = { LoadBalancer: loadBalancer, TargetGroup: targetGroupDimension(targetGroups[side]) }
    const query = (name: string, metricName: string, stat: string): MetricQuery => ({
      id: `${side}_${name}`,
      namespace: 'AWS/ApplicationELB',
      metricName,
      dimensions,
      stat
    })
    const queries = [
      query('requests', 'RequestCount', 'Sum'),
      query('errors', 'HTTPCode_Target_5XX_Count', 'Sum'),
      query('connection_errors', 'TargetConnectionErrorCount', 'Sum'),
      query('p99', 'TargetResponseTime', 'p99')
    ]
    if (limit !== undefined) queries.push(query('fast', 'TargetResponseTime', `PR(:${seconds(limit)})`))
    return queries
  })
}

/**
 * One side's figures from the answer. Counts add up over the periods returned; the p99 of several periods is their
 * mean weighted by requests (one period covers the window on AWS, so this is exact there); slow requests are each
 * period's requests times its share above the limit.
 */
export function figuresOf(results: Record<string, MetricValues>, side: SideName): Figures {
  const series = (name: string) => results[`${side}_${name}`] ?? { timestamps: [], values: [] }
  const sum = (name: string) => series(name).values.reduce((total, value) => total + value, 0)
  const requestsAt = new Map<number, number>()
  const requests = series('requests')
  requests.timestamps.forEach((at, i) => requestsAt.set(at, (requestsAt.get(at) ?? 0) + requests.values[i]))
  const total = sum('requests')
  const figures: Figures = {
    requests: Math.round(total),
    errors: Math.min(Math.round(sum('errors') + sum('connection_errors')), Math.round(total))
  }
  const p99 = weighted(series('p99'), requestsAt)
  if (p99 !== undefined) figures.p99 = p99
  const fast = series('fast')
  if (results[`${side}_fast`]) {
    figures.slow = Math.round(
      fast.timestamps.reduce(
        (slow, at, i) => slow + (requestsAt.get(at) ?? 0) * (1 - fast.values[i] / 100),
        0
      )
    )
  }
  return figures
}

/** The mean of per-period values weighted by each period's requests (equal weights when none are known). */
function weighted(values: MetricValues, requestsAt: Map<number, number>): number | undefined {
  if (values.values.length === 0) return undefined
  let sum = 0
  let weights = 0
  values.timestamps.forEach((at, i) => {
    const weight = requestsAt.get(at) ?? 0
    sum += values.values[i] * weight
    weights += weight
  })
  if (weights > 0) return sum / weights
  return values.values.reduce((total, value) => total + value, 0) / values.values.length
}

/** Seconds as a statistic's bound takes them: at most 6 decimals, no trailing zeros. */
function seconds(value: number): string {
  return String(Number(value.toFixed(6)))
}

/** `3.1%`, `0.25%`, `12%` */
export function percent(fraction: number): string {
  const value = fraction * 100
  return `${value.toFixed(value < 10 ? 2 : 1).replace(/\.0+$|(\.\d*?)0+$/, '$1')}%`
}

/** `0.21 s`, `850 ms` */
export function latency(secondsValue: number): string {
  return secondsValue >= 1 ? `${secondsValue.toFixed(2)} s` : `${Math.round(secondsValue * 1000)} ms`
}
