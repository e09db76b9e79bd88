/** What a blue-green run is given, and what it reports. */
import type { TaskDefinitionSource } from '../../aws/task-definition.ts'
import type { Timeline } from '../../core/timeline.ts'
import type { PairReport } from '../../pair/report.ts'
import type { PairRunOptions, PairRunPorts } from '../../pair/run.ts'
import type { GateRow } from '../../rollout/rollout.ts'

/** full: deploy, verify, switch, bake, scale down; deploy: stop paused after verifying; promote: finish a paused one. */
export type BlueGreenMode = 'full' | 'deploy' | 'promote'

export interface BlueGreenOptions extends PairRunOptions {
  mode: BlueGreenMode
  /** The new version (full, deploy). With promote: none, it promotes what the paused rollout verified. */
  taskDefinition?: TaskDefinitionSource
  /** Deploy a task definition of another family than the live color's. */
  allowFamilyChange?: boolean
  /** With promote: the paused version must be this one. */
  expectedTaskDefinitionArn?: string
  /** Tasks for the idle color; default: as many as the live color runs. */
  desiredCount?: number
  bakeTimeMs: number
}

export type BlueGreenPorts = PairRunPorts

export interface BlueGreenReport extends PairReport<BlueGreenMode> {
  action: 'blue-green'
}

export interface BlueGreenResult {
  report: BlueGreenReport
  timeline: Timeline
  /** The last verdict of each gate. */
  gates: GateRow[]
}
