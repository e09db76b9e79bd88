/**
 * Blue-green on a color pair, as steps: deploy the new version to the idle color, verify it (it is health-checked
 * at weight 0), pause (mode deploy), shift all production traffic in one rule change, bake while watching the
 * gates, scale the old color down. A failure puts traffic back first, then scales the failed color to zero.
 */
import type { ListenerRule } from '../../aws/listener-rules.ts'
import { formatDuration } from '../../core/duration.ts'
import type { VersionGates } from '../../gates/sets.ts'
import { PairCapacity } from '../../pair/capacity.ts'
import { labelOf, other, sideOf, type Color, type ColorPair } from '../../pair/pair.ts'
import { toSeconds } from '../../rollout/report.ts'
import { Rollout, RolloutFailure, type RolloutContext, type Step } from '../../rollout/rollout.ts'
import { DeploymentTarget } from '../../service/target.ts'
import { stepNames, pairRecord, type StepName } from '../../pair/record.ts'
import { historyOf, succeeded } from '../../state/history.ts'
import { unfinished } from '../../state/state.ts'
import { StateWriter } from '../../state/writer.ts'
import { PairRouter } from '../../traffic/pair-traffic.ts'
import {
  blueGreenGates,
  blueGreenReport,
  type BlueGreenOptions,
  type BlueGreenPorts,
  type BlueGreenResult
} from './options.ts'
import type { Plan } from './plan.ts'

/** One run, from the first change on. */
export class BlueGreenRun {
  private readonly rollout: Rollout
  private readonly router: PairRouter
  /** The color that gets (or has) the new version, and the other one: what a failure returns to. */
  private readonly target: Color
  private readonly previous: Color
  private readonly deployment: DeploymentTarget
  private readonly state: StateWriter
  private readonly capacity: PairCapacity
  private readonly options: BlueGreenOptions
  private readonly ports: BlueGreenPorts
  private readonly context: RolloutContext
  private readonly roles: { pair: ColorPair; testRule?: ListenerRule; live: Color; plan: Plan }

  constructor(
    options: BlueGreenOptions,
    ports: BlueGreenPorts,
    context: RolloutContext,
    roles: { pair: ColorPair; testRule?: ListenerRule; live: Color; plan: Plan }
  ) {
    this.options = options
    this.ports = ports
    this.context = context
    this.roles = roles
    this.rollout = new Rollout(context, options.onFailure)
    this.router = new PairRouter(ports, roles.pair, this.rollout.timeline, context.clock)
    const { plan, live } = roles
    const toIdle = plan.kind === 'deploy' || (plan.kind === 'continue' && plan.from === 'verify')
    this.target = toIdle ? other(live) : live
    this.previous = other(this.target)
    const side = this.side(this.target)
    this.deployment = new DeploymentTarget(ports, this.rollout, context, options, side.service)
    if (plan.kind === 'continue') this.deployment.taskDefinitionArn = plan.taskDefinitionArn
    this.capacity = new PairCapacity(ports, this.router, this.rollout, context, options)
    const history = historyOf(roles.pair.state)
    this.state = new StateWriter(ports.ecs, side, context.log, (status) => {
      const [arn, before] = [this.deployment.taskDefinitionArn, this.side(this.previous).service]
      return pairRecord(status, {
        ...{ action: 'blue-green', run: options.run, current: this.rollout.current, target: this.target },
        ...{ taskDefinitionArn: arn, previousTaskDefinitionArn: before.taskDefinition },
        weights: this.router.percentByColor(),
        now: context.clock.now(),
        history: status === 'succeeded' ? succeeded(history, arn, before.taskDefinition) : history
      })
    })
  }

  async run(restore: boolean): Promise<BlueGreenResult> {
    const { rollout, roles, options } = this
    const { plan } = roles
    rollout.timeline.note('traffic', `${this.router.describe()}: ${this.label(roles.live)} is live`)
    rollout.onFailure(this.router.undo(this.previous, this.target, rollout.durations))
    const steps: Record<StepName, Step> = {
      deploy: { name: 'deploy', run: () => this.deploy() },
      verify: { name: 'verify', run: () => this.verify() },
      pause: { name: 'pause', run: () => this.pause() },
      shift: { name: 'shift', run: () => this.shift() },
      bake: { name: 'bake', run: () => this.bake() },
      'scale-down': { name: 'scale-down', run: () => this.scaleDown() }
    }
    // A rule caught halfway goes back first; a run that died is continued at the step it had reached.
    const state = roles.pair.state
    const before: Step[] = restore
      ? [{ name: 'restore', run: () => this.router.restore(roles.live, state?.run ?? '') }]
      : []
    if (plan.kind === 'nothing') rollout.say(plan.reason)
    if (plan.kind === 'continue' && plan.from !== 'verify') {
      const from = plan.from
      before.push({ name: from, run: () => this.resume(from) })
    }
    const from = plan.kind === 'deploy' ? 'deploy' : plan.kind === 'continue' ? plan.from : undefined
    const chosen = from ? stepNames.slice(stepNames.indexOf(from)).map((name) => steps[name]) : []
    const ending = await rollout.run([...before, ...chosen])
    await this.state.saveEnding(ending, rollout.isCommitted)
    const facts = { live: roles.live, previous: this.previous, arn: this.deployment.taskDefinitionArn }
    const report = blueGreenReport(
      options,
      roles.pair,
      this.router,
      rollout,
      ending,
      facts,
      this.context.clock
    )
    return { report, timeline: rollout.timeline, gates: rollout.gates }
  }

  /** Registers (if needed) and deploys the version to the idle color at the live color's size, then follows it. */
  private async deploy(): Promise<void> {
    const { plan, testRule } = this.roles
    if (plan.kind !== 'deploy') return
    const { signal } = this.context
    const replaced = unfinished(this.roles.pair.state, this.roles.pair.state?.color ?? '')
    if (replaced) this.note('rollout', replaced)
    await this.deployment.deploy(
      plan.taskDefinition,
      { desiredCount: plan.desiredCount },
      async (registered) => {
        const how = registered ? 'registered' : 'deploying'
        this.note(
          'rollout',
          `${how} ${this.deployment.taskDefinitionArn} to ${this.label(this.target)} at ${plan.desiredCount} tasks`
        )
        await this.state.save('deploying', signal)
        if (testRule) await this.router.pointTestRule(testRule, this.target, signal)
      }
    )
    this.rollout.onFailure(this.capacity.undo(this.target))
    await this.follow()
  }

  /** One look with every gate, the probe included, before production traffic moves; then the user's command. */
  private async verify(): Promise<void> {
    const { deployment, roles } = this
    if (!deployment.ref) {
      this.note(
        'rollout',
        `promoting ${deployment.taskDefinitionArn} on ${this.label(this.target)}: checking it again`
      )
      if (roles.testRule) await this.router.pointTestRule(roles.testRule, this.target, this.context.signal)
      await this.takeOver()
      await this.follow()
    }
    const { readiness, probes, command } = this.gates()
    const passed = await deployment.verify([[...readiness, ...probes], command], 'before the switch')
    this.note('verify', `${this.label(this.target)} passed ${passed.join(', ')}`)
  }

  private async pause() {
    if (this.options.mode !== 'deploy') return
    await this.state.save('paused', this.context.signal)
    const reason = `${this.label(this.target)} runs ${this.deployment.taskDefinitionArn} and passed every gate; production traffic stays on ${this.label(this.previous)} until mode promote`
    return { status: 'paused' as const, reason }
  }

  /** All production traffic to the target in one rule change, if the rule still sends all of it to the previous color. */
  private async shift(): Promise<void> {
    await this.state.save('switched', this.context.signal)
    const took = await this.router.switchTo(this.target, this.previous, this.context.signal)
    this.rollout.durations.switchSeconds = toSeconds(took)
  }

  /** Watches the gates for bake-time (a failure acts within one poll interval), then commits. */
  private async bake(): Promise<void> {
    const { options, rollout, deployment } = this
    if (options.bakeTimeMs > 0) {
      this.note('bake', `watching ${this.label(this.target)} for ${formatDuration(options.bakeTimeMs)}`)
      const verdict = await deployment.bake(
        [...this.gates().readiness, ...this.gates().probes],
        options.bakeTimeMs
      )
      if (!verdict.ok) throw new RolloutFailure(verdict, `on ${this.label(this.target)}`)
    }
    rollout.commit()
    await this.state.saveOrWarn('succeeded')
    const baked =
      options.bakeTimeMs > 0
        ? ` after ${formatDuration(options.bakeTimeMs)} of bake-time with every gate passing`
        : ''
    rollout.say(`${this.label(this.target)} serves ${deployment.taskDefinitionArn}${baked}`)
  }

  /** The old color to zero (unless scale-down: never), once the rule shows it takes no traffic; then drained. */
  private scaleDown() {
    return this.capacity.retire(this.previous, this.options.scaleDown === 'never')
  }

  /** Before continuing at the bake or the scale-down of a run that died: what it had reached. */
  private async resume(from: 'bake' | 'scale-down'): Promise<void> {
    const run = this.roles.pair.state?.run || 'unknown'
    const [target, arn] = [this.label(this.target), this.deployment.taskDefinitionArn]
    const previous = this.label(this.previous)
    if (from === 'scale-down') {
      this.rollout.commit()
      this.note(
        'scale-down',
        `run ${run} rolled ${arn} out to ${target} but did not scale ${previous} down; finishing its scale-down (traffic stays as it is)`
      )
      return this.rollout.say(
        `${target} serves ${arn} (rolled out by run ${run}); this run finished its scale-down`
      )
    }
    this.router.moved = true
    await this.state.save('switched')
    this.note('rollout', `run ${run} switched traffic to ${target} and did not finish its bake; baking again`)
    await this.takeOver()
  }

  /** Takes over the target's deployment of the version (paused, or baking when its run died). */
  private async takeOver(): Promise<void> {
    await this.deployment.takeOver(this.deployment.taskDefinitionArn)
    this.rollout.onFailure(this.capacity.undo(this.target))
  }

  private async follow(): Promise<void> {
    const verdict = await this.deployment.follow(this.gates().readiness)
    if (!verdict.ok) throw new RolloutFailure(verdict, `while ${this.label(this.target)} deployed`)
  }

  /** The gates of the new version on the target color. */
  private gates(): VersionGates {
    return blueGreenGates(this.ports, this.options, this.side(this.target), this.deployment.taskDefinitionArn)
  }

  private note(subject: string, observed: string): void {
    this.rollout.timeline.note(subject, observed)
  }

  private side(color: Color) {
    return sideOf(this.roles.pair, color)
  }

  private label(color: Color): string {
    return labelOf(this.roles.pair, color)
  }
}
