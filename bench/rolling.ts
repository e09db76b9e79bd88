/**
 * `npm run bench`: a rolling deploy of N tasks on the emulator, run by the bundled action under load.
 * Prints wall time against the irreducible wait (task start, health-check thresholds x interval, draining),
 * the AWS API calls the action made (total and per minute), what its preflight added (the release's image is in
 * the emulated ECR, so the preflight looks it up), and failed requests; writes the figures to
 * bench/results/rolling.json for later comparison.
 *
 *   npm run bench -- --tasks 6 --time-scale 0.05
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { startEmulator } from '../emulator/index.ts'
import { fastTargetGroupTiming as timing, createRollingApp } from '../emulator/rehearsal/infrastructure.ts'
import { recordUnderLoad } from '../emulator/rehearsal/series.ts'
import { runAction } from '../emulator/rehearsal/runner.ts'
import { DEFAULT_ECS_TIMINGS } from '../emulator/ecs/timings.ts'
import type { ApiCall } from '../emulator/core/contracts.ts'
import { byOperation, listed } from './figures.ts'
import { chartPathFor, timeScaleNote, writeChart } from './chart.ts'

const { values } = parseArgs({
  options: {
    tasks: { type: 'string', default: '6' },
    'time-scale': { type: 'string', default: '0.05' },
    rate: { type: 'string', default: '100' },
    out: { type: 'string', default: 'bench/results/rolling.json' }
  }
})
const tasks = Number(values.tasks)
const scale = Number(values['time-scale'])
const rate = Number(values.rate)
// The action's default poll interval (5 s) on the emulator's clock, so its call rate is the one it has on AWS.
const pollInterval = `${5000 * scale}ms`

/** The preflight's look-ups (the services only it calls) and the time from the first to the first change. */
function preflightOf(calls: ApiCall[]) {
  const lookups = calls.filter((call) =>
    ['ecr', 'secretsmanager', 'ssm', 'iam', 'logs'].includes(call.service)
  )
  const change = calls.find((call) => call.operation === 'RegisterTaskDefinition')
  const first = lookups[0]
  return {
    calls: lookups.length,
    byOperation: byOperation(lookups),
    msBeforeFirstChange: first && change ? change.at.getTime() - first.at.getTime() : 0
  }
}

const emulator = await startEmulator({ port: 0, timeScale: scale })
try {
  const app = await createRollingApp({ endpoint: emulator.endpoint }, 'bench', {
    image: 'bench:v1',
    desiredCount: tasks
  })
  // The release's image is pushed to the account's ECR, as a build job would: the preflight checks it is there.
  emulator.ecr.handle('CreateRepository', { repositoryName: 'bench' })
  emulator.ecr.handle('PutImage', {
    repositoryName: 'bench',
    imageTag: 'v2',
    imageManifest: '{"bench":"v2"}'
  })
  const image = `${emulator.ecr.registryHost}/bench:v2`
  // One target group behind the listener: no weights to draw, only who answered.
  const recording = recordUnderLoad(
    emulator,
    { url: app.url, ratePerSecond: rate, maxDurationMs: 300_000 },
    { bucketMs: 250 }
  )
  const firstCall = emulator.calls.length
  const run = await runAction('rolling', {
    inputs: {
      cluster: app.cluster,
      service: app.service,
      container: 'app',
      image,
      'poll-interval': pollInterval
    },
    env: emulator.env()
  })
  const { traffic, series } = await recording.stop()
  const calls = emulator.calls.slice(firstCall)

  // With maximumPercent 200 every new task starts at once; the deploy cannot finish before the new tasks
  // started, passed `healthyThreshold` checks, and the old ones drained and stopped.
  const irreducibleAwsSeconds =
    DEFAULT_ECS_TIMINGS.taskStartSeconds +
    timing.healthyThresholdCount * timing.healthCheckIntervalSeconds +
    timing.deregistrationDelaySeconds +
    DEFAULT_ECS_TIMINGS.taskStopSeconds
  const irreducibleMs = irreducibleAwsSeconds * 1000 * scale
  const operations = byOperation(calls)
  const preflight = preflightOf(calls)
  const minutes = run.durationMs / 60_000
  const result = {
    benchmark: 'rolling',
    date: new Date().toISOString(),
    node: process.version,
    tasks,
    timeScale: scale,
    status: run.outputs.status,
    exitCode: run.exitCode,
    wallMs: run.durationMs,
    irreducibleMs: Math.round(irreducibleMs),
    overheadMs: Math.round(run.durationMs - irreducibleMs),
    wallInAwsSeconds: Math.round(run.durationMs / scale / 1000),
    irreducibleAwsSeconds,
    apiCalls: calls.length,
    pollInterval,
    apiCallsPerAwsMinute: Math.round((calls.length / minutes) * scale * 10) / 10,
    apiCallsByOperation: operations,
    preflight,
    requests: traffic.sent,
    failedRequests: traffic.failed,
    servedBy: traffic.byVersion,
    series
  }
  console.log(`rolling deploy of ${tasks} tasks (time scale ${scale}; ${rate} req/s through the listener)`)
  console.log(`  status:             ${result.status} (exit code ${result.exitCode})`)
  console.log(
    `  wall time:          ${(result.wallMs / 1000).toFixed(2)} s  (= ${result.wallInAwsSeconds} s on AWS)`
  )
  console.log(
    `  irreducible wait:   ${(irreducibleMs / 1000).toFixed(2)} s  (= ${irreducibleAwsSeconds} s on AWS)`
  )
  console.log(`  overhead:           ${(result.overheadMs / 1000).toFixed(2)} s`)
  console.log(
    `  AWS API calls:      ${result.apiCalls} in total, ${result.apiCallsPerAwsMinute} per AWS minute (poll interval 5 s on AWS)`
  )
  console.log(`                      ${listed(operations)}`)
  console.log(
    `  preflight:          ${preflight.calls} calls (${listed(preflight.byOperation) || 'none'}); ${preflight.msBeforeFirstChange} ms from its first look-up to the first change`
  )
  console.log(`  requests:           ${traffic.sent} sent, ${traffic.failed} failed`)
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(values.out, JSON.stringify(result, null, 2) + '\n')
  await writeChart(
    chartPathFor(values.out),
    {
      text: `Rolling update of ${tasks} tasks: ${result.status}`,
      subtitle: `${rate} req/s, poll ${pollInterval}; ${timeScaleNote(scale)}`
    },
    series
  )
  console.log(`  written:            ${values.out} and its chart (.svg)`)
  if (run.exitCode !== 0 || traffic.failed > 0) process.exitCode = 1
} finally {
  await emulator.stop()
}
