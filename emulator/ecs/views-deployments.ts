/** Service deployments and revisions in the SDK's output shapes. */
import { failureThreshold } from './scheduler.ts'
import type { ServiceDeploymentRecord, ServiceRevisionRecord } from './native-model.ts'
import type { ServiceDeployments } from './service-deployments.ts'

export function serviceDeploymentView(record: ServiceDeploymentRecord, deployments: ServiceDeployments) {
  const { service } = record
  const breaker = record.configuration.deploymentCircuitBreaker
  const alarms = record.configuration.alarms as { alarmNames?: string[] } | undefined
  const rolledBack = record.status.startsWith('ROLLBACK')
  const summary = (revision: ServiceRevisionRecord, isTarget: boolean) => {
    const tasks = [...service.cluster.tasks.values()].filter(
      (task) =>
        task.service === service &&
        task.desiredStatus === 'RUNNING' &&
        deployments.revisionFor(task.deploymentId) === revision
    )
    const production = isTarget ? record.weights.production : 100 - record.weights.production
    const test = isTarget ? record.weights.test : 100 - record.weights.test
    const wanted = isTarget ? !rolledBack : record.status !== 'SUCCESSFUL'
    return {
      arn: revision.arn,
      requestedTaskCount: wanted ? service.desiredCount : 0,
      runningTaskCount: tasks.filter((task) => task.lastStatus === 'RUNNING').length,
      pendingTaskCount: tasks.filter(
        (task) => task.lastStatus === 'PROVISIONING' || task.lastStatus === 'PENDING'
      ).length,
      requestedProductionTrafficWeight: production,
      requestedTestTrafficWeight: test
    }
  }
  return {
    serviceDeploymentArn: record.arn,
    serviceArn: service.arn,
    clusterArn: service.cluster.arn,
    createdAt: record.createdAt,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
    stoppedAt: record.stoppedAt,
    updatedAt: record.updatedAt,
    sourceServiceRevisions: record.sourceRevisions.map((revision) => summary(revision, false)),
    targetServiceRevision: summary(record.targetRevision, true),
    status: record.status,
    statusReason: record.statusReason,
    lifecycleStage: record.lifecycleStage,
    lifecycleHookDetails: record.hooks.map((hook) => ({
      hookId: hook.hookId,
      targetType: hook.targetType,
      targetArn: hook.targetArn,
      status: hook.status,
      expiresAt: hook.expiresAt,
      timeoutAction: hook.timeoutAction
    })),
    deploymentConfiguration: structuredClone(record.configuration),
    rollback: record.rollback ? { ...record.rollback } : undefined,
    deploymentCircuitBreaker: {
      status: record.circuitBreakerStatus,
      failureCount: record.deployment.failedTasks,
      threshold: failureThreshold(breaker.thresholdConfiguration, service.desiredCount)
    },
    alarms: {
      status: record.alarmsStatus,
      alarmNames: alarms?.alarmNames ?? [],
      triggeredAlarmNames: record.triggeredAlarmNames
    }
  }
}

export function serviceRevisionView(revision: ServiceRevisionRecord) {
  const { service } = revision
  return {
    serviceRevisionArn: revision.arn,
    serviceArn: service.arn,
    clusterArn: service.cluster.arn,
    taskDefinition: revision.taskDefinition,
    ...structuredClone(revision.extra),
    loadBalancers: structuredClone(revision.loadBalancers),
    serviceRegistries: [],
    containerImages: revision.containerImages.map((image) => ({ ...image })),
    createdAt: revision.createdAt,
    resolvedConfiguration: {
      loadBalancers: revision.loadBalancers
        .filter((lb) => lb.advancedConfiguration)
        .map((lb) => ({
          targetGroupArn: lb.targetGroupArn,
          productionListenerRule: lb.advancedConfiguration!.productionListenerRule
        }))
    }
  }
}
