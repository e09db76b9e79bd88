/**
 * `npm run bench -- canary-stats`: how often the canary's analysis rolls back a version, by how much worse it truly is
 * and by traffic, for the judge the action runs (sequential, src/analysis/judge.ts) and the fixed-level one it had
 * before (bench/canary-stats/today.ts), side by side. Each row simulates its rollouts through the action's own gate
 * on a fake clock and metrics port (bench/canary-stats/simulate.ts) at the action's defaults: steps 10, 25, 50 of 5
 * minutes, bake 5 minutes, poll every 5 s, max-error-rate-increase 1 point, max-error-rate 5%, max-latency-increase
 * 50%, min-requests 100, confidence 95%. The same seed gives both judges the same traffic.
 * Prints the table, writes bench/results/canary-stats.json and draws the operating characteristic
 * (bench/results/canary-stats.svg).
 *
 *   npx node bench/canary-stats.ts -- --rollouts 10000 --seed 1
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { SequentialJudge, type Judge, type Thresholds } from '../src/analysis/judge.ts'
import { chartPathFor } from './chart.ts'
import { median } from './figures.ts'
import { writeOperatingCharacteristic } from './canary-stats/chart.ts'
import { defaults, Draws, simulate, type Outcome, type Scenario } from './canary-stats/simulate.ts'
import { TodayJudge } from './canary-stats/today.ts'

const { values } = parseArgs({
  options: {
    rollouts: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench/results/canary-stats.json' }
  },
  allowPositionals: true
})
const rollouts = Number(values.rollouts)
const seed = Number(values.seed)

type Kind = 'identical' | 'within tolerance' | 'at tolerance' | 'regression' | 'latency' | 'curve'
interface Row {
  kind: Kind
  scenario: Scenario
}

const rates = [1, 5, 20, 100, 1000]
const errors = (stable: number, increase: number, requestsPerSecond: number, kind: Kind): Row => ({
  kind,
  scenario: {
    requestsPerSecond,
    stableErrorRate: stable,
    canaryErrorRate: stable + increase,
    latencyFactor: 1
  }
})
const slower = (latencyFactor: number, requestsPerSecond: number): Row => ({
  kind: 'latency',
  scenario: { requestsPerSecond, stableErrorRate: 0.01, canaryErrorRate: 0.01, latencyFactor }
})
const rows: Row[] = [
  ...rates.map((rate) => errors(0.01, 0, rate, 'identical')),
  ...[0.001, 0.05].flatMap((stable) => [5, 100].map((rate) => errors(stable, 0, rate, 'identical'))),
  errors(0.04, 0, 20, 'identical'),
  ...rates.map((rate) => errors(0.01, 0.005, rate, 'within tolerance')),
  ...rates.map((rate) => errors(0.01, 0.01, rate, 'at tolerance')),
  ...rates.map((rate) => errors(0.01, 0.03, rate, 'regression')),
  ...[1.25, 1.5, 2].map((factor) => slower(factor, 100)),
  slower(2, 5),
  // More points of the operating characteristic at 5 and 100 req/s.
  ...[5, 100].flatMap((rate) => [0.015, 0.02, 0.05].map((up) => errors(0.01, up, rate, 'curve')))
]

const judges: Record<'today' | 'sequential', (thresholds: Thresholds) => Judge> = {
  today: (thresholds) => new TodayJudge(thresholds),
  sequential: (thresholds) => new SequentialJudge(thresholds)
}

/** What a row's rollouts came to under one judge. */
interface Tally {
  rolledBack: number
  rolledBackBeforeFull: number
  rolledBackAtFirstStep: number
  inconclusive: number
  succeeded: number
  /** Minutes from the first step's shift to the rollback, of those rolled back at the first step. */
  firstStepMinutes: { median?: number; p90?: number }
}

function tally(outcomes: Outcome[], steps: number): Tally {
  const share = (test: (outcome: Outcome) => boolean) =>
    Number((outcomes.filter(test).length / outcomes.length).toFixed(4))
  const back = (outcome: Outcome) => outcome.ending === 'rolled-back'
  const first = outcomes.filter((o) => back(o) && o.step === 1).map((o) => o.secondsIntoStep / 60)
  const sorted = [...first].sort((a, b) => a - b)
  const minutes = (value?: number) => (value === undefined ? undefined : Number(value.toFixed(2)))
  return {
    rolledBack: share(back),
    rolledBackBeforeFull: share((o) => back(o) && o.step <= steps),
    rolledBackAtFirstStep: share((o) => back(o) && o.step === 1),
    inconclusive: share((o) => o.ending === 'inconclusive'),
    succeeded: share((o) => o.ending === 'succeeded'),
    firstStepMinutes: {
      median: first.length > 0 ? minutes(median(first)) : undefined,
      p90: minutes(sorted[Math.floor(sorted.length * 0.9)])
    }
  }
}

const started = Date.now()
const results = []
for (const [index, row] of rows.entries()) {
  const byJudge = {} as Record<keyof typeof judges, Tally>
  for (const [name, judgeOf] of Object.entries(judges) as [keyof typeof judges, (t: Thresholds) => Judge][]) {
    const draws = new Draws(seed * 1_000_003 + index * 7919)
    const outcomes: Outcome[] = []
    for (let i = 0; i < rollouts; i++) outcomes.push(await simulate(row.scenario, defaults, judgeOf, draws))
    byJudge[name] = tally(outcomes, defaults.steps.length)
  }
  const result = { ...row, increasePoints: increaseOf(row.scenario), ...byJudge }
  results.push(result)
  console.log(line(result))
}

function increaseOf(scenario: Scenario): number {
  return Number(((scenario.canaryErrorRate - scenario.stableErrorRate) * 100).toFixed(2))
}

function line(result: Row & Record<keyof typeof judges, Tally>): string {
  const { scenario } = result
  const pct = (value: number) => `${(value * 100).toFixed(2)}%`
  const what =
    result.kind === 'latency'
      ? `p99 x${scenario.latencyFactor}, ${pct(scenario.stableErrorRate)} errors`
      : `${pct(scenario.canaryErrorRate)} vs ${pct(scenario.stableErrorRate)}`
  const cell = (tally: Tally) =>
    `${pct(tally.rolledBack).padStart(7)} (before 100% ${pct(tally.rolledBackBeforeFull).padStart(7)}, step 1 ${pct(tally.rolledBackAtFirstStep).padStart(7)} median ${tally.firstStepMinutes.median ?? '-'} min; inconclusive ${pct(tally.inconclusive)})`
  return `${result.kind.padEnd(16)} ${what.padEnd(24)} ${String(scenario.requestsPerSecond).padStart(4)} req/s | today ${cell(result.today)} | sequential ${cell(result.sequential)}`
}

console.log(
  `${rows.length} rows x ${rollouts} rollouts x 2 judges in ${((Date.now() - started) / 1000).toFixed(0)} s`
)
mkdirSync('bench/results', { recursive: true })
writeFileSync(
  values.out!,
  JSON.stringify(
    {
      benchmark: 'canary-stats',
      date: new Date().toISOString(),
      node: process.version,
      rolloutsPerRow: rollouts,
      seed,
      settings: { ...defaults, steps: defaults.steps },
      rows: results
    },
    null,
    2
  ) + '\n'
)
await writeOperatingCharacteristic(
  chartPathFor(values.out!),
  results
    .filter((r) => r.kind !== 'latency' && r.scenario.stableErrorRate === 0.01)
    .flatMap((r) =>
      (['today', 'sequential'] as const).map((judge) => ({
        judge,
        requestsPerSecond: r.scenario.requestsPerSecond,
        increasePoints: r.increasePoints,
        rolledBack: r[judge].rolledBack
      }))
    )
)
console.log(`written: ${values.out} and its chart (.svg)`)
