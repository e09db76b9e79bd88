/**
 * Scripted load balancer metrics (AWS/ApplicationELB per target group) behind GetMetricData, as CloudWatch serves
 * them: one datapoint per minute, visible only `lagMs` after its minute ended (late datapoints), a period grid that
 * starts at the query's start rounded down to the minute, and p99 / PR(:limit) computed from each minute's latencies.
 */
import type {
  GetMetricDataCommandInput,
  GetMetricDataCommandOutput,
  MetricDataResult
} from '@aws-sdk/client-cloudwatch'

interface Minute {
  requests: number
  errors: number
  connectionErrors: number
  /** Response times in seconds, each with how many requests took it. */
  latencies: Map<number, number>
}

export interface Traffic {
  requests: number
  errors?: number
  connectionErrors?: number
  /** Seconds each of these requests took (default 0.1), or a list of [seconds, count]. */
  latency?: number | [number, number][]
}

const minuteMs = 60_000

export class FakeMetrics {
  /** How long after its minute ends a datapoint becomes visible. */
  lagMs = 60_000
  /** Every GetMetricData request, with the clock time it came at. */
  readonly requests: { at: number; input: GetMetricDataCommandInput }[] = []
  private readonly minutes = new Map<string, Map<number, Minute>>()
  private readonly now: () => number

  constructor(now: () => number) {
    this.now = now
  }

  /** Traffic to a target group (its TargetGroup dimension or ARN) at `at`, added to that minute's datapoint. */
  add(targetGroup: string, at: number, traffic: Traffic): void {
    const key = dimensionOf(targetGroup)
    const byMinute = this.minutes.get(key) ?? new Map<number, Minute>()
    this.minutes.set(key, byMinute)
    const start = Math.floor(at / minuteMs) * minuteMs
    const minute = byMinute.get(start) ?? {
      requests: 0,
      errors: 0,
      connectionErrors: 0,
      latencies: new Map<number, number>()
    }
    byMinute.set(start, minute)
    minute.requests += traffic.requests
    minute.errors += traffic.errors ?? 0
    minute.connectionErrors += traffic.connectionErrors ?? 0
    const latencies =
      typeof traffic.latency === 'object' ? traffic.latency : [[traffic.latency ?? 0.1, traffic.requests]]
    for (const [seconds, count] of latencies) {
      if (count > 0) minute.latencies.set(seconds, (minute.latencies.get(seconds) ?? 0) + count)
    }
  }

  answer(input: GetMetricDataCommandInput): GetMetricDataCommandOutput {
    const now = this.now()
    this.requests.push({ at: now, input })
    const start = Math.floor(new Date(input.StartTime!).getTime() / minuteMs) * minuteMs
    const end = new Date(input.EndTime!).getTime()
    const results: MetricDataResult[] = (input.MetricDataQueries ?? []).map((query) => {
      const stat = query.MetricStat!
      const group = stat.Metric!.Dimensions!.find((dimension) => dimension.Name === 'TargetGroup')!.Value!
      const periodMs = stat.Period! * 1000
      const buckets = new Map<number, Minute[]>()
      for (const [at, minute] of this.minutes.get(group) ?? []) {
        if (at < start || at >= end || at + minuteMs + this.lagMs > now) continue
        const bucket = start + Math.floor((at - start) / periodMs) * periodMs
        buckets.set(bucket, [...(buckets.get(bucket) ?? []), minute])
      }
      const points = [...buckets]
        .sort(([a], [b]) => a - b)
        .map(([at, minutes]) => ({ at, value: statistic(minutes, stat.Metric!.MetricName!, stat.Stat!) }))
        .filter((point): point is { at: number; value: number } => point.value !== undefined)
      return {
        Id: query.Id,
        Timestamps: points.map((point) => new Date(point.at)),
        Values: points.map((point) => point.value),
        StatusCode: 'Complete'
      }
    })
    return { MetricDataResults: results, $metadata: {} }
  }
}

function dimensionOf(targetGroup: string): string {
  const at = targetGroup.indexOf('targetgroup/')
  return at >= 0 ? targetGroup.slice(at) : targetGroup
}

function statistic(minutes: Minute[], metric: string, stat: string): number | undefined {
  const sum = (field: 'requests' | 'errors' | 'connectionErrors') =>
    minutes.reduce((total, minute) => total + minute[field], 0)
  if (metric === 'RequestCount') return sum('requests')
  if (metric === 'HTTPCode_Target_5XX_Count') return sum('errors')
  if (metric === 'TargetConnectionErrorCount') return sum('connectionErrors')
  const latencies = [...minutes.flatMap((minute) => [...minute.latencies])].sort(([a], [b]) => a - b)
  const total = latencies.reduce((count, [, n]) => count + n, 0)
  if (total === 0) return undefined
  const rank = /^PR\(:([\d.]+)\)$/.exec(stat)
  if (rank) {
    const limit = Number(rank[1])
    return (latencies.filter(([seconds]) => seconds <= limit).reduce((n, [, c]) => n + c, 0) / total) * 100
  }
  const wanted = Math.ceil(0.99 * total)
  let seen = 0
  for (const [seconds, count] of latencies) {
    seen += count
    if (seen >= wanted) return seconds
  }
  return latencies.at(-1)![0]
}
