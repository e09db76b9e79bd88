/**
 * The bundled blue-green action, run as the GitHub runner runs it, against the emulator with load through the
 * production listener: a good version, a version that fails its gate before the switch, an alarm during the bake,
 * deploy then promote in separate runs, and the setups it must refuse without changing anything.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { CreateServiceCommand } from '@aws-sdk/client-ecs'
import {
  CreateTargetGroupCommand,
  DescribeTargetHealthCommand,
  ModifyRuleCommand,
  type TargetGroupTuple
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import {
  createColorPair,
  createErrorAlarm,
  registerTaskDefinition,
  setPairWeights,
  type ColorPair
} from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad } from '../../emulator/rehearsal/load.ts'
import { createNativeService } from '../../emulator/rehearsal/native-service.ts'
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
const scenarios = ['good', 'gate', 'alarm', 'cancel', 'paused', 'refused'] as const
let emulator: Emulator
/** One pair per scenario, all in one emulator. */
const pairs = {} as Record<(typeof scenarios)[number], ColorPair>

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.05 })
  const created = await Promise.all(
    scenarios.map((name) =>
      createColorPair(
        { endpoint: emulator.endpoint },
        uniqueName(`bg-${name}`),
        { image: 'demo:v1', desiredCount: 2 },
        { testListener: true }
      )
    )
  )
  scenarios.forEach((name, index) => (pairs[name] = created[index]))
  enforcePolicies(emulator, created)
}, 60_000)

afterAll(async () => {
  await emulator?.stop()
})

function deploy(
  pair: ColorPair,
  inputs: Record<string, string>,
  onLine?: (line: string) => void,
  cancelAfterMs?: number
) {
  return runAction('blue-green', {
    inputs: {
      cluster: pair.cluster,
      'blue-service': pair.blueService,
      'green-service': pair.greenService,
      'listener-rule': pair.ruleArn,
      'poll-interval': `${pollInterval}ms`,
      'wait-timeout': '60s',
      ...inputs
    },
    env: emulator.env(),
    onLine,
    cancelAfterMs
  })
}

async function healthyTargets(pair: ColorPair, targetGroupArn: string): Promise<number> {
  const health = await pair.clients.elb.send(
    new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn })
  )
  return (health.TargetHealthDescriptions ?? []).filter((t) => t.TargetHealth?.State === 'healthy').length
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Operations the run sent that change something. */
function mutatingCallsSince(mark: number): string[] {
  return emulator.calls
    .slice(mark)
    .map((call) => call.operation)
    .filter((operation) => !/^(Describe|List|Get)/.test(operation))
}

test('a good version: traffic ends 100% on green, blue drained to zero after the bake, no request failed', async () => {
  const pair = pairs.good
  const load = startLoad({ url: pair.url, ratePerSecond: 100, maxDurationMs: 30_000 })
  const run = await deploy(pair, {
    container: 'app',
    image: 'demo:v2',
    'bake-time': '1s',
    'test-listener-rule': pair.testListenerArn!,
    'health-check-url': pair.testUrl!,
    'verify-command': 'test "$ROLLOUT_COLOR" = green && test -n "$ROLLOUT_TASK_DEFINITION_ARN"'
  })
  const report = await load.stop()

  expect({ exitCode: run.exitCode, status: run.outputs.status }).toEqual({ exitCode: 0, status: 'succeeded' })
  expect(run.outputs).toMatchObject({ 'live-color': 'green', 'idle-color': 'blue', 'previous-color': 'blue' })
  expect(run.outputs['task-definition-arn']).toMatch(/:2$/)
  expect(run.outputs['previous-task-definition-arn']).toMatch(/:1$/)
  expect(await weights(pair)).toEqual({ blue: 0, green: 100 })
  const blue = await service(pair, pair.blueService)
  expect({ desired: blue.desiredCount, running: blue.runningCount }).toEqual({ desired: 0, running: 0 })
  expect(report.failures).toEqual([])
  expect(report.byVersion.v1).toBeGreaterThan(0)
  expect(report.byVersion.v2).toBeGreaterThan(0)
  // After the switch only the new version served.
  const switchedAt = Date.parse(JSON.parse(run.outputs.rollout).switchedAt)
  expect(report.samples.filter((s) => s.at > switchedAt + 100 && s.version !== 'v2')).toEqual([])

  expect(await recordOf(pair, pair.greenService)).toMatchObject({
    'ecs-deploy:status': 'succeeded',
    'ecs-deploy:previous-color': 'blue',
    'ecs-deploy:task-definition': run.outputs['task-definition-arn'],
    'ecs-deploy:previous-task-definition': run.outputs['previous-task-definition-arn']
  })
  expect(run.summary).toContain('## ✅ Succeeded · Blue-green deploy of')
  expect(run.summary).toMatch(
    /\| \*\*Version\*\* \| `\S+:v1` → `\S+:v2` · task definition `\S+:\d+` → `\S+:\d+` \|/
  )
  expect(run.summary).toMatch(
    /\| http-probe \| bake \| passed \| GET http:\/\/localhost:\d+\/ answered 200 \|/
  )
  expect(run.summary).toMatch(/\| traffic \| blue \(\S+\) 0%, green \(\S+\) 100%: one ModifyRule call/)
  // The timeline as a chart: the phases on the run's own clock, and the switch as a milestone.
  expect(run.summary).toMatch(/```mermaid\ngantt\n[^`]*deploy \S+ :done, p1, \d{13}, \d{13}\n/)
  expect(run.summary).toMatch(/ {4}blue 0%, green \(new\) 100% :milestone, m\d+, \d{13}, \d{13}\n/)
}, 30_000)

test('a version that fails its probe before the switch never gets a production request', async () => {
  const pair = pairs.gate
  const bad = await version(pair, 'bad', { FAIL_RATE: '1' })
  const load = startLoad({ url: pair.url, ratePerSecond: 100, maxDurationMs: 30_000 })
  const run = await deploy(pair, {
    'task-definition-arn': bad,
    'bake-time': '1s',
    'test-listener-rule': pair.testListenerArn!,
    'health-check-url': pair.testUrl!
  })
  const report = await load.stop()

  expect(run.exitCode).toBe(1)
  expect(run.outputs.status).toBe('failed')
  expect(run.errors).toHaveLength(1)
  expect(run.errors[0]).toMatch(
    /^Blue-green failed: gate http-probe failed before the switch: GET http:\/\/localhost:\d+\/ answered 500 \(expected 2xx or 3xx\); production traffic stayed on blue/
  )
  expect(await weights(pair)).toEqual({ blue: 100, green: 0 })
  expect(report.failed).toBe(0)
  expect(report.samples.some((sample) => sample.version === 'bad')).toBe(false)
  expect(Object.keys(report.byVersion)).toEqual(['v1'])
  expect((await service(pair, pair.greenService)).desiredCount).toBe(0)
  expect((await recordOf(pair, pair.greenService))['ecs-deploy:status']).toBe('failed')
}, 30_000)

test('an alarm during the bake: traffic back on blue within one poll interval, no request failed', async () => {
  const pair = pairs.alarm
  const alarmName = uniqueName('bg-5xx')
  await createErrorAlarm(pair, alarmName)
  const load = startLoad({ url: pair.url, ratePerSecond: 100, maxDurationMs: 40_000 })
  let alarmAt = 0
  let backAt = 0
  let watching: Promise<void> | undefined
  const run = await deploy(
    pair,
    { container: 'app', image: 'demo:v2', alarms: alarmName, 'bake-time': '60s' },
    (line) => {
      if (watching || !/bake: watching green/.test(line)) return
      // A while into the bake (between two looks), fire the alarm; then watch the rule until blue has all the
      // traffic again.
      watching = (async () => {
        await pause(1100)
        alarmAt = Date.now()
        emulator.cloudwatch.setAlarmState(alarmName, 'ALARM', 'Threshold Crossed: forced by the test', {
          hold: true
        })
        while (Date.now() - alarmAt < 20_000) {
          if ((await weights(pair)).blue === 100) {
            backAt = Date.now()
            return
          }
          await pause(5)
        }
      })()
    }
  )
  await watching
  // Keep the load on a little longer: what follows the switch back must be the old version only.
  while (load.snapshot().samples.filter((sample) => sample.at > backAt + 100).length < 30) await pause(20)
  const report = await load.stop()
  emulator.cloudwatch.setAlarmState(alarmName, 'OK', 'test over')

  expect(run.exitCode).toBe(1)
  expect(run.outputs.status).toBe('rolled-back')
  expect(run.outputs).toMatchObject({ 'live-color': 'blue', 'idle-color': 'green' })
  expect(run.errors[0]).toMatch(
    new RegExp(
      `^Blue-green rolled back: gate alarms failed on green \\(\\S+\\): during bake-time, after \\S+: alarm ${alarmName} is in ALARM: Threshold Crossed: forced by the test; traffic switched back to blue`
    )
  )
  expect(backAt).toBeGreaterThan(0)
  const rollbackMs = backAt - alarmAt
  // One poll interval, plus one look at the service, its tasks, targets and alarms, plus the rule change.
  expect(rollbackMs).toBeLessThan(pollInterval + 750)
  expect(report.failures).toEqual([])
  expect(report.byVersion.v2).toBeGreaterThan(0)
  const afterBack = report.samples.filter((sample) => sample.at > backAt + 100)
  expect(afterBack.length).toBeGreaterThan(0)
  expect(afterBack.every((sample) => sample.version === 'v1')).toBe(true)
  const rollout = JSON.parse(run.outputs.rollout)
  expect(rollout.durations.bakeSeconds).toBeLessThan(10)
  expect((await service(pair, pair.greenService)).desiredCount).toBe(0)
  expect((await recordOf(pair, pair.greenService))['ecs-deploy:status']).toBe('rolled-back')
}, 40_000)

test('cancelled by the runner during the bake: traffic back on blue before the process ends', async () => {
  const pair = pairs.cancel
  const load = startLoad({ url: pair.url, ratePerSecond: 100, maxDurationMs: 30_000 })
  let bakeAt = 0
  const cancelAfterMs = 6000
  const run = await deploy(
    pair,
    { container: 'app', image: 'demo:v2', 'bake-time': '60s' },
    (line) => {
      if (!bakeAt && /bake: watching green/.test(line)) bakeAt = Date.now()
    },
    cancelAfterMs
  )
  const report = await load.stop()

  expect(bakeAt).toBeGreaterThan(0) // the switch came before the cancellation
  // SIGINT, then the action's own exit: well before the runner's SIGTERM (7.5 s later) and SIGKILL.
  expect({ signal: run.signal, exitCode: run.exitCode }).toEqual({ signal: null, exitCode: 1 })
  expect(run.durationMs).toBeLessThan(cancelAfterMs + 7500)
  expect(run.outputs.status).toBe('rolled-back')
  expect(decoded(run.errors[0])).toMatch(
    /^Blue-green rolled back: cancelled \(SIGINT\); traffic switched back to blue/
  )
  expect(await weights(pair)).toEqual({ blue: 100, green: 0 })
  expect(report.failures).toEqual([])
  expect((await recordOf(pair, pair.greenService))['ecs-deploy:status']).toBe('rolled-back')
}, 30_000)

describe('deploy, then promote from a later run', () => {
  test('promote with nothing paused fails clearly and changes nothing', async () => {
    const pair = pairs.paused
    const mark = emulator.calls.length
    const run = await deploy(pair, { mode: 'promote' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      'Nothing to promote: no rollout is recorded on the pair; mode promote continues a rollout paused by mode deploy'
    ])
    expect(mutatingCallsSince(mark)).toEqual([])
  })

  test('mode deploy ends paused: green runs the new version, verified, with no production traffic', async () => {
    const pair = pairs.paused
    const load = startLoad({ url: pair.url, ratePerSecond: 50, maxDurationMs: 30_000 })
    const run = await deploy(pair, { mode: 'deploy', container: 'app', image: 'demo:v2' })
    const report = await load.stop()
    expect({ exitCode: run.exitCode, status: run.outputs.status }).toEqual({ exitCode: 0, status: 'paused' })
    expect(run.outputs).toMatchObject({
      'live-color': 'blue',
      'idle-color': 'green',
      'previous-color': 'blue'
    })
    expect(await weights(pair)).toEqual({ blue: 100, green: 0 })
    expect(await healthyTargets(pair, pair.greenTargetGroupArn)).toBe(2)
    expect(Object.keys(report.byVersion)).toEqual(['v1'])
    expect(await recordOf(pair, pair.greenService)).toMatchObject({
      'ecs-deploy:status': 'paused',
      'ecs-deploy:task-definition': run.outputs['task-definition-arn']
    })
  }, 30_000)

  test('mode promote, given none of the first run outputs, finishes it', async () => {
    const pair = pairs.paused
    const paused = (await service(pair, pair.greenService)).taskDefinition
    const run = await deploy(pair, { mode: 'promote', 'bake-time': '0.5s' })
    expect({ exitCode: run.exitCode, status: run.outputs.status }).toEqual({
      exitCode: 0,
      status: 'succeeded'
    })
    expect(run.outputs).toMatchObject({ 'live-color': 'green', 'task-definition-arn': paused })
    expect(await weights(pair)).toEqual({ blue: 0, green: 100 })
    expect((await service(pair, pair.blueService)).desiredCount).toBe(0)
    expect((await recordOf(pair, pair.greenService))['ecs-deploy:status']).toBe('succeeded')

    const mark = emulator.calls.length
    const again = await deploy(pair, { mode: 'promote' })
    expect(again.exitCode).toBe(1)
    expect(again.errors[0]).toMatch(
      /^Nothing to promote: the last rollout recorded on the pair is succeeded on green/
    )
    expect(mutatingCallsSince(mark)).toEqual([])
  }, 30_000)
})

describe('setups that are not a pair are refused, with one line and no change', () => {
  const refused = async (inputs: Record<string, string>, message: RegExp) => {
    const pair = pairs.refused
    const mark = emulator.calls.length
    const run = await deploy(pair, { container: 'app', image: 'demo:v2', ...inputs })
    expect({ exitCode: run.exitCode, errors: run.errors.length }).toEqual({ exitCode: 1, errors: 1 })
    expect(decoded(run.errors[0])).toMatch(message)
    expect(mutatingCallsSince(mark)).toEqual([])
    return run
  }
  const setForward = (pair: ColorPair, groups: TargetGroupTuple[]) =>
    pair.clients.elb.send(
      new ModifyRuleCommand({
        RuleArn: pair.ruleArn,
        Actions: [{ Type: 'forward', ForwardConfig: { TargetGroups: groups } }]
      })
    )
  const restore = (pair: ColorPair) => setPairWeights(pair, 100, 0)

  test('the same service twice', async () => {
    const pair = pairs.refused
    await refused(
      { 'green-service': pair.blueService },
      /^Invalid input green-service: "\S+" is also blue-service; a pair needs two services$/
    )
  })

  test("a rule that lacks one color's target group", async () => {
    const pair = pairs.refused
    await setForward(pair, [{ TargetGroupArn: pair.blueTargetGroupArn, Weight: 1 }])
    try {
      await refused(
        {},
        /^Invalid input green-service: the target group of service \S+ \(\S+-green\) is not in listener-rule/
      )
    } finally {
      await restore(pair)
    }
  })

  test('a third target group in the rule', async () => {
    const pair = pairs.refused
    const third = await pair.clients.elb.send(
      new CreateTargetGroupCommand({
        Name: uniqueName('third'),
        Protocol: 'HTTP',
        Port: 8080,
        VpcId: 'vpc-1',
        TargetType: 'ip'
      })
    )
    await setForward(pair, [
      { TargetGroupArn: pair.blueTargetGroupArn, Weight: 100 },
      { TargetGroupArn: pair.greenTargetGroupArn, Weight: 0 },
      { TargetGroupArn: third.TargetGroups![0].TargetGroupArn!, Weight: 0 }
    ])
    try {
      await refused(
        {},
        /^Invalid input listener-rule: \S+ also forwards to third-\w+, which is neither color's target group/
      )
    } finally {
      await restore(pair)
    }
  })

  test('a rule caught halfway (70/30) with no record that explains it', async () => {
    const pair = pairs.refused
    await setPairWeights(pair, 70, 30)
    try {
      await refused(
        {},
        /^Invalid input listener-rule: \S+ is split \(blue \(\S+\) 70%, green \(\S+\) 30%\) and no rollout recorded on the services explains it/
      )
    } finally {
      await restore(pair)
    }
  })

  test("a service on ECS's own blue/green strategy", async () => {
    // One service ECS deploys itself behind its production rule, and a second service in its cluster.
    const app = await createNativeService(
      { endpoint: emulator.endpoint },
      uniqueName('bg-native'),
      { image: 'demo:v1', desiredCount: 1 },
      { strategy: 'BLUE_GREEN' }
    )
    enforcePolicies(emulator, [...Object.values(pairs), app])
    const other = uniqueName('bg-other')
    await app.clients.ecs.send(
      new CreateServiceCommand({
        cluster: app.cluster,
        serviceName: other,
        taskDefinition: await registerTaskDefinition(app.clients, app.family, { image: 'demo:v1' }),
        desiredCount: 0,
        launchType: 'FARGATE'
      })
    )
    await refused(
      {
        cluster: app.cluster,
        'blue-service': app.service,
        'green-service': other,
        'listener-rule': app.productionRuleArn
      },
      /^Invalid input listener-rule: service \S+ uses the ECS BLUE_GREEN deployment strategy, so ECS moves/
    )
  })
})
