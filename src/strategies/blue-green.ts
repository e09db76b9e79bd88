/**
 * Blue-green on a color pair, as steps: deploy the new version to the idle color, verify it (it is health-checked
 * at weight 0), pause (mode deploy), shift all production traffic in one rule change, bake while watching the
 * gates, scale the old color down. A failure puts traffic back first, then scales the failed color to zero.
 */
import type { AlarmPort } from '../aws/cloudwatch.ts'
import type { EcsPort } from '../aws/ecs.ts'
import type { ElbPort } from '../aws/elb.ts'
import type { ListenerRule, RulePort } from '../aws/listener-rules.ts'
import { formatDuration } from '../core/duration.ts'
import { CancelledError, oneLine } from '../core/errors.ts'
import { checkAlarms } from '../gates/alarms.ts'
import type { Gate } from '../gates/gate.ts'
import { commandGate, probeGates, readinessGates, type GatePorts } from '../gates/sets.ts'
import {
  discoverPair,
  discoverTestRule,
  labelOf,
  other,
  sideOf,
  type Color,
  type PairSide
} from '../pair/pair.ts'
import type { RolloutReport, RolloutStatus } from '../rollout/report.ts'
import { Rollout, RolloutFailure, type GateRow, type RolloutContext, type Step } from '../rollout/rollout.ts'
import { deployTo, registerVersion, scaleToZero, takeOver } from '../service/service.ts'
import {
  bake,
  deploymentOf,
  followDeployment,
  lookOnce,
  type DeploymentRef,
  type WatchedDeployment
} from '../service/watch.ts'
import { stateTags, type StateStatus } from '../state/state.ts'
import { PairRouter, resolveLive, TakesTraffic } from '../traffic/pair-traffic.ts'
import {
  planDeployment,
  planPromotion,
  type BlueGreenMode,
  type BlueGreenOptions,
  type Plan
} from './blue-green-plan.ts'

export type { BlueGreenMode, BlueGreenOptions } from './blue-green-plan.ts'

export interface BlueGreenPorts extends GatePorts {
  ecs: EcsPort
  elb: ElbPort
  rules: RulePort
  cloudwatch: AlarmPort
}

export interface BlueGreenReport extends RolloutReport {
  mode: BlueGreenMode
  cluster: string
  listenerRule: string
  blueService: string
  greenService: string
  /** Colors as the production rule has them when the run ends. */
  liveColor: Color
  idleColor: Color
  /** The color production traffic was on before this rollout: what a rollback returns to. */
  previousColor: Color
  /** The version this run deployed or promoted (the live one when there was nothing to do). */
  taskDefinitionArn: string
  /** What the previous color runs: what a rollback returns to. */
  previousTaskDefinitionArn: string
  switchedAt?: string
  switchedBackAt?: string
  run: string
}

export interface BlueGreenResult {
  report: BlueGreenReport
  timeline: Rollout['timeline']
  /** The last verdict of each gate. */
  gates: GateRow[]
}

/** The steps of every blue-green rollout; the saved state names the one it is at by its index here. */
const stepNames = ['deploy', 'verify', 'pause', 'shift', 'bake', 'scale-down'] as const

/** The step the saved state names: the one running, or for a status written outside the steps, its own. */
function stepOf(current: string | undefined, status: StateStatus): number {
  const running = stepNames.indexOf(current as (typeof stepNames)[number])
  if (running >= 0) return running
  const byStatus: Partial<Record<StateStatus, (typeof stepNames)[number]>> = {
    switched: 'bake',
    succeeded: 'scale-down'
  }
  return stepNames.indexOf(byStatus[status] ?? 'deploy')
}

/** Checks every input and the whole pair with read-only calls, then runs the rollout (refusals change nothing). */
export async function blueGreenDeploy(
  options: BlueGreenOptions,
  ports: BlueGreenPorts,
  context: RolloutContext
): Promise<BlueGreenResult> {
  const pair = await discoverPair(ports, options)
  const testRule = options.testListenerRule
    ? await discoverTestRule(ports.rules, pair, options.testListenerRule)
    : undefined
  const { live, restore } = resolveLive(pair)
  if (options.verifyCommand && !ports.runCommand) throw new Error('verify-command needs a command runner')
  const plan =
    options.mode === 'promote'
      ? planPromotion(pair, live, restore, options)
      : await planDeployment(pair, live, restore, options, ports.ecs)
  await checkAlarms(ports.cloudwatch, options.alarms)
  return new BlueGreen(options, ports, context, { pair, testRule, live, plan }).run(restore)
}

/** One run, from the first change on. */
class BlueGreen {
  private readonly rollout: Rollout
  private readonly router: PairRouter
  /** The color that gets (or has) the new version, and the other one: what a failure returns to. */
  private readonly target: Color
  private readonly previous: Color
  private taskDefinitionArn: string
  private targetCount = 0
  private deployment?: DeploymentRef
  /** Production traffic may be on the target: a failure must move it back. */
  private moved = false
  private switchedAt?: number
  private switchedBackAt?: number
  private stateWritten = false
  /** Service events of the target already logged (or older than the run). */
  private readonly seenEvents: Set<string>
  private readonly options: BlueGreenOptions
  private readonly ports: BlueGreenPorts
  private readonly context: RolloutContext
  private readonly roles: { pair: PairRouter['pair']; testRule?: ListenerRule; live: Color; plan: Plan }

  constructor(
    options: BlueGreenOptions,
    ports: BlueGreenPorts,
    context: RolloutContext,
    roles: { pair: PairRouter['pair']; testRule?: ListenerRule; live: Color; plan: Plan }
  ) {
    this.options = options
    this.ports = ports
    this.context = context
    this.roles = roles
    this.rollout = new Rollout(context, options.onFailure)
    this.router = new PairRouter(ports, roles.pair, this.rollout.timeline, context.clock)
    const { plan, live } = roles
    this.target =
      plan.kind === 'deploy' || (plan.kind === 'continue' && plan.from === 'verify') ? other(live) : live
    this.previous = other(this.target)
    this.taskDefinitionArn =
      plan.kind === 'continue' ? plan.taskDefinitionArn : this.side(this.target).service.taskDefinition
    this.seenEvents = new Set(this.side(this.target).service.eventIds)
  }

  async run(restore: boolean): Promise<BlueGreenResult> {
    const { rollout, roles } = this
    const { plan } = roles
    rollout.timeline.note('traffic', `${this.router.describe()}: ${this.label(roles.live)} is live`)
    rollout.onFailure({ kind: 'traffic', run: (_failure, policy) => this.trafficBack(policy.stop) })
    const steps: Record<(typeof stepNames)[number], Step> = {
      deploy: { name: 'deploy', run: () => this.deploy(plan) },
      verify: { name: 'verify', run: () => this.verify() },
      pause: { name: 'pause', run: () => this.pause() },
      shift: { name: 'shift', run: () => this.shift() },
      bake: { name: 'bake', run: () => this.bake() },
      'scale-down': { name: 'scale-down', run: () => this.scaleDown() }
    }
    // A rule caught halfway goes back first; a run that died is continued at the step it had reached.
    const before: Step[] = restore ? [{ name: 'restore', run: () => this.restore() }] : []
    if (plan.kind === 'continue' && plan.from !== 'verify') {
      const from = plan.from
      before.push({ name: from, run: () => this.prepareContinue(from) })
    }
    const from = plan.kind === 'deploy' ? 'deploy' : plan.kind === 'continue' ? plan.from : undefined
    if (plan.kind === 'nothing') rollout.say(plan.reason)
    const chosen = from ? stepNames.slice(stepNames.indexOf(from)).map((name) => steps[name]) : []
    const ending = await rollout.run([...before, ...chosen])
    if (
      this.stateWritten &&
      !rollout.isCommitted &&
      (ending.status === 'failed' || ending.status === 'rolled-back')
    ) {
      await this.save(ending.status).catch((error) => this.warnState(error))
    }
    return this.result(ending.status, ending.reason)
  }

  /** A rule left split by an interrupted run goes back to the color it was moving traffic away from. */
  private async restore(): Promise<void> {
    const state = this.roles.pair.state!
    this.rollout.timeline.note(
      'traffic',
      `the rule is split (${this.router.describe()}) by an unfinished rollout (run ${state.run || 'unknown'}); routing 100% back to ${this.label(this.roles.live)} first`
    )
    await this.router.route(this.roles.live)
  }

  /** Registers (if needed) and deploys the version to the idle color at the live color's size. */
  private async deploy(plan: Plan): Promise<void> {
    if (plan.kind !== 'deploy') return
    const { signal } = this.context
    const target = this.side(this.target)
    this.noteSuperseded()
    const { arn, registered } = await registerVersion(this.ports.ecs, plan.taskDefinition, signal)
    this.taskDefinitionArn = arn
    this.note(
      'rollout',
      `${registered ? 'registered' : 'deploying'} ${arn} to ${this.label(this.target)} at ${plan.desiredCount} tasks`
    )
    await this.save('deploying', signal)
    if (this.roles.testRule) await this.router.pointTestRule(this.roles.testRule, this.target, signal)
    const update = {
      cluster: this.options.cluster,
      service: target.arn,
      taskDefinition: arn,
      desiredCount: plan.desiredCount
    }
    const { ref, deployment, existed } = await deployTo(this.ports.ecs, target.service, update, signal)
    this.note(
      'rollout',
      existed
        ? `${target.name} already runs ${arn} (deployment ${deployment.id})`
        : `started deployment ${deployment.id} on ${target.name}`
    )
    this.noteIgnored(ref)
    this.track(ref, plan.desiredCount)
    await this.follow()
  }

  /** One look with every gate, the probe included, before production traffic moves; then the user's command. */
  private async verify(): Promise<void> {
    if (!this.deployment) {
      this.note(
        'rollout',
        `promoting ${this.taskDefinitionArn} on ${this.label(this.target)}: checking it again`
      )
      if (this.roles.testRule)
        await this.router.pointTestRule(this.roles.testRule, this.target, this.context.signal)
      await this.takeOverTarget()
      await this.follow()
    }
    await this.rollout.timed('verify', async () => {
      for (const gates of [[...this.readiness(), ...this.probes()], this.command()]) {
        if (gates.length === 0) continue
        const look = await lookOnce(this.watch('verify', gates))
        const failing = look.ok ? look.reports.find((report) => report.state !== 'passed') : undefined
        if (!look.ok) throw new RolloutFailure(look, 'before the switch')
        if (failing)
          throw new RolloutFailure(
            { ok: false, cause: 'gate', gate: failing.gate, reason: failing.observed },
            'before the switch'
          )
      }
    })
    const passed = this.rollout.gates.filter((row) => row.phase === 'verify').map((row) => row.gate)
    this.note('verify', `${this.label(this.target)} passed ${passed.join(', ')}`)
  }

  private async pause() {
    if (this.options.mode !== 'deploy') return
    await this.save('paused', this.context.signal)
    const reason = `${this.label(this.target)} runs ${this.taskDefinitionArn} and passed every gate; production traffic stays on ${this.label(this.previous)} until mode promote`
    return { status: 'paused' as const, reason }
  }

  /** All production traffic to the target in one rule change, if the rule still sends all of it to the previous color. */
  private async shift(): Promise<void> {
    await this.save('switched', this.context.signal)
    await this.router.checkLive(this.previous, `switching to ${this.label(this.target)}`, this.context.signal)
    this.moved = true
    const took = await this.router.route(this.target)
    this.switchedAt = this.context.clock.now()
    this.rollout.durations.switchSeconds = Math.round(took / 100) / 10
  }

  /** Watches the gates for bake-time (a failure acts within one poll interval), then commits. */
  private async bake(): Promise<void> {
    const { options, rollout } = this
    if (options.bakeTimeMs > 0) {
      this.note('bake', `watching ${this.label(this.target)} for ${formatDuration(options.bakeTimeMs)}`)
      const watch = {
        ...this.watch('bake', [...this.readiness(), ...this.probes()]),
        maxIntervalMs: options.pollIntervalMs
      }
      const verdict = await rollout.timed('bake', (now) => bake(watch, now + options.bakeTimeMs))
      if (!verdict.ok) throw new RolloutFailure(verdict, `on ${this.label(this.target)}`)
    }
    rollout.commit()
    await this.save('succeeded').catch((error) => this.warnState(error))
    const baked =
      options.bakeTimeMs > 0
        ? ` after ${formatDuration(options.bakeTimeMs)} of bake-time with every gate passing`
        : ''
    rollout.say(`${this.label(this.target)} serves ${this.taskDefinitionArn}${baked}`)
  }

  /** The old color to zero, once the rule read right before shows it takes no traffic; drained within wait-timeout. */
  private async scaleDown() {
    const { options, rollout, context } = this
    const label = this.label(this.previous)
    if (options.scaleDown === 'never') {
      this.note('scale-down', `${label} keeps running (scale-down: never)`)
      return rollout.say(`${label} kept running`)
    }
    try {
      await this.router.checkIdle(this.previous)
      const previous = this.side(this.previous)
      const drained = await rollout.timed('scaleDown', (now) =>
        scaleToZero({
          ...this.ports,
          label,
          cluster: options.cluster,
          service: previous.service,
          targetGroupArn: previous.targetGroupArn,
          timeline: rollout.timeline,
          clock: context.clock,
          intervalMs: options.pollIntervalMs,
          deadline: now + options.waitTimeoutMs,
          signal: context.signal
        })
      )
      rollout.say(
        drained
          ? `${label} drained and scaled to 0`
          : `${label} scaled to 0 (still draining after ${formatDuration(options.waitTimeoutMs)})`
      )
    } catch (error) {
      if (error instanceof TakesTraffic)
        return { status: 'failed' as const, reason: rollout.sayAlso(`but ${error.message}`) }
      const why = error instanceof CancelledError ? 'cancelled' : `failed: ${oneLine(error)}`
      context.log.warning(`scale-down of ${label} ${why}`)
      rollout.say(`the scale-down of ${label} ${why}`)
    }
  }

  /** Before continuing at the bake or the scale-down of a run that died: what it had reached. */
  private async prepareContinue(from: 'bake' | 'scale-down'): Promise<void> {
    const run = this.roles.pair.state?.run || 'unknown'
    if (from === 'scale-down') {
      this.rollout.commit()
      this.note(
        'scale-down',
        `run ${run} rolled ${this.taskDefinitionArn} out to ${this.label(this.target)} but did not scale ${this.label(this.previous)} down; finishing its scale-down (traffic stays as it is)`
      )
      return this.rollout.say(
        `${this.label(this.target)} serves ${this.taskDefinitionArn} (rolled out by run ${run}); this run finished its scale-down`
      )
    }
    this.moved = true
    await this.save('switched')
    this.note(
      'rollout',
      `run ${run} switched traffic to ${this.label(this.target)} and did not finish its bake; baking again`
    )
    await this.takeOverTarget()
  }

  /** Takes over the target's deployment of the version (a paused or baking rollout's), to watch it. */
  private async takeOverTarget(): Promise<void> {
    const service = this.side(this.target).service
    const deployment = deploymentOf(
      { deployments: service.deployments, serviceName: service.name },
      this.taskDefinitionArn
    )
    const { ref } = await takeOver(this.ports.ecs, this.options.cluster, service, deployment, true)
    this.noteIgnored(ref)
    this.track(ref, deployment.desiredCount ?? service.desiredCount)
  }

  private noteIgnored(ref: DeploymentRef): void {
    if (ref.ignoredTasks && ref.ignoredTasks.size > 0)
      this.note('tasks', `${ref.ignoredTasks.size} tasks of ${ref.deploymentId} had stopped before this run`)
  }

  /** Follows the target's deployment to a verdict. */
  private async follow(): Promise<void> {
    const verdict = await this.rollout.timed('deploy', () =>
      followDeployment(this.watch('deploy', this.readiness()), this.options.waitTimeoutMs)
    )
    if (!verdict.ok) throw new RolloutFailure(verdict, `while ${this.label(this.target)} deployed`)
  }

  /** The deployment under watch from now on; should the rollout fail, the target is scaled back to zero. */
  private track(ref: DeploymentRef, count: number): void {
    this.deployment = ref
    this.targetCount = count
    this.rollout.watching = ref
    this.rollout.onFailure({
      kind: 'capacity',
      run: (failure, policy) =>
        policy.stop || policy.cancelled || failure.cause === 'superseded'
          ? Promise.resolve({ said: '' })
          : this.scaleDownFailed()
    })
  }

  /** Traffic back to the previous color, if it moved and the policy allows; it goes back only to a color that can take it. */
  private async trafficBack(stop: boolean) {
    if (!this.moved) return { said: `; production traffic stayed on ${this.label(this.previous)}` }
    if (stop) return { said: `; on-failure: stop, so traffic was left on ${this.label(this.target)}` }
    try {
      await this.router.checkCanServe(this.previous)
      const took = await this.router.route(this.previous)
      this.switchedBackAt = this.context.clock.now()
      this.rollout.durations.rollbackSeconds = Math.round(took / 100) / 10
      return { said: `; traffic switched back to ${this.label(this.previous)}`, restored: true }
    } catch (error) {
      return {
        said: `; switching traffic back to ${this.label(this.previous)} FAILED: ${oneLine(error)}`,
        halt: true
      }
    }
  }

  private async scaleDownFailed() {
    const label = this.label(this.target)
    try {
      await this.router.checkIdle(this.target)
      await this.ports.ecs.updateService({
        cluster: this.options.cluster,
        service: this.side(this.target).arn,
        desiredCount: 0
      })
      this.note('rollback', `${label} scaled to 0`)
      return { said: `; ${label} scaled to 0` }
    } catch (error) {
      return { said: `; scaling ${label} to 0 failed: ${oneLine(error)}` }
    }
  }

  /** Says when this run takes over from a rollout that did not end (its runner was lost, or it was paused). */
  private noteSuperseded(): void {
    const state = this.roles.pair.state
    if (!state || !['deploying', 'paused', 'switched'].includes(state.status)) return
    this.note(
      'rollout',
      `the previous rollout (${state.taskDefinition} on ${state.color}, run ${state.run || 'unknown'}) ended ${state.status}; this run replaces it`
    )
  }

  private readiness(): Gate[] {
    const target = this.side(this.target)
    const loadBalancers = target.service.loadBalancers.filter(
      (lb) => lb.targetGroupArn === target.targetGroupArn
    )
    return readinessGates(this.ports, loadBalancers, this.options.alarms)
  }

  private probes(): Gate[] {
    return probeGates(this.ports, this.options.healthCheckUrl, this.options.pollIntervalMs)
  }

  private command(): Gate[] {
    const target = this.side(this.target)
    const gate = commandGate(this.ports, this.options.verifyCommand, {
      ROLLOUT_COLOR: this.target,
      ROLLOUT_SERVICE: target.name,
      ROLLOUT_TARGET_GROUP_ARN: target.targetGroupArn,
      ROLLOUT_TASK_DEFINITION_ARN: this.taskDefinitionArn
    })
    return gate ? [gate] : []
  }

  private watch(phase: string, gates: Gate[]): WatchedDeployment {
    const { options, context, rollout } = this
    return {
      ...this.deployment!,
      expectedCount: this.targetCount,
      gates,
      onReports: (reports) => rollout.keep(phase, reports),
      timeline: rollout.timeline,
      clock: context.clock,
      signal: context.signal,
      intervalMs: options.pollIntervalMs,
      seenEvents: this.seenEvents
    }
  }

  /** Writes the saved state on the target's service: status, versions, the step and the weights it moves to. */
  private async save(status: StateStatus, signal?: AbortSignal): Promise<void> {
    const weights =
      status === 'switched' || status === 'succeeded'
        ? { [this.target]: 100, [this.previous]: 0 }
        : this.router.percentByColor()
    const tags = stateTags({
      status,
      taskDefinition: this.taskDefinitionArn,
      previousTaskDefinition: this.side(this.previous).service.taskDefinition,
      step: stepOf(this.rollout.current, status),
      weights,
      previousColor: this.previous,
      run: this.options.run,
      updatedAt: new Date(this.context.clock.now()).toISOString()
    })
    await this.ports.ecs.tagResource(this.side(this.target).arn, tags, signal)
    this.stateWritten = true
  }

  private warnState(error: unknown): void {
    this.context.log.warning(`the rollout record was not written: ${oneLine(error)}`)
  }

  private note(subject: string, observed: string): void {
    this.rollout.timeline.note(subject, observed)
  }

  private side(color: Color): PairSide {
    return sideOf(this.roles.pair, color)
  }

  private label(color: Color): string {
    return labelOf(this.roles.pair, color)
  }

  private result(status: RolloutStatus, reason: string): BlueGreenResult {
    const { options, rollout, roles } = this
    const traffic = this.router.traffic()
    const live = traffic.state === 'all' ? traffic.live : roles.live
    const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())
    return {
      timeline: rollout.timeline,
      gates: rollout.gates,
      report: {
        action: 'blue-green',
        mode: options.mode,
        status,
        reason,
        startedAt: new Date(rollout.startedAt).toISOString(),
        finishedAt: new Date(this.context.clock.now()).toISOString(),
        durations: rollout.durations,
        cluster: options.cluster,
        listenerRule: options.listenerRule,
        blueService: roles.pair.blue.name,
        greenService: roles.pair.green.name,
        liveColor: live,
        idleColor: other(live),
        previousColor: this.previous,
        taskDefinitionArn: this.taskDefinitionArn,
        previousTaskDefinitionArn: this.side(this.previous).service.taskDefinition,
        switchedAt: iso(this.switchedAt),
        switchedBackAt: iso(this.switchedBackAt),
        run: options.run
      }
    }
  }
}
