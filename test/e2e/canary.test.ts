/**
 * The bundled canary action, run as the GitHub runner runs it, against the emulator with load through the production
 * listener; the emulated load balancer publishes its metrics as AWS does (60 AWS-second datapoints, a minute late),
 * so metric lag and empty windows are exercised, not assumed. A good version goes to 100% with no failed request; a
 * version failing 3% of its requests is caught at its first step with traffic back on stable; with no traffic the
 * step is inconclusive and never passed.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import { createColorPair, type ColorPair } from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad } from '../../emulator/rehearsal/load.ts'
import {
  decoded,
  describeService as service,
  pairWeights as weights,
  registerVersion as version,
  rolloutRecord as recordOf
} from '../../emulator/rehearsal/inspect.ts'
import { runAction, uniqueName } from '../../emulator/rehearsal/runner.ts'
import { enforcePolicies } from './support/iam.ts'

const pollInterval = 250
const scenarios = ['good', 'bad', 'idle'] as const
let emulator: Emulator
const pairs = {} as Record<(typeof scenarios)[number], ColorPair>

beforeAll(async () => {
  // One AWS second is 50 ms: a metric period (60 s) lasts 3 s and is published 3 s after it ended.
  emulator = await startEmulator({ port: 0, timeScale: 0.05 })
  const created = await Promise.all(
    scenarios.map((name) =>
      createColorPair({ endpoint: emulator.endpoint }, uniqueName(`canary-${name}`), {
        image: 'demo:v1',
        desiredCount: 2
      })
    )
  )
  scenarios.forEach((name, index) => (pairs[name] = created[index]))
  enforcePolicies(emulator, created)
}, 60_000)

afterAll(async () => {
  await emulator?.stop()
})

function canary(pair: ColorPair, inputs: Record<string, string>) {
  return runAction('canary', {
    inputs: {
      cluster: pair.cluster,
      'blue-service': pair.blueService,
      'green-service': pair.greenService,
      'listener-rule': pair.ruleArn,
      'poll-interval': `${pollInterval}ms`,
      'wait-timeout': '30s',
      'min-requests': '50',
      ...inputs
    },
    env: emulator.env()
  })
}

test('a good version goes to 100% step by step under load, with no failed request', async () => {
  const pair = pairs.good
  const load = startLoad({ url: pair.url, ratePerSecond: 150, maxDurationMs: 60_000 })
  const run = await canary(pair, {
    container: 'app',
    image: 'demo:v2',
    steps: '10@4s, 50@4s',
    'bake-time': '1s'
  })
  const report = await load.stop()

  expect({ exitCode: run.exitCode, status: run.outputs.status, errors: run.errors }).toEqual({
    exitCode: 0,
    status: 'succeeded',
    errors: []
  })
  expect(run.outputs).toMatchObject({
    'live-color': 'green',
    'canary-color': 'green',
    'previous-color': 'blue',
    weight: '100',
    step: '3'
  })
  expect(await weights(pair)).toEqual({ blue: 0, green: 100 })
  expect((await service(pair, pair.blueService)).desiredCount).toBe(0)
  expect(report.failures).toEqual([])
  expect(report.byVersion.v1).toBeGreaterThan(0)
  expect(report.byVersion.v2).toBeGreaterThan(0)
  const analysis = JSON.parse(run.outputs.analysis)
  expect(
    analysis.slice(0, 2).map((step: { weight: number; verdict: string }) => [step.weight, step.verdict])
  ).toEqual([
    [10, 'passed'],
    [50, 'passed']
  ])
  expect(analysis[0].canary.requests).toBeGreaterThanOrEqual(50)
  expect(analysis[0].stable.requests).toBeGreaterThan(analysis[0].canary.requests)
  expect(analysis[0].canary.p99).toBeGreaterThan(0)
  expect(await recordOf(pair, pair.greenService)).toMatchObject({
    'ecs-deploy:status': 'succeeded',
    'ecs-deploy:weights': 'blue=0 green=100'
  })
  expect(run.summary).toContain('### Canary steps')
  expect(run.summary).toMatch(/\| 1 \| 10% \| .* \| passed \|/)
  expect(run.summary).toContain('xychart-beta')
}, 90_000)

test('a version failing 3% of its requests is caught at its first step; traffic goes back on stable', async () => {
  const pair = pairs.bad
  const bad = await version(pair, 'bad', { FAIL_RATE: '0.03' })
  const load = startLoad({ url: pair.url, ratePerSecond: 200, maxDurationMs: 120_000 })
  const run = await canary(pair, { 'task-definition-arn': bad, steps: '10@90s, 50@10s', 'bake-time': '1s' })
  // Keep the load on a little: what follows the rollback is the stable version only.
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const report = await load.stop()

  expect(run.exitCode).toBe(1)
  expect(run.outputs.status).toBe('rolled-back')
  expect(run.outputs).toMatchObject({ 'live-color': 'blue', weight: '0', step: '1' })
  expect(run.errors).toHaveLength(1)
  expect(decoded(run.errors[0])).toMatch(
    /^Canary rolled back: gate analysis failed at step 1 \(10%\) on green \(\S+\): during step 1, after \S+: error rate \+\S+ points over stable over the run so far \(\+\S+ to \+\S+ points at 95% confidence\), more than max-error-rate-increase \+1 point: canary \S+ errors \(\d+ of \d+ requests\), p99 [\d.]+ m?s; stable 0% errors \(0 of \d+ requests\), p99 [\d.]+ m?s; traffic switched back to blue \(\S+\); green \(\S+\) scaled to 0/
  )
  expect(await weights(pair)).toEqual({ blue: 100, green: 0 })
  expect((await service(pair, pair.greenService)).desiredCount).toBe(0)
  const rollout = JSON.parse(run.outputs.rollout)
  // Caught during the step, before its 90 s: at 3% the evidence that holds for the whole rollout takes a few hundred
  // canary requests (about 20 a second here), so when it comes varies from run to run; the step leaves room for that.
  expect(rollout.durations.step1Seconds).toBeLessThan(85)
  // The blast radius: the bad version answered about its 10% of the requests while it was live, no more.
  const switchedBack = Date.parse(rollout.switchedBackAt)
  const whileLive = report.samples.filter((sample) => sample.at <= switchedBack)
  const byBad = report.samples.filter((sample) => sample.version === 'bad' || sample.status >= 500)
  expect(byBad.length / whileLive.length).toBeLessThan(0.15)
  expect(report.failures.every((failure) => failure.status === 500)).toBe(true)
  expect(
    report.samples.filter((sample) => sample.at > switchedBack + 200 && sample.version === 'bad')
  ).toEqual([])
  expect((await recordOf(pair, pair.greenService))['ecs-deploy:status']).toBe('rolled-back')
}, 150_000)

test('with no traffic a step is inconclusive, never passed: extended until wait-timeout, then rolled back', async () => {
  const pair = pairs.idle
  const run = await canary(pair, {
    container: 'app',
    image: 'demo:v2',
    steps: '10@2s',
    'wait-timeout': '8s',
    'bake-time': '1s'
  })

  expect(run.exitCode).toBe(1)
  expect(run.outputs.status).toBe('rolled-back')
  expect(decoded(run.errors[0])).toMatch(
    /^Canary rolled back: gate analysis failed at step 1 \(10%\) on green \(\S+\): no verdict within wait-timeout 8s after the step's 2s: 0 canary requests in the window, fewer than min-requests 50/
  )
  expect(await weights(pair)).toEqual({ blue: 100, green: 0 })
  expect(JSON.parse(run.outputs.analysis)[0]).toMatchObject({ weight: 10, verdict: 'inconclusive' })
}, 90_000)
