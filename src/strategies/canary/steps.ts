/**
 * A canary on a color pair, as steps: deploy the new version to the idle color (at the stable size, or a share of it),
 * verify it, then for each step shift its weight in one rule change (capacity first) and judge it against the stable
 * color for the step's time (./options.ts, src/gates/analysis.ts), then 100%, bake, and scale the old color down.
 * Modes deploy and promote pause after one judged step. A failure puts all traffic back in one rule change first,
 * then scales the canary to zero.
 */
import { loadBalancerOf } from '../../aws/listener-rules.ts'
import { formatDuration } from '../../core/duration.ts'
import { CanaryAnalysis } from '../../gates/analysis.ts'
import { PairRun, type PairRoles } from '../../pair/run.ts'
import { toSeconds } from '../../rollout/report.ts'
import { RolloutFailure, type Ending, type RolloutContext, type Step } from '../../rollout/rollout.ts'
import type { RecordFacts } from '../../rollout/record.ts'
import type { StateStatus } from '../../state/state.ts'
import {
  resumeIndex,
  stepNamesOf,
  type CanaryOptions,
  type CanaryPorts,
  type CanaryReport,
  type CanaryResult
} from './options.ts'

export class CanaryRun extends PairRun<CanaryOptions> {
  private readonly analysis: CanaryAnalysis
  /** The canary step reached (0 before the first shift, steps + 1 at 100%) and the weight it moves the canary to. */
  private stepIndex = 0
  private planned: number
  /** The canary's size at 100%: the stable color's. */
  private readonly fullCount: number

  constructor(options: CanaryOptions, ports: CanaryPorts, context: RolloutContext, roles: PairRoles) {
    super(options, ports, context, roles)
    const targetGroups = {
      canary: this.side(this.target).targetGroupArn,
      stable: this.side(this.previous).targetGroupArn
    }
    const loadBalancer = loadBalancerOf(roles.pair.rule.listenerArn)
    this.analysis = new CanaryAnalysis(ports.metrics, { loadBalancer, targetGroups }, options, context.clock)
    this.planned = this.router.percentByColor()[this.target]
    const { plan } = roles
    this.fullCount =
      plan.kind === 'deploy' ? plan.desiredCount : this.side(this.previous).service.desiredCount
  }

  async run(restore: boolean): Promise<CanaryResult> {
    const { rollout, roles, options } = this
    const { plan } = roles
    this.begin()
    const continuing = plan.kind === 'continue' && plan.from === 'verify'
    const steps: Step[] = []
    if (options.mode === 'abort') {
      if (plan.kind === 'nothing') rollout.say(plan.reason)
      else steps.push({ name: 'abort', run: () => this.abort() })
    } else {
      // A rule caught halfway goes back first, unless it is this very canary, continued at its step.
      if (restore && !continuing)
        steps.push({
          name: 'restore',
          run: () => this.router.restore(roles.live, roles.pair.state?.run ?? '')
        })
      if (plan.kind === 'nothing') rollout.say(plan.reason)
      if (plan.kind === 'continue' && plan.from !== 'verify') {
        const from = plan.from
        steps.push({ name: from, run: () => this.resume(from) })
        if (from === 'bake') steps.push(this.bakeStep())
      }
      if (plan.kind === 'deploy' || continuing) steps.push(...this.canarySteps(plan.kind === 'deploy'))
      if (plan.kind !== 'nothing') steps.push({ name: 'scale-down', run: () => this.scaleDown() })
    }
    const ending = await rollout.run(steps)
    const base = await this.end('canary', ending, options)
    const report: CanaryReport = {
      ...base,
      action: 'canary',
      canaryColor: this.target,
      weight: this.router.percentByColor()[this.target],
      step: this.stepIndex,
      analysis: this.analysis.steps
    }
    return { report, timeline: rollout.timeline, gates: rollout.gates, samples: this.analysis.samples }
  }

  /** Deploy (or check again), then each step from where the rollout is, pausing after one in deploy and promote. */
  private canarySteps(deploying: boolean): Step[] {
    const { options, roles } = this
    const state = roles.pair.state
    const first = deploying ? 0 : resumeIndex(options.steps, this.planned, state?.status === 'paused')
    const pauses = options.mode === 'deploy' || (options.mode === 'promote' && options.promote === 'step')
    const steps: Step[] = [
      { name: 'deploy', run: () => this.deploy(this.countFor(options.steps[0]?.weight ?? 100)) },
      { name: 'verify', run: () => this.verify(deploying) }
    ]
    options.steps.slice(first).forEach((_, offset) => {
      const index = first + offset
      steps.push({ name: `step-${index + 1}`, run: () => this.canaryStep(index) })
      if (pauses && offset === 0) steps.push({ name: 'pause', run: () => this.pause() })
    })
    steps.push({ name: 'full', run: () => this.full() }, this.bakeStep())
    return steps
  }

  /** The canary's steps; paused, the step it paused after. */
  protected override recordedStep() {
    const names = stepNamesOf(this.options.steps.length)
    return {
      names,
      current: this.rollout.current === 'pause' ? `step-${this.stepIndex}` : this.rollout.current
    }
  }

  protected stateOf(status: StateStatus): RecordFacts {
    const percent = this.router.percentByColor()
    const moving = status === 'switched' ? this.planned : status === 'succeeded' ? 100 : percent[this.target]
    const weights = { [this.target]: moving, [this.previous]: 100 - moving } as Record<
      'blue' | 'green',
      number
    >
    return this.pairState('canary', status, { weights, exact: true })
  }

  /** Before the first shift: every gate, the probe and the user's command; a continued canary: one look again. */
  private async verify(deploying: boolean): Promise<void> {
    // A continued canary takes traffic already: a failure from here on must move it back.
    if (!deploying && this.planned > 0) this.router.moved = true
    await this.recheck()
    const { readiness, probes, command } = this.gates()
    const sets = deploying ? [[...readiness, ...probes], command] : [[...readiness, ...probes]]
    const passed = await this.deployment.verify(
      sets,
      deploying ? 'before the first shift' : 'before continuing'
    )
    this.note('verify', `${this.label(this.target)} passed ${passed.join(', ')}`)
  }

  /** Capacity first, then the step's weight in one rule change; then the step is watched and judged. */
  private async canaryStep(index: number): Promise<void> {
    const { weight, durationMs } = this.options.steps[index]
    const where = `at step ${index + 1} (${weight}%) on ${this.label(this.target)}`
    await this.capacityFor(weight)
    await this.move(index + 1, weight)
    this.note(
      'analysis',
      `step ${index + 1}: ${weight}% of production traffic for ${formatDuration(durationMs)}`
    )
    const now = this.context.clock.now()
    this.analysis.begin(index + 1, weight, now, now + durationMs)
    const extend = this.options.onInconclusive === 'extend' ? this.options.waitTimeoutMs : 0
    const verdict = await this.deployment.bake(this.watched(), durationMs + extend, {
      phase: `step ${index + 1}`,
      timedAs: `step${index + 1}`,
      done: () => this.analysis.settled
    })
    if (!verdict.ok) throw new RolloutFailure(verdict, where)
    if (!this.analysis.settled) {
      const why = `no verdict within wait-timeout ${formatDuration(extend)} after the step's ${formatDuration(durationMs)}`
      const reason = this.analysis.inconclusive(why)
      throw new RolloutFailure({ ok: false, cause: 'gate', gate: 'analysis', reason }, where)
    }
  }

  private async pause(): Promise<Ending> {
    await this.state.save('paused', this.context.signal)
    const reason = `${this.label(this.target)} runs ${this.deployment.taskDefinitionArn} and takes ${this.planned}% of production traffic after step ${this.stepIndex} of ${this.options.steps.length} passed its analysis; ${this.label(this.previous)} takes the rest until mode promote`
    return { status: 'paused', reason }
  }

  /** All production traffic to the canary, at full size. */
  private async full(): Promise<void> {
    await this.capacityFor(100)
    this.rollout.durations.switchSeconds = toSeconds(await this.move(this.options.steps.length + 1, 100))
  }

  private bakeStep(): Step {
    return { name: 'bake', run: () => this.bake() }
  }

  /** Watches every gate for bake-time at 100% (a plainly failing canary still fails it), then commits. */
  private async bake(): Promise<void> {
    const { options, rollout, deployment } = this
    if (options.bakeTimeMs > 0) {
      this.note('bake', `watching ${this.label(this.target)} for ${formatDuration(options.bakeTimeMs)}`)
      const now = this.context.clock.now()
      this.stepIndex = this.options.steps.length + 1
      this.analysis.begin(this.stepIndex, 100, now, Number.POSITIVE_INFINITY)
      const verdict = await deployment.bake(this.watched(), options.bakeTimeMs)
      if (!verdict.ok) throw new RolloutFailure(verdict, `at 100% on ${this.label(this.target)}`)
    }
    rollout.commit()
    await this.state.saveOrWarn('succeeded')
    const judged = this.analysis.steps.filter((step) => step.weight < 100).length
    rollout.say(
      `${this.label(this.target)} serves ${deployment.taskDefinitionArn} after ${judged} judged canary steps and ${formatDuration(options.bakeTimeMs)} of bake-time`
    )
  }

  /** Mode abort: traffic back to the previous color in one rule change, then the canary to zero. */
  private async abort(): Promise<Ending> {
    const { router, context } = this
    const [back, canary] = [this.label(this.previous), this.label(this.target)]
    const said: string[] = [`aborted the rollout of ${this.deployment.taskDefinitionArn} on ${canary}`]
    if (router.percentByColor()[this.target] > 0) {
      await router.checkCanServe(this.previous)
      this.rollout.durations.rollbackSeconds = toSeconds(await router.shift(this.target, this.previous, 0))
      router.switchedBackAt = context.clock.now()
      said.push(`traffic switched back to ${back}`)
    } else said.push(`production traffic stayed on ${back}`)
    const undone = await this.capacity
      .undo(this.target)
      .run({ reason: 'abort', cause: 'gate' }, { stop: false, cancelled: false })
    await this.state.save('rolled-back')
    return { status: 'rolled-back', reason: `${said.join('; ')}${undone.said}` }
  }

  /** Records the step and weight, then moves the canary's share in one rule change; how long it took. */
  private async move(step: number, weight: number): Promise<number> {
    this.stepIndex = step
    this.planned = weight
    await this.state.save('switched', this.context.signal)
    return this.router.shift(this.target, this.previous, weight, this.context.signal)
  }

  /** With canary-scale proportional: enough healthy canary tasks for `weight` before it takes it. */
  private async capacityFor(weight: number): Promise<void> {
    const count = this.countFor(weight)
    if (count <= this.deployment.expectedCount) return
    await this.deployment.scale(count)
    await this.follow()
  }

  private countFor(weight: number): number {
    if (this.options.canaryScale === 'full') return this.fullCount
    return Math.min(this.fullCount, Math.max(1, Math.ceil((weight / 100) * this.fullCount)))
  }

  /** What every look of a step watches: the version's readiness, the probe, and the analysis. */
  private watched() {
    const { readiness, probes } = this.gates()
    return [...readiness, ...probes, this.analysis]
  }
}
