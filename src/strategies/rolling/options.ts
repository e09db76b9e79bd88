/** What a rolling update is given, what it reports, and the service updates it makes. */
import type { UpdateServiceCommandInput } from '@aws-sdk/client-ecs'
import type { AlarmPort } from '../../aws/cloudwatch.ts'
import type { EcsPort } from '../../aws/ecs.ts'
import type { ElbPort } from '../../aws/elb.ts'
import type { TaskDefinitionSource } from '../../aws/task-definition.ts'
import type { Timeline } from '../../core/timeline.ts'
import type { GatePorts } from '../../gates/sets.ts'
import type { RolloutReport } from '../../rollout/report.ts'
import type { OnFailure } from '../../rollout/rollout.ts'
import type { ServiceSnapshot } from '../../service/service.ts'

export interface RollingOptions {
  cluster: string
  service: string
  taskDefinition: TaskDefinitionSource
  /** Deploy a task definition of another family than the service's. */
  allowFamilyChange?: boolean
  desiredCount?: number
  forceNewDeployment: boolean
  /** CloudWatch alarm names that must not be in ALARM. */
  alarms: string[]
  waitTimeoutMs: number
  pollIntervalMs: number
  /** How long to keep watching after the deployment completed. */
  bakeTimeMs: number
  onFailure: OnFailure
  /** This workflow run, as the saved state names it. */
  run: string
  /** How long to wait for another run's lock (the run skeleton holds it). */
  lockTimeoutMs?: number
}

export interface RollingPorts extends GatePorts {
  ecs: EcsPort
  elb: ElbPort
  cloudwatch: AlarmPort
}

export interface RollingReport extends RolloutReport {
  cluster: string
  service: string
  taskDefinitionArn: string
  previousTaskDefinitionArn: string
  deploymentId?: string
}

export interface RollingResult {
  report: RollingReport
  timeline: Timeline
}

/** Deploys the task definition; turns the circuit breaker on unless the service configures one already. */
export function serviceUpdate(options: RollingOptions, service: ServiceSnapshot) {
  const update: Omit<UpdateServiceCommandInput, 'service'> = {
    desiredCount: options.desiredCount,
    forceNewDeployment: options.forceNewDeployment
  }
  if (!service.deploymentConfiguration?.deploymentCircuitBreaker?.enable) {
    update.deploymentConfiguration = {
      ...service.deploymentConfiguration,
      deploymentCircuitBreaker: { enable: true, rollback: options.onFailure === 'rollback' }
    }
  }
  return update
}

/** Back to the task definition (and desired count, if the rollout changed it) the service had before. */
export function rollbackUpdate(options: RollingOptions, service: ServiceSnapshot): UpdateServiceCommandInput {
  return {
    cluster: options.cluster,
    service: options.service,
    taskDefinition: service.taskDefinition,
    desiredCount: options.desiredCount === undefined ? undefined : service.desiredCount
  }
}
