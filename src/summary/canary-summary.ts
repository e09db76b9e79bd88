/**
 * The canary's part of the job summary: a table of its steps, and two charts on one time axis (Mermaid
 * xychart-beta, which GitHub renders in summaries): the canary's weight, and both versions' error rates, each on its
 * own scale, in colors the legend names.
 */
import { latency, percent } from '../analysis/figures.ts'
import { points, range } from '../analysis/judge.ts'
import { formatElapsed } from '../core/duration.ts'
import type { AnalysisSample, StepAnalysis } from '../gates/analysis.ts'
import { cell } from './event-log.ts'
import { plain } from './plain.ts'

/** The table and the charts; `settled` when the run is over (not paused at a step). */
export function canaryDetails(steps: StepAnalysis[], samples: AnalysisSample[], settled = true): string[] {
  if (steps.length === 0) return []
  return [...stepTable(steps, settled), ...charts(samples)]
}

function stepTable(steps: StepAnalysis[], settled: boolean): string[] {
  const rate = (side: StepAnalysis['canary']) =>
    side.requests === 0 ? '-' : `${percent(side.errorRate)} (${side.errors}/${side.requests})`
  const p99 = (side: StepAnalysis['canary']) => (side.p99 === undefined ? '-' : latency(side.p99))
  const verdict = (step: StepAnalysis) => {
    if (step.verdict === 'watching' && !settled) return 'watching'
    if (step.verdict === 'watching') return 'not judged: the run ended during the step'
    // A failed step's statistics are the full reason's, said once there.
    if (step.verdict === 'failed') return 'failed'
    if (step.verdict === 'passed') return 'passed'
    return `${step.verdict}: ${cell(plain(step.reason))}`
  }
  return [
    '### Canary steps',
    '',
    '| step | weight | window | canary errors | stable errors | increase so far | canary p99 | stable p99 | verdict |',
    '|---|---|---|---|---|---|---|---|---|',
    // A settled run leaves out a step it never looked at (the bake at 100% may end before its first look).
    ...steps
      .filter((step) => !(settled && step.verdict === 'watching' && step.reason === 'no look yet'))
      .map((step) => {
        const duration = formatElapsed(Date.parse(step.end) - Date.parse(step.start))
        const cells = [
          step.weight === 100 ? 'all traffic' : String(step.step),
          `${step.weight}%`,
          `${step.start.slice(11, 19)} +${duration}`,
          rate(step.canary),
          rate(step.stable),
          step.increase ? `${points(step.increase.value)} (${range(step.increase)})` : '-',
          p99(step.canary),
          p99(step.stable),
          verdict(step)
        ]
        return `| ${cells.join(' | ')} |`
      }),
    '',
    "Increase so far: the canary's error rate minus the stable one over the run up to the step's last look, with the interval its verdict used (at the confidence input, however often the run looked); a step fails when the whole interval is over max-error-rate-increase.",
    ''
  ]
}

/** At most this many points on the time axis. */
const maxPoints = 13
/** Round spacings of the time axis, in ms. */
const spacings = [250, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000]
/** The lines' colors, and the legend's squares of the same colors. */
const canaryColor = '#d62728'
const stableColor = '#1f77b4'

/**
 * The looks on an even time grid (each point is the last look at or before it), so that every x label is distinct
 * and equally far apart; the weight chart and the error-rate chart share that axis.
 */
export function timeGrid(samples: AnalysisSample[]): { labels: string[]; points: AnalysisSample[] } {
  const start = samples[0].at
  const span = samples.at(-1)!.at - start
  const spacing = spacings.find((ms) => span / ms <= maxPoints - 1) ?? spacings.at(-1)!
  const labels: string[] = []
  const points: AnalysisSample[] = []
  for (let at = 0; at <= span + spacing - 1 && points.length < maxPoints; at += spacing) {
    const point = samples.findLast((sample) => sample.at - start <= at) ?? samples[0]
    points.push(point)
    labels.push(spacing < 1000 ? `+${(at / 1000).toFixed(2).replace(/0$/, '')}s` : `+${formatElapsed(at)}`)
  }
  return { labels, points }
}

function charts(samples: AnalysisSample[]): string[] {
  if (samples.length < 2) return []
  const { labels, points } = timeGrid(samples)
  const axis = `    x-axis "time since the first shift" [${labels.map((label) => `"${label}"`).join(', ')}]`
  const round = (value: number) => Number(value.toFixed(2))
  const rates = points.flatMap((point) => [point.canaryErrorRate, point.stableErrorRate])
  const top = niceCeiling(Math.max(...rates) * 100 * 1.2)
  const palette = (colors: string) =>
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colors}"}}}}%%`
  return [
    '```mermaid',
    palette('#6b6b6b'),
    'xychart-beta',
    '    title "Canary weight (% of production traffic)"',
    axis,
    '    y-axis "weight (%)" 0 --> 100',
    `    bar [${points.map((point) => point.weight).join(', ')}]`,
    '```',
    '',
    '```mermaid',
    palette(`${canaryColor}, ${stableColor}`),
    'xychart-beta',
    '    title "Error rate (%) of each version over its step so far"',
    axis,
    `    y-axis "5xx (%)" 0 --> ${top}`,
    `    line [${points.map((point) => round(point.canaryErrorRate * 100)).join(', ')}]`,
    `    line [${points.map((point) => round(point.stableErrorRate * 100)).join(', ')}]`,
    '```',
    '',
    '🟥 canary (the new version) · 🟦 stable (the version it replaces)',
    ''
  ]
}

/** 1, 2, 5, 10, 20, 50, 100: the smallest at or above `value` (at least 1). */
function niceCeiling(value: number): number {
  for (const nice of [1, 2, 5, 10, 20, 50, 100]) if (value <= nice) return nice
  return 100
}
