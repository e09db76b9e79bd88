import {
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
    }
  }
}
