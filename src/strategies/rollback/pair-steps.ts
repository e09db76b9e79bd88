/**
 * A rollback on a pair, as steps: traffic back from a split rule (a rollout in progress), the target deployed to
 * the idle color and verified (slow path) or checked where it runs (fast path), production traffic switched to it
 * in one rule change, the color rolled back from scaled down, then the alarms and probe watched until they pass.
 * Before the switch a failure scales the idle color back down; after it nothing is undone. The rollout a rollback
 * ends (its run preempted, or dead) gets its record finished too, `rolled-back`, when it is on the other color.
 */
import { quote } from '../../core/errors.ts'
import { PairCapacity } from '../../pair/capacity.ts'
import { labelOf, sideOf, type Color, type ColorPair } from '../../pair/pair.ts'
import { releasePreview } from '../../pair/preview.ts'
import { pairRecord, stepNames } from '../../pair/record.ts'
import { toSeconds } from '../../rollout/report.ts'
import { Rollout, RolloutFailure, type RolloutContext, type Step } from '../../rollout/rollout.ts'
import { DeploymentTarget } from '../../rollout/deploy.ts'
import { recordOf } from '../../rollout/record.ts'
import { historyOf, rolledBack } from '../../state/history.ts'
import type { StateWriter } from '../../state/writer.ts'
import { versionGates } from '../../gates/sets.ts'
import { PairRouter } from '../../pair/router.ts'
import { confirm, confirmationGates } from './confirm.ts'
import { rollbackReport, type RollbackOptions, type RollbackPorts, type RollbackResult } from './options.ts'
import type { PairRollbackPlan } from './pair-plan.ts'
import { inProgress } from './version.ts'

/** One rollback of a pair, from the first change on. */
export class PairRollback {
  private readonly rollout: Rollout
  private readonly router: PairRouter
  private readonly capacity: PairCapacity
  private readonly deployment: DeploymentTarget
  private readonly state: StateWriter
  /** The record of the rollout this rollback ends, when it is on the other color (its run preempted, or dead). */
  private readonly ended?: StateWriter
  private readonly options: RollbackOptions
  private readonly ports: RollbackPorts
  private readonly context: RolloutContext
  private readonly pair: ColorPair
  private readonly plan: PairRollbackPlan

  constructor(
    options: RollbackOptions,
    ports: RollbackPorts,
    context: RolloutContext,
    pair: ColorPair,
    plan: PairRollbackPlan
  ) {
    this.options = options
    this.ports = ports
    this.context = context
    this.pair = pair
    this.plan = plan
    this.rollout = new Rollout(context, 'rollback')
    this.router = new PairRouter(ports, pair, this.rollout.timeline, context.clock)
    const settings = { ...options, cluster: pair.cluster }
    this.capacity = new PairCapacity(ports, this.router, this.rollout, context, settings)
    const side = sideOf(pair, plan.to)
    this.deployment = new DeploymentTarget(ports, this.rollout, context, settings, side.service)
    this.deployment.taskDefinitionArn = plan.target
    const history = historyOf(pair.state)
    this.state = recordOf(this.rollout, context, {
      ecs: ports.ecs,
      service: side,
      steps: () => ({ names: stepNames, current: this.rollout.current }),
      facts: (status) =>
        pairRecord(status, {
          ...{ action: 'rollback', run: options.run, reason: options.reason },
          ...{ taskDefinitionArn: plan.target, previousTaskDefinitionArn: plan.from, target: plan.to },
          weights: this.router.percentByColor(),
          history: status === 'succeeded' ? rolledBack(history, plan.from, plan.target) : history
        })
    })
    const ended = pair.state
    if (inProgress(ended) && ended!.color !== plan.to) {
      // Its facts and the step it had reached stay (its strategy's step names are not known here).
      const reached = Array.from({ length: ended!.step + 1 }, (_, index) => `step ${index}`)
      this.ended = recordOf(this.rollout, context, {
        ecs: ports.ecs,
        service: sideOf(pair, ended!.color),
        steps: () => ({ names: reached, current: reached.at(-1) }),
        facts: () => ended!
      })
    }
  }

  async run(): Promise<RollbackResult> {
    const { rollout, plan, router } = this
    const why = this.options.reason ? ` (reason: ${quote(this.options.reason, 200, '')})` : ''
    this.note('rollback', `${plan.path} path from ${plan.from} to ${plan.target}${why}: ${router.describe()}`)
    rollout.onFailure(router.undo(plan.live, plan.to, rollout.durations))
    const steps: Step[] = []
    if (plan.restore) steps.push({ name: 'restore', run: () => this.restore() })
    if (plan.path === 'slow') steps.push({ name: 'deploy', run: () => this.deploy() })
    if (plan.path === 'fast' || plan.path === 'slow') {
      steps.push({ name: 'verify', run: () => this.verify() }, { name: 'shift', run: () => this.shift() })
    } else if (plan.path === 'abort') steps.push({ name: 'shift', run: () => this.recordSucceeded() })
    if (plan.retire) {
      const retire = plan.retire
      steps.push({ name: 'scale-down', run: () => this.capacity.retire(retire) })
    }
    const gates = confirmationGates(this.ports, this.options)
    steps.push({ name: 'confirm', run: () => confirm(gates, rollout, this.context, this.options) })
    if (plan.path === 'none') rollout.say(plan.steps.join('; '))
    const ending = await rollout.run(steps)
    await this.state.saveEnding(ending, rollout.isCommitted)
    const traffic = router.traffic()
    const liveColor = traffic.state === 'all' ? traffic.live : plan.live
    // What serves: the target once traffic is on it, else what the live color ran when the run began.
    const onTarget = liveColor === plan.to && (rollout.isCommitted || plan.path === 'none')
    const facts = {
      path: plan.path,
      target: onTarget ? plan.target : sideOf(this.pair, liveColor).service.taskDefinition,
      from: plan.from,
      liveColor,
      switchedAt: router.switchedAt
    }
    const report = rollbackReport(this.options, rollout, ending, facts, this.context.clock)
    return { report, timeline: rollout.timeline, gates: rollout.gates }
  }

  /** A split rule: every request back to the color the rollout was moving traffic away from. */
  private async restore(): Promise<void> {
    await this.router.checkCanServe(this.plan.live)
    const took = await this.router.route(this.plan.live)
    this.router.switchedAt = this.context.clock.now()
    this.traffic(took)
  }

  /** The target to the idle color at the live size, followed until every task runs and every target is healthy. */
  private async deploy(): Promise<void> {
    const { plan, deployment, context } = this
    await this.releasePreview()
    await deployment.deploy({ arn: plan.target }, { desiredCount: plan.desiredCount }, async () => {
      this.note('rollout', `deploying ${plan.target} to ${this.label(plan.to)} at ${plan.desiredCount} tasks`)
      await this.state.save('deploying', context.signal)
    })
    this.rollout.onFailure(this.capacity.undo(plan.to))
    const verdict = await deployment.follow(this.readiness())
    if (!verdict.ok) throw new RolloutFailure(verdict, `while ${this.label(plan.to)} deployed`)
  }

  /** Production first: a pull request's preview on the color traffic goes to gives way. */
  private async releasePreview(): Promise<void> {
    const why = `replaced by rollback ${this.options.run}`
    const released = await releasePreview(this.ports, sideOf(this.pair, this.plan.to), this.context, why)
    if (released) this.note('preview', released)
  }

  /** One look at the target color before traffic moves: its tasks run, its targets are healthy. */
  private async verify(): Promise<void> {
    const { deployment, plan } = this
    await this.releasePreview()
    if (!deployment.ref) await deployment.takeOver(plan.target)
    const passed = await deployment.verify([this.readiness()], 'before the switch')
    this.note('verify', `${this.label(plan.to)} passed ${passed.join(', ')}`)
  }

  /** Every request to the target in one rule change, if the rule still sends all of them to the live color. */
  private async shift(): Promise<void> {
    const { plan, context } = this
    await this.state.save('switched', context.signal)
    this.traffic(await this.router.switchTo(plan.to, plan.live, context.signal))
    await this.recordSucceeded()
  }

  /**
   * Nothing is undone from here on: the rollout ended says so, then the record says the target succeeded and the
   * version rolled back from left the history.
   */
  private async recordSucceeded(): Promise<void> {
    this.rollout.commit()
    await this.ended?.saveOrWarn('rolled-back')
    await this.state.saveOrWarn('succeeded')
    this.rollout.say(
      `${this.label(this.plan.to)} serves ${this.plan.target} (rolled back from ${this.plan.from})`
    )
  }

  /** How long the rule change took, and how long after the start production traffic was back. */
  private traffic(took: number): void {
    const { durations } = this.rollout
    durations.switchSeconds = toSeconds(took)
    durations.trafficSeconds = toSeconds(this.context.clock.now() - this.rollout.startedAt)
  }

  private readiness() {
    const side = sideOf(this.pair, this.plan.to)
    const settings = { ...this.options, alarms: [], healthCheckUrl: undefined }
    return versionGates(this.ports, { ...side.service, targetGroupArn: side.targetGroupArn }, settings, {})
      .readiness
  }

  private note(subject: string, observed: string): void {
    this.rollout.timeline.note(subject, observed)
  }

  private label(color: Color): string {
    return labelOf(this.pair, color)
  }
}
