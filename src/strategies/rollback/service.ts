/**
 * A rollback of a single service (as `rolling` deploys it): a rolling update to the target version, followed to a
 * verdict like `rolling` (the deployment's own tasks, their targets), then the alarms and probe watched until they
 * pass. A failure undoes nothing: going back to the version rolled back from would not help.
 */
import { quote } from '../../core/errors.ts'
import { readinessGates } from '../../gates/sets.ts'
import { Rollout, RolloutFailure, type RolloutContext, type Step } from '../../rollout/rollout.ts'
import { findRollingService, snapshotOf, type ServiceSnapshot } from '../../service/service.ts'
import { DeploymentTarget } from '../../rollout/deploy.ts'
import { recordOf } from '../../rollout/record.ts'
import { historyOf, rolledBack } from '../../state/history.ts'
import { readState, sameRevision, type RolloutState } from '../../state/state.ts'
import type { StateWriter } from '../../state/writer.ts'
import { confirm, confirmationGates } from './confirm.ts'
import {
  dryRun,
  rollbackReport,
  type RollbackOptions,
  type RollbackPorts,
  type RollbackResult
} from './options.ts'
import { refuseInactive, targetVersion, unfinishedRollback } from './version.ts'

const stepNames = ['deploy', 'bake'] as const

/** What a rollback of a single service will do, decided with read-only calls (refusals throw). */
export interface ServiceRollbackPlan {
  service: ServiceSnapshot
  state?: RolloutState
  from: string
  target: string
  path: 'none' | 'rolling'
  steps: string[]
}

export async function planServiceRollback(
  options: RollbackOptions & { service: string },
  ports: RollbackPorts
): Promise<ServiceRollbackPlan> {
  const described = await findRollingService(ports.ecs, options.cluster, options.service)
  const service = snapshotOf(described)
  const state = readState(described.tags)
  const from = unfinishedRollback(state)?.previousTaskDefinition ?? service.taskDefinition
  const target = await targetVersion(ports.ecs, options.to, from, state, `service ${service.name}`)
  const steady = service.deployments.length === 1
  const serves = sameRevision(service.taskDefinition, target.arn)
  if (!serves) refuseInactive(target, `service ${service.name}`)
  const path = serves && steady && !unfinishedRollback(state) ? 'none' : 'rolling'
  const steps =
    path === 'none'
      ? [`nothing: service ${service.name} serves ${target.arn} already`]
      : [
          `update service ${service.name} from ${from} to ${target.arn} (a rolling update at ${service.desiredCount} tasks), and follow it until every new task runs and every target is healthy`
        ]
  return { service, state, from, target: target.arn, path, steps }
}

/** Rolls the service back as planned (or says how, on a dry run). */
export function rollbackService(
  options: RollbackOptions & { service: string },
  ports: RollbackPorts,
  context: RolloutContext,
  plan: ServiceRollbackPlan
): Promise<RollbackResult> {
  return new ServiceRollback(options, ports, context, plan.service, plan).run(plan.path, plan.steps)
}

class ServiceRollback {
  private readonly rollout: Rollout
  private readonly deployment: DeploymentTarget
  private readonly state: StateWriter
  private readonly options: RollbackOptions & { service: string }
  private readonly ports: RollbackPorts
  private readonly context: RolloutContext
  private readonly before: ServiceSnapshot
  private readonly versions: { from: string; target: string }

  constructor(
    options: RollbackOptions & { service: string },
    ports: RollbackPorts,
    context: RolloutContext,
    before: ServiceSnapshot,
    found: { state?: RolloutState; from: string; target: string }
  ) {
    this.options = options
    this.ports = ports
    this.context = context
    this.before = before
    this.versions = { from: found.from, target: found.target }
    this.rollout = new Rollout(context, 'rollback')
    const settings = { ...options, serviceId: options.service }
    this.deployment = new DeploymentTarget(ports, this.rollout, context, settings, before)
    const history = historyOf(found.state)
    this.state = recordOf(this.rollout, context, {
      ecs: ports.ecs,
      service: before,
      steps: () => ({ names: stepNames, current: this.rollout.current }),
      facts: (status) => ({
        taskDefinition: found.target,
        previousTaskDefinition: found.from,
        run: options.run,
        action: 'rollback',
        history: status === 'succeeded' ? rolledBack(history, found.from, found.target) : history,
        reason: options.reason
      })
    })
  }

  async run(path: 'none' | 'rolling', plan: string[]): Promise<RollbackResult> {
    const { rollout, options, versions } = this
    const facts = {
      path,
      target: versions.target,
      from: versions.from,
      plan: options.dryRun ? plan : undefined
    }
    const done = (ending: Parameters<typeof rollbackReport>[2]): RollbackResult => ({
      report: rollbackReport(options, rollout, ending, facts, this.context.clock),
      timeline: rollout.timeline,
      gates: rollout.gates
    })
    if (options.dryRun) return done(await dryRun(rollout, plan))
    const why = options.reason ? ` (reason: ${quote(options.reason, 200, '')})` : ''
    rollout.timeline.note('rollback', `from ${versions.from} to ${versions.target}${why}`)
    const steps: Step[] = path === 'rolling' ? [{ name: 'deploy', run: () => this.deploy() }] : []
    if (path === 'none') rollout.say(plan[0])
    const gates = confirmationGates(this.ports, options)
    steps.push({ name: 'bake', run: () => confirm(gates, rollout, this.context, options) })
    const ending = await rollout.run(steps)
    if (this.state.written && ending.status !== 'succeeded') await this.state.saveFinal('failed')
    if (!rollout.isCommitted && path === 'rolling') {
      // The rollback did not complete: what serves is what the service runs now (ECS may have rolled back).
      const now = await this.ports.ecs
        .describeService(options.cluster, options.service)
        .catch(() => undefined)
      facts.target = now?.taskDefinition ?? versions.from
    }
    return done(ending)
  }

  /** The rolling update to the target, followed to a verdict; then the record says it succeeded. */
  private async deploy(): Promise<void> {
    const { deployment, versions, context, rollout } = this
    await deployment.deploy({ arn: versions.target }, {}, async () => {
      await this.state.save('deploying', context.signal)
    })
    const gates = readinessGates(this.ports, this.before.loadBalancers, [])
    const verdict = await deployment.follow(gates)
    if (!verdict.ok) throw new RolloutFailure(verdict, `while ${this.before.name} rolled back`)
    rollout.commit()
    await this.state.saveOrWarn('succeeded')
    rollout.say(
      `service ${this.before.name} serves ${versions.target} (rolled back from ${versions.from}); ${verdict.reason}`
    )
  }
}
