/**
 * What a run on a service with a native ECS strategy checks and decides before its first change, with read-only
 * calls (a refusal changes nothing): the service and its strategy, the version, the production rule, a service
 * deployment already in flight, the alarms.
 */
import type { ServiceDeploymentBrief } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import { chooseVersion } from '../aws/task-definition.ts'
import { InputError, quote } from '../core/errors.ts'
import { checkAlarms } from '../gates/alarms.ts'
import { snapshotOf } from '../service/service.ts'
import { readWeights } from '../traffic/routing.ts'
import { endedStatuses, shortArn } from './follow.ts'
import type { NativeOptions, NativePorts } from './options.ts'
import { findNativeService } from './service.ts'
import { checkContinuing, checkPauseHook } from './modes.ts'

export const inFlightStatuses = [
  'PENDING',
  'IN_PROGRESS',
  'STOP_REQUESTED',
  'ROLLBACK_REQUESTED',
  'ROLLBACK_IN_PROGRESS'
] as const

export type NativePlan = Awaited<ReturnType<typeof prepareNative>>

export async function prepareNative(options: NativeOptions, ports: NativePorts) {
  const { cluster } = options
  const { service, strategy, routing } = await findNativeService(
    ports.ecs,
    cluster,
    options.service,
    options.action
  )
  const snapshot = snapshotOf(service)
  if ((options.desiredCount ?? snapshot.desiredCount) < 1) {
    throw new InputError(
      `Invalid input desired-count: service ${quote(options.service)} runs 0 tasks, and a deployment of 0 tasks cannot be verified; give desired-count (at least 1)`
    )
  }
  const inFlight = await inFlightDeployment(ports.ecs, cluster, snapshot.arn)
  const continuing = options.mode === 'promote' || options.mode === 'abort'
  const pausedHook = continuing ? await checkContinuing(options, ports.ecs, inFlight) : undefined
  if (options.mode === 'deploy') checkPauseHook(options, snapshot)
  if (!continuing && !options.taskDefinition) throw new Error(`mode ${options.mode} needs a task definition`)
  const version =
    continuing || !options.taskDefinition
      ? { arn: inFlight?.taskDefinition ?? snapshot.taskDefinition }
      : await chooseVersion(
          options.taskDefinition,
          snapshot.taskDefinition,
          ports.ecs,
          options.allowFamilyChange
        )
  const rule = await ports.rules.describeRule(routing.productionListenerRule)
  if (!rule) {
    throw new InputError(
      `Invalid input service: the production listener rule ${routing.productionListenerRule} of service ${quote(options.service)} was not found`
    )
  }
  if (inFlight && !continuing && !('arn' in version && inFlight.taskDefinition === version.arn)) {
    throw new InputError(
      `Invalid input service: service deployment ${shortArn(inFlight.brief.serviceDeploymentArn)} of ${quote(options.service)} is ${inFlight.brief.status} (deploying ${inFlight.taskDefinition}); wait for it to end, or run rollback`
    )
  }
  if (options.verifyCommand && !ports.runCommand) throw new Error('verify-command needs a command runner')
  await checkAlarms(ports.cloudwatch, options.alarms)
  return {
    service: snapshot,
    strategy,
    routing,
    /** The version to deploy: registered from the input, or an existing revision. */
    version,
    /** Production weights by target group when the run began. */
    weights: readWeights(rule),
    /** A deployment of the same version already in flight (a re-run): followed rather than started again. */
    inFlight: inFlight?.brief,
    /** With promote: the PAUSE hook the held deployment waits at. */
    pausedHook
  }
}

/** The service's deployment in flight, if any, with the task definition it deploys. */
async function inFlightDeployment(
  ecs: EcsPort,
  cluster: string,
  service: string
): Promise<{ brief: ServiceDeploymentBrief; taskDefinition?: string } | undefined> {
  const listed = await ecs.listServiceDeployments(cluster, service, { status: [...inFlightStatuses] })
  const brief = listed.find((candidate) => !endedStatuses.includes(candidate.status ?? ''))
  if (!brief) return undefined
  const revision = brief.targetServiceRevisionArn
    ? await ecs.describeServiceRevision(brief.targetServiceRevisionArn)
    : undefined
  return { brief, taskDefinition: revision?.taskDefinition }
}

/** The time ECS itself takes besides deploying: the bake, and a canary's or linear steps' waits. */
export function ecsTimeMs(plan: NativePlan): number {
  const config = plan.service.deploymentConfiguration
  const linear = config?.linearConfiguration
  const steps = linear ? Math.ceil(100 / (linear.stepPercent ?? 10)) * (linear.stepBakeTimeInMinutes ?? 6) : 0
  const canary = config?.canaryConfiguration?.canaryBakeTimeInMinutes ?? 0
  return ((config?.bakeTimeInMinutes ?? 0) + steps + canary) * 60_000
}
