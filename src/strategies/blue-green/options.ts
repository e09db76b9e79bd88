/** What a blue-green run is given, and what it reports. */
import type { AlarmPort } from '../../aws/cloudwatch.ts'
import type { EcsPort } from '../../aws/ecs.ts'
import type { ElbPort } from '../../aws/elb.ts'
import type { RulePort } from '../../aws/listener-rules.ts'
import type { TaskDefinitionSource } from '../../aws/task-definition.ts'
import type { Timeline } from '../../core/timeline.ts'
import type { GatePorts } from '../../gates/sets.ts'
import { other, type Color, type ColorPair, type PairAddress } from '../../pair/pair.ts'
import type { RolloutReport, RolloutStatus } from '../../rollout/report.ts'
import type { PairRouter } from '../../traffic/pair-traffic.ts'
import type { GateRow, OnFailure } from '../../rollout/rollout.ts'

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
  run: {
    status: RolloutStatus
    reason: string
    startedAt: number
    finishedAt: number
    durations: Record<string, number>
    /** The color a rollback returns to, and the one live when the run began. */
    previous: Color
    live: Color
    taskDefinitionArn: string
  }
): BlueGreenReport {
  const traffic = router.traffic()
  const live = traffic.state === 'all' ? traffic.live : run.live
  const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())
  return {
    action: 'blue-green',
    mode: options.mode,
    status: run.status,
    reason: run.reason,
    startedAt: new Date(run.startedAt).toISOString(),
    finishedAt: new Date(run.finishedAt).toISOString(),
    durations: run.durations,
    cluster: options.cluster,
    listenerRule: options.listenerRule,
    blueService: pair.blue.name,
    greenService: pair.green.name,
    liveColor: live,
    idleColor: other(live),
    previousColor: run.previous,
    taskDefinitionArn: run.taskDefinitionArn,
    previousTaskDefinitionArn: (run.previous === 'blue' ? pair.blue : pair.green).service.taskDefinition,
    switchedAt: iso(router.switchedAt),
    switchedBackAt: iso(router.switchedBackAt),
    run: options.run
  }
}
