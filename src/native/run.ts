/**
 * A deploy to a service whose own ECS strategy (BLUE_GREEN, LINEAR, CANARY) moves its traffic, as steps: register
 * or reuse the version and update the service (ECS starts a service deployment), then follow that deployment
 * through every lifecycle stage with our gates (./follow.ts). A failing gate stops it with ROLLBACK and follows the
 * rollback to its end; ECS's own rollback is reported with its reason and why the new tasks stopped.
 */
import type { ServiceDeployment } from '@aws-sdk/client-ecs'
import { registerVersion } from '../service/service.ts'
import type { CanaryAnalysis } from '../gates/analysis.ts'
import { nativeAnalysis, openWindow } from './analysis.ts'
import { probeGates, commandGate } from '../gates/sets.ts'
import { AlarmsGate } from '../gates/alarms.ts'
import type { Gate } from '../gates/gate.ts'
import { recordOf } from '../rollout/record.ts'
import {
  Rollout,
  RolloutFailure,
  type Ending,
  type Failure,
  type RolloutContext,
  type Undone
} from '../rollout/rollout.ts'
import { historyOf, rolledBack, succeeded } from '../state/history.ts'
import { readState, type StateStatus } from '../state/state.ts'
import type { StateWriter } from '../state/writer.ts'
import { followStages, type PausedHook, shortArn, shiftingFrom, stages, type StagesSeen } from './follow.ts'
import { findServiceDeployment } from './find.ts'
import type { NativeOptions, NativePorts, NativeResult } from './options.ts'
import { ecsTimeMs, type NativePlan } from './prepare.ts'
import { followRollback } from './stop.ts'
import { nativeReport } from './report.ts'

export class NativeRun {
  readonly rollout: Rollout
  readonly seen: StagesSeen = []
  taskDefinitionArn: string
  /** The service deployment followed; the ECS deployment (`ecs-svc/...`) whose tasks run the new revision. */
  arn?: string
  deploymentId?: string
  weight?: number
  /** How ECS ended the deployment, when it did without being asked. */
  private endedByEcs?: ServiceDeployment
  readonly analysis?: CanaryAnalysis
  private readonly state: StateWriter
  readonly options: NativeOptions
  readonly ports: NativePorts
  readonly context: RolloutContext
  readonly plan: NativePlan

  constructor(options: NativeOptions, ports: NativePorts, context: RolloutContext, plan: NativePlan) {
    this.options = options
    this.ports = ports
    this.context = context
    this.plan = plan
    this.rollout = new Rollout(context, options.onFailure)
    this.taskDefinitionArn = plan.service.taskDefinition
    this.analysis = nativeAnalysis(ports.metrics, plan, options.analysis, context.clock)
    const before = plan.service
    const history = historyOf(readState(before.tags))
    this.state = recordOf(this.rollout, context, {
      ecs: ports.ecs,
      service: before,
      steps: () => ({ names: ['deploy', 'follow'], current: this.rollout.current }),
      facts: (status) => ({
        taskDefinition: this.taskDefinitionArn,
        previousTaskDefinition: before.taskDefinition,
        run: options.run,
        action: options.rollingBack ? 'rollback' : options.action,
        history:
          status !== 'succeeded'
            ? history
            : options.rollingBack
              ? rolledBack(history, before.taskDefinition, this.taskDefinitionArn)
              : succeeded(history, this.taskDefinitionArn, before.taskDefinition)
      })
    })
  }

  async run(): Promise<NativeResult> {
    const { rollout, state } = this
    const ending = await rollout.run([
      { name: 'deploy', run: () => this.deploy() },
      { name: 'follow', run: () => this.follow() }
    ])
    const ended: StateStatus =
      ending.status === 'succeeded' || ending.status === 'rolled-back' ? ending.status : 'failed'
    if (state.written && !rollout.isCommitted && ending.status !== 'paused') await state.saveFinal(ended)
    const report = await nativeReport(this, ending)
    return { report, timeline: rollout.timeline, gates: rollout.gates }
  }

  /** Registers (if needed), updates the service, and finds the service deployment ECS started for it. */
  private async deploy(): Promise<void> {
    const { options, ports, plan, rollout, context } = this
    const { cluster } = options
    const service = plan.service.arn
    if (plan.inFlight) {
      this.taskDefinitionArn = 'arn' in plan.version ? plan.version.arn : this.taskDefinitionArn
      this.arn = plan.inFlight.serviceDeploymentArn
      rollout.timeline.note(
        'rollout',
        `following service deployment ${shortArn(this.arn)}, already in flight`
      )
      if (plan.pausedHook && this.arn) {
        await ports.ecs.continueServiceDeployment(this.arn, plan.pausedHook, 'CONTINUE', context.signal)
        rollout.timeline.note('hook', `ContinueServiceDeployment CONTINUE sent for ${shortArn(this.arn)}`)
      }
    } else {
      const release = { cluster, service: plan.service }
      const { arn, registered } = await registerVersion(ports, plan.version, release, context.signal)
      this.taskDefinitionArn = arn
      rollout.timeline.note('rollout', `${registered ? 'registered' : 'deploying'} ${arn}`)
      if (arn === plan.service.taskDefinition) {
        rollout.say(`${plan.service.name} already runs ${arn}: nothing to deploy`)
        return
      }
      await this.state.save('deploying', context.signal)
      const found = await findServiceDeployment(this, { cluster, service, taskDefinition: arn })
      this.arn = found.arn
      this.deploymentId = found.deploymentId
      rollout.timeline.note(
        'rollout',
        `ECS started service deployment ${shortArn(this.arn)} (${plan.strategy})`
      )
    }
    if (this.deploymentId) {
      rollout.watching = { ecs: ports.ecs, cluster, service, deploymentId: this.deploymentId }
    }
    rollout.onFailure({ kind: 'traffic', run: (failure, policy) => this.stop(failure, policy) })
  }

  /** Follows the deployment to ECS's verdict, our gates watching. */
  private async follow(): Promise<Ending | void> {
    const { options, rollout, context, arn } = this
    if (!arn) return
    const probes = probeGates(this.ports, options.healthCheckUrl, options.pollIntervalMs)
    const command = commandGate(this.ports, options.verifyCommand, {
      ROLLOUT_SERVICE: this.plan.service.name,
      ROLLOUT_SERVICE_DEPLOYMENT_ARN: arn,
      ROLLOUT_TASK_DEFINITION_ARN: this.taskDefinitionArn
    })
    const watched: Gate[] = [...probes]
    if (options.alarms.length > 0) watched.push(new AlarmsGate(this.ports.cloudwatch, options.alarms))
    if (this.analysis) watched.push(this.analysis)
    const verdict = await rollout.timed('follow', () =>
      followStages(
        {
          ecs: this.ports.ecs,
          arn,
          timeline: rollout.timeline,
          clock: context.clock,
          signal: context.signal,
          intervalMs: options.pollIntervalMs,
          deadline: context.clock.now() + options.waitTimeoutMs + ecsTimeMs(this.plan),
          verify: [probes, command ? [command] : []],
          watch: watched,
          gateContext: {
            tasks: async () => {
              const { deploymentId } = this
              if (!deploymentId) return []
              return this.ports.ecs.deploymentTasks(options.cluster, this.plan.service.arn, deploymentId)
            },
            expectedCount: options.desiredCount ?? this.plan.service.desiredCount
          },
          onStage: (stage) => this.onStage(stage),
          onWeight: (weight) => this.onWeight(weight),
          onReports: (phase, reports) => rollout.keep(phase, reports),
          onPause: (hook) => this.onPause(hook),
          answered: this.plan.pausedHook ? [this.plan.pausedHook] : []
        },
        this.seen
      )
    )
    if (verdict.ok && verdict.paused) {
      await this.state.save('paused', context.signal)
      const checked = verdict.paused.verified ? ' after passing the verify gates' : ''
      const reason = `ECS holds service deployment ${shortArn(arn)} of ${this.taskDefinitionArn} at its PAUSE hook during ${verdict.paused.stage}${checked}; production traffic stays on ${this.plan.service.taskDefinition} until mode promote`
      return { status: 'paused' as const, reason }
    }
    if (verdict.ok) {
      rollout.commit()
      await this.state.saveOrWarn('succeeded')
      rollout.say(`${verdict.reason}; ${this.plan.service.name} serves ${this.taskDefinitionArn}`)
      return
    }
    if (verdict.cause === 'ecs') {
      this.endedByEcs = verdict.deployment
      throw new RolloutFailure({ ok: false, cause: 'circuit-breaker', reason: verdict.reason })
    }
    if (verdict.cause === 'timeout') throw new RolloutFailure(verdict)
    const where = `during ${verdict.stage} of service deployment ${shortArn(arn)}`
    throw new RolloutFailure({ ok: false, cause: 'gate', gate: verdict.gate, reason: verdict.reason }, where)
  }

  /** mode deploy holds the deployment at a PAUSE hook; otherwise the hook is answered once our gates passed. */
  private async onPause(hook: PausedHook): Promise<'continue' | 'hold'> {
    if (this.options.mode === 'deploy') return 'hold'
    await this.ports.ecs.continueServiceDeployment(this.arn!, hook.hookId, 'CONTINUE', this.context.signal)
    this.rollout.timeline.note('hook', `ContinueServiceDeployment CONTINUE sent: every gate passed`)
    return 'continue'
  }

  private async onStage(stage: string): Promise<void> {
    if (stages.indexOf(stage as (typeof stages)[number]) === shiftingFrom + 1)
      await this.state.save('switched', this.context.signal)
  }

  private onWeight(weight: number): void {
    this.weight = weight
    if (this.analysis) openWindow(this.analysis, this.plan, weight, this.context.clock.now())
  }

  /** Stops the deployment with ROLLBACK (unless ECS already ended it), and follows the rollback to its end. */
  async stop(failure: Failure, policy: { stop: boolean; cancelled: boolean }): Promise<Undone> {
    const ended = this.endedByEcs
    if (ended) {
      const restored = ended.status === 'ROLLBACK_SUCCESSFUL'
      return { said: restored ? '; ECS rolled the service back to its previous revision' : '', restored }
    }
    if (failure.cause === 'timeout' && policy.stop) return { said: ' (on-failure: stop: ECS carries on)' }
    if (policy.stop) return { said: ' (on-failure: stop: the deployment goes on as ECS runs it)' }
    const { ecs } = this.ports
    const arn = this.arn!
    await ecs.stopServiceDeployment(arn)
    this.rollout.timeline.note('rollback', `StopServiceDeployment ROLLBACK sent for ${shortArn(arn)}`)
    if (policy.cancelled) return { said: '; ECS was asked to roll back (not awaited)' }
    const result = await this.rollout.timed('rollback', () =>
      followRollback(ecs, arn, this.rollout.timeline, this.context.clock, this.options)
    )
    if (!result.done) return { said: `; the rollback of ${shortArn(arn)} did not end within wait-timeout` }
    if (result.value !== 'ROLLBACK_SUCCESSFUL') return { said: `; the rollback ended with ${result.value}` }
    return { said: `; ECS rolled the service back to ${this.plan.service.taskDefinition}`, restored: true }
  }
}
