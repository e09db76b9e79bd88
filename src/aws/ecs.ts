import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  type ListTasksCommandInput,
  RegisterTaskDefinitionCommand,
  TagResourceCommand,
  UpdateServiceCommand,
  type ECSClient,
  type RegisterTaskDefinitionCommandInput,
  type Service,
  type Tag,
  type Task,
  type TaskDefinition,
  type UpdateServiceCommandInput
} from '@aws-sdk/client-ecs'
import { throwIfCancelled } from '../core/clock.ts'
import type { Calls } from './calls.ts'
import { answer } from './answer.ts'
import { serviceDeploymentsPort, type ServiceDeploymentsPort } from './service-deployments.ts'

export type TaskDefinitionRequest = RegisterTaskDefinitionCommandInput
export type ServiceUpdate = UpdateServiceCommandInput

/**
 * The few ECS calls the strategies make. A change (register, update, tag) given a `signal` is not sent once that
 * signal has aborted: a run cancelled while its previous call was in flight makes no further change. Undoing
 * steps (a rollback, the record of how the run ended) pass no signal: they must go out after a cancellation.
 */
export interface EcsPort extends ServiceDeploymentsPort {
  /** undefined when the cluster has no such service; throws ClusterNotFoundException for a missing cluster. */
  describeService(cluster: string, service: string, signal?: AbortSignal): Promise<Service | undefined>
  describeTaskDefinition(taskDefinition: string): Promise<{ taskDefinition: TaskDefinition; tags: Tag[] }>
  /** Returns the new revision's ARN. */
  registerTaskDefinition(request: TaskDefinitionRequest, signal?: AbortSignal): Promise<string>
  updateService(update: ServiceUpdate, signal?: AbortSignal): Promise<Service>
  /** Every task (running and stopped) of one deployment of a service. */
  deploymentTasks(
    cluster: string,
    service: string,
    deploymentId: string,
    signal?: AbortSignal
  ): Promise<Task[]>
  /**
   * Several services (by name or ARN) in one call, with their tags; `missing` lists the names given that are
   * not active services. Throws ClusterNotFoundException for a missing cluster.
   */
  describeServicesWithTags(
    cluster: string,
    services: string[]
  ): Promise<{ found: Service[]; missing: string[] }>
  /** Adds or overwrites tags of a resource (a service, a task definition). */
  tagResource(resourceArn: string, tags: Tag[], signal?: AbortSignal): Promise<void>
}

export const ecsCalls: Calls<EcsPort> = {
  describeService: 'read',
  describeTaskDefinition: 'read',
  registerTaskDefinition: 'change',
  updateService: 'change',
  deploymentTasks: 'read',
  describeServicesWithTags: 'read',
  tagResource: 'change',
  listServiceDeployments: 'read',
  describeServiceDeployment: 'read',
  describeServiceRevision: 'read',
  stopServiceDeployment: 'change',
  continueServiceDeployment: 'change'
}

type Described = Promise<{ taskDefinition: TaskDefinition; tags: Tag[] }>
/** Revisions described through a client, whichever port asked (a run has one client, and ports may come and go). */
const described = new WeakMap<ECSClient, Map<string, Described>>()
const revisionsOf = (client: ECSClient): Map<string, Described> => {
  const known = described.get(client) ?? new Map<string, Described>()
  described.set(client, known)
  return known
}

export function ecsPort(client: ECSClient): EcsPort {
  const listTasks = async (
    filter: Omit<ListTasksCommandInput, 'nextToken'>,
    signal: AbortSignal | undefined
  ): Promise<string[]> => {
    const arns: string[] = []
    let nextToken: string | undefined
    do {
      const page = await answer(
        client.send(new ListTasksCommand({ ...filter, nextToken }), { abortSignal: signal }),
        signal
      )
      arns.push(...(page.taskArns ?? []))
      nextToken = page.nextToken
    } while (nextToken)
    return arns
  }
  const describeTasks = async (
    cluster: string,
    arns: string[],
    signal: AbortSignal | undefined
  ): Promise<Task[]> => {
    const tasks: Task[] = []
    for (let i = 0; i < arns.length; i += 100) {
      const page = await answer(
        client.send(new DescribeTasksCommand({ cluster, tasks: arns.slice(i, i + 100) }), {
          abortSignal: signal
        }),
        signal
      )
      tasks.push(...(page.tasks ?? []))
    }
    return tasks
  }
  // A STOPPED task never changes again: describe each once, however often a deployment is looked at.
  const stoppedTasks = new Map<string, Task>()
  const revisions = revisionsOf(client)

  return {
    ...serviceDeploymentsPort(client),
    async describeService(cluster, service, signal) {
      const { services = [] } = await answer(
        client.send(new DescribeServicesCommand({ cluster, services: [service] }), { abortSignal: signal }),
        signal
      )
      return services.find((found) => found.status !== 'INACTIVE')
    },
    describeTaskDefinition(taskDefinition) {
      // A revision never changes (its tags may: tagging a revision forgets them all); a bare family names the latest.
      const known = revisions.get(taskDefinition)
      if (known) return known
      const described = (async () => {
        const output = await client.send(
          new DescribeTaskDefinitionCommand({ taskDefinition, include: ['TAGS'] })
        )
        if (!output.taskDefinition) throw new Error(`task definition ${taskDefinition} was not returned`)
        return { taskDefinition: output.taskDefinition, tags: output.tags ?? [] }
      })()
      if (/:\d+$/.test(taskDefinition)) {
        revisions.set(taskDefinition, described)
        described.catch(() => revisions.delete(taskDefinition))
      }
      return described
    },
    async registerTaskDefinition(request, signal) {
      throwIfCancelled(signal)
      const output = await client.send(new RegisterTaskDefinitionCommand(request))
      const arn = output.taskDefinition?.taskDefinitionArn
      if (!arn) throw new Error('RegisterTaskDefinition returned no task definition ARN')
      // ECS answers with the whole new revision: it need not be described again.
      revisions.set(arn, Promise.resolve({ taskDefinition: output.taskDefinition!, tags: output.tags ?? [] }))
      return arn
    },
    async updateService(update, signal) {
      throwIfCancelled(signal)
      const output = await client.send(new UpdateServiceCommand(update))
      if (!output.service) throw new Error('UpdateService returned no service')
      return output.service
    },
    async deploymentTasks(cluster, service, deploymentId, signal) {
      // ECS takes `startedBy` only as the sole filter (its default desired status is RUNNING), so the
      // stopped ones are listed by service and picked by their `startedBy`.
      const running = await listTasks({ cluster, startedBy: deploymentId }, signal)
      const serviceName = service.split('/').pop()! // a service ARN ends with the name
      const stopped = await listTasks({ cluster, serviceName, desiredStatus: 'STOPPED' }, signal)
      const described = await describeTasks(
        cluster,
        [...running, ...stopped.filter((arn) => !stoppedTasks.has(arn))],
        signal
      )
      const byArn = new Map<string, Task>()
      for (const task of described) {
        if (task.lastStatus === 'STOPPED') stoppedTasks.set(task.taskArn!, task)
        byArn.set(task.taskArn!, task)
      }
      for (const arn of stopped) {
        const task = stoppedTasks.get(arn)
        if (task) byArn.set(arn, task)
      }
      return [...byArn.values()].filter((task) => task.startedBy === deploymentId)
    },
    async describeServicesWithTags(cluster, services) {
      const output = await client.send(new DescribeServicesCommand({ cluster, services, include: ['TAGS'] }))
      const found = (output.services ?? []).filter((service) => service.status !== 'INACTIVE')
      const missing = services.filter(
        (name) => !found.some((service) => service.serviceName === name || service.serviceArn === name)
      )
      return { found, missing }
    },
    async tagResource(resourceArn, tags, signal) {
      throwIfCancelled(signal)
      if (resourceArn.includes(':task-definition/')) revisions.clear()
      await client.send(new TagResourceCommand({ resourceArn, tags }))
    }
  }
}
