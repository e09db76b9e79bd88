/**
 * Runs on a service whose own ECS strategy moves its traffic: the service deployment followed through every
 * lifecycle stage, a failing gate stopping it with ROLLBACK, ECS's own rollback reported with its reason, and the
 * refusals made before any change. A scripted service (support/fake-native.ts) on a fake clock.
 */
import { beforeEach, expect, jest, test } from '@jest/globals'
import { UpdateServiceCommand, type Tag } from '@aws-sdk/client-ecs'
import * as core from '../fixtures/core.ts'
import { alarmPort, metricsPort } from '../../src/aws/cloudwatch.ts'
import { ecsPort } from '../../src/aws/ecs.ts'
import { elbPort } from '../../src/aws/elb.ts'
import { rulePort } from '../../src/aws/listener-rules.ts'
import { nativeDeploy } from '../../src/native/deploy.ts'
import { nativeRollback } from '../../src/strategies/rollback/native.ts'
import type { NativeOptions, NativePorts } from '../../src/native/options.ts'
import { FakeClock } from './support/fake-clock.ts'
import { FakeNative, blueGroup, greenGroup, revision } from './support/fake-native.ts'

jest.unstable_mockModule('@actions/core', () => core)
const blueGreen = await import('../../src/main/blue-green.ts')

let clock: FakeClock
let world: FakeNative

beforeEach(() => {
  clock = new FakeClock()
  world = new FakeNative(clock)
})

const silent = { info: () => {}, warning: () => {}, debug: () => {} }

const deploy = (options: Partial<NativeOptions> = {}) => deployWith(options, {})

function portsOf(extra: Partial<NativePorts> = {}): NativePorts {
  const clients = world.clients
  return {
    ...extra,
    ecs: ecsPort(clients.ecs),
    elb: elbPort(clients.elb),
    rules: rulePort(clients.elb),
    cloudwatch: alarmPort(clients.cloudwatch),
    metrics: metricsPort(clients.cloudwatch)
  }
}

function deployWith(options: Partial<NativeOptions>, extra: Partial<NativePorts>) {
  const ports = portsOf(extra)
  return nativeDeploy(
    {
      action: 'blue-green',
      mode: 'full',
      cluster: 'prod',
      service: 'web',
      taskDefinition: { kind: 'arn', arn: revision(8) },
      allowFamilyChange: false,
      alarms: [],
      waitTimeoutMs: 600_000,
      pollIntervalMs: 5000,
      onFailure: 'rollback',
      run: 'local',
      ...options
    },
    ports,
    { clock, log: silent }
  )
}

const statuses = () =>
  world
    .calls('TagResource')
    .map((input) => (input as { tags: Tag[] }).tags.find((tag) => tag.key === 'ecs-deploy:status')?.value)

test('a good version is followed through every lifecycle stage to SUCCESSFUL, and the green target group serves', async () => {
  const { report, timeline } = await deploy()
  expect(report.status).toBe('succeeded')
  expect(report.stages.map((seen) => seen.stage)).toEqual([
    'RECONCILE_SERVICE',
    'PRE_SCALE_UP',
    'SCALE_UP',
    'POST_SCALE_UP',
    'TEST_TRAFFIC_SHIFT',
    'POST_TEST_TRAFFIC_SHIFT',
    'PRODUCTION_TRAFFIC_SHIFT',
    'POST_PRODUCTION_TRAFFIC_SHIFT',
    'BAKE_TIME',
    'CLEAN_UP'
  ])
  expect(timeline.entries.filter((entry) => entry.subject === 'stage').at(-1)?.observed).toBe(
    'CLEAN_UP (SUCCESSFUL)'
  )
  expect(report).toMatchObject({ liveColor: 'web-green', idleColor: 'web-blue', previousColor: 'web-blue' })
  expect(report.taskDefinitionArn).toBe(revision(8))
  expect(world.changes()).toEqual(['UpdateService'])
  expect(statuses()).toEqual(['deploying', 'switched', 'succeeded'])
})

test('an alarm of ours going off during BAKE_TIME stops the deployment with ROLLBACK and follows it back', async () => {
  const advance = clock.onSleep
  clock.onSleep = () => {
    advance()
    if (world.deployment?.lifecycleStage === 'BAKE_TIME') world.alarmState = 'ALARM'
  }
  const { report } = await deploy({ alarms: ['web-5xx'] })
  expect(report.status).toBe('rolled-back')
  expect(report.reason).toMatch(/^gate alarms failed during BAKE_TIME of service deployment sd2: .*web-5xx/)
  expect(report.reason).toContain('ECS rolled the service back to')
  expect(world.changes()).toEqual(['UpdateService', 'StopServiceDeployment'])
  expect(world.calls('StopServiceDeployment')).toEqual([
    { serviceDeploymentArn: world.deployment!.serviceDeploymentArn, stopType: 'ROLLBACK' }
  ])
  expect(world.weights).toEqual({ [blueGroup]: 100, [greenGroup]: 0 })
  expect(report.liveColor).toBe('web-blue')
  expect(statuses()).toEqual(['deploying', 'switched', 'rolled-back'])
})

test("ECS's own rollback is reported as rolled-back with ECS's reason and why the new tasks stopped", async () => {
  world.ecsFailsAt = 'BAKE_TIME'
  world.stoppedTasks = [
    {
      taskArn: 'arn:aws:ecs:eu-west-1:123456789012:task/prod/0a1b2c',
      startedBy: 'ecs-svc/2',
      lastStatus: 'STOPPED',
      desiredStatus: 'STOPPED',
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited',
      containers: [
        { name: 'web', exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage' }
      ]
    }
  ]
  const { report } = await deploy()
  expect(report.status).toBe('rolled-back')
  expect(report.reason).toContain(
    'ROLLBACK_SUCCESSFUL: Service deployment rolled back because the alarm web-errors was in ALARM'
  )
  expect(report.reason).toContain('Essential container in task exited')
  expect(report.reason).toContain('OutOfMemoryError')
  expect(world.changes()).toEqual(['UpdateService'])
})

async function runBlueGreen(inputs: Record<string, string>) {
  core.reset({ cluster: 'prod', service: 'web', 'task-definition-arn': revision(8), ...inputs })
  await blueGreen.run({ clock, clients: world.clients, every: () => () => {} })
  return core.setFailed.mock.calls.map(([message]) => String(message))
}

test('a LINEAR service given to blue-green is refused before any change, naming the action that fits', async () => {
  world = new FakeNative(clock, 'LINEAR')
  const failure = await runBlueGreen({})
  expect(failure).toEqual([
    'Invalid input service: service "web" uses the ECS LINEAR deployment strategy, which the canary action runs'
  ])
  expect(world.changes()).toEqual([])
})

test('mode deploy without a PAUSE hook, and pair inputs, are refused with service before any change', async () => {
  expect(await runBlueGreen({ mode: 'deploy' })).toEqual([
    expect.stringMatching(
      /^Invalid input mode: deploy with service needs a PAUSE lifecycle hook before production traffic moves/
    )
  ])
  expect(await runBlueGreen({ 'blue-service': 'web-blue' })).toEqual([
    expect.stringMatching(/^Invalid input: blue-service is not used with service/)
  ])
  expect(world.changes()).toEqual([])
})

const pauseAt = (stage: 'POST_TEST_TRAFFIC_SHIFT') => {
  world.service.deploymentConfiguration!.lifecycleHooks = [{ targetType: 'PAUSE', lifecycleStages: [stage] }]
}

test('mode deploy ends paused at the PAUSE hook; mode promote continues it to SUCCESSFUL', async () => {
  pauseAt('POST_TEST_TRAFFIC_SHIFT')
  const paused = await deploy({ mode: 'deploy', alarms: ['web-5xx'] })
  expect(paused.report.status).toBe('paused')
  expect(paused.report.reason).toMatch(/at its PAUSE hook during POST_TEST_TRAFFIC_SHIFT/)
  expect(world.weights).toEqual({ [blueGroup]: 100, [greenGroup]: 0 })
  expect(statuses()).toEqual(['deploying', 'paused'])
  const promoted = await deploy({
    mode: 'promote',
    taskDefinition: undefined,
    expectedTaskDefinitionArn: revision(8)
  })
  expect(promoted.report.status).toBe('succeeded')
  expect(world.calls('ContinueServiceDeployment')).toEqual([
    { serviceDeploymentArn: world.deployment!.serviceDeploymentArn, hookId: 'hook-1', action: 'CONTINUE' }
  ])
  expect(world.changes()).toEqual(['UpdateService', 'ContinueServiceDeployment'])
  expect(world.weights).toEqual({ [blueGroup]: 0, [greenGroup]: 100 })
})

test('mode full answers a PAUSE hook once the gates passed; a failing probe stops it there with ROLLBACK', async () => {
  pauseAt('POST_TEST_TRAFFIC_SHIFT')
  const good = await deploy({})
  expect(good.report.status).toBe('succeeded')
  expect(world.changes()).toEqual(['UpdateService', 'ContinueServiceDeployment'])

  clock = new FakeClock()
  world = new FakeNative(clock)
  pauseAt('POST_TEST_TRAFFIC_SHIFT')
  const probe = {
    fetch: async () => new Response('bad gateway', { status: 502 })
  }
  const bad = await deployWith({ healthCheckUrl: 'http://test.web.example/health' }, probe)
  expect(bad.report.status).toBe('rolled-back')
  expect(bad.report.reason).toMatch(
    /^gate http-probe failed during POST_TEST_TRAFFIC_SHIFT of service deployment sd2: /
  )
  expect(world.changes()).toEqual(['UpdateService', 'StopServiceDeployment'])
  expect(world.weights).toEqual({ [blueGroup]: 100, [greenGroup]: 0 })
})

test('rolling on a CANARY service follows its service deployment the same way', async () => {
  world = new FakeNative(clock, 'CANARY')
  const { report } = await deploy({ action: 'rolling' })
  expect(report).toMatchObject({
    action: 'rolling',
    strategy: 'CANARY',
    status: 'succeeded',
    liveColor: 'web-green'
  })
  expect(report.stages.map((seen) => seen.stage)).toContain('PRODUCTION_TRAFFIC_SHIFT')
  expect(world.changes()).toEqual(['UpdateService'])
})

test('a BLUE_GREEN service given to canary is refused before any change', async () => {
  await expect(deploy({ action: 'canary' })).rejects.toThrow(
    'service "web" uses the ECS BLUE_GREEN deployment strategy, which the blue-green action runs'
  )
  expect(world.changes()).toEqual([])
})

test('rollback during a service deployment stops it with ROLLBACK and follows the rollback to its end', async () => {
  await world.clients.ecs.send(
    new UpdateServiceCommand({ cluster: 'prod', service: 'web', taskDefinition: revision(8) })
  )
  clock.time += 1000
  const clients = world.clients
  const ports = {
    ecs: ecsPort(clients.ecs),
    elb: elbPort(clients.elb),
    rules: rulePort(clients.elb),
    cloudwatch: alarmPort(clients.cloudwatch),
    metrics: metricsPort(clients.cloudwatch)
  }
  const options = {
    cluster: 'prod',
    service: 'web',
    to: 'previous',
    allowFamilyChange: true,
    alarms: [],
    waitTimeoutMs: 60_000,
    pollIntervalMs: 5000,
    onFailure: 'rollback' as const,
    run: 'local'
  }
  const { report, rolledBackFrom } = await nativeRollback(options, ports, { clock, log: silent })
  expect(report.status).toBe('succeeded')
  expect({ rolledBackFrom, serving: report.taskDefinitionArn }).toEqual({
    rolledBackFrom: revision(8),
    serving: revision(7)
  })
  expect(report.reason).toMatch(/^stopped service deployment sd2 with ROLLBACK; ECS rolled the service back/)
  expect(world.changes()).toEqual(['UpdateService', 'StopServiceDeployment'])
  expect(world.deployment?.status).toBe('ROLLBACK_SUCCESSFUL')
  expect(report.liveColor).toBe('web-blue')
})

test('rollback after a deployment: a new service deployment of the previous version, followed to SUCCESSFUL', async () => {
  const first = await deploy()
  expect(first.report.status).toBe('succeeded')
  // The state the deploy wrote is what rollback reads.
  const written = (world.calls('TagResource').at(-1) as { tags: Tag[] }).tags
  world.service.tags = written
  const { report } = await nativeRollback(
    {
      cluster: 'prod',
      service: 'web',
      to: 'previous',
      allowFamilyChange: true,
      alarms: [],
      waitTimeoutMs: 600_000,
      pollIntervalMs: 5000,
      onFailure: 'rollback',
      run: 'local'
    },
    portsOf(),
    { clock, log: silent }
  )
  expect(report.status).toBe('succeeded')
  expect(report.taskDefinitionArn).toBe(revision(7))
  expect(world.changes()).toEqual(['UpdateService', 'UpdateService'])
  expect(world.calls('UpdateService').at(-1)).toMatchObject({ taskDefinition: revision(7) })
  expect(world.weights).toEqual({ [blueGroup]: 100, [greenGroup]: 0 })
  expect(report.liveColor).toBe('web-blue')
  // The version rolled back from leaves the history: the next `to: previous` goes further back.
  const record = (world.calls('TagResource').at(-1) as { tags: Tag[] }).tags
  expect(record.find((tag) => tag.key === 'ecs-deploy:history')?.value).toBe('web:7')
  expect(record.find((tag) => tag.key === 'ecs-deploy:action')?.value).toBe('rollback')
})

test('on-failure stop: a failing gate leaves the deployment to ECS (no StopServiceDeployment)', async () => {
  const advance = clock.onSleep
  clock.onSleep = () => {
    advance()
    if (world.deployment?.lifecycleStage === 'BAKE_TIME') world.alarmState = 'ALARM'
  }
  const { report } = await deploy({ alarms: ['web-5xx'], onFailure: 'stop' })
  expect(report.status).toBe('failed')
  expect(report.reason).toMatch(
    /gate alarms failed during BAKE_TIME .*\(on-failure: stop: the deployment goes on as ECS runs it\)$/
  )
  expect(world.changes()).toEqual(['UpdateService'])
})

test('a cancelled run asks ECS to roll back at once, without waiting for it', async () => {
  const controller = new AbortController()
  const advance = clock.onSleep
  clock.onSleep = () => {
    advance()
    if (world.deployment?.lifecycleStage === 'PRODUCTION_TRAFFIC_SHIFT') controller.abort()
  }
  const clients = world.clients
  const { report } = await nativeDeploy(
    {
      action: 'blue-green',
      mode: 'full',
      cluster: 'prod',
      service: 'web',
      taskDefinition: { kind: 'arn', arn: revision(8) },
      allowFamilyChange: false,
      alarms: [],
      waitTimeoutMs: 600_000,
      pollIntervalMs: 5000,
      onFailure: 'stop',
      run: 'local'
    },
    { ...portsOf(), ecs: ecsPort(clients.ecs) },
    { clock, log: silent, signal: controller.signal }
  )
  expect(report.status).toBe('failed')
  expect(report.reason).toMatch(/cancelled.*; ECS was asked to roll back \(not awaited\)$/)
  expect(world.changes()).toEqual(['UpdateService', 'StopServiceDeployment'])
})

test('stages ECS passes between two looks are named as such, in their order', async () => {
  const advance = clock.onSleep
  clock.onSleep = () => {
    advance()
    advance()
  }
  const { report, timeline } = await deploy()
  expect(report.status).toBe('succeeded')
  const named = report.stages.map((seen) => seen.stage)
  expect(named.filter((stage) => stage !== 'RECONCILE_SERVICE')).toEqual([
    'PRE_SCALE_UP',
    'SCALE_UP',
    'POST_SCALE_UP',
    'TEST_TRAFFIC_SHIFT',
    'POST_TEST_TRAFFIC_SHIFT',
    'PRODUCTION_TRAFFIC_SHIFT',
    'POST_PRODUCTION_TRAFFIC_SHIFT',
    'BAKE_TIME',
    'CLEAN_UP'
  ])
  const between = report.stages.filter((seen) => seen.between).map((seen) => seen.stage)
  expect(between.length).toBeGreaterThan(0)
  const notes = timeline.entries.filter((entry) => entry.observed.endsWith('(passed between two looks)'))
  expect(notes.map((entry) => entry.observed.split(' ')[0])).toEqual(between)
})
