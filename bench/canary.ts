/**
 * `npm run bench -- canary`: the bundled canary action on the emulator, under load through the production listener,
 * with the load balancer's metrics published as AWS does (60 AWS-second datapoints, 60 AWS seconds late).
 *   1. A good version to 100%: failed requests, each step's time beyond its configured time, API calls per minute,
 *      GetMetricData calls per look.
 *   2. A version failing 3% of its requests (a few trials): the time from min-requests canary requests in to 100%
 *      back on stable, and the blast radius (requests the bad version answered, and of those failed, over all the
 *      requests made while it was live) against the first step's weight.
 * Prints the figures and writes them to bench/results/canary.json.
 *
 *   npx node bench/canary.ts -- --tasks 4 --time-scale 0.05 --rate 200 --trials 3 --poll-interval 250ms
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { startEmulator } from '../emulator/index.ts'
import { createColorPair } from '../emulator/rehearsal/infrastructure.ts'
import { registerVersion } from '../emulator/rehearsal/inspect.ts'
import { recordUnderLoad } from '../emulator/rehearsal/series.ts'
import { runAction } from '../emulator/rehearsal/runner.ts'
import { chartPathFor, timeScaleNote, writeChart } from './chart.ts'
import { spread } from './figures.ts'

const { values } = parseArgs({
  options: {
    tasks: { type: 'string', default: '4' },
    'time-scale': { type: 'string', default: '0.05' },
    rate: { type: 'string', default: '200' },
    trials: { type: 'string', default: '3' },
    'poll-interval': { type: 'string', default: '250ms' },
    'min-requests': { type: 'string', default: '50' },
    out: { type: 'string', default: 'bench/results/canary.json' }
  },
  allowPositionals: true
})
const tasks = Number(values.tasks)
const scale = Number(values['time-scale'])
const rate = Number(values.rate)
const trials = Number(values.trials)
const pollInterval = values['poll-interval']!
const minRequests = Number(values['min-requests'])
const steps = [
  { weight: 10, seconds: 5 },
  { weight: 50, seconds: 5 }
]
const badSteps = '10@40s, 50@5s'
/** The metric lag the emulator models, in real ms: up to one period and the publishing delay (60 + 60 AWS s). */
const metricLagMs = 120 * 1000 * scale

const emulator = await startEmulator({ port: 0, timeScale: scale })
try {
  const canary = async (name: string, inputs: Record<string, string>) => {
    const pair = await createColorPair({ endpoint: emulator.endpoint }, name, {
      image: 'bench:v1',
      desiredCount: tasks
    })
    const recording = recordUnderLoad(
      emulator,
      { url: pair.url, ratePerSecond: rate, maxDurationMs: 300_000 },
      { ruleArn: pair.ruleArn, bucketMs: 500 }
    )
    const mark = emulator.calls.length
    const run = await runAction('canary', {
      inputs: {
        cluster: pair.cluster,
        'blue-service': pair.blueService,
        'green-service': pair.greenService,
        'listener-rule': pair.ruleArn,
        steps: steps.map((step) => `${step.weight}@${step.seconds}s`).join(', '),
        'min-requests': String(minRequests),
        'poll-interval': pollInterval,
        'bake-time': '2s',
        ...(inputs.image
          ? {}
          : { 'task-definition-arn': await registerVersion(pair, 'bad', { FAIL_RATE: '0.03' }) }),
        ...inputs
      },
      env: emulator.env()
    })
    await new Promise((resolve) => setTimeout(resolve, 500))
    const { traffic, series } = await recording.stop()
    const calls = emulator.calls.slice(mark).filter((call) => call.at.getTime() <= Date.now())
    return { run, traffic, series, calls, rollout: JSON.parse(run.outputs.rollout ?? '{}') }
  }

  // 1. A good version.
  const good = await canary('bench-canary-good', { container: 'app', image: 'bench:v2' })
  const durations = good.rollout.durations ?? {}
  const overhead = steps.map((step, i) =>
    Number((durations[`step${i + 1}Seconds`] - step.seconds).toFixed(1))
  )
  const minutes = good.run.durationMs / 60_000
  // Every look of a step or of the bake describes the service once: GetMetricData calls per such look.
  const shifted = good.calls.findIndex((call) => call.operation === 'ModifyRule')
  const watched = good.calls.slice(Math.max(0, shifted))
  const metricCalls = watched.filter((call) => call.operation === 'GetMetricData').length
  const looks = watched.filter((call) => call.operation === 'DescribeServices').length
  const goodResult = {
    status: good.run.outputs.status,
    wallMs: good.run.durationMs,
    phasesSeconds: durations,
    stepOverheadSeconds: overhead,
    requests: good.traffic.sent,
    failedRequests: good.traffic.failed,
    servedBy: good.traffic.byVersion,
    apiCallsPerMinute: Math.round(good.calls.length / minutes),
    getMetricDataCalls: metricCalls,
    looksAfterTheFirstShift: looks,
    getMetricDataPerLook: Number((metricCalls / Math.max(1, looks)).toFixed(2)),
    series: good.series
  }

  // 2. A version failing 3%, caught at its first step: long enough for about 800 canary requests, as many as a
  // +2 point excess over max-error-rate-increase takes to show at 95% confidence (bench/canary-stats.ts).
  const failing = []
  for (let trial = 1; trial <= trials; trial++) {
    const bad = await canary(`bench-canary-bad-${trial}`, { steps: badSteps })
    const samples = [...bad.traffic.samples].sort((a, b) => a.at - b.at)
    const byBad = samples.filter((sample) => sample.version === 'bad' || sample.status >= 500)
    const backAt = Date.parse(bad.rollout.switchedBackAt ?? '') || NaN
    const enoughAt = byBad[minRequests - 1]?.at ?? NaN
    const firstBad = byBad[0]?.at ?? NaN
    const whileLive = samples.filter((sample) => sample.at >= firstBad && sample.at <= backAt)
    failing.push({
      trial,
      status: bad.run.outputs.status,
      step: bad.run.outputs.step,
      minRequestsInToTrafficBackMs: backAt - enoughAt,
      shiftToTrafficBackMs: backAt - firstBad,
      requestsWhileLive: whileLive.length,
      answeredByBadVersion: byBad.length,
      failedByBadVersion: byBad.filter((sample) => sample.status >= 500).length,
      blastRadius: Number((byBad.length / Math.max(1, whileLive.length)).toFixed(3)),
      failedShare: Number((bad.traffic.failed / Math.max(1, whileLive.length)).toFixed(4)),
      series: bad.series
    })
  }

  const detections = failing.map((f) => f.minRequestsInToTrafficBackMs).sort((a, b) => a - b)
  const result = {
    benchmark: 'canary',
    date: new Date().toISOString(),
    node: process.version,
    tasks,
    timeScale: scale,
    requestsPerSecond: rate,
    pollInterval,
    minRequests,
    steps,
    badSteps,
    metricLagMs,
    good: goodResult,
    failing: {
      trials: failing,
      minRequestsInToTrafficBackMs: spread(detections)
    }
  }
  console.log(
    `canary on ${tasks} tasks (time scale ${scale}; ${rate} req/s; poll ${pollInterval}; steps 10@5s, 50@5s)`
  )
  console.log(
    `  good version:       ${goodResult.status}, ${goodResult.requests} requests, ${goodResult.failedRequests} failed`
  )
  if (goodResult.status !== 'succeeded') console.log(`                      ${good.rollout.reason}`)
  console.log(`  step overhead:      ${overhead.map((s) => `${s}s`).join(', ')} beyond each step's time`)
  console.log(
    `  API calls:          ${goodResult.apiCallsPerMinute} per minute; ${metricCalls} GetMetricData calls in ${looks} looks after the first shift`
  )
  for (const f of failing) {
    console.log(
      `  failing 3% (${f.trial}):    ${f.status} at step ${f.step}; back on stable ${f.minRequestsInToTrafficBackMs} ms after ${minRequests} canary requests were in (${f.shiftToTrafficBackMs} ms after the shift); blast radius ${(f.blastRadius * 100).toFixed(1)}% of ${f.requestsWhileLive} requests (${f.failedByBadVersion} failed)`
    )
  }
  console.log(`  metric lag modelled: up to ${metricLagMs} ms; poll interval ${pollInterval}`)
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(values.out!, JSON.stringify(result, null, 2) + '\n')
  const stepsText = steps.map((step) => `${step.weight}% for ${step.seconds}s`).join(', ')
  const setup = `${tasks} tasks, ${rate} req/s, ${timeScaleNote(scale)}`
  await writeChart(
    chartPathFor(values.out!),
    {
      text: `Canary of a good version: ${goodResult.status}`,
      subtitle: `steps ${stepsText}, bake 2s; ${setup}`
    },
    good.series
  )
  await writeChart(
    chartPathFor(values.out!, 'rollback'),
    {
      text: `Canary of a version failing 3% of its requests: ${failing[0].status} at step ${failing[0].step}`,
      subtitle: `steps ${badSteps}; ${setup}`
    },
    failing[0].series
  )
  console.log(`  written:            ${values.out} and its charts (.svg)`)
  if (goodResult.failedRequests > 0 || failing.some((f) => f.status !== 'rolled-back')) process.exitCode = 1
} finally {
  await emulator.stop()
}
