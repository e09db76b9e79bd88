/** RegisterTaskDefinition, DescribeTaskDefinition, DeregisterTaskDefinition, ListTaskDefinitions. */
import type { EmulatorTime } from '../core/time.ts'
import {
  checkImage,
  checkName,
  checkTags,
  clientError,
  invalidParameter,
  paginate,
  requiredString
} from './input.ts'
import type { TaskDefinitionRecord } from './model.ts'
import type { EcsState } from './state.ts'
import { taskDefinitionView } from './views.ts'

/** Task-definition fields echoed back as registered. */
const ECHOED = [
  'taskRoleArn',
  'executionRoleArn',
  'networkMode',
  'requiresCompatibilities',
  'cpu',
  'memory',
  'runtimePlatform',
  'pidMode',
  'ipcMode',
  'proxyConfiguration',
  'ephemeralStorage',
  'inferenceAccelerators',
  'enableFaultInjection'
]

export function taskDefinitionOperations(state: EcsState, time: EmulatorTime) {
  return {
    RegisterTaskDefinition(input: any) {
      const family = requiredString(input, 'family')
      checkName('Family', family)
      const body = definitionBody(input)
      const tags = checkTags(input.tags)
      const revisions = state.families.get(family) ?? []
      const revision = revisions.length + 1
      const record: TaskDefinitionRecord = {
        arn: state.arns.taskDefinition(family, revision),
        family,
        revision,
        status: 'ACTIVE',
        registeredAt: time.now(),
        body
      }
      revisions.push(record)
      state.families.set(family, revisions)
      if (tags.length > 0) state.setTags(record.arn, tags)
      return { taskDefinition: taskDefinitionView(record), tags: state.tagsOf(record.arn) }
    },

    DescribeTaskDefinition(input: any) {
      const record = state.findTaskDefinition(input.taskDefinition)
      if (!record) throw clientError('Unable to describe task definition.')
      const includeTags = (input.include ?? []).includes('TAGS')
      return {
        taskDefinition: taskDefinitionView(record),
        tags: includeTags ? state.tagsOf(record.arn) : undefined
      }
    },

    DeregisterTaskDefinition(input: any) {
      const ref = requiredString(input, 'taskDefinition')
      if (!ref.startsWith('arn:') && !ref.includes(':')) {
        throw invalidParameter('Revision must be specified: use family:revision or the full ARN.')
      }
      const record = state.findTaskDefinition(ref)
      if (!record) throw clientError('The specified task definition does not exist.')
      if (record.status === 'ACTIVE') {
        record.status = 'INACTIVE'
        record.deregisteredAt = time.now()
      }
      return { taskDefinition: taskDefinitionView(record) }
    },

    ListTaskDefinitions(input: any) {
      const status = input.status ?? 'ACTIVE'
      const sort = input.sort ?? 'ASC'
      if (!['ASC', 'DESC'].includes(sort)) throw invalidParameter('sort must be ASC or DESC.')
      const families = [...state.families.keys()].sort()
      const matching = families
        .filter((family) => !input.familyPrefix || family === input.familyPrefix)
        .flatMap((family) => state.families.get(family) ?? [])
        .filter((record) => record.status === status)
        .map((record) => record.arn)
      if (sort === 'DESC') matching.reverse()
      const { page, nextToken } = paginate(matching, input, 100, 100)
      return { taskDefinitionArns: page, nextToken }
    }
  }
}

function definitionBody(input: any): Record<string, any> {
  const containers = input.containerDefinitions
  if (!Array.isArray(containers) || containers.length === 0) {
    throw clientError('Container list cannot be empty.')
  }
  const awsvpc = input.networkMode === 'awsvpc'
  const names = new Set<string>()
  const containerDefinitions = containers.map((container: any) => {
    if (!container?.name) throw clientError('Container.name should not be null or empty.')
    checkImage(container.image)
    if (names.has(container.name)) throw clientError(`Duplicate container name: ${container.name}.`)
    names.add(container.name)
    return {
      ...structuredClone(container),
      cpu: container.cpu ?? 0,
      essential: container.essential ?? true,
      portMappings: (container.portMappings ?? []).map((mapping: any) => ({
        ...mapping,
        hostPort: mapping.hostPort ?? (awsvpc ? mapping.containerPort : undefined),
        protocol: mapping.protocol ?? 'tcp'
      })),
      environment: container.environment ?? [],
      mountPoints: container.mountPoints ?? [],
      volumesFrom: container.volumesFrom ?? []
    }
  })
  if (!containerDefinitions.some((container: any) => container.essential)) {
    throw clientError('Task definition does not have any essential container.')
  }
  const requires: string[] = input.requiresCompatibilities ?? []
  if (requires.includes('FARGATE')) {
    if (!awsvpc) throw clientError("Fargate only supports network mode 'awsvpc'.")
    if (!input.cpu) throw clientError("Fargate requires that 'cpu' be defined at the task level.")
    if (!input.memory) throw clientError("Fargate requires that 'memory' be defined at the task level.")
  }
  const body: Record<string, any> = {
    containerDefinitions,
    volumes: input.volumes ?? [],
    placementConstraints: input.placementConstraints ?? [],
    requiresAttributes: [],
    compatibilities: awsvpc ? ['EC2', 'FARGATE'] : ['EC2']
  }
  for (const key of ECHOED) if (input[key] !== undefined) body[key] = structuredClone(input[key])
  return body
}
