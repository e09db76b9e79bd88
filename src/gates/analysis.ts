/**
 * The metrics analysis of a canary, as a gate watched on every look of a step: the canary's and the stable
 * version's load balancer metrics over the window since the step's shift (one GetMetricData call per look).
 *
 * Every look is judged alike (src/analysis/judge.ts: evidence that stays valid however often it is looked at), so a
 * plainly failing canary is rolled back at the first look that shows it, within one poll interval of its datapoints.
 * - During the step's time a look either fails the canary or lets the step go on.
 * - From the step's end on, each look gives the step's verdict: passed (the step is settled), failed, or inconclusive
 *   (too few canary requests), which on-inconclusive turns into a wait for more requests (extend), a failure (fail) or
 *   a pass that says so (pass).
 */
import type { MetricsPort } from '../aws/cloudwatch.ts'
import type { Clock } from '../core/clock.ts'
import {
  SequentialJudge,
  errorRate,
  type Estimate,
  type Judge,
  type Judgement,
  type Thresholds
} from '../analysis/judge.ts'
import { figureQueries, figuresOf, periodCovering, type Figures, type SideName } from '../analysis/figures.ts'
import type { Gate, GateContext, GateResult } from './gate.ts'

export type OnInconclusive = 'extend' | 'fail' | 'pass'

export interface AnalysisSettings extends Thresholds {
  onInconclusive: OnInconclusive
}

/** Where the two versions' metrics are: the load balancer (`app/<name>/<id>`) and both target groups. */
export interface AnalysisTarget {
  loadBalancer: string
  targetGroups: Record<SideName, string>
}

/** What one step's analysis found: the `analysis` output and the summary's table. */
export interface StepAnalysis {
  /** 1 for the first canary step; the last is the one at 100%. */
  step: number
  weight: number
  /** The window: from the shift to the last look (ISO 8601). */
  start: string
  end: string
  canary: Figures & { errorRate: number }
  stable: Figures & { errorRate: number }
  verdict: 'watching' | 'passed' | 'failed' | 'inconclusive' | 'passed-inconclusive'
  reason: string
  /** Canary error rate minus stable over the run up to this step's last look, with its interval (fractions). */
  increase?: Estimate
}

/** One look, for the chart: the weight and both error rates over the step's window so far. */
export interface AnalysisSample {
  at: number
  weight: number
  canaryErrorRate: number
  stableErrorRate: number
}

export class CanaryAnalysis implements Gate {
  readonly name = 'analysis'
  readonly steps: StepAnalysis[] = []
  readonly samples: AnalysisSample[] = []
  private readonly metrics: MetricsPort
  private readonly target: AnalysisTarget
  private readonly settings: AnalysisSettings
  private readonly clock: Clock
  private readonly judge: Judge
  private current?: { step: StepAnalysis; startedAt: number; endsAt: number; settled: boolean }
  /** Stable p99 times (1 + max-latency-increase), from the last look that had it: what slow requests are counted against. */
  private limit?: number

  constructor(
    metrics: MetricsPort,
    target: AnalysisTarget,
    settings: AnalysisSettings,
    clock: Clock,
    judge: Judge = new SequentialJudge(settings)
  ) {
    this.metrics = metrics
    this.target = target
    this.settings = settings
    this.clock = clock
    this.judge = judge
  }

  /** A step's window opens at `startedAt` (its shift); its verdict is due at `endsAt`. */
  begin(step: number, weight: number, startedAt: number, endsAt: number): void {
    const empty = { requests: 0, errors: 0, errorRate: 0 }
    const iso = new Date(startedAt).toISOString()
    const record: StepAnalysis = {
      step,
      weight,
      start: iso,
      end: iso,
      canary: empty,
      stable: empty,
      verdict: 'watching',
      reason: 'no look yet'
    }
    this.steps.push(record)
    this.judge.begin()
    this.current = { step: record, startedAt, endsAt, settled: false }
  }

  /** The step has its verdict (passed, or inconclusive and passed by on-inconclusive: pass). */
  get settled(): boolean {
    return this.current?.settled ?? false
  }

  /** The step's record, once the watch ended without a verdict: inconclusive after extending it. */
  inconclusive(why: string): string {
    const step = this.current?.step
    if (!step) return why
    step.verdict = 'inconclusive'
    step.reason = `${why}: ${step.reason}`
    return step.reason
  }

  async check(context?: GateContext): Promise<GateResult> {
    const current = this.current
    if (!current) return { state: 'passed', observed: 'no step under analysis' }
    const now = this.clock.now()
    const { canary, stable } = await this.look(current.startedAt, now, context?.signal)
    const step = current.step
    step.end = new Date(now).toISOString()
    step.canary = { ...canary, errorRate: errorRate(canary) }
    step.stable = { ...stable, errorRate: errorRate(stable) }
    this.samples.push({
      at: now,
      weight: step.weight,
      canaryErrorRate: step.canary.errorRate,
      stableErrorRate: step.stable.errorRate
    })
    const ended = now >= current.endsAt
    const judgement = this.judge.judge(canary, stable, ended)
    if (judgement.increase) step.increase = judgement.increase
    if (ended || judgement.verdict === 'failed') return this.conclude(judgement)
    return { state: 'passed', observed: judgement.reason }
  }

  /** The verdict from the step's end on. */
  private conclude(judgement: Judgement): GateResult {
    const current = this.current!
    if (judgement.verdict === 'passed') {
      current.settled = true
      return this.record('passed', judgement)
    }
    if (judgement.verdict === 'failed') return this.record('failed', judgement)
    const { onInconclusive } = this.settings
    if (onInconclusive === 'pass') {
      current.settled = true
      this.record('passed-inconclusive', judgement)
      return {
        state: 'passed',
        observed: `inconclusive, passed (on-inconclusive: pass): ${judgement.reason}`
      }
    }
    if (onInconclusive === 'fail') {
      this.record('inconclusive', judgement)
      return { state: 'failed', observed: `inconclusive (on-inconclusive: fail): ${judgement.reason}` }
    }
    current.step.reason = judgement.reason
    return {
      state: 'passed',
      observed: `inconclusive so far, waiting for more requests: ${judgement.reason}`
    }
  }

  private record(verdict: StepAnalysis['verdict'], judgement: Judgement): GateResult {
    const step = this.current!.step
    step.verdict = verdict
    step.reason = judgement.reason
    return { state: verdict === 'failed' ? 'failed' : 'passed', observed: judgement.reason }
  }

  /** Both versions' figures over `[start, end)`, in one GetMetricData call. */
  private async look(start: number, end: number, signal?: AbortSignal): Promise<Record<SideName, Figures>> {
    const { loadBalancer, targetGroups } = this.target
    const results = await this.metrics.metricData(
      figureQueries(loadBalancer, targetGroups, this.limit),
      { start, end: Math.max(end, start + 1000), periodSeconds: periodCovering(start, end) },
      signal
    )
    const canary = figuresOf(results, 'canary')
    const stable = figuresOf(results, 'stable')
    if (stable.p99 !== undefined) this.limit = stable.p99 * (1 + this.settings.maxLatencyIncrease)
    return { canary, stable }
  }
}
