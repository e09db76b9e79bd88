/**
 * ListServiceDeployments, DescribeServiceDeployments, DescribeServiceRevisions, StopServiceDeployment and
 * ContinueServiceDeployment.
 */
import { AwsError } from '../core/errors.ts'
import type { EmulatorTime } from '../core/time.ts'
import { invalidParameter, paginate, requiredString } from './input.ts'
import {
  endMonitoring,
  FINISHED_STATUSES,
  type ServiceDeploymentRecord,
  type ServiceRevisionRecord
} from './native-model.ts'
import type { Scheduler } from './scheduler.ts'
import type { ServiceDeployments } from './service-deployments.ts'
import type { EcsState } from './state.ts'
import { serviceDeploymentView, serviceRevisionView } from './views-deployments.ts'

export interface ServiceDeploymentApiDeps {
  state: EcsState
  scheduler: Scheduler
  deployments: ServiceDeployments
  time: EmulatorTime
}

const notFound = () =>
  new AwsError('ServiceDeploymentNotFoundException', 'The service deployment does not exist.')
const conflict = (message: string) => new AwsError('ConflictException', message)

export function serviceDeploymentOperations({
  state,
  scheduler,
  deployments,
  time
}: ServiceDeploymentApiDeps) {
  function describeMany<T>(
    input: any,
    key: string,
    find: (arn: string) => T | undefined,
    view: (record: T) => unknown
  ) {
    const arns: unknown = input[key]
    if (!Array.isArray(arns) || arns.length === 0) throw invalidParameter(`${key} can not be empty.`)
    if (arns.length > 20) throw invalidParameter(`${key} can have at most 20 items.`)
    const found = []
    const failures = []
    for (const arn of arns as string[]) {
      const record = find(arn)
      if (record) found.push(view(record))
      else failures.push({ arn, reason: 'MISSING' })
    }
    return { found, failures }
  }

  function record(input: any): ServiceDeploymentRecord {
    const found = state.serviceDeployments.get(requiredString(input, 'serviceDeploymentArn'))
    if (!found) throw notFound()
    return found
  }

  return {
    ListServiceDeployments(input: any) {
      const cluster = state.cluster(input.cluster)
      const service = state.service(cluster, requiredString(input, 'service'))
      const statuses: string[] | undefined = input.status
      const after = toDate(input.createdAt?.after)
      const before = toDate(input.createdAt?.before)
      const records = deployments
        .ofService(service)
        .filter((found) => !statuses?.length || statuses.includes(found.status))
        .filter((found) => (!after || found.createdAt >= after) && (!before || found.createdAt <= before))
        .reverse()
      const { page, nextToken } = paginate(records, input, 20, 100)
      return {
        serviceDeployments: page.map((found) => ({
          serviceDeploymentArn: found.arn,
          serviceArn: service.arn,
          clusterArn: cluster.arn,
          startedAt: found.startedAt,
          createdAt: found.createdAt,
          finishedAt: found.finishedAt,
          targetServiceRevisionArn: found.targetRevision.arn,
          status: found.status,
          statusReason: found.statusReason
        })),
        nextToken
      }
    },

    DescribeServiceDeployments(input: any) {
      const { found, failures } = describeMany(
        input,
        'serviceDeploymentArns',
        (arn) => state.serviceDeployments.get(arn),
        (found) => serviceDeploymentView(found, deployments)
      )
      return { serviceDeployments: found, failures }
    },

    DescribeServiceRevisions(input: any) {
      const { found, failures } = describeMany<ServiceRevisionRecord>(
        input,
        'serviceRevisionArns',
        (arn) => state.serviceRevisions.get(arn),
        serviceRevisionView
      )
      return { serviceRevisions: found, failures }
    },

    StopServiceDeployment(input: any) {
      const found = record(input)
      const stopType = input.stopType ?? 'ROLLBACK'
      if (stopType !== 'ROLLBACK' && stopType !== 'ABORT')
        throw invalidParameter('stopType must be ROLLBACK or ABORT.')
      if (FINISHED_STATUSES.includes(found.status)) {
        throw conflict(
          `The service deployment ${found.arn} can't be stopped: its status is ${found.status}. Only a deployment that is PENDING or IN_PROGRESS can be stopped.`
        )
      }
      const answer = { serviceDeploymentArn: found.arn }
      // A deployment already stopping or rolling back carries on.
      if (found.status !== 'PENDING' && found.status !== 'IN_PROGRESS') return answer
      const driver = deployments.driverOf(found)
      if (driver?.phase === 'clean') {
        throw conflict(`The service deployment ${found.arn} is in its CLEAN_UP stage and can't be stopped.`)
      }
      const now = time.now()
      if (driver) {
        found.stopRequest = stopType
        found.status = stopType === 'ROLLBACK' ? 'ROLLBACK_REQUESTED' : 'STOP_REQUESTED'
        found.updatedAt = now
        return answer
      }
      // A rolling deployment (or a service's first): ECS stops launching, and with ROLLBACK goes back.
      const service = found.service
      const primary = found.deployment
      const target = service.lastCompleted
      if (stopType === 'ROLLBACK' && (!target || target.id === primary.id)) {
        throw conflict(`The service deployment ${found.arn} has no earlier service revision to roll back to.`)
      }
      primary.rolloutState = 'FAILED'
      primary.rolloutStateReason = `Service deployment stopped by StopServiceDeployment (${stopType}).`
      endMonitoring(found)
      found.stoppedAt = now
      if (stopType === 'ABORT') {
        Object.assign(found, {
          status: 'STOPPED',
          statusReason: primary.rolloutStateReason,
          stoppedAt: now,
          finishedAt: now,
          updatedAt: now
        })
        return answer
      }
      const rollback = scheduler.newDeployment(
        service,
        target!.taskDefinition,
        `Rolling back to ${target!.id}.`
      )
      deployments.rollingBack(found, rollback, 'Service deployment rolled back by StopServiceDeployment.')
      return answer
    },

    ContinueServiceDeployment(input: any) {
      const found = record(input)
      const hookId = requiredString(input, 'hookId')
      const action = input.action ?? 'CONTINUE'
      if (action !== 'CONTINUE' && action !== 'ROLLBACK')
        throw invalidParameter('action must be CONTINUE or ROLLBACK.')
      if (found.status !== 'IN_PROGRESS') {
        throw invalidParameter(
          `The service deployment ${found.arn} is ${found.status}; only a deployment paused at a lifecycle hook can be continued.`
        )
      }
      const hook = found.hooks.find((detail) => detail.hookId === hookId)
      if (!hook || hook.targetType !== 'PAUSE' || hook.status !== 'AWAITING_ACTION') {
        throw invalidParameter(`The service deployment ${found.arn} has no paused lifecycle hook ${hookId}.`)
      }
      hook.decision = action
      return { serviceDeploymentArn: found.arn }
    }
  }
}

/** awsJson timestamps arrive as epoch seconds. */
function toDate(value: unknown): Date | undefined {
  if (value === undefined || value === null) return undefined
  return typeof value === 'number' ? new Date(value * 1000) : new Date(String(value))
}
