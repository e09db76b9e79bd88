/** The canary's part of the job summary: a table of its steps and a chart of its weight and both error rates. */
import { latency, percent } from '../analysis/figures.ts'
import { points, range } from '../analysis/judge.ts'
import { formatElapsed } from '../core/duration.ts'
import type { AnalysisSample, StepAnalysis } from '../gates/analysis.ts'
import { escapeCell } from './summary.ts'

/** The table and the chart (Mermaid xychart-beta, which GitHub renders in summaries). */
export function canaryDetails(steps: StepAnalysis[], samples: AnalysisSample[]): string[] {
  if (steps.length === 0) return []
  return [...stepTable(steps), ...chart(samples)]
}

function stepTable(steps: StepAnalysis[]): string[] {
  const rate = (side: StepAnalysis['canary']) =>
    side.requests === 0 ? '-' : `${percent(side.errorRate)} (${side.errors}/${side.requests})`
  const p99 = (side: StepAnalysis['canary']) => (side.p99 === undefined ? '-' : latency(side.p99))
  return [
    '### Canary steps',
    '',
    '| step | weight | window | canary errors | stable errors | increase so far | canary p99 | stable p99 | verdict |',
    '|---|---|---|---|---|---|---|---|---|',
    ...steps.map((step) => {
      const duration = formatElapsed(Date.parse(step.end) - Date.parse(step.start))
      const cells = [
        String(step.step),
        `${step.weight}%`,
        `${step.start.slice(11, 19)} +${duration}`,
        rate(step.canary),
        rate(step.stable),
        step.increase ? `${points(step.increase.value)} (${range(step.increase)})` : '-',
        p99(step.canary),
        p99(step.stable),
        `${step.verdict}: ${escapeCell(step.reason)}`
      ]
      return `| ${cells.join(' | ')} |`
    }),
    '',
    "Increase so far: the canary's error rate minus the stable one over the run up to the step's last look, and the interval its verdict used (at the confidence input, however often the run looked): a step fails when the whole interval is over max-error-rate-increase.",
    ''
  ]
}

/** At most this many points on the chart (looks are thinned out evenly). */
const maxPoints = 40

function chart(samples: AnalysisSample[]): string[] {
  if (samples.length < 2) return []
  const step = Math.ceil(samples.length / maxPoints)
  const shown = samples.filter((_, i) => i % step === 0 || i === samples.length - 1)
  const start = shown[0].at
  const round = (value: number) => Number(value.toFixed(2))
  const line = (values: number[]) => `    line [${values.map(round).join(', ')}]`
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Canary weight, canary error rate, stable error rate (%)"',
    `    x-axis [${shown.map((sample) => `"+${formatElapsed(sample.at - start)}"`).join(', ')}]`,
    '    y-axis "percent" 0 --> 100',
    line(shown.map((sample) => sample.weight)),
    line(shown.map((sample) => sample.canaryErrorRate * 100)),
    line(shown.map((sample) => sample.stableErrorRate * 100)),
    '```',
    '',
    'Lines, in order: the canary weight, the canary error rate and the stable error rate (both over the window of the step they belong to).',
    ''
  ]
}
