/**
 * Service revisions and service deployments: ECS's record of every deployment of a service (rolling ones
 * too), and the lifecycle of its own BLUE_GREEN, LINEAR and CANARY deployments.
 */
import type { DeploymentConfig, DeploymentRecord, LoadBalancerConfig, ServiceRecord } from './model.ts'

export const NATIVE_STRATEGIES = ['BLUE_GREEN', 'LINEAR', 'CANARY']

export function isNative(strategy: string | undefined): boolean {
  return NATIVE_STRATEGIES.includes(strategy ?? 'ROLLING')
}

export type ServiceDeploymentStatus =
  | 'PENDING'
  | 'IN_PROGRESS'
  | 'SUCCESSFUL'
  | 'STOPPED'
  | 'STOP_REQUESTED'
  | 'ROLLBACK_REQUESTED'
  | 'ROLLBACK_IN_PROGRESS'
  | 'ROLLBACK_SUCCESSFUL'
  | 'ROLLBACK_FAILED'

export const FINISHED_STATUSES: ServiceDeploymentStatus[] = [
  'SUCCESSFUL',
  'STOPPED',
  'ROLLBACK_SUCCESSFUL',
  'ROLLBACK_FAILED'
]

/** In the order a deployment goes through them. */
export const LIFECYCLE_STAGES = [
  'RECONCILE_SERVICE',
  'PRE_SCALE_UP',
  'SCALE_UP',
  'POST_SCALE_UP',
  'TEST_TRAFFIC_SHIFT',
  'POST_TEST_TRAFFIC_SHIFT',
  'PRODUCTION_TRAFFIC_SHIFT',
  'POST_PRODUCTION_TRAFFIC_SHIFT',
  'BAKE_TIME',
  'CLEAN_UP'
] as const

export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number]

/** Stages a lifecycle hook may name (PRE_PRODUCTION_TRAFFIC_SHIFT runs before each production shift). */
export const HOOK_STAGES = [
  'RECONCILE_SERVICE',
  'PRE_SCALE_UP',
  'POST_SCALE_UP',
  'TEST_TRAFFIC_SHIFT',
  'POST_TEST_TRAFFIC_SHIFT',
  'PRE_PRODUCTION_TRAFFIC_SHIFT',
  'PRODUCTION_TRAFFIC_SHIFT',
  'POST_PRODUCTION_TRAFFIC_SHIFT'
]

export type MonitorStatus = 'DISABLED' | 'MONITORING' | 'MONITORING_COMPLETE' | 'TRIGGERED'

export interface ServiceRevisionRecord {
  arn: string
  service: ServiceRecord
  taskDefinition: string
  loadBalancers: LoadBalancerConfig[]
  /** launchType, platformVersion, networkConfiguration as the service had them. */
  extra: Record<string, unknown>
  containerImages: { containerName: string; image: string }[]
  createdAt: Date
}

export interface HookDetail {
  hookId: string
  targetType: 'AWS_LAMBDA' | 'PAUSE'
  targetArn?: string
  status: 'AWAITING_ACTION' | 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT'
  expiresAt?: Date
  timeoutAction?: 'CONTINUE' | 'ROLLBACK'
  /** What ContinueServiceDeployment asked for a PAUSE hook. */
  decision?: 'CONTINUE' | 'ROLLBACK'
}

export interface ServiceDeploymentRecord {
  arn: string
  service: ServiceRecord
  /** The scheduler deployment that runs the target revision. */
  deployment: DeploymentRecord
  /** The scheduler deployments of the source revisions (what a rollback returns to). */
  sourceDeployments: DeploymentRecord[]
  sourceRevisions: ServiceRevisionRecord[]
  targetRevision: ServiceRevisionRecord
  /** Set when the circuit breaker of a rolling deployment rolls back: the deployment that restores the source. */
  rollbackDeploymentId?: string
  createdAt: Date
  startedAt?: Date
  updatedAt: Date
  finishedAt?: Date
  stoppedAt?: Date
  status: ServiceDeploymentStatus
  statusReason?: string
  lifecycleStage?: LifecycleStage
  configuration: DeploymentConfig
  rollback?: { reason: string; startedAt: Date; serviceRevisionArn: string }
  circuitBreakerStatus: MonitorStatus
  alarmsStatus: MonitorStatus
  triggeredAlarmNames: string[]
  hooks: HookDetail[]
  /** Percent of production and test traffic ECS sends to the target revision. */
  weights: { production: number; test: number }
  /** What StopServiceDeployment asked for, until the deployment acts on it. */
  stopRequest?: 'ROLLBACK' | 'ABORT'
}

/** The circuit breaker and the alarms watch a deployment until it ends (one that fired stays TRIGGERED). */
export function endMonitoring(record: ServiceDeploymentRecord): void {
  if (record.alarmsStatus === 'MONITORING') record.alarmsStatus = 'MONITORING_COMPLETE'
  if (record.circuitBreakerStatus === 'MONITORING') record.circuitBreakerStatus = 'MONITORING_COMPLETE'
}

/** What the service scheduler asks of the service deployments (implemented by `ServiceDeployments`). */
export interface DeploymentObserver {
  /** While a native deployment runs: whether the PRIMARY may launch tasks and older tasks may be stopped. */
  gate(service: ServiceRecord): { launch: boolean; stopOlder: boolean } | undefined
  /** The PRIMARY reached its desired count, all healthy, alone. */
  completed(service: ServiceRecord, deployment: DeploymentRecord): void
  /** The circuit breaker failed `failed`; `rollback` is the deployment restoring the last completed one. */
  circuitBreakerTripped(service: ServiceRecord, failed: DeploymentRecord, rollback?: DeploymentRecord): void
}
