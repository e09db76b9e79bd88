import {
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  type ElasticLoadBalancingV2Client
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { answer } from './answer.ts'
import type { Calls } from './calls.ts'

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
  /** How long a new target takes to turn healthy: health-check interval x healthy threshold, in ms. */
  healthyAfterMs(targetGroupArn: string): Promise<number>
  /** How long an old target drains: the deregistration delay, in ms. */
  drainMs(targetGroupArn: string): Promise<number>
}

export const elbCalls: Calls<ElbPort> = { targetHealth: 'read', healthyAfterMs: 'read', drainMs: 'read' }

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
    // AWS's defaults where a group does not say: checks every 30 s, 5 healthy in a row; a 300 s delay.
    async healthyAfterMs(targetGroupArn) {
      const { TargetGroups = [] } = await client.send(
        new DescribeTargetGroupsCommand({ TargetGroupArns: [targetGroupArn] })
      )
      return (
        (TargetGroups[0]?.HealthCheckIntervalSeconds ?? 30) *
        (TargetGroups[0]?.HealthyThresholdCount ?? 5) *
        1000
      )
    },
    async drainMs(targetGroupArn) {
      const { Attributes = [] } = await client.send(
        new DescribeTargetGroupAttributesCommand({ TargetGroupArn: targetGroupArn })
      )
      const delay = Attributes.find((attribute) => attribute.Key === 'deregistration_delay.timeout_seconds')
      return Number(delay?.Value ?? 300) * 1000
    }
  }
}
