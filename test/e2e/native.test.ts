/**
 * The bundled blue-green and canary actions on a single service that ECS deploys itself (BLUE_GREEN, CANARY,
 * LINEAR), run
 * as the GitHub runner runs them, against the emulator with load through the production listener: a good version
 * (every lifecycle stage seen), a version failing our gate during the bake (stopped by our StopServiceDeployment
 * ROLLBACK, traffic back on the old revision) and a version failing ECS's own alarm (reported with ECS's reason).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { DescribeRulesCommand } from '@aws-sdk/client-elastic-load-balancing-v2'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import {
  createErrorAlarm,
  fastTargetGroupTiming,
  registerTaskDefinition
} from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad } from '../../emulator/rehearsal/load.ts'
import { createNativeService, type NativeService } from '../../emulator/rehearsal/native-service.ts'
import { runAction, uniqueName } from '../../emulator/rehearsal/runner.ts'
import { decoded, pause } from './support/facts.ts'
import { actionsCalledBy, enforcePolicies } from './support/iam.ts'
import { ACTION_RIGHTS, NATIVE_RIGHTS } from '../../src/iam/rights.ts'
import { grantedActions } from '../../src/iam/policy.ts'

const everyStage = [
  'PRE_SCALE_UP',
  'SCALE_UP',
  'POST_SCALE_UP',
  'TEST_TRAFFIC_SHIFT',
  'POST_TEST_TRAFFIC_SHIFT',
  'PRODUCTION_TRAFFIC_SHIFT',
  'POST_PRODUCTION_TRAFFIC_SHIFT',
  'BAKE_TIME',
  'CLEAN_UP'
]
const strategies = [
  { action: 'blue-green', strategy: 'BLUE_GREEN' },
  { action: 'canary', strategy: 'CANARY' },
  { action: 'canary', strategy: 'LINEAR' }
] as const
/** Health checks every 10 s (a quarter second at this time scale), generous against a busy machine. */
const timing = { ...fastTargetGroupTiming, healthCheckIntervalSeconds: 10, healthCheckTimeoutSeconds: 9 }
let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.025 })
}, 60_000)

afterAll(async () => {
  await emulator?.stop()
})

const apps: NativeService[] = []
/** Creates a native service; every action is then held to its IAM policy for all the services made so far. */
async function serviceHeldToPolicies(
  ...args: Parameters<typeof createNativeService>
): Promise<NativeService> {
  const app = await createNativeService(...args)
  apps.push(app)
  enforcePolicies(emulator, apps)
  return app
}

function create(strategy: 'BLUE_GREEN' | 'CANARY' | 'LINEAR', ecsAlarm?: string): Promise<NativeService> {
  return serviceHeldToPolicies(
    { endpoint: emulator.endpoint },
    uniqueName('nat'),
    { image: 'demo:v1', desiredCount: 2 },
    {
      strategy,
      timing,
      bakeTimeInMinutes: 2,
      canaryConfiguration: { canaryPercent: 20, canaryBakeTimeInMinutes: 1 },
      linearConfiguration: { stepPercent: 50, stepBakeTimeInMinutes: 1 },
      alarmNames: ecsAlarm ? [ecsAlarm] : undefined
    }
  )
}

function deploy(
  action: string,
  app: NativeService,
  inputs: Record<string, string>,
  onLine?: (line: string) => void
) {
  return runAction(action, {
    inputs: {
      cluster: app.cluster,
      service: app.service,
      container: 'app',
      image: 'demo:v2',
      'poll-interval': '250ms',
      'wait-timeout': '60s',
      ...inputs
    },
    env: emulator.env(),
    onLine
  })
}

/** The production rule's weight of each target group, by the group's name. */
async function weights(app: NativeService): Promise<Record<string, number>> {
  const { Rules } = await app.clients.elb.send(
    new DescribeRulesCommand({ RuleArns: [app.productionRuleArn] })
  )
  const groups = Rules![0].Actions![0].ForwardConfig!.TargetGroups!
  return Object.fromEntries(groups.map((group) => [group.TargetGroupArn!.split('/')[1], group.Weight!]))
}

const name = (arn: string) => arn.split('/')[1]

/** A log watcher that sets `alarm` to ALARM (held) once the run reports ECS's BAKE_TIME stage. */
function alarmAtBake(alarm: string): (line: string) => void {
  let fired = false
  return (line) => {
    if (fired || !/stage: BAKE_TIME/.test(line)) return
    fired = true
    emulator.cloudwatch.setAlarmState(alarm, 'ALARM', 'Threshold Crossed: forced by the test', { hold: true })
  }
}

/** All production traffic on the target group the service served from before the run (the old revision). */
async function expectAllOnOld(app: NativeService): Promise<void> {
  expect(await weights(app)).toEqual({
    [name(app.targetGroupArn)]: 100,
    [name(app.alternateTargetGroupArn)]: 0
  })
}

/** Operations sent after `mark` that change something. */
const changesSince = (mark: number) =>
  emulator.calls
    .slice(mark)
    .map((call) => call.operation)
    .filter((operation) => !/^(Describe|List|Get)/.test(operation))

describe.each(strategies)('$action on a service with the ECS $strategy strategy', ({ action, strategy }) => {
  test('a good version: every lifecycle stage followed to SUCCESSFUL, no request failed', async () => {
    const app = await create(strategy)
    const load = startLoad({ url: app.url, ratePerSecond: 80, maxDurationMs: 40_000 })
    const run = await deploy(action, app, { 'health-check-url': app.testUrl! })
    const report = await load.stop()

    expect({ exitCode: run.exitCode, status: run.outputs.status, errors: run.errors }).toEqual({
      exitCode: 0,
      status: 'succeeded',
      errors: []
    })
    const rollout = JSON.parse(run.outputs.rollout)
    expect(rollout.stages.map((seen: { stage: string }) => seen.stage)).toEqual(
      expect.arrayContaining(everyStage)
    )
    expect(run.outputs).toMatchObject({
      'live-color': name(app.alternateTargetGroupArn),
      'previous-color': name(app.targetGroupArn)
    })
    expect(run.outputs['task-definition-arn']).toMatch(/:2$/)
    expect(await weights(app)).toEqual({
      [name(app.targetGroupArn)]: 0,
      [name(app.alternateTargetGroupArn)]: 100
    })
    expect(run.summary).toContain('BAKE_TIME')
    expect(report.failed).toBe(0)
    expect(report.byVersion.v2).toBeGreaterThan(0)
  }, 90_000)

  test('our alarm during BAKE_TIME: StopServiceDeployment ROLLBACK, traffic back on v1, no request failed', async () => {
    const app = await create(strategy)
    const alarmName = uniqueName('nat-5xx')
    await createErrorAlarm(app, alarmName)
    const load = startLoad({ url: app.url, ratePerSecond: 80, maxDurationMs: 40_000 })
    const mark = emulator.calls.length
    const run = await deploy(action, app, { alarms: alarmName }, alarmAtBake(alarmName))
    // What follows the rollback must be the old version only.
    const backAt = Date.now()
    while (load.snapshot().samples.filter((sample) => sample.at > backAt).length < 20) await pause(20)
    const report = await load.stop()
    emulator.cloudwatch.setAlarmState(alarmName, 'OK', 'test over')

    expect({ exitCode: run.exitCode, status: run.outputs.status }).toEqual({
      exitCode: 1,
      status: 'rolled-back'
    })
    expect(decoded(run.errors[0])).toMatch(
      new RegExp(`gate alarms failed during BAKE_TIME of service deployment .*${alarmName}`)
    )
    expect(changesSince(mark)).toContain('StopServiceDeployment')
    expect(run.outputs['live-color']).toBe(name(app.targetGroupArn))
    await expectAllOnOld(app)
    expect(report.failed).toBe(0)
    expect(
      report.samples.filter((sample) => sample.at > backAt).every((sample) => sample.version === 'v1')
    ).toBe(true)
  }, 90_000)

  test("ECS's own alarm: reported as rolled-back with ECS's reason, no StopServiceDeployment of ours", async () => {
    const alarmName = uniqueName('nat-ecs')
    const app = await create(strategy, alarmName)
    await createErrorAlarm(app, alarmName)
    const load = startLoad({ url: app.url, ratePerSecond: 80, maxDurationMs: 40_000 })
    const mark = emulator.calls.length
    const run = await deploy(action, app, {}, alarmAtBake(alarmName))
    const report = await load.stop()
    emulator.cloudwatch.setAlarmState(alarmName, 'OK', 'test over')

    expect({ exitCode: run.exitCode, status: run.outputs.status }).toEqual({
      exitCode: 1,
      status: 'rolled-back'
    })
    expect(decoded(run.errors[0])).toMatch(/ECS ended service deployment .* with ROLLBACK_SUCCESSFUL: .*/)
    expect(decoded(run.errors[0])).toContain(alarmName)
    expect(changesSince(mark)).not.toContain('StopServiceDeployment')
    await expectAllOnOld(app)
    expect(report.failed).toBe(0)
  }, 90_000)
})

test('canary on the ECS CANARY strategy: a version failing 20% of its requests is caught by the analysis during the canary step', async () => {
  const app = await serviceHeldToPolicies(
    { endpoint: emulator.endpoint },
    uniqueName('nat-an'),
    { image: 'demo:v1', desiredCount: 2 },
    {
      strategy: 'CANARY',
      timing,
      bakeTimeInMinutes: 1,
      canaryConfiguration: { canaryPercent: 20, canaryBakeTimeInMinutes: 10 }
    }
  )
  const bad = await registerTaskDefinition(app.clients, app.family, {
    image: 'demo:v2',
    environment: { FAIL_RATE: '0.2' }
  })
  const load = startLoad({ url: app.url, ratePerSecond: 150, maxDurationMs: 60_000 })
  const mark = emulator.calls.length
  const run = await deploy('canary', app, {
    container: '',
    image: '',
    'task-definition-arn': bad,
    'min-requests': '20'
  })
  const report = await load.stop()

  expect({ exitCode: run.exitCode, status: run.outputs.status }).toEqual({
    exitCode: 1,
    status: 'rolled-back'
  })
  expect(decoded(run.errors[0])).toMatch(
    /^Canary rolled back: gate analysis failed during PRODUCTION_TRAFFIC_SHIFT of service deployment \S+: .*error rate/
  )
  expect(changesSince(mark)).toContain('StopServiceDeployment')
  expect(JSON.parse(run.outputs.analysis)[0]).toMatchObject({ weight: 20, verdict: 'failed' })
  await expectAllOnOld(app)
  // Only the new version's own answers failed (20% of the canary's share); none from the switch back.
  expect(report.failures.every((failure) => failure.version === 'v2' || failure.status === 500)).toBe(true)
}, 90_000)

test('blue-green with a PAUSE hook: deploy ends held, promote continues it, rollback deploys v1 anew; no request failed', async () => {
  const app = await serviceHeldToPolicies(
    { endpoint: emulator.endpoint },
    uniqueName('nat-hold'),
    { image: 'demo:v1', desiredCount: 2 },
    {
      strategy: 'BLUE_GREEN',
      timing,
      bakeTimeInMinutes: 1,
      lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'] }]
    }
  )
  const load = startLoad({ url: app.url, ratePerSecond: 80, maxDurationMs: 60_000 })
  const held = await deploy('blue-green', app, { mode: 'deploy', 'health-check-url': app.testUrl! })
  expect({ exitCode: held.exitCode, status: held.outputs.status }).toEqual({ exitCode: 0, status: 'paused' })
  expect(held.outputs.rollout).toContain(
    'at its PAUSE hook during POST_TEST_TRAFFIC_SHIFT after passing the verify gates'
  )
  await expectAllOnOld(app)

  const promoted = await deploy('blue-green', app, { mode: 'promote', container: '', image: '' })
  expect({ exitCode: promoted.exitCode, status: promoted.outputs.status }).toEqual({
    exitCode: 0,
    status: 'succeeded'
  })
  expect(await weights(app)).toEqual({
    [name(app.targetGroupArn)]: 0,
    [name(app.alternateTargetGroupArn)]: 100
  })

  const back = await runAction('rollback', {
    inputs: { cluster: app.cluster, service: app.service, 'poll-interval': '250ms', 'wait-timeout': '60s' },
    env: emulator.env()
  })
  const report = await load.stop()
  expect({ exitCode: back.exitCode, status: back.outputs.status, errors: back.errors }).toEqual({
    exitCode: 0,
    status: 'succeeded',
    errors: []
  })
  expect(back.outputs['task-definition-arn']).toMatch(/:1$/)
  expect(back.outputs['rolled-back-from']).toMatch(/:2$/)
  await expectAllOnOld(app)
  expect(report.failed).toBe(0)
  expect(report.samples.at(-1)!.version).toBe('v1')
}, 120_000)

test("a lifecycle hook answering FAILED: ECS's own rollback, reported with its reason", async () => {
  const hook = http.createServer((_, response) => {
    response.setHeader('content-type', 'application/json')
    response.end(JSON.stringify({ hookStatus: 'FAILED' }))
  })
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
  const { port } = hook.address() as AddressInfo
  try {
    const app = await serviceHeldToPolicies(
      { endpoint: emulator.endpoint },
      uniqueName('nat-hook'),
      { image: 'demo:v1', desiredCount: 2 },
      {
        strategy: 'BLUE_GREEN',
        timing,
        lifecycleHooks: [
          {
            hookTargetArn: `http://127.0.0.1:${port}/smoke-test`,
            roleArn: 'arn:aws:iam::000000000000:role/ecs-hooks',
            lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT']
          }
        ]
      }
    )
    const load = startLoad({ url: app.url, ratePerSecond: 80, maxDurationMs: 40_000 })
    const mark = emulator.calls.length
    const run = await deploy('blue-green', app, {})
    const report = await load.stop()

    expect({ exitCode: run.exitCode, status: run.outputs.status }).toEqual({
      exitCode: 1,
      status: 'rolled-back'
    })
    expect(decoded(run.errors[0])).toMatch(
      /ECS ended service deployment \S+ with ROLLBACK_SUCCESSFUL: .*hook/i
    )
    expect(changesSince(mark)).not.toContain('StopServiceDeployment')
    await expectAllOnOld(app)
    expect(report.failed).toBe(0)
  } finally {
    hook.close()
  }
}, 90_000)

test('rollback during a native deployment: the deploy loses its lock, StopServiceDeployment ROLLBACK, traffic back on v1', async () => {
  const app = await serviceHeldToPolicies(
    { endpoint: emulator.endpoint },
    uniqueName('nat-rb'),
    { image: 'demo:v1', desiredCount: 2 },
    { strategy: 'BLUE_GREEN', timing, bakeTimeInMinutes: 10 }
  )
  const load = startLoad({ url: app.url, ratePerSecond: 80, maxDurationMs: 60_000 })
  let rollback: ReturnType<typeof runAction> | undefined
  const run = await deploy('blue-green', app, {}, (line) => {
    if (rollback || !/stage: BAKE_TIME/.test(line)) return
    rollback = runAction('rollback', {
      inputs: { cluster: app.cluster, service: app.service, 'poll-interval': '250ms', 'wait-timeout': '60s' },
      env: emulator.env()
    })
  })
  const back = await rollback!
  const report = await load.stop()

  expect(run.exitCode).toBe(1)
  expect(decoded(run.errors[0])).toMatch(/with ROLLBACK_SUCCESSFUL: .*StopServiceDeployment.*lost the lock/)
  expect({ exitCode: back.exitCode, status: back.outputs.status, errors: back.errors }).toEqual({
    exitCode: 0,
    status: 'succeeded',
    errors: []
  })
  expect(back.outputs['rolled-back-from']).toMatch(/:2$/)
  expect(back.outputs['task-definition-arn']).toMatch(/:1$/)
  expect(decoded(back.summary)).toContain('StopServiceDeployment ROLLBACK sent')
  await expectAllOnOld(app)
  expect(report.failed).toBe(0)
}, 90_000)

test('rolling on a BLUE_GREEN service with a PAUSE hook: the hook answered once the gates pass; then our alarm in the bake stops a version', async () => {
  const app = await serviceHeldToPolicies(
    { endpoint: emulator.endpoint },
    uniqueName('nat-roll'),
    { image: 'demo:v1', desiredCount: 2 },
    {
      strategy: 'BLUE_GREEN',
      timing,
      bakeTimeInMinutes: 2,
      lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'] }]
    }
  )
  const alarmName = uniqueName('nat-roll-5xx')
  await createErrorAlarm(app, alarmName)
  const load = startLoad({ url: app.url, ratePerSecond: 80, maxDurationMs: 60_000 })
  const good = await deploy('rolling', app, { alarms: alarmName })
  expect({ exitCode: good.exitCode, status: good.outputs.status, errors: good.errors }).toEqual({
    exitCode: 0,
    status: 'succeeded',
    errors: []
  })
  expect(decoded(good.summary)).toContain('ContinueServiceDeployment CONTINUE sent')

  const bad = await deploy('rolling', app, { alarms: alarmName, image: 'demo:v3' }, alarmAtBake(alarmName))
  const report = await load.stop()
  emulator.cloudwatch.setAlarmState(alarmName, 'OK', 'test over')
  expect({ exitCode: bad.exitCode, status: bad.outputs.status }).toEqual({
    exitCode: 1,
    status: 'rolled-back'
  })
  expect(decoded(bad.summary)).toContain('StopServiceDeployment ROLLBACK sent')
  expect(report.failed).toBe(0)
  expect(report.samples.at(-1)!.version).toBe('v2')
}, 120_000)

test('canary on a CANARY service with a PAUSE hook: the hook answered once the gates pass', async () => {
  const app = await serviceHeldToPolicies(
    { endpoint: emulator.endpoint },
    uniqueName('nat-cnh'),
    { image: 'demo:v1', desiredCount: 2 },
    {
      strategy: 'CANARY',
      timing,
      bakeTimeInMinutes: 1,
      canaryConfiguration: { canaryPercent: 20, canaryBakeTimeInMinutes: 1 },
      lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'] }]
    }
  )
  const load = startLoad({ url: app.url, ratePerSecond: 80, maxDurationMs: 60_000 })
  const run = await deploy('canary', app, { 'health-check-url': app.testUrl! })
  const report = await load.stop()
  expect({ exitCode: run.exitCode, status: run.outputs.status, errors: run.errors }).toEqual({
    exitCode: 0,
    status: 'succeeded',
    errors: []
  })
  expect(decoded(run.summary)).toContain('ContinueServiceDeployment CONTINUE sent')
  expect(report.failed).toBe(0)
}, 90_000)

test.each(Object.keys(ACTION_RIGHTS).filter((action) => action !== 'preview'))(
  '%s, held to its policy here, called every right it has on a service ECS deploys itself, and was denied nothing',
  (action) => {
    const native = new Set(NATIVE_RIGHTS.flatMap((right) => right.actions))
    const called = [...actionsCalledBy(emulator.calls, action)].filter((called) => native.has(called))
    const denied = emulator.calls.filter(
      (call) => call.role === action && /AccessDenied/.test(call.error ?? '')
    )
    expect(denied.map((call) => call.operation)).toEqual([])
    expect(called.sort()).toEqual(grantedActions(action).filter((granted) => native.has(granted)))
  }
)
