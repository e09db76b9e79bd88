/** What a blue-green run is given, and what it reports. */
import type { AlarmPort } from '../../aws/cloudwatch.ts'
import type { EcsPort } from '../../aws/ecs.ts'
import type { ElbPort } from '../../aws/elb.ts'
import type { RulePort } from '../../aws/listener-rules.ts'
import type { TaskDefinitionSource } from '../../aws/task-definition.ts'
import type { Timeline } from '../../core/timeline.ts'
import { versionGates, type GatePorts, type VersionGates } from '../../gates/sets.ts'
import {
  other,
  sideOf,
  type Color,
  type ColorPair,
  type PairAddress,
  type PairSide
} from '../../pair/pair.ts'
import type { RolloutReport } from '../../rollout/report.ts'
import type { PairRouter } from '../../traffic/pair-traffic.ts'
import type { Ending, GateRow, OnFailure, Rollout } from '../../rollout/rollout.ts'
import type { Clock } from '../../core/clock.ts'
import type { RolloutState, StateStatus } from '../../state/state.ts'
import { succeeded } from '../../state/history.ts'

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
  /** This workflow run, as the saved state names it. */
  run: string
  /** How long to wait for another run's lock (the run skeleton holds it). */
  lockTimeoutMs?: number
}

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
  timeline: Timeline
  /** The last verdict of each gate. */
  gates: GateRow[]
}

/** The report of a run: the colors as the rule has them at the end, the versions, when traffic moved. */
export function blueGreenReport(
  options: BlueGreenOptions,
  pair: ColorPair,
  router: PairRouter,
  rollout: Rollout,
  ending: Ending,
  /** The color live when the run began, the one a rollback returns to, and the version deployed. */
  run: { live: Color; previous: Color; arn: string },
  clock: Clock
): BlueGreenReport {
  const traffic = router.traffic()
  const live = traffic.state === 'all' ? traffic.live : run.live
  const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())
  return {
    action: 'blue-green',
    mode: options.mode,
    ...ending,
    startedAt: new Date(rollout.startedAt).toISOString(),
    finishedAt: new Date(clock.now()).toISOString(),
    durations: rollout.durations,
    cluster: options.cluster,
    listenerRule: options.listenerRule,
    blueService: pair.blue.name,
    greenService: pair.green.name,
    liveColor: live,
    idleColor: other(live),
    previousColor: run.previous,
    taskDefinitionArn: run.arn,
    previousTaskDefinitionArn: sideOf(pair, run.previous).service.taskDefinition,
    switchedAt: iso(router.switchedAt),
    switchedBackAt: iso(router.switchedBackAt),
    run: options.run
  }
}

/** The gates of a new version on a color: readiness, the probe, the command with the rollout's facts. */
export function blueGreenGates(
  ports: BlueGreenPorts,
  options: BlueGreenOptions,
  side: PairSide,
  taskDefinitionArn: string
): VersionGates {
  return versionGates(ports, { ...side.service, targetGroupArn: side.targetGroupArn }, options, {
    ROLLOUT_COLOR: side.color,
    ROLLOUT_SERVICE: side.name,
    ROLLOUT_TARGET_GROUP_ARN: side.targetGroupArn,
    ROLLOUT_TASK_DEFINITION_ARN: taskDefinitionArn
  })
}

/** The steps of every blue-green rollout; the saved state names the one it is at by its index here. */
export const stepNames = ['deploy', 'verify', 'pause', 'shift', 'bake', 'scale-down'] as const
export type StepName = (typeof stepNames)[number]

/** The step the saved state names: the one running, or, for a status written outside the steps, its own. */
export function stepOf(names: readonly StepName[], current: string | undefined, status: StateStatus): number {
  const running = names.indexOf(current as StepName)
  if (running >= 0) return running
  const byStatus: Partial<Record<StateStatus, StepName>> = { switched: 'bake', succeeded: 'scale-down' }
  return names.indexOf(byStatus[status] ?? 'deploy')
}

/** The saved state of a run: status, versions, the step, and the weights it moves production to. */
export function blueGreenState(
  options: BlueGreenOptions,
  status: StateStatus,
  run: {
    step: number
    taskDefinitionArn: string
    previousTaskDefinitionArn: string
    target: Color
    /** The weights now, by color, in percent. */
    weights: Record<Color, number>
    /** The clock's time. */
    now: number
    /** The versions that had succeeded on the pair before this run. */
    history: string[]
  }
): RolloutState {
  const moving = status === 'switched' || status === 'succeeded'
  const history =
    status === 'succeeded'
      ? succeeded(run.history, run.taskDefinitionArn, run.previousTaskDefinitionArn)
      : run.history
  return {
    status,
    taskDefinition: run.taskDefinitionArn,
    previousTaskDefinition: run.previousTaskDefinitionArn,
    step: run.step,
    weights: moving ? { blue: 0, green: 0, [run.target]: 100 } : run.weights,
    previousColor: other(run.target),
    run: options.run,
    updatedAt: new Date(run.now).toISOString(),
    action: 'blue-green',
    history
  }
}
