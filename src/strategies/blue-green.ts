/**
 * Blue-green on a color pair: deploy the new version to the idle color, verify it (it is health-checked at
 * weight 0), switch production traffic with one rule change, bake while watching the gates, then scale the old
 * color down. A failure after the switch puts traffic back first (one rule change: seconds), then deals with
 * capacity. What a later job needs is recorded as tags on the services (src/pair/record.ts).
 */
import type { LoadBalancer } from '@aws-sdk/client-ecs'
import type { AlarmPort } from '../aws/cloudwatch.ts'
import type { EcsPort } from '../aws/ecs.ts'
import type { ElbPort } from '../aws/elb.ts'
import type { ListenerRule, RulePort } from '../aws/listener-rules.ts'
import type { TaskDefinitionPlan, TaskDefinitionSource } from '../aws/task-definition.ts'
import { throwIfCancelled, withOwnSignal } from '../core/clock.ts'
import { formatDuration } from '../core/duration.ts'
import { CancelledError, oneLine } from '../core/errors.ts'
import { finished, notYet, poll } from '../core/poller.ts'
import { timePhase, toSeconds, type RolloutRecord, type RolloutStatus } from '../core/record.ts'
import { Timeline } from '../core/timeline.ts'
import { AlarmsGate, checkAlarms } from '../gates/alarms.ts'
import { CommandGate, type CommandRunner } from '../gates/command.ts'
import { EcsTasksGate } from '../gates/ecs-tasks.ts'
import { checkGates, once, type Gate, type GateReport } from '../gates/gate.ts'
import { HttpProbeGate, type Fetch } from '../gates/http-probe.ts'
import { TargetHealthGate } from '../gates/target-health.ts'
import {
  allTo,
  describeShares,
  describeTraffic,
  discoverPair,
  discoverTestRule,
  other,
  readPairTraffic,
  resolveLive,
  sideOf,
  trafficOf,
  type Color,
  type ColorPair,
  type PairAddress,
  type PairSide
} from '../pair/pair.ts'
import { writeRecord, type PairRecord } from '../pair/record.ts'
import type { RecordStatus } from '../record/service-record.ts'
import { readWeights, setWeights } from '../traffic/routing.ts'
import {
  bake,
  deploymentOf,
  followDeployment,
  stoppedTasks,
  stopsOf,
  withStops,
  type DeploymentVerdict,
  type WatchedDeployment
} from './ecs-deployment.ts'
import { planDeployment, planPromotion, type Plan } from './blue-green-plan.ts'
import type { OnFailure, StrategyContext } from './context.ts'

/** full: deploy, verify, switch, bake, scale down; deploy: stop paused after verifying; promote: finish a paused one. */
export type BlueGreenMode = 'full' | 'deploy' | 'promote'

export interface BlueGreenOptions extends PairAddress {
  /** A rule pointed at the idle color before its checks (e.g. a test listener). */
  testListenerRule?: string
  mode: BlueGreenMode
  /** The new version (full, deploy). With promote: none, it promotes what the paused rollout verified. */
  taskDefinition?: TaskDefinitionSource
  /** Deploy a task definition of another family than the live color's. */
  allowFamilyChange?: boolean
  /** With promote: the paused version must be this one. */
  expectedTaskDefinitionArn?: string
  /** Tasks for the idle color; default: as many as the live color runs. */
  desiredCount?: number
  alarms: string[]
  healthCheckUrl?: string
  verifyCommand?: string
  bakeTimeMs: number
  scaleDown: 'after-bake' | 'never'
  waitTimeoutMs: number
  pollIntervalMs: number
  onFailure: OnFailure
  /** This workflow run, as the record names it. */
  run: string
}

export interface BlueGreenPorts {
  ecs: EcsPort
  elb: ElbPort
  rules: RulePort
  cloudwatch: AlarmPort
  /** For verify-command. */
  runCommand?: CommandRunner
  /** For health-check-url (default: the global fetch). */
  fetch?: Fetch
}

export interface BlueGreenRecord extends RolloutRecord {
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

export interface GateRow extends GateReport {
  /** verify (before the switch) or bake (after it). */
  phase: string
}

export interface BlueGreenResult {
  record: BlueGreenRecord
  timeline: Timeline
  /** The last verdict of each gate. */
  gates: GateRow[]
}

/** A phase that did not pass: which gate, and what it saw. */
class RolloutFailure extends Error {
  override name = 'RolloutFailure'
  readonly verdict: DeploymentVerdict & { ok: false }

  constructor(verdict: DeploymentVerdict & { ok: false }, where: string) {
    super(`${verdict.gate ? `gate ${verdict.gate} failed ` : ''}${where}: ${verdict.reason}`)
    this.verdict = verdict
  }
}

/** A color this run meant to shrink takes production traffic now: the run stops and says so. */
class TakesTraffic extends Error {
  override name = 'TakesTraffic'
}

/**
 * Checks every input and the whole pair with read-only calls, then runs the rollout. Any refusal is an
 * InputError thrown before the first change.
 */
export async function blueGreenDeploy(
  options: BlueGreenOptions,
  ports: BlueGreenPorts,
  context: StrategyContext
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
  // The new version goes to the idle color, except when traffic is already on it (there is nothing to move).
  const target = plan.kind === 'deploy' || plan.kind === 'promote' ? other(live) : live
  const rollout = new BlueGreenRollout(options, ports, context, { pair, testRule, live, target })
  return rollout.run(plan, restore)
}

/** One run, from the first change on. */
class BlueGreenRollout {
  private readonly options: BlueGreenOptions
  private readonly ports: BlueGreenPorts
  private readonly context: StrategyContext
  private readonly pair: ColorPair
  private readonly testRule?: ListenerRule
  /** The color live when the run began. */
  private readonly live: Color
  /** The color that gets (or has) the new version. */
  private readonly target: Color
  /** The other color: what a rollback returns to. */
  private readonly previous: Color
  private readonly timeline: Timeline
  private readonly durations: Record<string, number> = {}
  private readonly gateRows = new Map<string, GateRow>()
  /** Service events of the target already logged (or older than the run). */
  private readonly seenEvents: Set<string>
  private taskDefinitionArn: string
  private readonly previousTaskDefinitionArn: string
  private deploymentId?: string
  private ignoredTasks?: Set<string>
  private targetCount = 0
  /** Production traffic may be on the target: a failure must switch it back. */
  private trafficMoved = false
  /** The bake passed: from here on nothing switches back. */
  private committed = false
  private switchedAt?: number
  private switchedBackAt?: number
  /** This run wrote the record (so a failure updates it). */
  private recordWritten = false

  constructor(
    options: BlueGreenOptions,
    ports: BlueGreenPorts,
    context: StrategyContext,
    roles: { pair: ColorPair; testRule?: ListenerRule; live: Color; target: Color }
  ) {
    this.options = options
    this.ports = ports
    this.context = context
    this.pair = roles.pair
    this.testRule = roles.testRule
    this.live = roles.live
    this.target = roles.target
    this.previous = other(roles.target)
    this.timeline = new Timeline(context.clock, context.log)
    this.previousTaskDefinitionArn = sideOf(this.pair, this.previous).service.taskDefinition!
    this.taskDefinitionArn = sideOf(this.pair, this.target).service.taskDefinition!
    this.seenEvents = new Set(
      (sideOf(this.pair, this.target).service.events ?? []).map((event) => event.id ?? '')
    )
  }

  private side(color: Color): PairSide {
    return sideOf(this.pair, color)
  }

  private label(color: Color): string {
    return `${color} (${this.side(color).name})`
  }

  async run(plan: Plan, restore: boolean): Promise<BlueGreenResult> {
    this.timeline.note('traffic', `${describeTraffic(this.pair)}: ${this.label(this.live)} is live`)
    try {
      if (restore) await this.restoreTraffic()
      switch (plan.kind) {
        case 'nothing':
          return this.result('succeeded', plan.reason)
        case 'resume-bake':
          return await this.resumeBake(plan.taskDefinitionArn)
        case 'finish-scale-down':
          return await this.finishScaleDown()
        case 'deploy':
          await this.deploy(plan.taskDefinition, plan.desiredCount)
          break
        case 'promote':
          await this.reverify(plan.taskDefinitionArn)
          break
      }
      await this.verify()
      if (this.options.mode === 'deploy') {
        await this.record('paused', this.context.signal)
        return this.result(
          'paused',
          `${this.label(this.target)} runs ${this.taskDefinitionArn} and passed every gate; production traffic stays on ${this.label(this.previous)} until mode promote`
        )
      }
      await this.switchTraffic()
      await this.bake()
      return await this.finish()
    } catch (error) {
      return this.recover(error)
    }
  }

  /** A rule left split by an interrupted run goes back to the color it was moving traffic away from. */
  private async restoreTraffic(): Promise<void> {
    const record = this.pair.record!
    this.timeline.note(
      'traffic',
      `the rule is split (${describeTraffic(this.pair)}) by an unfinished rollout (run ${record.run || 'unknown'}); routing 100% back to ${this.label(this.live)} first`
    )
    await this.route(this.live)
  }

  /** Registers (if needed) and deploys the version to the idle color at the live color's size. */
  private async deploy(plan: TaskDefinitionPlan, desiredCount: number): Promise<void> {
    const { ecs } = this.ports
    const target = this.side(this.target)
    this.noteSuperseded()
    const registering = 'register' in plan
    const { signal } = this.context
    this.taskDefinitionArn = registering ? await ecs.registerTaskDefinition(plan.register, signal) : plan.arn
    this.timeline.note(
      'rollout',
      `${registering ? 'registered' : 'deploying'} ${this.taskDefinitionArn} to ${this.label(this.target)} at ${desiredCount} tasks`
    )
    await this.record('deploying', signal)
    await this.pointTestRule()
    const updated = await ecs.updateService(
      {
        cluster: this.options.cluster,
        service: target.arn,
        taskDefinition: this.taskDefinitionArn,
        desiredCount
      },
      signal
    )
    const deployment = deploymentOf(updated, this.taskDefinitionArn)
    const existed = target.service.deployments?.some((known) => known.id === deployment.id) ?? false
    this.timeline.note(
      'rollout',
      existed
        ? `${target.name} already runs ${this.taskDefinitionArn} (deployment ${deployment.id})`
        : `started deployment ${deployment.id} on ${target.name}`
    )
    await this.follow(deployment.id!, desiredCount, existed)
  }

  /** The paused version: still the service's deployment, still complete, tasks and targets healthy. */
  private async reverify(taskDefinitionArn: string): Promise<void> {
    const target = this.side(this.target)
    this.taskDefinitionArn = taskDefinitionArn
    this.timeline.note(
      'rollout',
      `promoting ${taskDefinitionArn} on ${this.label(this.target)}: checking it again`
    )
    const deployment = deploymentOf(target.service, taskDefinitionArn)
    await this.pointTestRule()
    await this.follow(deployment.id!, deployment.desiredCount ?? target.service.desiredCount ?? 0, true)
  }

  private async follow(deploymentId: string, desiredCount: number, existed: boolean): Promise<void> {
    const { options } = this
    this.deploymentId = deploymentId
    this.targetCount = desiredCount
    this.ignoredTasks = existed
      ? await stoppedTasks(this.ports.ecs, options.cluster, this.side(this.target).name, deploymentId)
      : undefined
    if (this.ignoredTasks && this.ignoredTasks.size > 0) {
      this.timeline.note(
        'tasks',
        `${this.ignoredTasks.size} tasks of ${deploymentId} had stopped before this run`
      )
    }
    const watch = this.watch('deploy', this.readinessGates())
    const verdict = await this.timed('deploy', () => followDeployment(watch, options.waitTimeoutMs))
    if (!verdict.ok) throw new RolloutFailure(verdict, `while ${this.label(this.target)} deployed`)
  }

  /**
   * One look with every gate, the user's probe included, before production traffic moves; then the user's command
   * (it may be a whole smoke-test suite, not worth starting while another gate fails).
   */
  private async verify(): Promise<void> {
    const reports = await this.timed('verify', async () => {
      const first = await this.lookOnce([...this.readinessGates(), ...this.probeGates()])
      const command = this.commandGate()
      if (!command || first.some((report) => report.state !== 'passed')) return first
      return [...first, ...(await this.lookOnce([command]))]
    })
    for (const report of reports) this.timeline.observe(report.gate, report.observed)
    const failing = reports.find((report) => report.state !== 'passed')
    if (failing) {
      throw new RolloutFailure(
        { ok: false, cause: 'gate', gate: failing.gate, reason: failing.observed },
        'before the switch'
      )
    }
    this.timeline.note(
      'verify',
      `${this.label(this.target)} passed ${reports.map((report) => report.gate).join(', ')}`
    )
  }

  /**
   * All production traffic to the target, in one rule change, provided the rule still sends everything to the
   * previous color (another run or a person may have moved it since this run read it).
   */
  private async switchTraffic(): Promise<void> {
    await this.record('switched', this.context.signal)
    const now = await readPairTraffic(this.ports.rules, this.pair)
    if (now.state !== 'all' || now.live !== this.previous) {
      throw new Error(
        `the production rule changed since this run read it: it now sends ${describeShares(this.pair, now)}; not switching to ${this.label(this.target)}`
      )
    }
    // The last moment a cancellation stops the switch; from here on traffic may have moved.
    throwIfCancelled(this.context.signal)
    this.trafficMoved = true
    const took = await this.route(this.target)
    this.switchedAt = this.context.clock.now()
    this.durations.switchSeconds = toSeconds(took)
  }

  private async bake(): Promise<void> {
    const { options } = this
    if (options.bakeTimeMs === 0) return
    this.timeline.note(
      'bake',
      `watching ${this.label(this.target)} for ${formatDuration(options.bakeTimeMs)}`
    )
    const watch = {
      ...this.watch('bake', [...this.readinessGates(), ...this.probeGates()]),
      // A failing gate must bring traffic back within one poll interval: no growing pauses.
      maxIntervalMs: options.pollIntervalMs
    }
    const verdict = await this.timed('bake', (now) => bake(watch, now + options.bakeTimeMs))
    if (!verdict.ok) throw new RolloutFailure(verdict, `on ${this.label(this.target)}`)
  }

  /** Traffic is on the target already (a run died while baking): bake again, then finish. */
  private async resumeBake(taskDefinitionArn: string): Promise<BlueGreenResult> {
    const record = this.pair.record!
    this.taskDefinitionArn = taskDefinitionArn
    this.trafficMoved = true
    await this.record('switched')
    this.timeline.note(
      'rollout',
      `run ${record.run || 'unknown'} switched traffic to ${this.label(this.target)} and did not finish its bake; baking again`
    )
    const deployment = deploymentOf(this.side(this.target).service, taskDefinitionArn)
    this.deploymentId = deployment.id!
    this.targetCount = deployment.desiredCount ?? 0
    this.ignoredTasks = await stoppedTasks(
      this.ports.ecs,
      this.options.cluster,
      this.side(this.target).name,
      this.deploymentId
    )
    await this.bake()
    return this.finish()
  }

  /** The bake passed: the rollout is done; the old color is scaled down unless told not to. */
  private async finish(): Promise<BlueGreenResult> {
    this.committed = true
    await this.record('succeeded').catch((error) =>
      this.context.log.warning(`the rollout record was not written: ${oneLine(error)}`)
    )
    const reason = `${this.label(this.target)} serves ${this.taskDefinitionArn}${this.options.bakeTimeMs > 0 ? ` after ${formatDuration(this.options.bakeTimeMs)} of bake-time with every gate passing` : ''}`
    if (this.options.scaleDown === 'never') {
      this.timeline.note('scale-down', `${this.label(this.previous)} keeps running (scale-down: never)`)
      return this.result('succeeded', `${reason}; ${this.label(this.previous)} kept running`)
    }
    return this.scaleDownAfter(reason)
  }

  /** The rollout succeeded, but its run ended before the old color was scaled down: that is all there is to do. */
  private async finishScaleDown(): Promise<BlueGreenResult> {
    const record = this.pair.record!
    this.committed = true
    this.timeline.note(
      'scale-down',
      `run ${record.run || 'unknown'} rolled ${this.taskDefinitionArn} out to ${this.label(this.target)} but did not scale ${this.label(this.previous)} down; finishing its scale-down (traffic stays as it is)`
    )
    return this.scaleDownAfter(
      `${this.label(this.target)} serves ${this.taskDefinitionArn} (rolled out by run ${record.run || 'unknown'}); this run finished its scale-down`
    )
  }

  /** The scale-down of the old color, after `reason` (a failure of it does not fail the rollout). */
  private async scaleDownAfter(reason: string): Promise<BlueGreenResult> {
    try {
      return this.result('succeeded', `${reason}; ${await this.scaleDownPrevious()}`)
    } catch (error) {
      if (error instanceof TakesTraffic) return this.result('failed', `${reason}; but ${error.message}`)
      const why = error instanceof CancelledError ? 'cancelled' : `failed: ${oneLine(error)}`
      this.context.log.warning(`scale-down of ${this.label(this.previous)} ${why}`)
      return this.result('succeeded', `${reason}; the scale-down of ${this.label(this.previous)} ${why}`)
    }
  }

  /** Scales the old color to zero, and waits until its targets have drained and its tasks stopped. */
  private async scaleDownPrevious(): Promise<string> {
    const { ecs, elb } = this.ports
    const { cluster, waitTimeoutMs, pollIntervalMs } = this.options
    const previous = this.side(this.previous)
    await this.checkIdle(this.previous)
    await ecs.updateService({ cluster, service: previous.arn, desiredCount: 0 }, this.context.signal)
    this.timeline.note(
      'scale-down',
      `${this.label(this.previous)} scaled to 0; ECS drains its targets, then stops its tasks`
    )
    const drained = await this.timed('scaleDown', (now) =>
      poll(
        async () => {
          const [service, targets] = await Promise.all([
            ecs.describeService(cluster, previous.arn),
            elb.targetHealth(previous.targetGroupArn)
          ])
          const tasks = (service?.runningCount ?? 0) + (service?.pendingCount ?? 0)
          const draining = targets.filter((target) => target.state === 'draining').length
          const changed = this.timeline.observe(
            'scale-down',
            `${previous.name}: ${tasks} tasks running, ${targets.length} targets registered (${draining} draining)`
          )
          return tasks === 0 && targets.length === 0 ? finished(true) : notYet(changed)
        },
        {
          clock: this.context.clock,
          intervalMs: pollIntervalMs,
          deadline: now + waitTimeoutMs,
          signal: this.context.signal
        }
      )
    )
    return drained.done
      ? `${this.label(this.previous)} drained and scaled to 0`
      : `${this.label(this.previous)} scaled to 0 (still draining after ${formatDuration(waitTimeoutMs)})`
  }

  /**
   * After a failure: traffic back to the previous color first (one rule change), then the failed version scaled
   * to zero (unless on-failure is stop, or the runner is about to kill the process).
   */
  private async recover(error: unknown): Promise<BlueGreenResult> {
    if (this.committed) {
      // The new color passed its bake and serves: nothing may switch back or scale it now.
      this.context.log.warning(`after the bake passed: ${oneLine(error)}`)
      return this.result(
        'succeeded',
        `${this.label(this.target)} serves ${this.taskDefinitionArn}; afterwards: ${oneLine(error)}`
      )
    }
    const cancelled = error instanceof CancelledError
    const failure = error instanceof RolloutFailure ? error.verdict : undefined
    let reason =
      error instanceof RolloutFailure || cancelled ? oneLine(error.message) : `error: ${oneLine(error)}`
    const stop = this.options.onFailure === 'stop' && !cancelled
    if (this.trafficMoved && !stop) {
      try {
        await this.checkCanServe(this.previous)
        const took = await this.route(this.previous)
        this.switchedBackAt = this.context.clock.now()
        this.durations.rollbackSeconds = toSeconds(took)
        reason += `; traffic switched back to ${this.label(this.previous)}`
      } catch (switchBack) {
        reason += `; switching traffic back to ${this.label(this.previous)} FAILED: ${oneLine(switchBack)}`
        await this.record('failed').catch(() => undefined)
        return this.result('failed', reason)
      }
    } else if (this.trafficMoved && stop) {
      reason += `; on-failure: stop, so traffic was left on ${this.label(this.target)}`
    } else {
      reason += `; production traffic stayed on ${this.label(this.previous)}`
    }
    // Why the new tasks stopped is read after traffic is back, alongside the scale-down.
    const stops = this.deploymentId ? stopsOf(this.watch('rollback', [])).catch(() => undefined) : undefined
    const superseded = failure?.cause === 'superseded'
    const scaledDown =
      !stop && !cancelled && !superseded && this.deploymentId ? await this.scaleDownFailed() : ''
    reason = withStops(reason, await stops) + scaledDown
    const status: RolloutStatus = this.switchedBackAt ? 'rolled-back' : 'failed'
    if (this.recordWritten) {
      await this.record(status).catch((tagError) =>
        this.context.log.warning(`the rollout record was not written: ${oneLine(tagError)}`)
      )
    }
    return this.result(status, reason)
  }

  private async scaleDownFailed(): Promise<string> {
    const target = this.side(this.target)
    try {
      await this.checkIdle(this.target)
      await this.ports.ecs.updateService({
        cluster: this.options.cluster,
        service: target.arn,
        desiredCount: 0
      })
      this.timeline.note('rollback', `${this.label(this.target)} scaled to 0`)
      return `; ${this.label(this.target)} scaled to 0`
    } catch (error) {
      return `; scaling ${this.label(this.target)} to 0 failed: ${oneLine(error)}`
    }
  }

  /**
   * A color is only ever shrunk when the rule, read right before, gives it weight 0: another run or a person may
   * have sent traffic to it since this run read the rule.
   */
  private async checkIdle(color: Color): Promise<void> {
    const now = await readPairTraffic(this.ports.rules, this.pair)
    if (now.state === 'all' && now.live !== color) return
    throw new TakesTraffic(
      `not scaling ${this.label(color)} down: the production rule now sends ${describeShares(this.pair, now)} (changed by another run or by hand since this run read it)`
    )
  }

  /**
   * Traffic goes back only to a color with targets to take it (a person, autoscaling or another run may have
   * scaled it in since): sending everything to an empty target group is an outage, not a rollback.
   */
  private async checkCanServe(color: Color): Promise<void> {
    const targets = await this.ports.elb.targetHealth(this.side(color).targetGroupArn)
    if (targets.some((target) => target.state !== 'draining')) return
    throw new Error(
      `${this.label(color)} has no target to take the traffic (${targets.length} registered, all draining); traffic left where it is`
    )
  }

  /** Sets all production traffic on `color` in one call; returns how long the call took. */
  private async route(color: Color): Promise<number> {
    const { clock } = this.context
    const from = describeTraffic(this.pair)
    const started = clock.now()
    const rule = await setWeights(this.ports.rules, this.pair.rule, allTo(this.pair, color))
    const took = clock.now() - started
    this.applyRule(rule)
    const call = rule.isDefault ? 'ModifyListener' : 'ModifyRule'
    this.timeline.note('traffic', `${describeTraffic(this.pair)} (was ${from}): one ${call} call, ${took} ms`)
    return took
  }

  private applyRule(rule: ListenerRule): void {
    this.pair.rule = rule
    for (const { targetGroupArn, weight } of readWeights(rule)) {
      for (const side of [this.pair.blue, this.pair.green]) {
        if (side.targetGroupArn === targetGroupArn) side.weight = weight
      }
    }
  }

  /** The test rule forwards to the target color only (set before the deployment, so it has propagated by the checks). */
  private async pointTestRule(): Promise<void> {
    if (!this.testRule) return
    const target = this.side(this.target)
    await setWeights(
      this.ports.rules,
      this.testRule,
      [{ targetGroupArn: target.targetGroupArn, weight: 1 }],
      this.context.signal
    )
    this.timeline.note(
      'test-traffic',
      `test-listener-rule ${this.testRule.arn} forwards to ${this.label(this.target)}`
    )
  }

  /** Says when this run takes over from a rollout that did not end (its runner was lost, or it was paused). */
  private noteSuperseded(): void {
    const record = this.pair.record
    if (!record || !['deploying', 'paused', 'switched'].includes(record.status)) return
    this.timeline.note(
      'rollout',
      `the previous rollout (${record.taskDefinition} on ${record.color}, run ${record.run || 'unknown'}) ended ${record.status}; this run replaces it`
    )
  }

  /** One look at `gates` (failing fast, see checkGates), the target's tasks fetched if a gate asks. */
  private lookOnce(gates: Gate[]): Promise<GateReport[]> {
    const { ecs } = this.ports
    return withOwnSignal(this.context.signal, async (signal) => {
      const tasks = once(async () => {
        const all = await ecs.deploymentTasks(
          this.options.cluster,
          this.side(this.target).name,
          this.deploymentId!,
          signal
        )
        return all.filter((task) => !this.ignoredTasks?.has(task.taskArn ?? ''))
      })
      try {
        const reports = await checkGates(gates, { tasks, expectedCount: this.targetCount, signal })
        this.keep('verify', reports)
        return reports
      } catch (error) {
        // A call aborted by the runner's cancellation is the cancellation.
        throwIfCancelled(this.context.signal)
        throw error
      }
    })
  }

  /** Tasks and targets of the target color, and the alarms. */
  private readinessGates(): Gate[] {
    const target = this.side(this.target)
    const loadBalancers: LoadBalancer[] = (target.service.loadBalancers ?? []).filter(
      (lb) => lb.targetGroupArn === target.targetGroupArn
    )
    const gates: Gate[] = [new EcsTasksGate(), new TargetHealthGate(this.ports.elb, loadBalancers)]
    if (this.options.alarms.length > 0) gates.push(new AlarmsGate(this.ports.cloudwatch, this.options.alarms))
    return gates
  }

  /** The user's probe, on every look. */
  private probeGates(): Gate[] {
    const { healthCheckUrl, pollIntervalMs } = this.options
    if (!healthCheckUrl) return []
    const timeoutMs = Math.min(10_000, Math.max(1000, pollIntervalMs * 4))
    return [new HttpProbeGate(healthCheckUrl, { timeoutMs, fetch: this.ports.fetch })]
  }

  /** The user's command, once before the switch. */
  private commandGate(): Gate | undefined {
    if (!this.options.verifyCommand) return undefined
    const target = this.side(this.target)
    return new CommandGate(this.options.verifyCommand, this.ports.runCommand!, {
      ROLLOUT_COLOR: this.target,
      ROLLOUT_SERVICE: target.name,
      ROLLOUT_TARGET_GROUP_ARN: target.targetGroupArn,
      ROLLOUT_TASK_DEFINITION_ARN: this.taskDefinitionArn
    })
  }

  /** The last verdict of each gate, for the summary (only what came in time: a look ignores late answers). */
  private keep(phase: string, reports: GateReport[]): void {
    for (const report of reports) this.gateRows.set(report.gate, { ...report, phase })
  }

  private watch(phase: string, gates: Gate[]): WatchedDeployment {
    const target = this.side(this.target)
    return {
      ecs: this.ports.ecs,
      cluster: this.options.cluster,
      service: target.arn,
      deploymentId: this.deploymentId!,
      expectedCount: this.targetCount,
      gates,
      onReports: (reports) => this.keep(phase, reports),
      timeline: this.timeline,
      clock: this.context.clock,
      signal: this.context.signal,
      intervalMs: this.options.pollIntervalMs,
      seenEvents: this.seenEvents,
      ignoredTasks: this.ignoredTasks
    }
  }

  private async record(status: RecordStatus, signal?: AbortSignal): Promise<void> {
    const record: PairRecord = {
      color: this.target,
      status,
      taskDefinition: this.taskDefinitionArn,
      previousTaskDefinition: this.previousTaskDefinitionArn,
      previousColor: this.previous,
      run: this.options.run,
      updatedAt: new Date(this.context.clock.now()).toISOString()
    }
    await writeRecord(this.ports.ecs, this.side(this.target).arn, record, signal)
    this.recordWritten = true
  }

  private timed<T>(phase: string, body: (now: number) => Promise<T>): Promise<T> {
    return timePhase(this.context.clock, this.durations, phase, body)
  }

  private result(status: RolloutStatus, reason: string): BlueGreenResult {
    const { clock } = this.context
    const { timeline, options, pair } = this
    this.durations.totalSeconds = toSeconds(clock.now() - timeline.startedAt)
    timeline.note('result', `${status}: ${reason}`)
    const traffic = trafficOf(pair)
    const live = traffic.state === 'all' ? traffic.live : this.live
    const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())
    return {
      timeline,
      gates: [...this.gateRows.values()],
      record: {
        action: 'blue-green',
        mode: options.mode,
        status,
        reason,
        startedAt: new Date(timeline.startedAt).toISOString(),
        finishedAt: new Date(clock.now()).toISOString(),
        durations: this.durations,
        cluster: options.cluster,
        listenerRule: options.listenerRule,
        blueService: pair.blue.name,
        greenService: pair.green.name,
        liveColor: live,
        idleColor: other(live),
        previousColor: this.previous,
        taskDefinitionArn: this.taskDefinitionArn,
        previousTaskDefinitionArn: this.previousTaskDefinitionArn,
        switchedAt: iso(this.switchedAt),
        switchedBackAt: iso(this.switchedBackAt),
        run: options.run
      }
    }
  }
}
