/**
 * The ECS calls of a service whose own deployment strategy (BLUE_GREEN, LINEAR, CANARY) moves its traffic: its
 * service deployments and revisions, and stopping one with a rollback. Part of the ECS port (./ecs.ts).
 */
import {
  ContinueServiceDeploymentCommand,
  DescribeServiceDeploymentsCommand,
  DescribeServiceRevisionsCommand,
  ListServiceDeploymentsCommand,
  StopServiceDeploymentCommand,
  type ECSClient,
  type ServiceDeployment,
  type ServiceDeploymentBrief,
  type ServiceDeploymentStatus,
  type ServiceRevision
} from '@aws-sdk/client-ecs'
import { throwIfCancelled } from '../core/clock.ts'
import { answer } from './answer.ts'

export interface ServiceDeploymentsPort {
  /** The service's deployments created after `filter.after`, in one of `filter.status` (every one without), newest first. */
  listServiceDeployments(
    cluster: string,
    service: string,
    filter?: { after?: Date; status?: ServiceDeploymentStatus[] },
    signal?: AbortSignal
  ): Promise<ServiceDeploymentBrief[]>
  /** undefined when ECS does not know the deployment. */
  describeServiceDeployment(arn: string, signal?: AbortSignal): Promise<ServiceDeployment | undefined>
  /** undefined when ECS does not know the revision. */
  describeServiceRevision(arn: string, signal?: AbortSignal): Promise<ServiceRevision | undefined>
  /**
   * Stops a deployment, ECS rolling the service back to the revision it ran before. Not sent once `signal` has
   * aborted; a rollback passes none.
   */
  stopServiceDeployment(arn: string, signal?: AbortSignal): Promise<void>
  /** Answers a PAUSE lifecycle hook that awaits action: CONTINUE to the next stage, or ROLLBACK. */
  continueServiceDeployment(
    arn: string,
    hookId: string,
    action: 'CONTINUE' | 'ROLLBACK',
    signal?: AbortSignal
  ): Promise<void>
}

export function serviceDeploymentsPort(client: ECSClient): ServiceDeploymentsPort {
  return {
    async listServiceDeployments(cluster, service, filter = {}, signal) {
      const found: ServiceDeploymentBrief[] = []
      let nextToken: string | undefined
      do {
        const page = await answer(
          client.send(
            new ListServiceDeploymentsCommand({
              cluster,
              service,
              createdAt: filter.after ? { after: filter.after } : undefined,
              status: filter.status,
              nextToken
            }),
            { abortSignal: signal }
          ),
          signal
        )
        found.push(...(page.serviceDeployments ?? []))
        nextToken = page.nextToken
      } while (nextToken)
      const time = (brief: ServiceDeploymentBrief) => brief.createdAt?.getTime() ?? 0
      return found.sort((a, b) => time(b) - time(a))
    },
    async describeServiceDeployment(arn, signal) {
      const output = await answer(
        client.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] }), {
          abortSignal: signal
        }),
        signal
      )
      return output.serviceDeployments?.find((deployment) => deployment.serviceDeploymentArn === arn)
    },
    async describeServiceRevision(arn, signal) {
      const output = await answer(
        client.send(new DescribeServiceRevisionsCommand({ serviceRevisionArns: [arn] }), {
          abortSignal: signal
        }),
        signal
      )
      return output.serviceRevisions?.find((revision) => revision.serviceRevisionArn === arn)
    },
    async stopServiceDeployment(arn, signal) {
      throwIfCancelled(signal)
      await client.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' }))
    },
    async continueServiceDeployment(arn, hookId, action, signal) {
      throwIfCancelled(signal)
      await client.send(new ContinueServiceDeploymentCommand({ serviceDeploymentArn: arn, hookId, action }))
    }
  }
}
