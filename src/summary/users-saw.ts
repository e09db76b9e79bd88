/**
 * What users saw during the rollout, as the load balancer counted it: requests to the service's target groups, the
 * 5xx answers of their targets, and every 5xx the load balancer answered itself (CloudWatch has that count only per
 * load balancer). One GetMetricData call at
 * the end, over the minutes the run spanned (AWS/ApplicationELB has one datapoint a minute).
 */
import type { MetricQuery, MetricsPort } from '../aws/cloudwatch.ts'
import { oneLine } from '../core/errors.ts'
import { periodCovering, targetGroupDimension } from '../analysis/figures.ts'

export interface TrafficCounts {
  /** Requests the load balancer sent to the service's target groups. */
  requests: number
  /** 5xx answered by the service's tasks. */
  targetErrors: number
  /** 5xx the load balancer answered itself (no healthy target, a target it could not reach), for every service behind it. */
  loadBalancerErrors: number
  /** The minutes counted (epoch ms): from the start of the run's first minute to its end. */
  from: number
  to: number
}

/** Where to count: the load balancer (`app/<name>/<id>`) and the service's target groups (ARNs). */
export interface CountedTraffic {
  loadBalancer: string
  targetGroups: string[]
}

/** The counts over `[start, end]`, in one GetMetricData call. */
export async function readTrafficCounts(
  metrics: MetricsPort,
  where: CountedTraffic,
  start: number,
  end: number
): Promise<TrafficCounts> {
  const sum = (id: string, metricName: string, dimensions: Record<string, string>): MetricQuery => ({
    id,
    namespace: 'AWS/ApplicationELB',
    metricName,
    dimensions,
    stat: 'Sum'
  })
  const queries = where.targetGroups.flatMap((arn, i) => {
    const dimensions = { LoadBalancer: where.loadBalancer, TargetGroup: targetGroupDimension(arn) }
    return [
      sum(`requests_${i}`, 'RequestCount', dimensions),
      sum(`target_${i}`, 'HTTPCode_Target_5XX_Count', dimensions)
    ]
  })
  queries.push(sum('elb', 'HTTPCode_ELB_5XX_Count', { LoadBalancer: where.loadBalancer }))
  const from = Math.floor(start / 60_000) * 60_000
  const results = await metrics.metricData(queries, {
    start: from,
    end,
    periodSeconds: periodCovering(start, end)
  })
  const total = (prefix: string) =>
    Object.entries(results)
      .filter(([id]) => id.startsWith(prefix))
      .reduce((sum, [, series]) => sum + series.values.reduce((a, b) => a + b, 0), 0)
  return {
    requests: Math.round(total('requests_')),
    targetErrors: Math.round(total('target_')),
    loadBalancerErrors: Math.round(total('elb')),
    from,
    to: end
  }
}

/** The headline's line: how many answers were 5xx, who answered them, and how many requests reached the service. */
export function usersSawLine(counts: TrafficCounts): string {
  const window = `${time(counts.from)} → ${time(counts.to)} UTC`
  const failed = counts.targetErrors + counts.loadBalancerErrors
  const reached = `${counts.requests} request${counts.requests === 1 ? '' : 's'} reached the service`
  const said =
    failed === 0 && counts.requests === 0
      ? 'no request counted yet'
      : failed === 0
        ? `no 5xx answer; ${reached}`
        : `**${failed} 5xx answers**: ${counts.targetErrors} from its tasks, ${counts.loadBalancerErrors} from the load balancer itself (its count covers every service behind it); ${reached}`
  return `${said} · ${window}, as CloudWatch had it then (the load balancer publishes each minute about a minute late)`
}

/** The line when the counts could not be read. */
export function notReadLine(error: unknown): string {
  const denied = /AccessDenied|not authorized/i.test(oneLine(error))
  return denied
    ? 'not read: the role may not call cloudwatch:GetMetricData (an optional right)'
    : `not read: ${oneLine(error)}`
}

function time(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19)
}
