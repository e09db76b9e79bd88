/**
 * Races a deploy must survive without losing production traffic, each reproduced with the bundled actions against
 * the emulator under load through the production listener: the new color scaled in behind the action's back
 * during the bake, two blue-green runs of one pair overlapping, a cancellation just before the first change
 * (made deterministic by holding one API call), and a crash whose circuit-breaker verdict comes in the same look
 * as the stops (or after the failed deployment is gone). Assertions are on AWS facts read back through the SDK,
 * the call log, and the actions' exit codes, outputs, `::error::` lines and summaries.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UpdateServiceCommand } from '@aws-sdk/client-ecs'
import type { ApiCall } from '../../emulator/core/contracts.ts'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import {
  createColorPair,
  createRollingApp,
  fastTargetGroupTiming,
  writeTaskDefinitionFile,
  type ColorPair,
  type LoadBalancedApp,
  type RollingApp,
  type TargetGroupTiming
} from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad, type Load, type LoadReport } from '../../emulator/rehearsal/load.ts'
import { runAction, uniqueName, type ActionRun } from '../../emulator/rehearsal/runner.ts'
import { decoded, describeService, healthyTargets, pause, weights, type Color } from './support/facts.ts'
import { enforcePolicies } from './support/iam.ts'

const pollInterval = '250ms'
const files = mkdtempSync(join(tmpdir(), 'races-e2e-'))

/**
 * Health checks slower than the crash (1 s real per check, 2 to be healthy): a crashing task never becomes healthy
 * first, so every crash counts for the circuit breaker (3 of them fail a deployment of 2 tasks).
 */
const slowHealth: TargetGroupTiming = { ...fastTargetGroupTiming, healthCheckIntervalSeconds: 20 }
const crashAfterMs = '1000'

let emulator: Emulator
const pairs = {} as Record<
  'scaleIn' | 'overlapBake' | 'overlapDeploy' | 'cancel' | 'crashFailed' | 'crashGone',
  ColorPair
>
const apps = {} as Record<'cancel' | 'crashFailed' | 'crashGone', RollingApp>

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.05 })
  const target = { endpoint: emulator.endpoint }
  const v1 = { image: 'demo:v1', desiredCount: 2 }
  const crashing = { ...v1, circuitBreaker: true }
  const [scaleIn, overlapBake, overlapDeploy, cancel, crashFailed, crashGone] = await Promise.all([
    createColorPair(target, uniqueName('r-scalein'), v1),
    createColorPair(target, uniqueName('r-ovl-bake'), v1),
    createColorPair(target, uniqueName('r-ovl-deploy'), v1),
    createColorPair(target, uniqueName('r-cancel'), v1),
    createColorPair(target, uniqueName('r-crash-fail'), crashing, { timing: slowHealth }),
    createColorPair(target, uniqueName('r-crash-gone'), crashing, { timing: slowHealth })
  ])
  Object.assign(pairs, { scaleIn, overlapBake, overlapDeploy, cancel, crashFailed, crashGone })
  const [rollingCancel, rollingFailed, rollingGone] = await Promise.all([
    createRollingApp(target, uniqueName('r-roll-cancel'), { image: 'shop:v1', desiredCount: 2 }),
    createRollingApp(
      target,
      uniqueName('r-roll-fail'),
      { image: 'shop:v1', desiredCount: 2, circuitBreaker: true },
      slowHealth
    ),
    createRollingApp(
      target,
      uniqueName('r-roll-gone'),
      { image: 'shop:v1', desiredCount: 2, circuitBreaker: true },
      slowHealth
    )
  ])
  Object.assign(apps, { cancel: rollingCancel, crashFailed: rollingFailed, crashGone: rollingGone })
  enforcePolicies(emulator, [...Object.values(pairs), ...Object.values(apps)])
}, 90_000)

afterAll(async () => {
  await emulator?.stop()
})

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function blueGreen(pair: ColorPair, inputs: Record<string, string>, options: RunExtras = {}) {
  return runAction('blue-green', {
    inputs: {
      cluster: pair.cluster,
      'blue-service': pair.blueService,
      'green-service': pair.greenService,
      'listener-rule': pair.ruleArn,
      'poll-interval': pollInterval,
      'wait-timeout': '30s',
      ...inputs
    },
    env: emulator.env(),
    ...options
  })
}

function rolling(app: RollingApp, inputs: Record<string, string>, options: RunExtras = {}) {
  return runAction('rolling', {
    inputs: {
      cluster: app.cluster,
      service: app.service,
      'poll-interval': pollInterval,
      'wait-timeout': '30s',
      ...inputs
    },
    env: emulator.env(),
    ...options
  })
}

interface RunExtras {
  onLine?: (line: string) => void
  cancelWhen?: Promise<unknown>
}

const load = (app: LoadBalancedApp): Load =>
  startLoad({ url: app.url, ratePerSecond: 50, maxDurationMs: 60_000 })

const serviceOf = (pair: ColorPair, color: Color) => (color === 'blue' ? pair.blueService : pair.greenService)
const groupOf = (pair: ColorPair, color: Color) =>
  color === 'blue' ? pair.blueTargetGroupArn : pair.greenTargetGroupArn

/** Whether a `service` (or `services[i]`) parameter names this service: its name or its ARN. */
const names = (ref: unknown, service: string): boolean =>
  typeof ref === 'string' && (ref === service || ref.endsWith(`/${service}`))

const callsSince = (mark: number): ApiCall[] => emulator.calls.slice(mark).filter((call) => !call.error)

/** The weights a ModifyRule on the pair's production rule set, by color (awsQuery: every leaf a string). */
function ruleWeights(pair: ColorPair, call: ApiCall): Record<Color, number> | undefined {
  if (call.service !== 'elb' || call.operation !== 'ModifyRule' || call.input?.RuleArn !== pair.ruleArn) {
    return undefined
  }
  const action = call.input.Actions?.[0] ?? {}
  const groups: { TargetGroupArn?: string; Weight?: string }[] =
    action.ForwardConfig?.TargetGroups ??
    (action.TargetGroupArn ? [{ TargetGroupArn: action.TargetGroupArn }] : [])
  const weightOf = (arn: string) => {
    const group = groups.find((candidate) => candidate.TargetGroupArn === arn)
    return group ? Number(group.Weight ?? 1) : 0
  }
  return { blue: weightOf(pair.blueTargetGroupArn), green: weightOf(pair.greenTargetGroupArn) }
}

/** Changes of the production rule (ModifyRule on it, or ModifyListener on its listener) since `mark`. */
const productionRuleChanges = (pair: ColorPair, mark: number): ApiCall[] =>
  callsSince(mark).filter(
    (call) =>
      (call.operation === 'ModifyRule' && call.input?.RuleArn === pair.ruleArn) ||
      (call.operation === 'ModifyListener' && call.input?.ListenerArn === pair.listenerArn)
  )

const updatesOf = (cluster: string, service: string, mark: number): ApiCall[] =>
  callsSince(mark).filter(
    (call) =>
      call.operation === 'UpdateService' &&
      (call.input?.cluster ?? 'default') === cluster &&
      names(call.input?.service, service)
  )

/**
 * Replays the rule changes and desired counts of the pair from the call log since `mark` (starting from `start`)
 * and lists every moment a color had production weight while its service was asked to run 0 tasks.
 */
function trafficOnScaledInColor(
  pair: ColorPair,
  mark: number,
  start: { weights: Record<Color, number>; desired: Record<Color, number> }
): string[] {
  const weight = { ...start.weights }
  const desired = { ...start.desired }
  const found: string[] = []
  for (const call of callsSince(mark)) {
    const set = ruleWeights(pair, call)
    if (set) Object.assign(weight, set)
    for (const color of ['blue', 'green'] as const) {
      if (
        call.operation === 'UpdateService' &&
        names(call.input?.service, serviceOf(pair, color)) &&
        typeof call.input?.desiredCount === 'number'
      ) {
        desired[color] = call.input.desiredCount
      }
    }
    if (!set && call.operation !== 'UpdateService') continue
    for (const color of ['blue', 'green'] as const) {
      if (weight[color] > 0 && desired[color] === 0) {
        found.push(
          `${call.at.toISOString()} after ${call.operation}: ${color} has weight ${weight[color]} and desiredCount 0`
        )
      }
    }
  }
  return found
}

/** The first call since `mark` that `match` accepts, waiting for it up to `timeoutMs`. */
async function waitForCall(mark: number, match: (call: ApiCall) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = callsSince(mark).find(match)
    if (found) return found
    if (Date.now() > deadline) throw new Error('the expected call never came')
    await pause(10)
  }
}

const statusTagIs = (value: string) => (input: any) =>
  Array.isArray(input?.tags) &&
  input.tags.some((tag: any) => tag?.key === 'ecs-deploy:status' && tag?.value === value)

const failuresAfter = (report: LoadReport, at: number) => report.failures.filter((sample) => sample.at > at)

// ---------------------------------------------------------------------------------------------------------------

test('blue-green: the new color scaled to 0 during the bake fails the tasks gate at once; traffic back on blue, blue kept', async () => {
  const pair = pairs.scaleIn
  const mark = emulator.calls.length
  const traffic = load(pair)
  let scaledInAt = 0
  let scaling: Promise<void> | undefined
  const run = await blueGreen(
    pair,
    { container: 'app', image: 'demo:v2', 'bake-time': '6s' },
    {
      onLine: (line) => {
        if (scaling || !/\bbake: /.test(line)) return
        scaling = (async () => {
          await pause(1000)
          scaledInAt = Date.now()
          await pair.clients.ecs.send(
            new UpdateServiceCommand({ cluster: pair.cluster, service: pair.greenService, desiredCount: 0 })
          )
        })()
      }
    }
  )
  await scaling
  const report = await traffic.stop()

  expect(scaledInAt).toBeGreaterThan(0) // the bake began, and the test scaled green in during it
  expect({ exitCode: run.exitCode, status: run.outputs.status }).toEqual({
    exitCode: 1,
    status: 'rolled-back'
  })
  expect(run.errors).toHaveLength(1)
  const error = decoded(run.errors[0])
  expect(error).toMatch(/\btasks\b/) // the gate that failed
  // What it saw (0 tasks running, or a desired count of 0) against the 2 tasks the rollout deployed.
  expect(error).toMatch(/\b0\/2\b|\b0\b[^;]*\b2\b/)
  expect(run.outputs['live-color']).toBe('blue')
  expect(await weights(pair)).toEqual({ blue: 100, green: 0 })
  const blue = await describeService(pair, pair.blueService)
  expect({ desired: blue.desiredCount, running: blue.runningCount }).toEqual({ desired: 2, running: 2 })
  expect(
    updatesOf(pair.cluster, pair.blueService, mark).filter((call) => call.input.desiredCount === 0)
  ).toEqual([])
  const rollout = JSON.parse(run.outputs.rollout)
  expect(rollout.status).toBe('rolled-back')
  expect(run.summary).toContain('## ↩️ Rolled back')
  expect(run.summary).toMatch(/\btasks\b/)

  // Requests may fail between the scale-in and the switch back, never after it.
  const back = productionRuleChanges(pair, mark).filter((call) => ruleWeights(pair, call)?.blue === 100)
  expect(back.length).toBeGreaterThan(0)
  const backAt = back.at(-1)!.at.getTime()
  const windowFailures = report.failures.filter(
    (sample) => sample.at >= scaledInAt - 100 && sample.at <= backAt
  )
  console.log(
    `scale-in during the bake: ${report.failed} of ${report.sent} requests failed, ${windowFailures.length} of them ` +
      `sent in the ${backAt - scaledInAt} ms between the scale-in and the switch back`
  )
  expect(report.failures).toEqual(windowFailures)
  expect(failuresAfter(report, backAt)).toEqual([])
}, 45_000)

describe('two blue-green runs of one pair, a few seconds apart, no concurrency group', () => {
  /**
   * Run A deploys v2 (bake 6 s); when `startB` says so (from the call log), run B deploys v3 (bake 8 s). Whatever
   * the runs decide, the pair must end serving, no request may fail, and no color may be scaled to 0 while it takes
   * traffic.
   */
  async function overlap(pair: ColorPair, startB: (call: ApiCall) => boolean) {
    const mark = emulator.calls.length
    const traffic = load(pair)
    let aEndedAt = 0
    const a = blueGreen(pair, { container: 'app', image: 'demo:v2', 'bake-time': '6s' }).then((run) => {
      aEndedAt = Date.now()
      return run
    })
    await waitForCall(mark, startB)
    const b = blueGreen(pair, { container: 'app', image: 'demo:v3', 'bake-time': '8s' })
    const [runA, runB] = await Promise.all([a, b])
    // Let the load see the end state for a moment.
    await pause(500)
    const report = await traffic.stop()
    return { mark, runA, runB, report, aEndedAt }
  }

  const outcome = (run: ActionRun) => ({
    exitCode: run.exitCode,
    status: run.outputs.status,
    error: decoded(run.errors[0] ?? '')
  })

  async function expectServing(
    pair: ColorPair,
    runs: Record<'A' | 'B', ActionRun>,
    report: LoadReport,
    mark: number
  ) {
    const end = await weights(pair)
    const live: Color = end.blue === 100 ? 'blue' : 'green'
    const liveService = await describeService(pair, serviceOf(pair, live))
    const state = {
      weights: end,
      live: { desired: liveService.desiredCount, running: liveService.runningCount },
      healthy: await healthyTargets(pair, groupOf(pair, live)),
      trafficOnScaledInColor: trafficOnScaledInColor(pair, mark, {
        weights: { blue: 100, green: 0 },
        desired: { blue: 2, green: 0 }
      }),
      failedRequests: report.failed
    }
    try {
      expect(state).toEqual({
        weights: live === 'blue' ? { blue: 100, green: 0 } : { blue: 0, green: 100 },
        live: { desired: 2, running: 2 },
        healthy: 2,
        trafficOnScaledInColor: [],
        failedRequests: 0
      })
    } catch (error) {
      // What each run said is part of the story.
      ;(error as Error).message +=
        `\n\nA: ${JSON.stringify(outcome(runs.A))}\nB: ${JSON.stringify(outcome(runs.B))}`
      throw error
    }
    // At least one run got its version out; one that stopped says why in one line.
    expect(Object.values(runs).map(outcome)).toContainEqual(
      expect.objectContaining({ exitCode: 0, status: 'succeeded' })
    )
    for (const run of Object.values(runs).filter((run) => run.exitCode !== 0))
      expect(run.errors).toHaveLength(1)
  }

  test('B starts when A has switched traffic (A bakes): A must not scale down the color B made live', async () => {
    const pair = pairs.overlapBake
    const { mark, runA, runB, report, aEndedAt } = await overlap(
      pair,
      (call) => ruleWeights(pairs.overlapBake, call)?.green === 100
    )
    await expectServing(pair, { A: runA, B: runB }, report, mark)
    // When B had made blue live before A ended (B's deploy takes about half of A's bake), A, whose bake was on
    // green, found the color it meant to scale down taking the traffic: it exits 1 and says what it found.
    const bSwitch = callsSince(mark).find((call) => ruleWeights(pair, call)?.blue === 100)
    if (bSwitch && bSwitch.at.getTime() < aEndedAt) {
      expect(outcome(runA)).toMatchObject({ exitCode: 1, error: expect.stringMatching(/blue/) })
      expect(outcome(runA).error).toMatch(/traffic|rule|weight|%/)
    }
  }, 60_000)

  test('B starts while A still deploys to green', async () => {
    const pair = pairs.overlapDeploy
    const { mark, runA, runB, report } = await overlap(
      pair,
      (call) =>
        call.operation === 'UpdateService' && names(call.input?.service, pairs.overlapDeploy.greenService)
    )
    await expectServing(pair, { A: runA, B: runB }, report, mark)
  }, 60_000)
})

describe('cancelled just before the first change (the call that would make it is held, the run cancelled, then the call released)', () => {
  test('blue-green: cancelled while recording the switch, traffic never reaches the new version', async () => {
    const pair = pairs.cancel
    const traffic = load(pair)
    const held = emulator.faults.hold('ecs', 'TagResource', statusTagIs('switched'))
    void held.arrived.then(async () => {
      await pause(500) // the SIGINT is handled before the call answers
      held.release()
    })
    const run = await blueGreen(
      pair,
      { container: 'app', image: 'demo:v2', 'bake-time': '2s' },
      {
        cancelWhen: held.arrived
      }
    )
    held.release()
    const report = await traffic.stop()
    const heldCall = await held.arrived
    const after = emulator.calls.indexOf(heldCall) + 1

    expect(run.cancelledAt).toBeDefined()
    expect(productionRuleChanges(pair, after).map((call) => call.operation)).toEqual([])
    expect(report.byVersion.v2 ?? 0).toBe(0)
    expect(await weights(pair)).toEqual({ blue: 100, green: 0 })
    expect(run.exitCode).toBe(1)
    expect(report.failures).toEqual([])
    expect(run.errors).toHaveLength(1)
    expect(decoded(run.errors[0])).toMatch(/cancel/i)
    expect(run.summary).toMatch(/cancel/i)
  }, 45_000)

  test('rolling: cancelled while recording the deploy, the service is never updated', async () => {
    const app = apps.cancel
    const before = (await describeService(app, app.service)).taskDefinition
    const traffic = load(app)
    const held = emulator.faults.hold('ecs', 'TagResource', statusTagIs('deploying'))
    void held.arrived.then(async () => {
      await pause(500)
      held.release()
    })
    const run = await rolling(app, { container: 'app', image: 'shop:v2' }, { cancelWhen: held.arrived })
    held.release()
    const report = await traffic.stop()
    const heldCall = await held.arrived
    const after = emulator.calls.indexOf(heldCall) + 1

    expect(run.cancelledAt).toBeDefined()
    expect(updatesOf(app.cluster, app.service, after).map((call) => call.input)).toEqual([])
    expect((await describeService(app, app.service)).taskDefinition).toBe(before)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(decoded(run.errors[0])).toMatch(/cancel/i)
    expect(report.failures).toEqual([])
    expect(report.byVersion.v2 ?? 0).toBe(0)
  }, 45_000)
})

describe('a version that crashes on start: the stop reasons reach the error, the log and the summary', () => {
  /** The deployment of `taskDefinition` on the service, read in-process (past the endpoint and its holds). */
  async function deploymentNow(cluster: string, service: string, taskDefinition: string) {
    const { services } = await emulator.ecs.handle('DescribeServices', { cluster, services: [service] })
    return (services[0].deployments as any[]).find(
      (deployment) => deployment.taskDefinition === taskDefinition
    )
  }

  /**
   * Holds the action's first look at the service after its UpdateService (that look's tasks are still starting),
   * until `ready` says the emulator has reached the state the look should see; returns when it was released.
   */
  function holdFirstLook(
    cluster: string,
    service: string,
    mark: number,
    ready: (deployment: any, running: string[]) => boolean
  ): Promise<string> {
    const updated = () => updatesOf(cluster, service, mark).find((call) => call.input.taskDefinition)
    const held = emulator.faults.hold(
      'ecs',
      'DescribeServices',
      (input) => updated() !== undefined && input.services?.length === 1 && names(input.services[0], service)
    )
    return (async () => {
      await held.arrived
      const taskDefinition = (await emulator.ecs.handle('DescribeServices', { cluster, services: [service] }))
        .services[0].taskDefinition as string
      const deadline = Date.now() + 30_000
      try {
        for (;;) {
          const deployment = await deploymentNow(cluster, service, taskDefinition)
          const running: string[] = deployment
            ? (await emulator.ecs.handle('ListTasks', { cluster, startedBy: deployment.id })).taskArns
            : []
          const seen = deployment
            ? `${deployment.id} ${deployment.rolloutState}, ${deployment.failedTasks} failed, ${running.length} running`
            : 'the deployment is gone'
          if (ready(deployment, running)) return seen
          if (Date.now() > deadline)
            throw new Error(`the held look never saw the state it waits for (${seen})`)
          await pause(10)
        }
      } finally {
        held.release()
      }
    })()
  }

  const failedWithTasksStopped = (deployment: any, running: string[]) =>
    deployment?.rolloutState === 'FAILED' && running.length === 0
  const gone = (deployment: any) => deployment === undefined

  function expectStopReasons(run: ActionRun) {
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    const error = decoded(run.errors[0])
    expect(error).toContain('EssentialContainerExited')
    expect(error).toContain('exit code 1')
    expect(run.stdout).toContain('EssentialContainerExited')
    expect(run.stdout).toContain('exit code 1')
    expect(run.summary).toContain('EssentialContainerExited')
    expect(run.summary).toContain('exit code 1')
  }

  async function crashRolling(app: RollingApp, ready: (deployment: any, running: string[]) => boolean) {
    const mark = emulator.calls.length
    const before = (await describeService(app, app.service)).taskDefinition
    const traffic = load(app)
    const released = holdFirstLook(app.cluster, app.service, mark, ready)
    const run = await rolling(app, {
      'task-definition': writeTaskDefinitionFile(
        app.family,
        'shop:v2',
        { CRASH_AFTER_MS: crashAfterMs },
        files
      )
    })
    await released
    const report = await traffic.stop()
    return { run, report, before }
  }

  test('rolling: the breaker verdict and the stops in one look', async () => {
    const app = apps.crashFailed
    const { run, report, before } = await crashRolling(app, failedWithTasksStopped)
    expectStopReasons(run)
    expect(run.outputs.status).toBe('rolled-back')
    expect((await describeService(app, app.service)).taskDefinition).toBe(before)
    expect(report.failures).toEqual([])
  }, 45_000)

  test('rolling: the failed deployment is gone by the time the action looks', async () => {
    const app = apps.crashGone
    const { run, report, before } = await crashRolling(app, gone)
    expectStopReasons(run)
    expect(run.outputs.status).toBe('rolled-back')
    expect((await describeService(app, app.service)).taskDefinition).toBe(before)
    expect(report.failures).toEqual([])
  }, 45_000)

  async function crashBlueGreen(pair: ColorPair, ready: (deployment: any, running: string[]) => boolean) {
    const mark = emulator.calls.length
    const traffic = load(pair)
    const released = holdFirstLook(pair.cluster, pair.greenService, mark, ready)
    const run = await blueGreen(pair, {
      'task-definition': writeTaskDefinitionFile(
        pair.family,
        'demo:v2',
        { CRASH_AFTER_MS: crashAfterMs },
        files
      ),
      'bake-time': '1s'
    })
    await released
    const report = await traffic.stop()
    return { run, report }
  }

  test('blue-green: the breaker verdict and the stops in one look', async () => {
    const pair = pairs.crashFailed
    const { run, report } = await crashBlueGreen(pair, failedWithTasksStopped)
    expectStopReasons(run)
    expect(await weights(pair)).toEqual({ blue: 100, green: 0 })
    expect(report.failures).toEqual([])
    expect(report.byVersion.v2 ?? 0).toBe(0)
  }, 45_000)

  test('blue-green: the failed deployment is gone by the time the action looks', async () => {
    const pair = pairs.crashGone
    const { run, report } = await crashBlueGreen(pair, gone)
    expectStopReasons(run)
    expect(await weights(pair)).toEqual({ blue: 100, green: 0 })
    expect(report.failures).toEqual([])
    expect(report.byVersion.v2 ?? 0).toBe(0)
  }, 45_000)
})
