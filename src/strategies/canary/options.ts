/** What a canary run is given, and what it reports. */
import type { MetricsPort } from '../../aws/cloudwatch.ts'
import type { TaskDefinitionSource } from '../../aws/task-definition.ts'
import type { Timeline } from '../../core/timeline.ts'
import type { Thresholds } from '../../analysis/judge.ts'
import type { AnalysisSample, OnInconclusive, StepAnalysis } from '../../gates/analysis.ts'
import type { Color } from '../../pair/pair.ts'
import type { PairReport } from '../../pair/report.ts'
import type { PairRunOptions, PairRunPorts } from '../../pair/run.ts'
import type { GateRow } from '../../rollout/rollout.ts'

/**
 * full: every step, 100%, bake, scale-down; deploy: deploy, verify, judge the first step, then pause; promote: continue
 * a paused one (one more step, or with promote: full every one left); abort: traffic back, the canary to zero.
 */
export type CanaryMode = 'full' | 'deploy' | 'promote' | 'abort'

/** One canary step: the canary's share of production traffic, and how long it is judged at it. */
export interface CanaryStep {
  /** Percent, 1 to 99. */
  weight: number
  durationMs: number
}

export interface CanaryOptions extends PairRunOptions, Thresholds {
  mode: CanaryMode
  /** With mode promote: `step` continues to the next pause point, `full` straight through. */
  promote: 'step' | 'full'
  /** The new version (full, deploy). */
  taskDefinition?: TaskDefinitionSource
  allowFamilyChange?: boolean
  /** With promote: the paused version must be this one. */
  expectedTaskDefinitionArn?: string
  /** Tasks for the canary at 100%; default: as many as the stable color runs. */
  desiredCount?: number
  /** Increasing weights; 100% comes after the last one. */
  steps: CanaryStep[]
  /** full: the canary runs the stable size from the start; proportional: ceil(weight x stable size), scaled up before each shift. */
  canaryScale: 'full' | 'proportional'
  onInconclusive: OnInconclusive
  bakeTimeMs: number
}

export interface CanaryPorts extends PairRunPorts {
  metrics: MetricsPort
}

export interface CanaryReport extends PairReport<CanaryMode> {
  action: 'canary'
  /** The color that runs (or ran) the new version. */
  canaryColor: Color
  /** The canary's share of production traffic at the end, in percent. */
  weight: number
  /** The step reached: 0 before the first shift, 1 to the number of steps, one more once at 100%. */
  step: number
  /** Per step: the window, both versions' figures and the verdict. */
  analysis: StepAnalysis[]
}

export interface CanaryResult {
  report: CanaryReport
  timeline: Timeline
  gates: GateRow[]
  /** Every look of the analysis: the weight and both error rates, for the chart. */
  samples: AnalysisSample[]
}

/** The step names of a rollout of `count` canary steps; the saved state names the one it is at by its index here. */
export function stepNamesOf(count: number): string[] {
  return [
    'deploy',
    'verify',
    ...Array.from({ length: count }, (_, i) => `step-${i + 1}`),
    'full',
    'bake',
    'scale-down'
  ]
}

/**
 * The index of the first canary step to run when a rollout continues with the canary at `weight` percent: a paused
 * one moves on to the next weight, one whose run died is judged again at its own.
 */
export function resumeIndex(steps: CanaryStep[], weight: number, paused: boolean): number {
  const next = steps.findIndex((step) => (paused ? step.weight > weight : step.weight >= weight))
  return next < 0 ? steps.length : next
}
