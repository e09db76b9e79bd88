/**
 * A rolling update of one service, as steps: deploy the new version in place (ECS replaces tasks a few at a time,
 * with its circuit breaker on) and follow the deployment to a verdict, then bake. A failure puts the service back
 * on its previous task definition (or waits for the circuit breaker's own rollback).
 */
import type { Deployment } from '@aws-sdk/client-ecs'
import { chooseVersion, type NewVersion } from '../../aws/task-definition.ts'
import { formatDuration } from '../../core/duration.ts'
import { CancelledError, InputError, oneLine, quote } from '../../core/errors.ts'
import { checkAlarms } from '../../gates/alarms.ts'
import { readinessGates } from '../../gates/sets.ts'
import type { RolloutStatus } from '../../rollout/report.ts'
import {
  Rollout,
  RolloutFailure,
  type Failure,
  type RolloutContext,
  type Undone
} from '../../rollout/rollout.ts'
import { findRollingService, snapshotOf, type ServiceSnapshot } from '../../service/service.ts'
import { DeploymentTarget } from '../../rollout/deploy.ts'
import { recordOf } from '../../rollout/record.ts'
import { deploymentOf } from '../../service/watch.ts'
import { historyOf, succeeded } from '../../state/history.ts'
import { readState } from '../../state/state.ts'
import type { StateWriter } from '../../state/writer.ts'
import {
  rollbackUpdate,
  serviceUpdate,
  type RollingOptions,
  type RollingPorts,
  type RollingReport,
  type RollingResult
} from './options.ts'

export type { RollingOptions, RollingPorts, RollingReport, RollingResult } from './options.ts'

const stepNames = ['deploy', 'bake'] as const

/** Checks everything it can with read-only calls (refusals change nothing), then runs the update. */
export async function rollingDeploy(
  options: RollingOptions,
  ports: RollingPorts,
  context: RolloutContext
): Promise<RollingResult> {
  const { service, plan } = await prepareRolling(options, ports)
  return new RollingUpdate(options, ports, context, service).run(plan)
}

/** What rollingDeploy checks and decides before its first change, with read-only calls (refusals throw). */
export async function prepareRolling(options: RollingOptions, ports: RollingPorts) {
  const described = await findRollingService(ports.ecs, options.cluster, options.service)
  const service = snapshotOf(described)
  if ((options.desiredCount ?? service.desiredCount) < 1) {
    throw new InputError(
      `Invalid input desired-count: service ${quote(options.service)} runs 0 tasks, and a deployment of 0 tasks cannot be verified; give desired-count (at least 1)`
    )
  }
  const plan = await chooseVersion(
    options.taskDefinition,
    service.taskDefinition,
    ports.ecs,
    options.allowFamilyChange
  )
  await checkAlarms(ports.cloudwatch, options.alarms)
  return { service, plan }
}

/** One run, from the first change on. */
class RollingUpdate {
  private readonly options: RollingOptions
  private readonly ports: RollingPorts
  private readonly context: RolloutContext
  /** The service as it was before this run. */
  private readonly before: ServiceSnapshot
  private readonly rollout: Rollout
  private readonly deployment: DeploymentTarget
  private readonly state: StateWriter

  constructor(
    options: RollingOptions,
    ports: RollingPorts,
    context: RolloutContext,
    before: ServiceSnapshot
  ) {
    this.options = options
    this.ports = ports
    this.context = context
    this.before = before
    this.rollout = new Rollout(context, options.onFailure)
    const settings = { ...options, serviceId: options.service }
    this.deployment = new DeploymentTarget(ports, this.rollout, context, settings, before)
    const history = historyOf(readState(before.tags))
    this.state = recordOf(this.rollout, context, {
      ecs: ports.ecs,
      service: { arn: before.arn, name: options.service },
      steps: () => ({ names: stepNames, current: this.rollout.current }),
      facts: (status) => ({
        taskDefinition: this.deployment.taskDefinitionArn,
        previousTaskDefinition: before.taskDefinition,
        run: options.run,
        action: 'rolling',
        history:
          status === 'succeeded'
            ? succeeded(history, this.deployment.taskDefinitionArn, before.taskDefinition)
            : history
      })
    })
  }

  async run(plan: NewVersion): Promise<RollingResult> {
    const { rollout, state } = this
    try {
      const ending = await rollout.run([
        { name: 'deploy', run: () => this.deploy(plan) },
        { name: 'bake', run: () => this.bake() }
      ])
      const ended =
        ending.status === 'succeeded' || ending.status === 'rolled-back' ? ending.status : 'failed'
      if (state.written) await state.saveFinal(ended)
      return { report: this.report(ending.status, ending.reason), timeline: rollout.timeline }
    } catch (error) {
      if (state.written) await state.saveFinal('failed')
      throw error
    }
  }

  /** Registers (if needed), updates the service and follows the deployment it started to a verdict. */
  private async deploy(plan: NewVersion): Promise<void> {
    const { options, rollout, before, deployment } = this
    const update = serviceUpdate(options, before)
    try {
      await deployment.deploy(plan, update, async (registered) => {
        rollout.timeline.note(
          'rollout',
          `${registered ? 'registered' : 'deploying'} ${deployment.taskDefinitionArn}`
        )
        // Saved before the service changes, so that a run that dies from here on leaves a state saying so.
        await this.state.save('deploying', this.context.signal)
      })
    } catch (error) {
      if (!(error instanceof CancelledError)) throw error
      const still = `${options.service} still runs ${before.taskDefinition}`
      throw new CancelledError(`${oneLine(error)} before the service was changed: ${still}`)
    }
    rollout.onFailure({ kind: 'capacity', run: (failure, policy) => this.rollBack(failure, policy) })
    const deployed = await deployment.follow(this.gates())
    if (!deployed.ok) throw new RolloutFailure(deployed)
    rollout.say(deployed.reason)
  }

  private async bake(): Promise<void> {
    const { options, rollout } = this
    if (options.bakeTimeMs === 0) return
    rollout.timeline.note('rollout', `baking for ${formatDuration(options.bakeTimeMs)}`)
    const baked = await this.deployment.bake(this.gates(), options.bakeTimeMs)
    if (!baked.ok) throw new RolloutFailure(baked)
    rollout.say(baked.reason)
  }

  /** Puts the service back on the previous task definition, unless there is a reason not to. */
  private async rollBack(failure: Failure, policy: { stop: boolean; cancelled: boolean }): Promise<Undone> {
    const { options, before, rollout, ports, deployment } = this
    const previous = before.taskDefinition
    const byEcs = failure.ecsRollback
    if (policy.stop) {
      const left = byEcs
        ? '; the circuit breaker the service configures rolls it back by itself'
        : ', so the service was left as it is'
      return { said: ` (on-failure: stop${left})` }
    }
    if (failure.cause === 'superseded')
      return { said: '; not rolled back: another deployment now owns the service' }
    if (deployment.taskDefinitionArn === previous)
      return { said: `; nothing to roll back to: the service was already on ${previous}` }
    const restore = rollbackUpdate(options, before)
    if (policy.cancelled) {
      // The runner kills the process seconds after cancelling: start the rollback, do not wait for it.
      await ports.ecs.updateService(restore)
      rollout.timeline.note('rollback', `started rolling back to ${previous}`)
      return { said: `; rollback to ${previous} started (not awaited)` }
    }
    const rollback: Deployment = byEcs ?? deploymentOf(await ports.ecs.updateService(restore), previous)
    rollout.timeline.note(
      'rollback',
      byEcs
        ? `the ECS circuit breaker is rolling back (deployment ${byEcs.id}); waiting for it`
        : `rolling back to ${previous} (deployment ${rollback.id})`
    )
    const steady = await deployment
      .followBack(rollback.id!)
      .catch((error) => ({ ok: false as const, reason: oneLine(error) }))
    const target = rollback.taskDefinition ?? previous
    if (!steady.ok) return { said: `; the rollback to ${target} did not complete: ${steady.reason}` }
    const who = byEcs ? 'the ECS circuit breaker rolled' : 'rolled'
    return { said: `; ${who} the service back to ${target}`, restored: true }
  }

  private gates() {
    return readinessGates(this.ports, this.before.loadBalancers, this.options.alarms)
  }

  private report(status: RolloutStatus, reason: string): RollingReport {
    const { rollout, options, context } = this
    return {
      action: 'rolling',
      status,
      reason,
      startedAt: new Date(rollout.startedAt).toISOString(),
      finishedAt: new Date(context.clock.now()).toISOString(),
      durations: rollout.durations,
      cluster: options.cluster,
      service: options.service,
      taskDefinitionArn: this.deployment.taskDefinitionArn,
      previousTaskDefinitionArn: this.before.taskDefinition,
      deploymentId: this.deployment.ref?.deploymentId
    }
  }
}
