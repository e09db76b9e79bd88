/**
 * The blue-green strategy on a scripted pair (aws-sdk-client-mock) with a fake clock: every mode, the rollback
 * paths, the record in tags, re-runs and cancellation. No test waits: the pair takes one step per fake sleep.
 */
import { describe, expect, test } from '@jest/globals'
import { RegisterTaskDefinitionCommand, TagResourceCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs'
import { ModifyListenerCommand, ModifyRuleCommand } from '@aws-sdk/client-elastic-load-balancing-v2'
import { CancelledError } from '../../src/core/errors.ts'
import type { BlueGreenOptions } from '../../src/strategies/blue-green/index.ts'
import { freshWorldEachTest } from './support/fresh-world.ts'
import { blueGreenDefaults, runBlueGreen, type RunExtras } from './support/run-blue-green.ts'
import {
  FakePair,
  listenerArn,
  ruleArn,
  serviceArn,
  targetGroupArns,
  taskDefinitionArn,
  testListenerArn,
  weightsBy
} from './support/fake-pair.ts'

const world = freshWorldEachTest((clock) => new FakePair(clock))

const options = blueGreenDefaults

const deploy = (overrides: Partial<BlueGreenOptions> = {}, extras?: RunExtras) =>
  runBlueGreen(world, { ...options, ...overrides }, extras)

const productionChanges = () =>
  world.aws.ruleChanges.filter((change) => change.arn === ruleArn || change.arn === listenerArn)

describe('mode full', () => {
  test('deploys to the idle color, verifies, switches in one rule change, bakes, drains the old color', async () => {
    const { report, gates } = await deploy()

    expect(report).toMatchObject({
      action: 'blue-green',
      mode: 'full',
      status: 'succeeded',
      liveColor: 'green',
      idleColor: 'blue',
      previousColor: 'blue',
      taskDefinitionArn: taskDefinitionArn(2),
      previousTaskDefinitionArn: taskDefinitionArn(1),
      blueService: 'web-blue',
      greenService: 'web-green'
    })
    expect(report.reason).toBe(
      `green (web-green) serves ${taskDefinitionArn(2)} after 30s of bake-time with every gate passing; blue (web-blue) drained and scaled to 0`
    )
    // The new revision is the live color's definition with only the image changed.
    expect(world.aws.taskDefinitions.get(taskDefinitionArn(2))!.containerDefinitions![0].image).toBe(
      'registry.example/web:2.0'
    )
    // One production rule change, 0/100, the idle group staying in the rule (so it stays health-checked).
    expect(productionChanges().map((change) => change.weights)).toEqual([weightsBy(0, 100)])
    expect(world.aws.mutations()).toEqual([
      'RegisterTaskDefinition',
      'TagResource',
      'UpdateService',
      'TagResource',
      'ModifyRule',
      'TagResource',
      'UpdateService'
    ])
    expect(world.aws.calls('UpdateService')).toEqual([
      {
        cluster: 'prod',
        service: serviceArn('green'),
        taskDefinition: taskDefinitionArn(2),
        desiredCount: 2
      },
      { cluster: 'prod', service: serviceArn('blue'), desiredCount: 0 }
    ])
    // The switch came after green ran 2 healthy targets, the scale-down after the bake.
    const switched = world.aws.sent.find((call) => call.operation === 'ModifyRule')!
    const scaledDown = world.aws.sent.filter((call) => call.operation === 'UpdateService')[1]
    expect(scaledDown.at - switched.at).toBeGreaterThanOrEqual(30_000)
    expect(world.aws.runningTasks('blue')).toHaveLength(0)
    expect(world.aws.runningTasks('green')).toHaveLength(2)
    expect(world.aws.targets[targetGroupArns.blue]).toEqual([])
    expect(gates.map((gate) => [gate.gate, gate.phase, gate.state])).toEqual([
      ['tasks', 'bake', 'passed'],
      ['targets', 'bake', 'passed']
    ])
  })

  test('records the rollout on the service it deployed to', async () => {
    await deploy()
    const tags = world.aws.tagsOf('green')
    expect(tags).toEqual({
      'ecs-deploy:status': 'succeeded',
      'ecs-deploy:task-definition': taskDefinitionArn(2),
      'ecs-deploy:previous-task-definition': taskDefinitionArn(1),
      'ecs-deploy:step': '4',
      'ecs-deploy:weights': 'blue=0 green=100',
      'ecs-deploy:previous-color': 'blue',
      'ecs-deploy:run': options.run,
      'ecs-deploy:updated': expect.stringMatching(/^2026-11-25T10:\d\d:\d\d\.\d{3}Z$/),
      'ecs-deploy:action': 'blue-green',
      // What succeeded on the pair, newest first: the new version, then the one that served before it.
      'ecs-deploy:history': 'web:2 1'
    })
    expect(world.aws.calls('TagResource').map((call) => call.tags[0].value)).toEqual([
      'deploying',
      'switched',
      'succeeded'
    ])
    expect(world.aws.tagsOf('blue')).toEqual({})
  })

  test('a listener ARN means its default rule, switched with ModifyListener', async () => {
    world.aws.ruleIsDefault = true
    const { report } = await deploy({ listenerRule: listenerArn })
    expect(report.status).toBe('succeeded')
    expect(productionChanges()).toMatchObject([{ operation: 'ModifyListener', weights: weightsBy(0, 100) }])
    expect(world.aws.calls('ModifyRule')).toEqual([])
  })

  test('the next deploy goes to the other color, at the live color size; scale-down never keeps the old one', async () => {
    await deploy()
    world.aws.sent.length = 0
    const { report } = await deploy({
      taskDefinition: { kind: 'image', container: 'web', image: 'registry.example/web:3.0' },
      scaleDown: 'never'
    })
    expect(report).toMatchObject({ status: 'succeeded', liveColor: 'blue', previousColor: 'green' })
    expect(report.previousTaskDefinitionArn).toBe(taskDefinitionArn(2))
    expect(world.aws.calls('UpdateService')).toEqual([
      { cluster: 'prod', service: serviceArn('blue'), taskDefinition: taskDefinitionArn(3), desiredCount: 2 }
    ])
    expect(world.aws.runningTasks('green')).toHaveLength(2)
    expect(report.reason).toMatch(/green \(web-green\) kept running$/)
  })

  test('a test listener is pointed at the idle color before its checks; the probe and command run there', async () => {
    const probes: string[] = []
    const commands: { command: string; env: Record<string, string> }[] = []
    const { report, gates } = await deploy(
      {
        testListenerRule: testListenerArn,
        healthCheckUrl: 'http://test.example/health',
        verifyCommand: './smoke'
      },
      {
        fetch: async (url) => {
          probes.push(url)
          return { status: 200 }
        },
        runCommand: async (command, env) => {
          commands.push({ command, env })
          return 0
        }
      }
    )
    expect(report.status).toBe('succeeded')
    const testChange = world.aws.ruleChanges.find((change) => change.arn === testListenerArn)!
    expect(testChange.weights).toEqual({ [targetGroupArns.green]: 1 })
    expect(world.aws.mutations().indexOf('ModifyListener')).toBeLessThan(
      world.aws.mutations().indexOf('UpdateService')
    )
    expect(commands).toEqual([
      {
        command: './smoke',
        env: {
          ROLLOUT_COLOR: 'green',
          ROLLOUT_SERVICE: 'web-green',
          ROLLOUT_TARGET_GROUP_ARN: targetGroupArns.green,
          ROLLOUT_TASK_DEFINITION_ARN: taskDefinitionArn(2)
        }
      }
    ])
    // Once before the switch, then on every look of the bake.
    expect(probes.length).toBeGreaterThan(3)
    expect(gates.find((gate) => gate.gate === 'verify-command')).toMatchObject({
      phase: 'verify',
      state: 'passed'
    })
    expect(gates.find((gate) => gate.gate === 'http-probe')).toMatchObject({
      phase: 'bake',
      observed: 'GET http://test.example/health answered 200'
    })
  })
})

describe('failures before the switch: production traffic never moves', () => {
  test('a crashing version fails the tasks gate; the idle color is scaled back to zero', async () => {
    world.aws.addTaskDefinition(5, 'registry.example/web:5.0', 'crash')
    const { report } = await deploy({ taskDefinition: { kind: 'arn', arn: taskDefinitionArn(5) } })
    expect(report.status).toBe('failed')
    expect(report.reason).toMatch(
      /^gate tasks failed while green \(web-green\) deployed: 1 task stopped: EssentialContainerExited: Essential container in task exited; container web: exit code 137 \(task task\d+\); production traffic stayed on blue \(web-blue\); green \(web-green\) scaled to 0$/
    )
    expect(productionChanges()).toEqual([])
    expect(world.aws.calls('UpdateService').at(-1)).toEqual({
      cluster: 'prod',
      service: serviceArn('green'),
      desiredCount: 0
    })
    expect(world.aws.tagsOf('green')['ecs-deploy:status']).toBe('failed')
  })

  test('a probe answering 500 fails before the switch, naming the gate, what it saw and what it expected', async () => {
    const { report } = await deploy(
      { healthCheckUrl: 'http://test.example/' },
      { fetch: async () => ({ status: 500 }) }
    )
    expect(report.status).toBe('failed')
    expect(report.reason).toMatch(
      /^gate http-probe failed before the switch: GET http:\/\/test.example\/ answered 500 \(expected 2xx or 3xx\); production traffic stayed on blue/
    )
    expect(productionChanges()).toEqual([])
  })

  test('a failing verify-command fails before the switch; on-failure stop leaves the idle color as it is', async () => {
    const { report } = await deploy(
      { verifyCommand: 'npm run smoke', onFailure: 'stop' },
      { runCommand: async () => 3 }
    )
    expect(report.status).toBe('failed')
    expect(report.reason).toBe(
      'gate verify-command failed before the switch: `npm run smoke` exited with code 3 (expected 0); production traffic stayed on blue (web-blue)'
    )
    expect(productionChanges()).toEqual([])
    expect(world.aws.runningTasks('green')).toHaveLength(2)
    expect(world.aws.calls('UpdateService')).toHaveLength(1)
  })

  test('targets that never turn healthy time out with what was last observed', async () => {
    world.aws.addTaskDefinition(5, 'registry.example/web:5.0', 'unhealthy')
    const { report } = await deploy({
      taskDefinition: { kind: 'arn', arn: taskDefinitionArn(5) },
      waitTimeoutMs: 60_000
    })
    expect(report.status).toBe('failed')
    expect(report.reason).toMatch(
      /^while green \(web-green\) deployed: deployment ecs-svc\/\d+ not done within wait-timeout 1m: .*targets: 0\/2 new targets healthy; 10\.0\.\d+\.\d+:8080 in web-green unhealthy \(Target\.FailedHealthChecks: Health checks failed with these codes: \[503\]\)/
    )
    expect(productionChanges()).toEqual([])
  })
})

describe('failures during the bake: traffic goes back first, then capacity', () => {
  test('an alarm: one rule change back to blue within one poll interval, then green scaled to zero', async () => {
    world.aws.alarms.set('web-5xx', { state: 'OK', reason: 'fine' })
    let alarmAt = 0
    world.aws.at(6, () => {
      world.aws.alarms.set('web-5xx', { state: 'ALARM', reason: 'Threshold Crossed: 12 > 5' })
      alarmAt = world.clock.now()
    })
    const { report } = await deploy({ alarms: ['web-5xx'], bakeTimeMs: 120_000 })

    expect(report.status).toBe('rolled-back')
    expect(report).toMatchObject({ liveColor: 'blue', idleColor: 'green', previousColor: 'blue' })
    expect(report.reason).toMatch(
      /^gate alarms failed on green \(web-green\): during bake-time, after \d+s: alarm web-5xx is in ALARM: Threshold Crossed: 12 > 5; traffic switched back to blue \(web-blue\); green \(web-green\) scaled to 0$/
    )
    const changes = productionChanges()
    expect(changes.map((change) => change.weights)).toEqual([weightsBy(0, 100), weightsBy(100, 0)])
    expect(alarmAt).toBeGreaterThan(changes[0].at)
    expect(changes[1].at - alarmAt).toBeLessThanOrEqual(options.pollIntervalMs)
    // Traffic first, capacity second.
    const mutations = world.aws.mutations()
    expect(mutations.lastIndexOf('ModifyRule')).toBeLessThan(mutations.lastIndexOf('UpdateService'))
    expect(world.aws.calls('UpdateService').at(-1)).toEqual({
      cluster: 'prod',
      service: serviceArn('green'),
      desiredCount: 0
    })
    expect(world.aws.runningTasks('blue')).toHaveLength(2)
    expect(world.aws.tagsOf('green')['ecs-deploy:status']).toBe('rolled-back')
    expect(report.switchedBackAt).toBeDefined()
  })

  test('an alarm while ECS calls are slow (throttled) is acted on at once, without waiting for them', async () => {
    world.aws.alarms.set('web-5xx', { state: 'OK', reason: 'fine' })
    // Once traffic is on green, each ListTasks takes 20 s to answer (throttled, retried with back-off).
    world.aws.latency = (operation) =>
      operation === 'ListTasks' && world.aws.weights().green === 100 ? 20_000 : undefined
    let alarmAt = 0
    world.aws.at(8, () => {
      world.aws.alarms.set('web-5xx', { state: 'ALARM', reason: 'Threshold Crossed: 12 > 5' })
      alarmAt = world.clock.now()
    })
    const { report, timeline } = await deploy({ alarms: ['web-5xx'], bakeTimeMs: 600_000 })

    expect(report.status).toBe('rolled-back')
    expect(report.reason).toMatch(
      /^gate alarms failed on green \(web-green\): during bake-time, after \S+: alarm web-5xx is in ALARM/
    )
    const [switched, switchedBack] = productionChanges()
    expect(alarmAt).toBeGreaterThan(switched.at)
    // The bake's looks did wait for the slow calls while every gate passed...
    expect(
      world.aws.sent.filter((call) => call.operation === 'ListTasks' && call.at > switched.at)
    ).not.toEqual([])
    // ...but the look that saw the alarm put traffic back before its ListTasks answered.
    expect(switchedBack.at).toBe(alarmAt)
    expect(switchedBack.weights).toEqual(weightsBy(100, 0))

    // The late answer changes nothing after the run: no log line, and nothing more is asked on its behalf.
    const logged = timeline.entries.length
    const sent = world.aws.sent.length
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve))
    expect(world.aws.commands().slice(sent)).toEqual(['ListTasks'])
    expect(timeline.entries).toHaveLength(logged)
  })

  test('the bake polls at a fixed interval (no growing pauses), so the reaction time holds', async () => {
    await deploy({ bakeTimeMs: 60_000, scaleDown: 'never' })
    // Nothing changes during this bake; a growing pause would reach three intervals.
    expect(world.clock.sleeps.slice(-12)).toEqual(Array(12).fill(options.pollIntervalMs))
  })

  test('a task of the new color crashing during the bake rolls back', async () => {
    world.aws.at(6, () => {
      const [task] = world.aws.runningTasks('green')
      task.desiredStatus = 'STOPPED'
      task.lastStatus = 'STOPPED'
      task.stoppedReason = 'Essential container in task exited'
      task.stopCode = 'EssentialContainerExited'
      task.containers = [{ name: 'web', exitCode: 1 }]
    })
    const { report } = await deploy()
    expect(report.status).toBe('rolled-back')
    expect(report.reason).toMatch(/^gate tasks failed on green \(web-green\): during bake-time/)
    expect(world.aws.weights()).toEqual({ blue: 100, green: 0 })
  })

  test('on-failure stop leaves traffic on the new color and fails', async () => {
    world.aws.alarms.set('web-5xx', { state: 'OK', reason: 'fine' })
    world.aws.at(6, () => world.aws.alarms.set('web-5xx', { state: 'ALARM', reason: 'Threshold Crossed' }))
    const { report } = await deploy({ alarms: ['web-5xx'], onFailure: 'stop' })
    expect(report.status).toBe('failed')
    expect(report.reason).toMatch(/; on-failure: stop, so traffic was left on green \(web-green\)$/)
    expect(world.aws.weights()).toEqual({ blue: 0, green: 100 })
    expect(world.aws.tagsOf('green')['ecs-deploy:status']).toBe('failed')
  })
})

test('once the bake passed, no later error switches back or touches the new color', async () => {
  world.aws.fail = (operation, input) =>
    operation === 'TagResource' && input.tags[0].value === 'succeeded'
      ? new Error('Rate exceeded')
      : undefined
  const { report } = await deploy()
  expect(report.status).toBe('succeeded')
  expect(productionChanges().map((change) => change.weights)).toEqual([weightsBy(0, 100)])
  expect(world.aws.calls('UpdateService').map((update) => update.service)).toEqual([
    serviceArn('green'),
    serviceArn('blue')
  ])
  expect(world.aws.runningTasks('green')).toHaveLength(2)
})

describe('cancellation by the runner', () => {
  test('during the bake: traffic goes back in one rule change before anything else', async () => {
    const controller = new AbortController()
    world.aws.at(6, () => controller.abort(new CancelledError('cancelled (SIGINT)')))
    const { report } = await deploy({}, { signal: controller.signal })
    expect(report.status).toBe('rolled-back')
    expect(report.reason).toBe('cancelled (SIGINT); traffic switched back to blue (web-blue)')
    expect(productionChanges().map((change) => change.weights)).toEqual([
      weightsBy(0, 100),
      weightsBy(100, 0)
    ])
    // Nothing after the switch back but the record: no waiting, no capacity change.
    expect(world.aws.mutations().slice(world.aws.mutations().lastIndexOf('ModifyRule'))).toEqual([
      'ModifyRule',
      'TagResource'
    ])
    expect(world.aws.step).toBe(6)
  })

  test('before the switch: no traffic moved, so no rule change', async () => {
    const controller = new AbortController()
    world.aws.at(1, () => controller.abort(new CancelledError('cancelled (SIGINT)')))
    const { report } = await deploy({}, { signal: controller.signal })
    expect(report.status).toBe('failed')
    expect(report.reason).toBe('cancelled (SIGINT); production traffic stayed on blue (web-blue)')
    expect(productionChanges()).toEqual([])
  })

  test('with on-failure stop, cancellation still puts traffic back', async () => {
    const controller = new AbortController()
    world.aws.at(6, () => controller.abort(new CancelledError('cancelled (SIGTERM)')))
    const { report } = await deploy({ onFailure: 'stop' }, { signal: controller.signal })
    expect(report.status).toBe('rolled-back')
    expect(world.aws.weights()).toEqual({ blue: 100, green: 0 })
  })
})

describe('mode deploy, then mode promote', () => {
  test('deploy ends paused: green verified, production untouched, the pause recorded', async () => {
    const { report } = await deploy({ mode: 'deploy' })
    expect(report).toMatchObject({
      status: 'paused',
      liveColor: 'blue',
      idleColor: 'green',
      previousColor: 'blue'
    })
    expect(report.reason).toBe(
      `green (web-green) runs ${taskDefinitionArn(2)} and passed every gate; production traffic stays on blue (web-blue) until mode promote`
    )
    expect(productionChanges()).toEqual([])
    expect(world.aws.tagsOf('green')).toMatchObject({
      'ecs-deploy:status': 'paused',
      'ecs-deploy:task-definition': taskDefinitionArn(2),
      'ecs-deploy:previous-color': 'blue'
    })
  })

  test('promote, from another run with none of its outputs, re-checks green and finishes', async () => {
    await deploy({ mode: 'deploy' })
    world.aws.sent.length = 0
    const { report } = await deploy({ mode: 'promote', taskDefinition: undefined, run: 'run-2' })
    expect(report).toMatchObject({
      mode: 'promote',
      status: 'succeeded',
      liveColor: 'green',
      taskDefinitionArn: taskDefinitionArn(2),
      previousTaskDefinitionArn: taskDefinitionArn(1)
    })
    expect(world.aws.mutations()).toEqual(['TagResource', 'ModifyRule', 'TagResource', 'UpdateService'])
    expect(world.aws.tagsOf('green')).toMatchObject({
      'ecs-deploy:status': 'succeeded',
      'ecs-deploy:run': 'run-2'
    })
  })

  test('promote re-checks the paused color: a gate failing now fails it without moving traffic', async () => {
    await deploy({ mode: 'deploy' })
    world.aws.alarms.set('web-5xx', { state: 'OK', reason: 'fine' })
    const { report } = await deploy(
      { mode: 'promote', taskDefinition: undefined, healthCheckUrl: 'http://test.example/' },
      { fetch: async () => ({ status: 503 }) }
    )
    expect(report.status).toBe('failed')
    expect(report.reason).toMatch(
      /^gate http-probe failed before the switch: GET http:\/\/test.example\/ answered 503/
    )
    expect(productionChanges()).toEqual([])
  })

  test('promote with nothing paused fails clearly, before any change', async () => {
    await expect(deploy({ mode: 'promote', taskDefinition: undefined })).rejects.toThrow(
      'Nothing to promote: no rollout is recorded on the pair; mode promote continues a rollout paused by mode deploy'
    )
    await deploy()
    world.aws.sent.length = 0
    await expect(deploy({ mode: 'promote', taskDefinition: undefined })).rejects.toThrow(
      /^Nothing to promote: the last rollout recorded on the pair is succeeded on green/
    )
    expect(world.aws.mutations()).toEqual([])
  })

  test('promote refuses when the paused color was switched to outside the action', async () => {
    await deploy({ mode: 'deploy' })
    world.aws.setWeights(0, 100)
    await expect(deploy({ mode: 'promote', taskDefinition: undefined })).rejects.toThrow(
      'Nothing to promote: green (web-green), paused by the last rollout, takes the production traffic already (the rule was changed outside this action)'
    )
  })

  test('promote refuses when the idle color changed since the pause, or is not the version asked for', async () => {
    await deploy({ mode: 'deploy' })
    world.aws.addTaskDefinition(9, 'registry.example/web:9.0')
    world.aws.services.green.taskDefinition = taskDefinitionArn(9)
    await expect(deploy({ mode: 'promote', taskDefinition: undefined })).rejects.toThrow(
      `Nothing to promote: green (web-green) now runs ${taskDefinitionArn(9)}, not ${taskDefinitionArn(2)} that the paused rollout verified`
    )
    world.aws.services.green.taskDefinition = taskDefinitionArn(2)
    await expect(
      deploy({ mode: 'promote', taskDefinition: undefined, expectedTaskDefinitionArn: taskDefinitionArn(7) })
    ).rejects.toThrow(/^Invalid input task-definition-arn: .*web:7 is not the paused version/)
  })
})

describe('re-runs converge', () => {
  test('the version already live: nothing to do, nothing changed', async () => {
    await deploy()
    world.aws.sent.length = 0
    const { report } = await deploy()
    expect(report).toMatchObject({
      status: 'succeeded',
      liveColor: 'green',
      taskDefinitionArn: taskDefinitionArn(2)
    })
    expect(report.reason).toBe(`green (web-green) already serves ${taskDefinitionArn(2)}; nothing to deploy`)
    expect(world.aws.mutations()).toEqual([])
  })

  test('deploy again over a paused one of the same version: no new revision, no new deployment', async () => {
    await deploy({ mode: 'deploy' })
    const deploymentId = world.aws.services.green.deployments![0].id
    world.aws.sent.length = 0
    const { report } = await deploy({ mode: 'deploy' })
    expect(report.status).toBe('paused')
    expect(world.aws.calls('RegisterTaskDefinition')).toEqual([])
    expect(world.aws.services.green.deployments!.map((deployment) => deployment.id)).toEqual([deploymentId])
  })

  test('a run that died while baking: the next full run bakes again and finishes, without a rule change', async () => {
    await deploy({ mode: 'deploy' })
    world.aws.setWeights(0, 100)
    world.aws.setTags('green', {
      ...world.aws.tagsOf('green'),
      'ecs-deploy:status': 'switched',
      'ecs-deploy:run': 'run-1'
    })
    world.aws.sent.length = 0
    const { report, timeline } = await deploy({ run: 'run-2' })
    expect(report).toMatchObject({ status: 'succeeded', liveColor: 'green', previousColor: 'blue' })
    expect(timeline.entries.map((entry) => entry.observed)).toContainEqual(
      'run run-1 switched traffic to green (web-green) and did not finish its bake; baking again'
    )
    expect(productionChanges()).toEqual([])
    expect(world.aws.mutations()).toEqual(['TagResource', 'TagResource', 'UpdateService'])
    expect(world.aws.runningTasks('blue')).toHaveLength(0)
  })

  test('a run that died during its final scale-down: the next run finishes it, without touching traffic', async () => {
    // The runner is lost as the first run scales blue down: the bake passed, the record says succeeded.
    world.aws.fail = (operation, input) =>
      operation === 'UpdateService' && input.desiredCount === 0 ? new Error('runner lost') : undefined
    const first = await deploy({ run: 'run-1' })
    expect(first.report.status).toBe('succeeded')
    expect(world.aws.tagsOf('green')['ecs-deploy:status']).toBe('succeeded')
    expect(world.aws.runningTasks('blue')).toHaveLength(2)
    world.aws.fail = undefined
    world.aws.sent.length = 0

    const { report, timeline } = await deploy({ run: 'run-2' })
    expect(report).toMatchObject({
      status: 'succeeded',
      liveColor: 'green',
      previousColor: 'blue',
      taskDefinitionArn: taskDefinitionArn(2)
    })
    expect(report.reason).toBe(
      `green (web-green) serves ${taskDefinitionArn(2)} (rolled out by run run-1); this run finished its scale-down; blue (web-blue) drained and scaled to 0`
    )
    expect(timeline.entries.map((entry) => entry.observed)).toContainEqual(
      `run run-1 rolled ${taskDefinitionArn(2)} out to green (web-green) but did not scale blue (web-blue) down; finishing its scale-down (traffic stays as it is)`
    )
    expect(world.aws.mutations()).toEqual(['UpdateService'])
    expect(world.aws.calls('UpdateService')).toEqual([
      { cluster: 'prod', service: serviceArn('blue'), desiredCount: 0 }
    ])
    expect(world.aws.weights()).toEqual({ blue: 0, green: 100 })
    expect(world.aws.runningTasks('blue')).toHaveLength(0)
  })

  test('a promote that died during its scale-down is finished by promoting again', async () => {
    await deploy({ mode: 'deploy' })
    world.aws.fail = (operation, input) =>
      operation === 'UpdateService' && input.desiredCount === 0 ? new Error('runner lost') : undefined
    await deploy({ mode: 'promote', taskDefinition: undefined, run: 'run-2' })
    world.aws.fail = undefined
    world.aws.sent.length = 0
    const { report } = await deploy({ mode: 'promote', taskDefinition: undefined, run: 'run-3' })
    expect(report.status).toBe('succeeded')
    expect(report.reason).toMatch(
      /\(rolled out by run run-2\); this run finished its scale-down; blue \(web-blue\) drained/
    )
    expect(world.aws.mutations()).toEqual(['UpdateService'])
    expect(world.aws.runningTasks('blue')).toHaveLength(0)
  })

  test('an old color kept on purpose stays: scale-down never, or a version deployed to it since', async () => {
    await deploy({ scaleDown: 'never' })
    world.aws.sent.length = 0
    const kept = await deploy({ scaleDown: 'never' })
    expect(kept.report.reason).toMatch(/nothing to deploy$/)
    // Someone put another version on blue by hand: not the one the record says blue ran, so not this run's to stop.
    world.aws.addTaskDefinition(9, 'registry.example/web:9.0')
    world.aws.services.blue.taskDefinition = taskDefinitionArn(9)
    const other = await deploy()
    expect(other.report.reason).toMatch(/nothing to deploy$/)
    expect(world.aws.mutations()).toEqual([])
    expect(world.aws.runningTasks('blue')).toHaveLength(2)
  })

  test('a rule left split by a run that was moving traffic goes back to the old color first', async () => {
    await deploy({ mode: 'deploy' })
    world.aws.setWeights(70, 30)
    world.aws.setTags('green', { ...world.aws.tagsOf('green'), 'ecs-deploy:status': 'switched' })
    world.aws.sent.length = 0
    const { report } = await deploy({
      taskDefinition: { kind: 'image', container: 'web', image: 'registry.example/web:3.0' }
    })
    expect(report.status).toBe('succeeded')
    expect(productionChanges().map((change) => change.weights)).toEqual([
      weightsBy(100, 0),
      weightsBy(0, 100)
    ])
    expect(world.aws.mutations()[0]).toBe('ModifyRule')
  })
})

test('errors before the first change are thrown as they are; nothing changes', async () => {
  world.aws.ecs.rejects(Object.assign(new Error('User is not authorized'), { name: 'AccessDeniedException' }))
  await expect(deploy()).rejects.toThrow('User is not authorized')
  // The rejecting mock bypasses the fake's own call log, so its call lists are what tell.
  const changes = [
    ...world.aws.ecs.commandCalls(RegisterTaskDefinitionCommand),
    ...world.aws.ecs.commandCalls(UpdateServiceCommand),
    ...world.aws.ecs.commandCalls(TagResourceCommand),
    ...world.aws.elb.commandCalls(ModifyRuleCommand),
    ...world.aws.elb.commandCalls(ModifyListenerCommand)
  ]
  expect(changes).toEqual([])
})

test('an alarm already firing stops the run before any change', async () => {
  world.aws.alarms.set('web-5xx', { state: 'ALARM', reason: 'Threshold Crossed' })
  await expect(deploy({ alarms: ['web-5xx'] })).rejects.toThrow(
    'input alarms: web-5xx is already in ALARM (state reason: Threshold Crossed); nothing was deployed'
  )
  await expect(deploy({ alarms: ['missing'] })).rejects.toThrow(
    'Invalid input alarms: no CloudWatch alarm named "missing"'
  )
  expect(world.aws.mutations()).toEqual([])
})
