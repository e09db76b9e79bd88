/**
 * The bundled actions under a throttled, flaky control plane (DESIGN section 4: many rollouts share one account's
 * rate limits): 30 % of ECS and ELBv2 calls throttled and 5 % answered 500. Each action must still reach the
 * verdict it reaches on a calm account, without failing the job spuriously and without failing a request.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { DescribeRulesCommand, type TargetGroupTuple } from '@aws-sdk/client-elastic-load-balancing-v2'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import {
  createColorPair,
  createErrorAlarm,
  createRollingApp,
  type ColorPair,
  type RollingApp
} from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad } from '../../emulator/rehearsal/load.ts'
import { runAction, uniqueName } from '../../emulator/rehearsal/runner.ts'
import { enforcePolicies } from './support/iam.ts'

let emulator: Emulator
let rolling: RollingApp
let good: ColorPair
let alarmed: ColorPair

const rough = { throttleRate: 0.3, errorRate: 0.05 }

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.05 })
  const target = { endpoint: emulator.endpoint }
  ;[rolling, good, alarmed] = await Promise.all([
    createRollingApp(target, uniqueName('rough'), { image: 'rough:v1', desiredCount: 2 }),
    createColorPair(target, uniqueName('bg-rough'), { image: 'demo:v1', desiredCount: 2 }),
    createColorPair(target, uniqueName('bg-rough-alarm'), { image: 'demo:v1', desiredCount: 2 })
  ])
  enforcePolicies(emulator, [rolling, good, alarmed])
}, 60_000)

afterAll(async () => {
  await emulator?.stop()
})

/** Runs an action with the faults on (the setup and the checks around it run on a calm control plane). */
async function roughly<T>(body: () => Promise<T>): Promise<T> {
  emulator.faults.set('ecs', rough)
  emulator.faults.set('elb', rough)
  try {
    return await body()
  } finally {
    emulator.faults.clear()
  }
}

function faulted(since: number): number {
  return emulator.calls.slice(since).filter((call) => call.error).length
}

async function weights(pair: ColorPair): Promise<Record<'blue' | 'green', number>> {
  const { Rules } = await pair.clients.elb.send(new DescribeRulesCommand({ RuleArns: [pair.ruleArn] }))
  const groups: TargetGroupTuple[] = Rules![0].Actions![0].ForwardConfig!.TargetGroups!
  const weightOf = (arn: string) => groups.find((group) => group.TargetGroupArn === arn)?.Weight ?? -1
  return { blue: weightOf(pair.blueTargetGroupArn), green: weightOf(pair.greenTargetGroupArn) }
}

const blueGreenInputs = (pair: ColorPair) => ({
  cluster: pair.cluster,
  'blue-service': pair.blueService,
  'green-service': pair.greenService,
  'listener-rule': pair.ruleArn,
  'poll-interval': '250ms',
  'wait-timeout': '60s',
  container: 'app',
  image: 'demo:v2'
})

test('rolling: a good version succeeds under throttling and errors, no request fails', async () => {
  const mark = emulator.calls.length
  const load = startLoad({ url: rolling.url, ratePerSecond: 50, maxDurationMs: 40_000 })
  const run = await roughly(() =>
    runAction('rolling', {
      inputs: {
        cluster: rolling.cluster,
        service: rolling.service,
        container: 'app',
        image: 'rough:v2',
        'poll-interval': '250ms',
        'wait-timeout': '60s'
      },
      env: emulator.env()
    })
  )
  const report = await load.stop()

  expect({ errors: run.errors, exitCode: run.exitCode, status: run.outputs.status }).toEqual({
    errors: [],
    exitCode: 0,
    status: 'succeeded'
  })
  expect(faulted(mark)).toBeGreaterThan(0)
  expect(report.failures).toEqual([])
  expect(report.byVersion.v2).toBeGreaterThan(0)
}, 60_000)

test('blue-green: a good version switches and finishes under throttling and errors, no request fails', async () => {
  const mark = emulator.calls.length
  const load = startLoad({ url: good.url, ratePerSecond: 50, maxDurationMs: 40_000 })
  const run = await roughly(() =>
    runAction('blue-green', { inputs: { ...blueGreenInputs(good), 'bake-time': '1s' }, env: emulator.env() })
  )
  const report = await load.stop()

  expect({ errors: run.errors, exitCode: run.exitCode, status: run.outputs.status }).toEqual({
    errors: [],
    exitCode: 0,
    status: 'succeeded'
  })
  expect(faulted(mark)).toBeGreaterThan(0)
  expect(await weights(good)).toEqual({ blue: 0, green: 100 })
  expect(report.failures).toEqual([])
  expect(report.byVersion.v2).toBeGreaterThan(0)
}, 60_000)

test('blue-green: an alarm during the bake still brings traffic back under throttling, no request fails', async () => {
  const alarmName = uniqueName('rough-5xx')
  await createErrorAlarm(alarmed, alarmName)
  const load = startLoad({ url: alarmed.url, ratePerSecond: 50, maxDurationMs: 40_000 })
  let fired: NodeJS.Timeout | undefined
  const run = await roughly(() =>
    runAction('blue-green', {
      inputs: { ...blueGreenInputs(alarmed), alarms: alarmName, 'bake-time': '60s' },
      env: emulator.env(),
      onLine: (line) => {
        if (fired || !/bake: watching green/.test(line)) return
        fired = setTimeout(
          () => emulator.cloudwatch.setAlarmState(alarmName, 'ALARM', 'forced by the test', { hold: true }),
          500
        )
      }
    })
  )
  clearTimeout(fired)
  const report = await load.stop()
  emulator.cloudwatch.setAlarmState(alarmName, 'OK', 'test over')

  expect({ exitCode: run.exitCode, status: run.outputs.status }).toEqual({
    exitCode: 1,
    status: 'rolled-back'
  })
  expect(run.errors).toHaveLength(1)
  expect(run.errors[0]).toMatch(
    /^Blue-green rolled back: gate alarms failed on green .*traffic switched back to blue/
  )
  expect(await weights(alarmed)).toEqual({ blue: 100, green: 0 })
  expect(report.failures).toEqual([])
}, 60_000)
