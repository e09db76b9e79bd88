/** The emulator's records in the SDK's output shapes (Dates stay Dates; the protocol encodes them). */
import type {
  ClusterRecord,
  DeploymentRecord,
  ServiceRecord,
  TaskDefinitionRecord,
  TaskRecord,
  TaskStatus
} from './model.ts'
import type { EcsState } from './state.ts'

/** Every task runs on loopback: this is the private address AWS would give its ENI. */
const TASK_ADDRESS = '127.0.0.1'

/** The ENI attachment's status through the task's life, as ECS reports it. */
const ATTACHMENT_STATUS: Record<TaskStatus, string> = {
  PROVISIONING: 'PRECREATED',
  PENDING: 'ATTACHED',
  RUNNING: 'ATTACHED',
  DEACTIVATING: 'ATTACHED',
  STOPPING: 'ATTACHED',
  DEPROVISIONING: 'DETACHING',
  STOPPED: 'DELETED'
}

/**
 * An awsvpc task's `ElasticNetworkInterface` attachment, where scripts read the task's address. While the
 * task is PROVISIONING the interface does not exist yet: only its subnet is known.
 */
function attachmentsOf(task: TaskRecord, region: string) {
  const eni = task.networkInterface
  if (!eni) return []
  const status = ATTACHMENT_STATUS[task.lastStatus]
  const details = [{ name: 'subnetId', value: eni.subnetId }]
  if (status !== 'PRECREATED') {
    const domain = region === 'us-east-1' ? 'ec2.internal' : `${region}.compute.internal`
    details.push(
      { name: 'networkInterfaceId', value: eni.id },
      { name: 'macAddress', value: eni.macAddress },
      { name: 'privateDnsName', value: `ip-${TASK_ADDRESS.replaceAll('.', '-')}.${domain}` },
      { name: 'privateIPv4Address', value: TASK_ADDRESS }
    )
  }
  return [{ id: eni.attachmentId, type: 'ElasticNetworkInterface', status, details }]
}

const PENDING_STATUSES = new Set(['PROVISIONING', 'PENDING'])

function serviceTasks(service: ServiceRecord): TaskRecord[] {
  return [...service.cluster.tasks.values()].filter((task) => task.service === service)
}

function counts(tasks: TaskRecord[]) {
  const wanted = tasks.filter((task) => task.desiredStatus === 'RUNNING')
  return {
    runningCount: tasks.filter((task) => task.lastStatus === 'RUNNING').length,
    pendingCount: wanted.filter((task) => PENDING_STATUSES.has(task.lastStatus)).length,
    wanted: wanted.length
  }
}

export function deploymentView(deployment: DeploymentRecord, service: ServiceRecord) {
  const tasks = serviceTasks(service).filter((task) => task.deploymentId === deployment.id)
  const { runningCount, pendingCount, wanted } = counts(tasks)
  return {
    id: deployment.id,
    status: deployment.status,
    taskDefinition: deployment.taskDefinition,
    desiredCount: deployment.status === 'PRIMARY' ? deployment.desiredCount : wanted,
    pendingCount,
    runningCount,
    failedTasks: deployment.failedTasks,
    createdAt: deployment.createdAt,
    updatedAt: deployment.updatedAt,
    launchType: service.launchType,
    ...pick(service.extra, ['platformVersion', 'networkConfiguration']),
    rolloutState: deployment.rolloutState,
    rolloutStateReason: deployment.rolloutStateReason
  }
}

export function serviceView(service: ServiceRecord, state: EcsState, includeTags = false) {
  const { runningCount, pendingCount } = counts(serviceTasks(service))
  return {
    serviceArn: service.arn,
    serviceName: service.name,
    clusterArn: service.cluster.arn,
    loadBalancers: service.loadBalancers.map((lb) => ({ ...lb })),
    serviceRegistries: [],
    status: service.status,
    desiredCount: service.desiredCount,
    runningCount,
    pendingCount,
    launchType: service.launchType,
    taskDefinition: service.taskDefinition,
    deploymentConfiguration: structuredClone(service.deploymentConfiguration),
    deployments: service.deployments.map((deployment) => deploymentView(deployment, service)),
    events: service.events.map((event) => ({ ...event })),
    createdAt: service.createdAt,
    placementConstraints: [],
    placementStrategy: [],
    healthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds,
    schedulingStrategy: 'REPLICA',
    deploymentController: { ...service.deploymentController },
    enableECSManagedTags: false,
    propagateTags: 'NONE',
    enableExecuteCommand: false,
    ...structuredClone(service.extra),
    tags: includeTags ? state.tagsOf(service.arn) : undefined
  }
}

export function taskView(task: TaskRecord, state: EcsState, includeTags = false) {
  const running = task.hostPort !== undefined
  return {
    taskArn: task.arn,
    clusterArn: task.cluster.arn,
    taskDefinitionArn: task.taskDefinition.arn,
    containers: task.containers.map((container) => ({
      containerArn: container.arn,
      taskArn: task.arn,
      name: container.name,
      image: container.image,
      lastStatus: container.lastStatus,
      exitCode: container.exitCode,
      reason: container.reason,
      networkBindings:
        running && container === task.appContainer
          ? [
              {
                bindIP: TASK_ADDRESS,
                containerPort: container.containerPort ?? task.hostPort,
                hostPort: task.hostPort,
                protocol: 'tcp'
              }
            ]
          : [],
      networkInterfaces: [
        { attachmentId: task.networkInterface?.attachmentId ?? task.id, privateIpv4Address: TASK_ADDRESS }
      ],
      healthStatus: 'UNKNOWN'
    })),
    lastStatus: task.lastStatus,
    desiredStatus: task.desiredStatus,
    cpu: task.taskDefinition.body.cpu,
    memory: task.taskDefinition.body.memory,
    createdAt: task.createdAt,
    pullStartedAt: task.pullStartedAt,
    pullStoppedAt: task.pullStoppedAt,
    startedAt: task.startedAt,
    connectivity: task.startedAt ? 'CONNECTED' : undefined,
    connectivityAt: task.startedAt,
    startedBy: task.deploymentId,
    group: `service:${task.service.name}`,
    launchType: task.launchType,
    stoppingAt: task.stoppingAt,
    executionStoppedAt: task.executionStoppedAt,
    stoppedAt: task.stoppedAt,
    stopCode: task.stopCode,
    stoppedReason: task.stoppedReason,
    healthStatus: 'UNKNOWN',
    version: task.version,
    availabilityZone: `${state.arns.region}a`,
    attachments: attachmentsOf(task, state.arns.region),
    overrides: { containerOverrides: task.containers.map((container) => ({ name: container.name })) },
    tags: includeTags ? state.tagsOf(task.arn) : undefined
  }
}

export function taskDefinitionView(definition: TaskDefinitionRecord) {
  return {
    ...structuredClone(definition.body),
    taskDefinitionArn: definition.arn,
    family: definition.family,
    revision: definition.revision,
    status: definition.status,
    registeredAt: definition.registeredAt,
    deregisteredAt: definition.deregisteredAt
  }
}

export function clusterView(cluster: ClusterRecord, state: EcsState, includeTags = false) {
  const tasks = [...cluster.tasks.values()]
  return {
    clusterArn: cluster.arn,
    clusterName: cluster.name,
    status: 'ACTIVE',
    registeredContainerInstancesCount: 0,
    runningTasksCount: tasks.filter((task) => task.lastStatus === 'RUNNING').length,
    pendingTasksCount: tasks.filter((task) => PENDING_STATUSES.has(task.lastStatus)).length,
    activeServicesCount: [...cluster.services.values()].filter((service) => service.status === 'ACTIVE')
      .length,
    statistics: [],
    settings: cluster.settings.map((setting) => ({ ...setting })),
    capacityProviders: [],
    defaultCapacityProviderStrategy: [],
    tags: includeTags ? state.tagsOf(cluster.arn) : undefined
  }
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]))
}
