/**
 * Blue-green on a color pair, as steps: deploy the new version to the idle color, verify it (it is health-checked
 * at weight 0), pause (mode deploy), shift all production traffic in one rule change, bake while watching the
 * gates, scale the old color down. A failure puts traffic back first, then scales the failed color to zero.
 */
import { formatDuration } from '../../core/duration.ts'
import { PairRun } from '../../pair/run.ts'
import { toSeconds } from '../../rollout/report.ts'
import { RolloutFailure, type Step } from '../../rollout/rollout.ts'
import type { StateStatus } from '../../state/state.ts'
import { stepNames, type StepName } from '../../pair/record.ts'
import type { BlueGreenOptions, BlueGreenReport, BlueGreenResult } from './options.ts'

/** One run, from the first change on. */
export class BlueGreenRun extends PairRun<BlueGreenOptions> {
  async run(restore: boolean): Promise<BlueGreenResult> {
    const { rollout, roles } = this
    const { plan } = roles
    this.begin()
    const steps: Record<StepName, Step> = {
      deploy: { name: 'deploy', run: () => this.deploy(plan.kind === 'deploy' ? plan.desiredCount : 0) },
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
    const report = (await this.end('blue-green', ending, this.options)) as BlueGreenReport
    return { report, timeline: rollout.timeline, gates: rollout.gates }
  }

  protected stateOf(status: StateStatus) {
    return this.pairState('blue-green', status, { weights: this.router.percentByColor() })
  }

  /** One look with every gate, the probe included, before production traffic moves; then the user's command. */
  private async verify(): Promise<void> {
    await this.recheck()
    const { readiness, probes, command } = this.gates()
    const passed = await this.deployment.verify([[...readiness, ...probes], command], 'before the switch')
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
}
