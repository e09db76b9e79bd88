/** The emulated ECS's state. Views (views.ts) turn these records into the SDK's output shapes. */
import type { TargetRef } from '../core/contracts.ts'

export interface Tag {
  key: string
  value: string
}

export interface ClusterRecord {
  name: string
  arn: string
  createdAt: Date
  settings: { name: string; value: string }[]
  services: Map<string, ServiceRecord>
  /** By task id; STOPPED tasks stay until their retention ends. */
  tasks: Map<string, TaskRecord>
}

export interface TaskDefinitionRecord {
  arn: string
  family: string
  revision: number
  status: 'ACTIVE' | 'INACTIVE'
  registeredAt: Date
  deregisteredAt?: Date
  /** The SDK's TaskDefinition shape, defaults filled in, without the fields above. */
  body: Record<string, any>
}

export interface AdvancedConfiguration {
  alternateTargetGroupArn: string
  productionListenerRule: string
  testListenerRule?: string
  roleArn: string
}

export interface LoadBalancerConfig {
  targetGroupArn: string
  containerName: string
  containerPort: number
  /** BLUE_GREEN, LINEAR and CANARY services: the other target group and the rules ECS rewrites. */
  advancedConfiguration?: AdvancedConfiguration
}

export interface DeploymentConfig {
  deploymentCircuitBreaker: {
    enable: boolean
    rollback: boolean
    resetOnHealthyTask?: boolean
    thresholdConfiguration?: { type?: string; value?: number }
  }
  maximumPercent: number
  minimumHealthyPercent: number
  strategy: string
  [other: string]: unknown
}

export type RolloutState = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED'

export interface DeploymentRecord {
  id: string
  status: 'PRIMARY' | 'ACTIVE'
  taskDefinition: string
  /** Kept for the PRIMARY; older deployments report how many of their tasks are still wanted. */
  desiredCount: number
  failedTasks: number
  createdAt: Date
  updatedAt: Date
  rolloutState: RolloutState
  rolloutStateReason: string
  /** Where this deployment's tasks register, when not the service's target groups (a native green revision). */
  loadBalancers?: LoadBalancerConfig[]
}

export interface ServiceEvent {
  id: string
  createdAt: Date
  message: string
}

export interface ServiceRecord {
  name: string
  arn: string
  cluster: ClusterRecord
  status: 'ACTIVE' | 'DRAINING' | 'INACTIVE'
  desiredCount: number
  taskDefinition: string
  loadBalancers: LoadBalancerConfig[]
  deploymentConfiguration: DeploymentConfig
  deploymentController: { type: string }
  healthCheckGracePeriodSeconds?: number
  /** Absent when the service uses a capacity provider strategy. */
  launchType?: string
  createdAt: Date
  /** Other CreateService/UpdateService fields echoed back as given (networkConfiguration, platformVersion...). */
  extra: Record<string, unknown>
  /** PRIMARY first. */
  deployments: DeploymentRecord[]
  /** Newest first, at most 100. */
  events: ServiceEvent[]
  /** What a circuit-breaker rollback returns to. */
  lastCompleted?: { id: string; taskDefinition: string }
  /** Whether the last scheduler pass found the service steady (to report each new steady state once). */
  steady: boolean
  /** CreateService input, to tell an idempotent retry from a conflicting create. */
  createFingerprint: string
}

export type TaskStatus =
  'PROVISIONING' | 'PENDING' | 'RUNNING' | 'DEACTIVATING' | 'STOPPING' | 'DEPROVISIONING' | 'STOPPED'

export type StopCode =
  'ServiceSchedulerInitiated' | 'EssentialContainerExited' | 'UserInitiated' | 'TaskFailedToStart'

export interface ContainerRecord {
  arn: string
  name: string
  image: string
  essential: boolean
  environment: Record<string, string>
  /** First port mapping of the definition, if any. */
  containerPort?: number
  lastStatus: 'PENDING' | 'RUNNING' | 'STOPPED'
  exitCode?: number
  reason?: string
}

/** The elastic network interface of an awsvpc task (Fargate's only network mode). */
export interface NetworkInterfaceRecord {
  /** The task attachment's id, also each container's `networkInterfaces[].attachmentId`. */
  attachmentId: string
  /** `eni-` and 17 hex digits. */
  id: string
  macAddress: string
  subnetId: string
}

export interface TaskRecord {
  id: string
  arn: string
  cluster: ClusterRecord
  service: ServiceRecord
  deploymentId: string
  taskDefinition: TaskDefinitionRecord
  launchType?: string
  lastStatus: TaskStatus
  desiredStatus: 'RUNNING' | 'STOPPED'
  createdAt: Date
  pullStartedAt?: Date
  pullStoppedAt?: Date
  startedAt?: Date
  stoppingAt?: Date
  executionStoppedAt?: Date
  stoppedAt?: Date
  stopCode?: StopCode
  stoppedReason?: string
  containers: ContainerRecord[]
  /** The container whose app serves traffic (the load-balanced one, else the first essential one). */
  appContainer: ContainerRecord
  /** The app's real port on 127.0.0.1 once it listens. */
  hostPort?: number
  /** awsvpc tasks only; its private IPv4 address is the task's, 127.0.0.1. */
  networkInterface?: NetworkInterfaceRecord
  /** The target groups the task registers in once RUNNING. */
  loadBalancers: LoadBalancerConfig[]
  /** Targets registered for this task (they stay listed while draining). */
  targets: TargetRef[]
  /** Reached healthy at least once (a later stop is then not a deployment failure). */
  everHealthy: boolean
  version: number
}
