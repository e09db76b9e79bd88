/**
 * ECS's service revisions and service deployments: one deployment per CreateService / UpdateService that
 * starts a rollout, whatever the strategy. Rolling ones follow the scheduler (completion, circuit-breaker
 * rollback); BLUE_GREEN, LINEAR and CANARY ones are run by a `NativeDeployment`, which also tells the
 * scheduler when it may launch and stop tasks.
 */
import type { EmulatorTime } from '../core/time.ts'
import type { DeploymentRecord, ServiceRecord } from './model.ts'
import { NativeDeployment, type NativeDeps } from './native-deployment.ts'
import {
  endMonitoring,
  FINISHED_STATUSES,
  isNative,
  type DeploymentObserver,
  type ServiceDeploymentRecord,
  type ServiceRevisionRecord
} from './native-model.ts'
import type { EcsState } from './state.ts'

export interface ServiceDeploymentsDeps extends Omit<NativeDeps, 'rules' | 'signal'> {
  state: EcsState
  time: EmulatorTime
  rules?: NativeDeps['rules']
}

export class ServiceDeployments implements DeploymentObserver {
  private readonly deps: ServiceDeploymentsDeps
  /** The native deployment that governs each service's tasks now (by service ARN). */
  private readonly drivers = new Map<string, NativeDeployment>()
  /** The revision each scheduler deployment runs (by deployment id). */
  private readonly revisionOf = new Map<string, ServiceRevisionRecord>()
  private readonly stopping = new AbortController()

  constructor(deps: ServiceDeploymentsDeps) {
    this.deps = deps
  }

  /** Records the service deployment of `deployment`, just created by the scheduler, and starts it. */
  begin(service: ServiceRecord, deployment: DeploymentRecord): ServiceDeploymentRecord {
    const { state, time } = this.deps
    const now = time.now()
    const live = new Set(
      [...service.cluster.tasks.values()]
        .filter((task) => task.service === service && task.lastStatus !== 'STOPPED')
        .map((task) => task.deploymentId)
    )
    // Blue (the revision in the service's own target groups) first.
    const sources = service.deployments
      .filter((other) => other !== deployment && live.has(other.id))
      .sort((a, b) => Number(!!a.loadBalancers) - Number(!!b.loadBalancers))
    const target = this.newRevision(service, deployment)
    const record: ServiceDeploymentRecord = {
      arn: state.arns.serviceDeployment(service.cluster.name, service.name),
      service,
      deployment,
      sourceDeployments: sources,
      sourceRevisions: sources.flatMap((source) => this.revisionOf.get(source.id) ?? []),
      targetRevision: target,
      createdAt: now,
      updatedAt: now,
      status: 'PENDING',
      configuration: structuredClone(service.deploymentConfiguration),
      circuitBreakerStatus: service.deploymentConfiguration.deploymentCircuitBreaker.enable
        ? 'MONITORING'
        : 'DISABLED',
      alarmsStatus: (service.deploymentConfiguration.alarms as any)?.enable ? 'MONITORING' : 'DISABLED',
      triggeredAlarmNames: [],
      hooks: [],
      weights: { production: 0, test: 0 }
    }
    for (const earlier of this.ofService(service)) {
      const driver = this.drivers.get(service.arn)
      const settling = driver?.record === earlier && (driver.phase === 'clean' || driver.phase === 'revert')
      if (FINISHED_STATUSES.includes(earlier.status) || settling) continue
      endMonitoring(earlier)
      Object.assign(earlier, {
        status: 'STOPPED',
        statusReason: `Superseded by service deployment ${record.arn}.`,
        stoppedAt: now,
        finishedAt: now,
        updatedAt: now
      })
    }
    state.serviceDeployments.set(record.arn, record)
    const native = isNative(service.deploymentConfiguration.strategy) && sources.length > 0
    if (!native || !this.deps.rules) {
      this.drivers.delete(service.arn)
      Object.assign(record, {
        status: 'IN_PROGRESS',
        startedAt: now,
        weights: { production: 100, test: 100 }
      })
      return record
    }
    deployment.loadBalancers = service.loadBalancers.map((lb) => ({
      ...lb,
      targetGroupArn: lb.advancedConfiguration!.alternateTargetGroupArn
    }))
    const driver = new NativeDeployment(record, {
      ...this.deps,
      rules: this.deps.rules,
      signal: this.stopping.signal
    })
    this.drivers.set(service.arn, driver)
    driver.run().catch((error) => console.error('native deployment failed:', error))
    return record
  }

  /** Ends every running deployment where it is (the emulator stops). */
  stop(): void {
    this.stopping.abort()
  }

  /** DeleteService: deployments still running end there (a native one stops at its next look). */
  serviceDeleted(service: ServiceRecord): void {
    const now = this.deps.time.now()
    for (const record of this.ofService(service)) {
      if (FINISHED_STATUSES.includes(record.status) || this.driverOf(record)) continue
      const reason = 'The service was deleted.'
      endMonitoring(record)
      Object.assign(record, {
        status: 'STOPPED',
        statusReason: reason,
        stoppedAt: now,
        finishedAt: now,
        updatedAt: now
      })
    }
  }

  gate(service: ServiceRecord) {
    return this.drivers.get(service.arn)?.gate()
  }

  completed(service: ServiceRecord, deployment: DeploymentRecord): void {
    const now = this.deps.time.now()
    for (const record of this.ofService(service)) {
      if (FINISHED_STATUSES.includes(record.status) || this.drivers.get(service.arn)?.record === record)
        continue
      const done =
        record.rollbackDeploymentId === deployment.id
          ? { status: 'ROLLBACK_SUCCESSFUL', statusReason: record.statusReason }
          : record.deployment === deployment
            ? { status: 'SUCCESSFUL', statusReason: 'Service deployment completed.' }
            : undefined
      if (!done) continue
      endMonitoring(record)
      Object.assign(record, done, { finishedAt: now, updatedAt: now })
    }
  }

  circuitBreakerTripped(service: ServiceRecord, failed: DeploymentRecord, rollback?: DeploymentRecord): void {
    const record = this.ofService(service).find((candidate) => candidate.deployment === failed)
    if (!record || FINISHED_STATUSES.includes(record.status)) return
    const now = this.deps.time.now()
    record.circuitBreakerStatus = 'TRIGGERED'
    const reason = 'ECS deployment circuit breaker: tasks failed to start.'
    if (!rollback) {
      Object.assign(record, { status: 'STOPPED', statusReason: reason, stoppedAt: now, finishedAt: now })
      return
    }
    this.rollingBack(record, rollback, reason)
  }

  /** A rolling deployment goes back to the last completed one through `rollback`, a new scheduler deployment. */
  rollingBack(record: ServiceDeploymentRecord, rollback: DeploymentRecord, reason: string): void {
    const now = this.deps.time.now()
    const revision = this.revisionOf.get(record.service.lastCompleted?.id ?? '') ?? record.sourceRevisions[0]
    if (revision) this.revisionOf.set(rollback.id, revision)
    Object.assign(record, {
      status: 'ROLLBACK_IN_PROGRESS',
      statusReason: reason,
      rollbackDeploymentId: rollback.id,
      rollback: { reason, startedAt: now, serviceRevisionArn: revision?.arn },
      updatedAt: now
    })
  }

  /** The deployment a native service's driver runs now, to act on (PAUSE hooks, stop requests). */
  driverOf(record: ServiceDeploymentRecord): NativeDeployment | undefined {
    const driver = this.drivers.get(record.service.arn)
    return driver?.record === record ? driver : undefined
  }

  ofService(service: ServiceRecord): ServiceDeploymentRecord[] {
    return [...this.deps.state.serviceDeployments.values()].filter((record) => record.service === service)
  }

  revisionFor(deploymentId: string): ServiceRevisionRecord | undefined {
    return this.revisionOf.get(deploymentId)
  }

  private newRevision(service: ServiceRecord, deployment: DeploymentRecord): ServiceRevisionRecord {
    const { state, time } = this.deps
    const definition = state.taskDefinitionByArn(deployment.taskDefinition)
    const revision: ServiceRevisionRecord = {
      arn: state.arns.serviceRevision(service.cluster.name, service.name),
      service,
      taskDefinition: deployment.taskDefinition,
      loadBalancers: structuredClone(service.loadBalancers),
      extra: {
        launchType: service.launchType,
        platformVersion: service.extra.platformVersion,
        networkConfiguration: structuredClone(service.extra.networkConfiguration)
      },
      containerImages: (definition.body.containerDefinitions as any[]).map((container) => ({
        containerName: container.name,
        image: container.image
      })),
      createdAt: time.now()
    }
    state.serviceRevisions.set(revision.arn, revision)
    this.revisionOf.set(deployment.id, revision)
    return revision
  }
}
