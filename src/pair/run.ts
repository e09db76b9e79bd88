/**
 * One run on a pair, from the first change on: what every strategy on a pair (blue-green, canary) shares. The new
 * version goes to one color (the target) while the other (previous) serves; this holds the rollout, the traffic
 * router, the deployment on the target's service, the pair's capacity and the state writer, and the steps they all
 * take the same way: deploy (register or reuse, update, follow), check a paused version again, take over a
 * deployment, scale the previous color down, save how the run ended.
 */
import type { AlarmPort } from '../aws/cloudwatch.ts'
import type { EcsPort } from '../aws/ecs.ts'
import type { ElbPort } from '../aws/elb.ts'
import type { ListenerRule, RulePort } from '../aws/listener-rules.ts'
import { versionGates, type GatePorts, type VersionGates } from '../gates/sets.ts'
import {
  Rollout,
  RolloutFailure,
  type Ending,
  type OnFailure,
  type RolloutContext
} from '../rollout/rollout.ts'
import { DeploymentTarget } from '../rollout/deploy.ts'
import { recordOf, type RecordFacts } from '../rollout/record.ts'
import { historyOf, succeeded } from '../state/history.ts'
import { unfinished, type StateStatus } from '../state/state.ts'
import type { StateWriter } from '../state/writer.ts'
import { PairRouter } from './router.ts'
import { PairCapacity } from './capacity.ts'
import { labelOf, other, sideOf, type Color, type ColorPair, type PairAddress } from './pair.ts'
import type { Plan } from './plan.ts'
import { releasePreview, type PreviewPorts } from './preview.ts'
import { pairRecord, stepNames } from './record.ts'
import { pairReport, type PairReport } from './report.ts'

/** The options every run on a pair takes. */
export interface PairRunOptions extends PairAddress {
  /** A rule pointed at the target color before its checks (e.g. a test listener). */
  testListenerRule?: string
  mode: string
  alarms: string[]
  healthCheckUrl?: string
  verifyCommand?: string
  scaleDown: 'after-bake' | 'never'
  waitTimeoutMs: number
  pollIntervalMs: number
  onFailure: OnFailure
  /** This workflow run, as the saved state names it. */
  run: string
  /** How long to wait for another run's lock (the run skeleton holds it). */
  lockTimeoutMs?: number
  /** Tells a preview's PR that a release replaced it (the run skeleton builds the GitHub port from it). */
  githubToken?: string
}

export interface PairRunPorts extends GatePorts, PreviewPorts {
  ecs: EcsPort
  elb: ElbPort
  rules: RulePort
  cloudwatch: AlarmPort
}

/** What the checks before any change found: the pair, its test rule, the live color and the plan. */
export interface PairRoles {
  pair: ColorPair
  testRule?: ListenerRule
  live: Color
  plan: Plan
}

export abstract class PairRun<Options extends PairRunOptions> {
  protected readonly rollout: Rollout
  protected readonly router: PairRouter
  /** The color that gets (or has) the new version, and the other one: what a failure returns to. */
  protected readonly target: Color
  protected readonly previous: Color
  protected readonly deployment: DeploymentTarget
  protected readonly state: StateWriter
  protected readonly capacity: PairCapacity
  protected readonly options: Options
  protected readonly ports: PairRunPorts
  protected readonly context: RolloutContext
  protected readonly roles: PairRoles

  constructor(options: Options, ports: PairRunPorts, context: RolloutContext, roles: PairRoles) {
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
    const servingTaskDefinition = this.side(live).service.taskDefinition
    const settings = { ...options, servingTaskDefinition }
    this.deployment = new DeploymentTarget(ports, this.rollout, context, settings, side.service)
    if (plan.kind === 'continue') this.deployment.taskDefinitionArn = plan.taskDefinitionArn
    this.capacity = new PairCapacity(ports, this.router, this.rollout, context, options)
    this.state = recordOf(this.rollout, context, {
      ecs: ports.ecs,
      service: side,
      steps: () => this.recordedStep(),
      facts: (status) => this.stateOf(status)
    })
  }

  /** The state this run saves with `status`. */
  protected abstract stateOf(status: StateStatus): RecordFacts

  /** The steps the saved state numbers (blue-green's), and the one it names (the running step). */
  protected recordedStep(): { names: readonly string[]; current: string | undefined } {
    return { names: stepNames, current: this.rollout.current }
  }

  /**
   * The saved state of a run on the pair: `action`'s, recording the weights it moves production to (`exact`: as
   * given), and, once it succeeded, the version it made live in the history.
   */
  protected pairState(
    action: string,
    status: StateStatus,
    weights: { weights: Record<Color, number>; exact?: boolean }
  ): RecordFacts {
    const [arn, before] = [this.deployment.taskDefinitionArn, this.side(this.previous).service.taskDefinition]
    const history = historyOf(this.roles.pair.state)
    return pairRecord(status, {
      ...{ action, run: this.options.run, ...weights, target: this.target },
      ...{ taskDefinitionArn: arn, previousTaskDefinitionArn: before },
      history: status === 'succeeded' ? succeeded(history, arn, before) : history
    })
  }

  /** How the run's traffic stood at its start; a failure moves traffic back to the previous color. */
  protected begin(): void {
    this.note('traffic', `${this.router.describe()}: ${this.label(this.roles.live)} is live`)
    this.rollout.onFailure(this.router.undo(this.previous, this.target, this.rollout.durations))
  }

  /** Saves how the run ended (a failure before it completed) and reports it. */
  protected async end<Mode extends string>(
    action: string,
    ending: Ending,
    options: PairAddress & { mode: Mode; run: string }
  ): Promise<PairReport<Mode>> {
    await this.state.saveEnding(ending, this.rollout.isCommitted)
    const facts = { live: this.roles.live, previous: this.previous, arn: this.deployment.taskDefinitionArn }
    const { pair } = this.roles
    return pairReport(action, options, pair, this.router, this.rollout, ending, facts, this.context.clock)
  }

  /**
   * Registers (if needed) and deploys the version to the target color at `desiredCount` tasks, saving the state and
   * pointing the test rule at it just before the update; then follows the deployment.
   */
  protected async deploy(desiredCount: number): Promise<void> {
    const { plan, testRule, pair } = this.roles
    if (plan.kind !== 'deploy') return
    const { signal } = this.context
    const replaced = unfinished(pair.state, pair.state?.color ?? '')
    if (replaced) this.note('rollout', replaced)
    const why = `replaced by release ${this.options.run}`
    await this.deployment.deploy(plan.taskDefinition, { desiredCount }, async (registered) => {
      // Production first: a pull request's preview on the color gives way (once the version passed its preflight).
      const released = await releasePreview(this.ports, this.side(this.target), this.context, why)
      if (released) this.note('preview', released)
      const how = registered ? 'registered' : 'deploying'
      this.note(
        'rollout',
        `${how} ${this.deployment.taskDefinitionArn} to ${this.label(this.target)} at ${desiredCount} tasks`
      )
      await this.state.save('deploying', signal)
      if (testRule) await this.router.pointTestRule(testRule, this.target, signal)
    })
    this.rollout.onFailure(this.capacity.undo(this.target))
    await this.follow()
  }

  /** A paused (or continued) version is taken over and checked again before its traffic moves on. */
  protected async recheck(): Promise<void> {
    if (this.deployment.ref) return
    const { testRule } = this.roles
    this.note(
      'rollout',
      `promoting ${this.deployment.taskDefinitionArn} on ${this.label(this.target)}: checking it again`
    )
    if (testRule) await this.router.pointTestRule(testRule, this.target, this.context.signal)
    await this.takeOver()
    await this.follow()
  }

  /** The old color to zero (unless scale-down: never), once the rule shows it takes no traffic; then drained. */
  protected scaleDown(): Promise<Ending | void> {
    return this.capacity.retire(this.previous, this.options.scaleDown === 'never')
  }

  /** Before continuing at the bake or the scale-down of a run that died: what it had reached. */
  protected async resume(from: 'bake' | 'scale-down'): Promise<void> {
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

  /** Takes over the target's deployment of the version (paused, or moving traffic when its run died). */
  protected async takeOver(): Promise<void> {
    await this.deployment.takeOver(this.deployment.taskDefinitionArn)
    this.rollout.onFailure(this.capacity.undo(this.target))
  }

  protected async follow(): Promise<void> {
    const verdict = await this.deployment.follow(this.gates().readiness)
    if (!verdict.ok) throw new RolloutFailure(verdict, `while ${this.label(this.target)} deployed`)
  }

  /** The gates of the new version on the target color, the command getting the rollout's facts. */
  protected gates(): VersionGates {
    const side = this.side(this.target)
    return versionGates(this.ports, { ...side.service, targetGroupArn: side.targetGroupArn }, this.options, {
      ROLLOUT_COLOR: side.color,
      ROLLOUT_SERVICE: side.name,
      ROLLOUT_TARGET_GROUP_ARN: side.targetGroupArn,
      ROLLOUT_TASK_DEFINITION_ARN: this.deployment.taskDefinitionArn
    })
  }

  protected note(subject: string, observed: string): void {
    this.rollout.timeline.note(subject, observed)
  }

  protected side(color: Color) {
    return sideOf(this.roles.pair, color)
  }

  protected label(color: Color): string {
    return labelOf(this.roles.pair, color)
  }
}
