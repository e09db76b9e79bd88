/**
 * The canary strategy on a scripted pair (aws-sdk-client-mock) whose load balancer reports the traffic the rule sends
 * each color: a good version to 100%, a failing one caught at its first step, inconclusive steps, capacity before
 * traffic, deploy / promote / abort, and a re-run that continues at its step. No test waits: the clock is fake.
 */
import { beforeEach, describe, expect, test } from '@jest/globals'
import type { CanaryOptions } from '../../src/strategies/canary/index.ts'
import { freshWorldEachTest } from './support/fresh-world.ts'
import { FakePair, ruleArn, serviceArn, targetGroupArns, taskDefinitionArn } from './support/fake-pair.ts'
import { canaryDefaults, PairTraffic, runCanary } from './support/run-canary.ts'

const world = freshWorldEachTest((clock) => new FakePair(clock))
let traffic: PairTraffic
beforeEach(() => {
  traffic = new PairTraffic(world)
})

const deploy = (overrides: Partial<CanaryOptions> = {}) =>
  runCanary(world, { ...canaryDefaults, ...overrides })
const production = () =>
  world.aws.ruleChanges
    .filter((change) => change.arn === ruleArn)
    .map((change) => [change.weights[targetGroupArns.blue], change.weights[targetGroupArns.green]])
const failing = (revision: number, rate: number) => {
  const arn = world.aws.addTaskDefinition(revision, `registry.example/web:${revision}.0`)
  traffic.errorRates.set(arn, rate)
  return { kind: 'arn' as const, arn }
}

describe('mode full', () => {
  test('a good version goes through every step to 100%, judged at each, then the old color drains', async () => {
    const { report, samples } = await deploy()
    expect(report).toMatchObject({
      action: 'canary',
      status: 'succeeded',
      liveColor: 'green',
      canaryColor: 'green',
      previousColor: 'blue',
      weight: 100,
      step: 4,
      taskDefinitionArn: taskDefinitionArn(2),
      previousTaskDefinitionArn: taskDefinitionArn(1)
    })
    expect(production()).toEqual([
      [90, 10],
      [75, 25],
      [50, 50],
      [0, 100]
    ])
    expect(world.aws.mutations()).toEqual([
      'RegisterTaskDefinition',
      'TagResource',
      'UpdateService',
      'TagResource',
      'ModifyRule',
      'TagResource',
      'ModifyRule',
      'TagResource',
      'ModifyRule',
      'TagResource',
      'ModifyRule',
      'TagResource',
      'UpdateService'
    ])
    expect(report.analysis.map((step) => [step.step, step.weight, step.verdict])).toEqual([
      [1, 10, 'passed'],
      [2, 25, 'passed'],
      [3, 50, 'passed'],
      [4, 100, 'watching']
    ])
    expect(report.analysis[0].canary.requests).toBeGreaterThanOrEqual(100)
    expect(report.analysis[0].stable.requests).toBeGreaterThan(report.analysis[0].canary.requests)
    // The steps lasted their time, and little more (metrics lag a minute behind).
    const stepTime = (n: number) => report.durations[`step${n}Seconds`]
    expect([stepTime(1), stepTime(2), stepTime(3)]).toEqual([120, 120, 120])
    expect(samples.length).toBeGreaterThan(70)
    expect(world.aws.tagsOf('green')).toMatchObject({
      'ecs-deploy:status': 'succeeded',
      'ecs-deploy:step': '6',
      'ecs-deploy:weights': 'blue=0 green=100',
      'ecs-deploy:previous-color': 'blue'
    })
    expect(world.aws.calls('TagResource').map((call) => call.tags[0].value)).toEqual([
      'deploying',
      'switched',
      'switched',
      'switched',
      'switched',
      'succeeded'
    ])
    expect(world.aws.runningTasks('blue')).toHaveLength(0)
    // One GetMetricData call per look.
    expect(traffic.metrics.requests.length).toBe(samples.length)
  })

  test('a version failing 3% is caught at its first step: traffic back in one rule change, then the canary to 0', async () => {
    const { report } = await deploy({
      taskDefinition: failing(5, 0.03),
      steps: [{ weight: 10, durationMs: 600_000 }, ...canaryDefaults.steps.slice(1)]
    })
    expect(report.status).toBe('rolled-back')
    expect(report.reason).toMatch(
      /^gate analysis failed at step 1 \(10%\) on green \(web-green\): during step 1, after \d+m\d*s?: error rate \+3 points over stable over the run so far \(\+[\d.]+ to \+[\d.]+ points at 95% confidence\), more than max-error-rate-increase \+1 point: canary 3% errors \(\d+ of \d+ requests\), p99 100 ms; stable 0% errors \(0 of \d+ requests\), p99 100 ms; traffic switched back to blue \(web-blue\); green \(web-green\) scaled to 0$/
    )
    expect(production()).toEqual([
      [90, 10],
      [100, 0]
    ])
    // Caught during the step, a minute or two in, not at its end.
    expect(report.durations.step1Seconds).toBeLessThan(180)
    expect(world.aws.calls('UpdateService').at(-1)).toEqual({
      cluster: 'prod',
      service: serviceArn('green'),
      desiredCount: 0
    })
    expect(report).toMatchObject({ liveColor: 'blue', weight: 0, step: 1 })
    expect(report.analysis[0]).toMatchObject({ step: 1, weight: 10, verdict: 'failed' })
    expect(world.aws.tagsOf('green')['ecs-deploy:status']).toBe('rolled-back')
  })
})

describe('no traffic: inconclusive is not a pass', () => {
  test('extend: the step waits for min-requests until wait-timeout, then fails', async () => {
    traffic.rps = 0
    const { report } = await deploy({ waitTimeoutMs: 120_000 })
    expect(report.status).toBe('rolled-back')
    expect(report.reason).toMatch(
      /^gate analysis failed at step 1 \(10%\) on green \(web-green\): no verdict within wait-timeout 2m after the step's 2m: 0 canary requests in the window, fewer than min-requests 100/
    )
    expect(report.durations.step1Seconds).toBe(240)
    expect(production()).toEqual([
      [90, 10],
      [100, 0]
    ])
  })

  test('fail: fails at the step end; pass: moves on and says so', async () => {
    traffic.rps = 0
    const failed = await deploy({ onInconclusive: 'fail' })
    expect(failed.report.reason).toMatch(
      /^gate analysis failed at step 1 \(10%\) .*inconclusive \(on-inconclusive: fail\)/
    )
    expect(failed.report.durations.step1Seconds).toBe(120)
    world.aws.ruleChanges.length = 0
    const passed = await deploy({ onInconclusive: 'pass', steps: canaryDefaults.steps.slice(0, 1) })
    expect(passed.report.status).toBe('succeeded')
    expect(passed.report.analysis[0].verdict).toBe('passed-inconclusive')
  })
})

describe('capacity before traffic', () => {
  test('proportional: the canary runs ceil(weight x stable) tasks, scaled up and healthy before each shift', async () => {
    world.aws.services.blue.desiredCount = 4
    const { report } = await deploy({ canaryScale: 'proportional' })
    expect(report.status).toBe('succeeded')
    const green = world.aws.sent.filter(
      (call) =>
        (call.operation === 'UpdateService' && call.input.service === serviceArn('green')) ||
        call.operation === 'ModifyRule'
    )
    expect(green.map((call) => call.input.desiredCount ?? call.operation)).toEqual([
      1,
      'ModifyRule',
      'ModifyRule',
      2,
      'ModifyRule',
      4,
      'ModifyRule'
    ])
  })
})

describe('deploy, promote, abort', () => {
  test('mode deploy pauses after the first judged step; promote continues one step at a time, then full', async () => {
    const paused = await deploy({ mode: 'deploy' })
    expect(paused.report).toMatchObject({ status: 'paused', weight: 10, step: 1, liveColor: 'blue' })
    expect(paused.report.reason).toMatch(
      /takes 10% of production traffic after step 1 of 3 passed its analysis/
    )
    expect(world.aws.tagsOf('green')).toMatchObject({
      'ecs-deploy:status': 'paused',
      'ecs-deploy:step': '2',
      'ecs-deploy:weights': 'blue=90 green=10'
    })
    const promote = { mode: 'promote' as const, taskDefinition: undefined }
    const next = await deploy(promote)
    expect(next.report).toMatchObject({ status: 'paused', weight: 25, step: 2 })
    const rest = await deploy({ ...promote, promote: 'full' })
    expect(rest.report).toMatchObject({ status: 'succeeded', weight: 100, step: 4, liveColor: 'green' })
    expect(production()).toEqual([
      [90, 10],
      [75, 25],
      [50, 50],
      [0, 100]
    ])
  })

  test('abort: traffic back to stable in one rule change, the canary to zero; with nothing in progress, a no-op', async () => {
    await deploy({ mode: 'deploy' })
    const aborted = await deploy({ mode: 'abort', taskDefinition: undefined })
    expect(aborted.report).toMatchObject({ status: 'rolled-back', liveColor: 'blue', weight: 0 })
    expect(aborted.report.reason).toBe(
      `aborted the rollout of ${taskDefinitionArn(2)} on green (web-green); traffic switched back to blue (web-blue); green (web-green) scaled to 0`
    )
    expect(production()).toEqual([
      [90, 10],
      [100, 0]
    ])
    expect(world.aws.tagsOf('green')['ecs-deploy:status']).toBe('rolled-back')
    const mutations = world.aws.mutations().length
    const again = await deploy({ mode: 'abort', taskDefinition: undefined })
    expect(again.report).toMatchObject({ status: 'succeeded' })
    expect(again.report.reason).toMatch(
      /^Nothing to abort: the last rollout recorded on the pair is rolled-back/
    )
    expect(world.aws.mutations()).toHaveLength(mutations)
  })

  test('promote with nothing paused is refused before any change', async () => {
    await expect(deploy({ mode: 'promote', taskDefinition: undefined })).rejects.toThrow(
      /^Nothing to promote: no rollout is recorded on the pair/
    )
    expect(world.aws.mutations()).toEqual([])
  })
})

describe('re-runs', () => {
  test('a run that died at step 2 is continued at its step, with traffic as it was', async () => {
    await deploy({ mode: 'deploy' })
    // The next run moved to 25% and died: its state says so.
    world.aws.setWeights(75, 25)
    const tags = world.aws.tagsOf('green')
    world.aws.setTags('green', {
      ...tags,
      'ecs-deploy:status': 'switched',
      'ecs-deploy:step': '3',
      'ecs-deploy:weights': 'blue=75 green=25'
    })
    world.aws.ruleChanges.length = 0
    const { report } = await deploy()
    expect(report.status).toBe('succeeded')
    expect(production()).toEqual([
      [75, 25],
      [50, 50],
      [0, 100]
    ])
    expect(world.aws.calls('RegisterTaskDefinition')).toHaveLength(1)
    expect(report.analysis.map((step) => step.step)).toEqual([2, 3, 4])
  })

  test('a run that died during the bake at 100% bakes again, then scales the old color down', async () => {
    await deploy({ bakeTimeMs: 0, scaleDown: 'never' })
    world.aws.setTags('green', { ...world.aws.tagsOf('green'), 'ecs-deploy:status': 'switched' })
    world.aws.ruleChanges.length = 0
    const { report } = await deploy()
    expect(report).toMatchObject({ status: 'succeeded', weight: 100, step: 4, liveColor: 'green' })
    expect(report.analysis.map((step) => [step.step, step.weight])).toEqual([[4, 100]])
    expect(production()).toEqual([])
    expect(world.aws.runningTasks('blue')).toHaveLength(0)
  })
})
