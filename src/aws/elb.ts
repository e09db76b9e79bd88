import {
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  type ElasticLoadBalancingV2Client
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { answer } from './answer.ts'

export interface TargetHealth {
  targetGroupArn: string
  id: string
  port?: number
  /** initial, healthy, unhealthy, unused, draining, unavailable */
  state: string
  reason?: string
  description?: string
}

/** The ELBv2 calls the strategies make. */
export interface ElbPort {
  targetHealth(targetGroupArn: string, signal?: AbortSignal): Promise<TargetHealth[]>
  /** How long a new target takes to turn healthy (interval x healthy threshold) and an old one to drain, in ms. */
  timings(targetGroupArn: string): Promise<{ healthyAfterMs: number; drainMs: number }>
}

export function elbPort(client: ElasticLoadBalancingV2Client): ElbPort {
  return {
    async targetHealth(targetGroupArn, signal) {
      const output = await answer(
        client.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn }), {
          abortSignal: signal
        }),
        signal
      )
      return (output.TargetHealthDescriptions ?? []).map((description) => ({
        targetGroupArn,
        id: description.Target?.Id ?? '',
        port: description.Target?.Port,
        state: description.TargetHealth?.State ?? 'unavailable',
        reason: description.TargetHealth?.Reason,
        description: description.TargetHealth?.Description
      }))
    },
    async timings(targetGroupArn) {
      const [groups, attributes] = await Promise.all([
        client.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [targetGroupArn] })),
        client.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: targetGroupArn }))
      ])
      const group = groups.TargetGroups?.[0]
      const delay = attributes.Attributes?.find(
        (attribute) => attribute.Key === 'deregistration_delay.timeout_seconds'
      )
      // AWS's defaults: checks every 30 s, 5 healthy in a row; a 300 s deregistration delay.
      const healthyAfterMs =
        (group?.HealthCheckIntervalSeconds ?? 30) * (group?.HealthyThresholdCount ?? 5) * 1000
      return { healthyAfterMs, drainMs: Number(delay?.Value ?? 300) * 1000 }
    }
  }
}
