/** What a blue-green run is given, and what it reports. */
import type { TaskDefinitionSource } from '../../aws/task-definition.ts'
import type { Timeline } from '../../core/timeline.ts'
import { other, type Color } from '../../pair/pair.ts'
import type { PairReport } from '../../pair/report.ts'
import type { PairRunOptions, PairRunPorts } from '../../pair/run.ts'
import type { GateRow } from '../../rollout/rollout.ts'
import type { RolloutState, StateStatus } from '../../state/state.ts'

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

/** The steps of every blue-green rollout; the saved state names the one it is at by its index here. */
export const stepNames = ['deploy', 'verify', 'pause', 'shift', 'bake', 'scale-down'] as const
export type StepName = (typeof stepNames)[number]

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
  }
): RolloutState {
  const moving = status === 'switched' || status === 'succeeded'
  return {
    status,
    taskDefinition: run.taskDefinitionArn,
    previousTaskDefinition: run.previousTaskDefinitionArn,
    step: run.step,
    weights: moving ? { blue: 0, green: 0, [run.target]: 100 } : run.weights,
    previousColor: other(run.target),
    run: options.run,
    updatedAt: new Date(run.now).toISOString()
  }
}
