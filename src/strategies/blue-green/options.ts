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
