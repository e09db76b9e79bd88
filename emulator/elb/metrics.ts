/** The ALB's CloudWatch metrics (namespace AWS/ApplicationELB), with AWS's dimension values. */
import type { MetricSink } from '../core/contracts.ts'
import type { EmulatorTime } from '../core/time.ts'
import type { Outcome } from './proxy.ts'

const NAMESPACE = 'AWS/ApplicationELB'

export class ElbMetrics {
  private readonly sink: MetricSink
  private readonly time: EmulatorTime

  constructor(sink: MetricSink, time: EmulatorTime) {
    this.sink = sink
    this.time = time
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

  private put(metricName: string, dimensions: Record<string, string>, value: number, unit: string): void {
    this.sink.put({ namespace: NAMESPACE, metricName, dimensions, value, unit, timestamp: this.time.now() })
  }
}
