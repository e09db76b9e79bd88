/** The ECS API: every operation by name. Clusters, tasks and tags live here; the rest in api-*.ts. */
import type { ListenerRulesPort, LoadBalancingPort } from '../core/contracts.ts'
import { AwsError } from '../core/errors.ts'
import type { EmulatorTime } from '../core/time.ts'
import { nameOf, parseEcsArn } from './arns.ts'
import { serviceDeploymentOperations } from './api-service-deployments.ts'
import { serviceOperations } from './api-services.ts'
import { taskDefinitionOperations } from './api-task-definitions.ts'
import { stopText } from './events.ts'
import { checkName, checkTags, invalidParameter, paginate, requiredString } from './input.ts'
import type { Scheduler } from './scheduler.ts'
import type { ServiceDeployments } from './service-deployments.ts'
import type { EcsState } from './state.ts'
import { clusterView, taskView } from './views.ts'

export interface EcsApiDeps {
  state: EcsState
  scheduler: Scheduler
  elb: LoadBalancingPort
  rules?: ListenerRulesPort
  time: EmulatorTime
  deployments: ServiceDeployments
}

export type EcsOperations = Record<string, (input: any) => unknown>

export function ecsOperations(deps: EcsApiDeps): EcsOperations {
  return {
    ...clusterOperations(deps),
    ...taskDefinitionOperations(deps.state, deps.time),
    ...serviceOperations(deps),
    ...serviceDeploymentOperations(deps),
    ...taskOperations(deps),
    ...tagOperations(deps)
  }
}

function clusterOperations({ state, time }: EcsApiDeps): EcsOperations {
  return {
    CreateCluster(input: any) {
      const name = input.clusterName || 'default'
      checkName('Cluster', name)
      const tags = checkTags(input.tags)
      const cluster = state.findCluster(name) ?? state.addCluster(name, time.now())
      for (const setting of input.settings ?? []) {
        const existing = cluster.settings.find((known) => known.name === setting.name)
        if (existing) existing.value = setting.value
        else cluster.settings.push({ name: setting.name, value: setting.value })
      }
      if (tags.length > 0) state.setTags(cluster.arn, tags)
      return { cluster: clusterView(cluster, state, true) }
    },

    DescribeClusters(input: any) {
      const includeTags = (input.include ?? []).includes('TAGS')
      const clusters = []
      const failures = []
      for (const ref of (input.clusters ?? ['default']) as string[]) {
        const cluster = state.findCluster(ref)
        if (cluster) clusters.push(clusterView(cluster, state, includeTags))
        else failures.push({ arn: ref.startsWith('arn:') ? ref : state.arns.cluster(ref), reason: 'MISSING' })
      }
      return { clusters, failures }
    },

    ListClusters(input: any) {
      const { page, nextToken } = paginate(
        [...state.clusters.values()].map((cluster) => cluster.arn),
        input,
        100,
        100
      )
      return { clusterArns: page, nextToken }
    },

    DeleteCluster(input: any) {
      const cluster = state.cluster(requiredString(input, 'cluster'))
      if ([...cluster.services.values()].some((service) => service.status !== 'INACTIVE')) {
        throw new AwsError(
          'ClusterContainsServicesException',
          'The Cluster cannot be deleted while Services are active.'
        )
      }
      if ([...cluster.tasks.values()].some((task) => task.lastStatus !== 'STOPPED')) {
        throw new AwsError(
          'ClusterContainsTasksException',
          'The Cluster cannot be deleted while Tasks are active.'
        )
      }
      state.clusters.delete(cluster.name)
      state.tags.delete(cluster.arn)
      return { cluster: { ...clusterView(cluster, state), status: 'INACTIVE' } }
    }
  }
}

function taskOperations({ state, scheduler }: EcsApiDeps): EcsOperations {
  return {
    ListTasks(input: any) {
      const cluster = state.cluster(input.cluster)
      const otherFilters = ['serviceName', 'family', 'containerInstance', 'launchType', 'desiredStatus']
      if (input.startedBy && otherFilters.some((filter) => input[filter] !== undefined)) {
        // ECS documents that startedBy must be the only filter; being strict here keeps callers honest.
        throw invalidParameter(
          'When you specify startedBy as the filter, it must be the only filter that you use.'
        )
      }
      const service = input.serviceName ? state.service(cluster, input.serviceName) : undefined
      const desiredStatus = input.desiredStatus ?? 'RUNNING'
      const arns = [...cluster.tasks.values()]
        .filter((task) => !service || task.service === service)
        .filter((task) => !input.family || task.taskDefinition.family === input.family)
        .filter((task) => !input.startedBy || task.deploymentId === input.startedBy)
        .filter((task) => !input.launchType || task.launchType === input.launchType)
        // ECS documents that filtering on PENDING returns nothing: tasks are only ever wanted RUNNING or STOPPED.
        .filter((task) => task.desiredStatus === desiredStatus)
        .map((task) => task.arn)
      const { page, nextToken } = paginate(arns, input, 100, 100)
      return { taskArns: page, nextToken }
    },

    DescribeTasks(input: any) {
      const cluster = state.cluster(input.cluster)
      const refs: unknown = input.tasks
      if (!Array.isArray(refs) || refs.length === 0) throw invalidParameter('Tasks cannot be empty.')
      if (refs.length > 100) throw invalidParameter('tasks can have at most 100 items.')
      const includeTags = (input.include ?? []).includes('TAGS')
      const tasks = []
      const failures = []
      for (const ref of refs as string[]) {
        const task = state.findTask(cluster, ref)
        if (task) tasks.push(taskView(task, state, includeTags))
        else
          failures.push({
            arn: ref.startsWith('arn:') ? ref : state.arns.task(cluster.name, ref),
            reason: 'MISSING'
          })
      }
      return { tasks, failures }
    },

    StopTask(input: any) {
      const cluster = state.cluster(input.cluster)
      const task = state.findTask(cluster, requiredString(input, 'task'))
      if (!task) throw invalidParameter('The referenced task was not found.')
      scheduler.stopTask(task, 'UserInitiated', input.reason || stopText.userInitiated())
      return { task: taskView(task, state) }
    }
  }
}

function tagOperations({ state }: EcsApiDeps): EcsOperations {
  /** The ARN of an existing resource, or the error ECS answers. */
  function existing(arn: string): string {
    const resource = parseEcsArn(arn)
    if (!resource) throw invalidParameter(`Invalid identifier: ${arn}`)
    const missing = () =>
      new AwsError('ResourceNotFoundException', 'The specified resource could not be found.')
    if (resource.type === 'task-definition') {
      if (!state.findTaskDefinition(arn)) throw missing()
      return arn
    }
    const cluster = state.cluster(resource.cluster)
    if (resource.type === 'service') {
      const service = state.findService(cluster, resource.name)
      if (!service || service.status === 'INACTIVE') throw missing()
      return service.arn
    }
    if (resource.type === 'task') {
      const task = state.findTask(cluster, resource.id)
      if (!task) throw missing()
      return task.arn
    }
    return cluster.arn
  }

  return {
    TagResource(input: any) {
      const arn = existing(requiredString(input, 'resourceArn'))
      const tags = checkTags(input.tags)
      if (tags.length === 0) throw invalidParameter('tags can not be empty.')
      const keys = new Set([...state.tagsOf(arn), ...tags].map((tag) => tag.key))
      if (keys.size > 50) throw invalidParameter('A resource can have at most 50 tags.')
      state.setTags(arn, tags)
      return {}
    },

    UntagResource(input: any) {
      const arn = existing(requiredString(input, 'resourceArn'))
      const keys: unknown = input.tagKeys
      if (!Array.isArray(keys) || keys.length === 0) throw invalidParameter('tagKeys can not be empty.')
      state.tags.set(
        arn,
        state.tagsOf(arn).filter((tag) => !keys.includes(tag.key))
      )
      return {}
    },

    ListTagsForResource(input: any) {
      return { tags: state.tagsOf(existing(requiredString(input, 'resourceArn'))) }
    }
  }
}

/** For fault injection and tests: a task by ARN or id, in any cluster. */
export function findTaskAnywhere(state: EcsState, taskArnOrId: string) {
  const parsed = parseEcsArn(taskArnOrId)
  for (const cluster of state.clusters.values()) {
    if (parsed?.type === 'task' && parsed.cluster !== cluster.name) continue
    const task = cluster.tasks.get(nameOf(taskArnOrId))
    if (task) return task
  }
  return undefined
}
