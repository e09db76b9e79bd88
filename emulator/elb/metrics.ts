/**
 * The ALB's CloudWatch metrics (namespace AWS/ApplicationELB), with AWS's dimension values, published as AWS publishes
 * them: one datapoint per metric and period of 60 AWS seconds (timestamped at the period's start), put into CloudWatch
 * only a publishing delay after the period ended. Both follow the time scale, so a window shorter than a couple of
 * periods can be empty, and what happened last is always missing for a while, as on AWS.
 */
import type { MetricSink } from '../core/contracts.ts'
import type { EmulatorTime } from '../core/time.ts'
import type { Outcome } from './proxy.ts'

const NAMESPACE = 'AWS/ApplicationELB'

/** How the load balancer publishes its metrics, in AWS seconds. */
export interface MetricPublishing {
  /** What one datapoint covers. */
  periodSeconds: number
  /** How long after its period ends a datapoint reaches CloudWatch. */
  delaySeconds: number
}

export const defaultPublishing: MetricPublishing = { periodSeconds: 60, delaySeconds: 60 }

/** One metric's values within one period: each value with how often it was seen. */
interface Pending {
  metricName: string
  dimensions: Record<string, string>
  unit: string
  values: Map<number, number>
}

export class ElbMetrics {
  private readonly sink: MetricSink
  private readonly time: EmulatorTime
  private readonly publishing: MetricPublishing
  /** Datapoints not yet published, by period start (real epoch ms), then by metric. */
  private readonly pending = new Map<number, Map<string, Pending>>()
  private readonly timers = new Map<number, () => void>()

  constructor(sink: MetricSink, time: EmulatorTime, publishing: MetricPublishing = defaultPublishing) {
    this.sink = sink
    this.time = time
    this.publishing = publishing
  }

  /** One request's outcome. `targetGroup` is the dimension value of the group it went to, if any. */
  request(loadBalancer: string, targetGroup: string | undefined, outcome: Outcome): void {
    const both =
      targetGroup === undefined ? undefined : { LoadBalancer: loadBalancer, TargetGroup: targetGroup }
    const lbOnly = { LoadBalancer: loadBalancer }
    // RequestCount only counts requests for which a target was chosen, as on AWS.
    const targetChosen = outcome.kind === 'target' || (outcome.kind === 'elb' && outcome.statusCode !== 503)
    if (both && targetChosen) {
      this.put('RequestCount', both, 1, 'Count')
      this.put('RequestCount', lbOnly, 1, 'Count')
    }
    if (outcome.kind === 'target' && both) {
      const metric = `HTTPCode_Target_${Math.floor(outcome.statusCode / 100)}XX_Count`
      this.put(metric, both, 1, 'Count')
      this.put(metric, lbOnly, 1, 'Count')
      this.put('TargetResponseTime', both, outcome.seconds, 'Seconds')
      this.put('TargetResponseTime', lbOnly, outcome.seconds, 'Seconds')
    } else if (outcome.kind === 'elb') {
      this.put('HTTPCode_ELB_5XX_Count', lbOnly, 1, 'Count')
      this.put(`HTTPCode_ELB_${outcome.statusCode}_Count`, lbOnly, 1, 'Count')
      if (outcome.connectionError && both) {
        this.put('TargetConnectionErrorCount', both, 1, 'Count')
        this.put('TargetConnectionErrorCount', lbOnly, 1, 'Count')
      }
    } else if (outcome.kind === 'fixed-response') {
      this.put('HTTP_Fixed_Response_Count', lbOnly, 1, 'Count')
    }
  }

  /** One health-check round of a group, for each load balancer that uses it. */
  hostCounts(loadBalancer: string, targetGroup: string, healthy: number, unhealthy: number): void {
    const dimensions = { LoadBalancer: loadBalancer, TargetGroup: targetGroup }
    this.put('HealthyHostCount', dimensions, healthy, 'Count')
    this.put('UnHealthyHostCount', dimensions, unhealthy, 'Count')
  }

  /** Publishes every pending datapoint now (tests; and when the load balancer stops). */
  flush(): void {
    for (const start of [...this.pending.keys()]) this.publish(start)
  }

  stop(): void {
    for (const cancel of this.timers.values()) cancel()
    this.timers.clear()
    this.pending.clear()
  }

  private put(metricName: string, dimensions: Record<string, string>, value: number, unit: string): void {
    const periodMs = this.time.ms(this.publishing.periodSeconds)
    const now = this.time.now().getTime()
    const start = periodMs > 0 ? Math.floor(now / periodMs) * periodMs : now
    let period = this.pending.get(start)
    if (!period) {
      period = new Map()
      this.pending.set(start, period)
      // Published once the period ended and the delay passed.
      const wait = (start + periodMs - now) / this.time.ms(1) + this.publishing.delaySeconds
      this.timers.set(
        start,
        this.time.after(wait, () => this.publish(start))
      )
    }
    const key = JSON.stringify([metricName, dimensions])
    let pending = period.get(key)
    if (!pending) {
      pending = { metricName, dimensions, unit, values: new Map() }
      period.set(key, pending)
    }
    pending.values.set(value, (pending.values.get(value) ?? 0) + 1)
  }

  private publish(start: number): void {
    const period = this.pending.get(start)
    this.pending.delete(start)
    this.timers.get(start)?.()
    this.timers.delete(start)
    if (!period) return
    const timestamp = new Date(start)
    const publishing = {
      periodMs: this.time.ms(this.publishing.periodSeconds),
      delayMs: this.time.ms(this.publishing.delaySeconds)
    }
    for (const { metricName, dimensions, unit, values } of period.values()) {
      for (const [value, count] of values) {
        this.sink.put({
          namespace: NAMESPACE,
          metricName,
          dimensions,
          value,
          count,
          unit,
          timestamp,
          publishing
        })
      }
    }
  }
}
