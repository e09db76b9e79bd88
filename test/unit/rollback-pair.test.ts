/**
 * The rollback strategy on a scripted pair (fake clock): the versions it picks from the history in the tags, each
 * path (fast: one rule change; slow: redeploy on the idle color; abort: a rollout in progress stopped), what it
 * records, a dry run, and every refusal. Each test asserts the mutating calls in order.
 */
import { beforeEach, describe, expect, test } from '@jest/globals'
import { silentLog } from '../../src/core/log.ts'
import type { BlueGreenOptions } from '../../src/strategies/blue-green/index.ts'
import { rollback, type RollbackOptions } from '../../src/strategies/rollback/index.ts'
import { freshWorldEachTest } from './support/fresh-world.ts'
import { FakePair, taskDefinitionArn, weightsBy } from './support/fake-pair.ts'
import { blueGreenDefaults, pairAddress, runBlueGreen } from './support/run-blue-green.ts'

const world = freshWorldEachTest((clock) => new FakePair(clock))

const run = 'https://github.com/example/app/actions/runs/99/attempts/1'
const defaults: RollbackOptions = {
  cluster: 'prod',
  pair: pairAddress,
  to: 'previous',
  reason: 'web:2 answers 500 on checkout',
  alarms: [],
  waitTimeoutMs: 600_000,
  pollIntervalMs: 5000,
  dryRun: false,
  run
}

/** Probed URLs answer 200 unless told otherwise. */
let probeStatus = 200
const fetch = async () => ({ status: probeStatus })
beforeEach(() => {
  probeStatus = 200
})

const roll = (overrides: Partial<RollbackOptions> = {}) =>
  rollback(
    { ...defaults, ...overrides },
    { ...world.aws.ports(), fetch },
    { clock: world.clock, log: silentLog }
  )

/** A blue-green release of `image` (web:2, web:3, ... as they are registered). */
async function release(image: string, overrides: Partial<BlueGreenOptions> = {}) {
  const taskDefinition = { kind: 'image' as const, container: 'web', image }
  const { report } = await runBlueGreen(world, { ...blueGreenDefaults, taskDefinition, ...overrides })
  expect(report.status).toBe(overrides.mode === 'deploy' ? 'paused' : 'succeeded')
  // What follows is the rollback's.
  world.aws.sent.length = 0
  world.aws.ruleChanges.length = 0
}

const statuses = () => world.aws.calls('TagResource').map((call) => call.tags[0].value)

describe('fast path: the other color still runs the previous version', () => {
  test('one rule change, before anything else changes; then the bad color is scaled down', async () => {
    await release('registry.example/web:2.0', { scaleDown: 'never' })
    const started = world.clock.now()
    const { report, gates } = await roll()

    expect(report).toMatchObject({
      action: 'rollback',
      status: 'succeeded',
      path: 'fast',
      liveColor: 'blue',
      taskDefinitionArn: taskDefinitionArn(1),
      rolledBackFrom: taskDefinitionArn(2),
      to: 'previous',
      rollbackReason: 'web:2 answers 500 on checkout',
      run
    })
    expect(world.aws.mutations()).toEqual(['TagResource', 'ModifyRule', 'TagResource', 'UpdateService'])
    expect(world.aws.ruleChanges.map((change) => change.weights)).toEqual([weightsBy(100, 0)])
    // Traffic moved without waiting for anything: no sleep before the rule change.
    expect(world.aws.ruleChanges[0].at).toBe(started)
    expect(report.durations).toMatchObject({ switchSeconds: 0, trafficSeconds: 0 })
    expect(world.aws.calls('UpdateService')).toEqual([
      { cluster: 'prod', service: world.aws.services.green.serviceArn, desiredCount: 0 }
    ])
    expect(report.reason).toBe(
      `blue (web-blue) serves ${taskDefinitionArn(1)} (rolled back from ${taskDefinitionArn(2)}); green (web-green) drained and scaled to 0`
    )
    expect(gates.map((gate) => [gate.gate, gate.phase, gate.state])).toEqual([
      ['tasks', 'verify', 'passed'],
      ['targets', 'verify', 'passed']
    ])
  })

  test('the record: on the color now live, the version rolled back from leaves the history, the reason kept', async () => {
    await release('registry.example/web:2.0', { scaleDown: 'never' })
    await roll()
    expect(statuses()).toEqual(['switched', 'succeeded'])
    expect(world.aws.tagsOf('blue')).toMatchObject({
      'ecs-deploy:status': 'succeeded',
      'ecs-deploy:action': 'rollback',
      'ecs-deploy:task-definition': taskDefinitionArn(1),
      'ecs-deploy:previous-task-definition': taskDefinitionArn(2),
      'ecs-deploy:previous-color': 'green',
      'ecs-deploy:weights': 'blue=100 green=0',
      'ecs-deploy:history': 'web:1',
      'ecs-deploy:reason': 'web:2 answers 500 on checkout',
      'ecs-deploy:run': run
    })
  })

  test('a rollout caught baking (traffic on the new color, the old one still running) goes back in one rule change', async () => {
    await release('registry.example/web:2.0', { scaleDown: 'never' })
    // As a run that died during its bake leaves it: the first record of the pair, status switched.
    const tags = world.aws.tagsOf('green')
    world.aws.setTags('green', { ...tags, 'ecs-deploy:status': 'switched', 'ecs-deploy:history': '' })
    const { report } = await roll()
    expect(report).toMatchObject({ path: 'fast', taskDefinitionArn: taskDefinitionArn(1) })
    expect(world.aws.ruleChanges.map((change) => change.weights)).toEqual([weightsBy(100, 0)])
    // The rollout it ended no longer says it is baking: its record, on green, ends rolled back.
    expect(world.aws.tagsOf('green')).toMatchObject({
      'ecs-deploy:status': 'rolled-back',
      'ecs-deploy:action': 'blue-green',
      'ecs-deploy:run': blueGreenDefaults.run,
      'ecs-deploy:updated': new Date(world.aws.ruleChanges[0].at).toISOString()
    })
    expect(world.aws.tagsOf('blue')).toMatchObject({
      'ecs-deploy:status': 'succeeded',
      'ecs-deploy:action': 'rollback'
    })
  })
})

describe('slow path: the previous version runs nowhere', () => {
  test('deployed to the idle color at the live size, verified, switched, then the bad color scaled down', async () => {
    await release('registry.example/web:2.0')
    expect(world.aws.runningTasks('blue')).toHaveLength(0)
    const { report } = await roll()

    expect(report).toMatchObject({ status: 'succeeded', path: 'slow', liveColor: 'blue' })
    expect(world.aws.mutations()).toEqual([
      'TagResource',
      'UpdateService',
      'TagResource',
      'ModifyRule',
      'TagResource',
      'UpdateService'
    ])
    expect(statuses()).toEqual(['deploying', 'switched', 'succeeded'])
    expect(world.aws.calls('UpdateService')).toEqual([
      {
        cluster: 'prod',
        service: world.aws.services.blue.serviceArn,
        taskDefinition: taskDefinitionArn(1),
        desiredCount: 2
      },
      { cluster: 'prod', service: world.aws.services.green.serviceArn, desiredCount: 0 }
    ])
    // The switch came once blue ran 2 healthy targets.
    const switched = world.aws.sent.find((call) => call.operation === 'ModifyRule')!
    expect(switched.at).toBeGreaterThan(world.aws.sent[0].at)
    expect(world.aws.runningTasks('blue')).toHaveLength(2)
    expect(world.aws.runningTasks('green')).toHaveLength(0)
    expect(report.durations.deploySeconds).toBeGreaterThan(0)
  })

  test('the version crashes on the idle color: traffic never moves, the idle color goes back to 0', async () => {
    await release('registry.example/web:2.0')
    world.aws.behaviours.set(taskDefinitionArn(1), 'crash')
    const { report } = await roll()
    expect(report.status).toBe('failed')
    expect(report.reason).toMatch(
      /^gate tasks failed while blue \(web-blue\) deployed: 1 task stopped: EssentialContainerExited.*; production traffic stayed on green \(web-green\); blue \(web-blue\) scaled to 0$/
    )
    expect(world.aws.ruleChanges).toEqual([])
    expect(statuses()).toEqual(['deploying', 'failed'])
    // What serves is still the version it meant to roll back from.
    expect(report).toMatchObject({ liveColor: 'green', taskDefinitionArn: taskDefinitionArn(2) })
  })

  test('a deregistered (INACTIVE) previous version is refused before any change', async () => {
    await release('registry.example/web:2.0')
    world.aws.taskDefinitions.get(taskDefinitionArn(1))!.status = 'INACTIVE'
    await expect(roll()).rejects.toThrow(
      `Cannot roll back: ${taskDefinitionArn(1)} is INACTIVE (deregistered), and ECS deploys it to web-blue no more; register it again and give to: the new revision`
    )
    expect(world.aws.mutations()).toEqual([])
  })
})

describe('which version: the last that succeeded before the one serving', () => {
  test('rolling back twice walks back through the history instead of bouncing onto the bad release', async () => {
    await release('registry.example/web:2.0')
    await release('registry.example/web:3.0')
    expect(world.aws.tagsOf('blue')['ecs-deploy:history']).toBe('web:3 2 1')

    const first = await roll()
    expect(first.report).toMatchObject({
      taskDefinitionArn: taskDefinitionArn(2),
      rolledBackFrom: taskDefinitionArn(3),
      path: 'slow'
    })
    expect(world.aws.tagsOf('green')['ecs-deploy:history']).toBe('web:2 1')

    const second = await roll()
    expect(second.report).toMatchObject({
      taskDefinitionArn: taskDefinitionArn(1),
      rolledBackFrom: taskDefinitionArn(2)
    })
    expect(world.aws.tagsOf('blue')['ecs-deploy:history']).toBe('web:1')

    await expect(roll()).rejects.toThrow(
      `Nothing to roll back to: the record on web-blue / web-green (last written by run ${run}) names no version that succeeded before ${taskDefinitionArn(1)} (succeeded: web:1); give to: a task definition`
    )
  })

  test('to: a revision by family:revision', async () => {
    await release('registry.example/web:2.0')
    await release('registry.example/web:3.0')
    const { report } = await roll({ to: 'web:1' })
    expect(report).toMatchObject({
      taskDefinitionArn: taskDefinitionArn(1),
      to: 'web:1',
      status: 'succeeded'
    })
    expect(world.aws.tagsOf('green')['ecs-deploy:history']).toBe('web:1 2')
  })

  test('to: the version serving already: nothing to do, nothing changed', async () => {
    await release('registry.example/web:2.0')
    const { report } = await roll({ to: taskDefinitionArn(2) })
    expect(report).toMatchObject({ status: 'succeeded', path: 'none' })
    expect(report.reason).toBe(`nothing: green (web-green) serves ${taskDefinitionArn(2)} already`)
    expect(world.aws.mutations()).toEqual([])
  })
})

describe('a rollout in progress is aborted', () => {
  test('paused (mode deploy): the version it verified on the idle color is scaled down; traffic never moved', async () => {
    await release('registry.example/web:2.0')
    await release('registry.example/web:3.0', { mode: 'deploy' })
    const { report } = await roll()
    expect(report).toMatchObject({
      status: 'succeeded',
      path: 'abort',
      liveColor: 'green',
      taskDefinitionArn: taskDefinitionArn(2),
      rolledBackFrom: taskDefinitionArn(3)
    })
    expect(world.aws.ruleChanges).toEqual([])
    // The paused rollout's record (on blue) ends rolled back, then the rollback's own (on green) is written.
    expect(world.aws.mutations()).toEqual(['TagResource', 'TagResource', 'UpdateService'])
    expect(world.aws.calls('TagResource').map((call) => call.resourceArn)).toEqual([
      world.aws.services.blue.serviceArn,
      world.aws.services.green.serviceArn
    ])
    expect(world.aws.tagsOf('blue')).toMatchObject({
      'ecs-deploy:status': 'rolled-back',
      'ecs-deploy:action': 'blue-green'
    })
    expect(world.aws.calls('UpdateService')[0]).toEqual({
      cluster: 'prod',
      service: world.aws.services.blue.serviceArn,
      desiredCount: 0
    })
    expect(world.aws.tagsOf('green')).toMatchObject({
      'ecs-deploy:status': 'succeeded',
      'ecs-deploy:action': 'rollback',
      'ecs-deploy:history': 'web:2 1'
    })
  })

  test('a canary split (the rule partly on the new color): all traffic back in one rule change, the new color down', async () => {
    await release('registry.example/web:2.0', { scaleDown: 'never' })
    // green runs web:2 and took 10%; its record says it was moving traffic (switched) at these weights.
    world.aws.setWeights(90, 10)
    world.aws.setTags('green', {
      ...world.aws.tagsOf('green'),
      'ecs-deploy:status': 'switched',
      'ecs-deploy:weights': 'blue=90 green=10',
      'ecs-deploy:history': 'web:1'
    })
    const { report } = await roll()
    expect(report).toMatchObject({
      path: 'abort',
      liveColor: 'blue',
      taskDefinitionArn: taskDefinitionArn(1),
      rolledBackFrom: taskDefinitionArn(2)
    })
    expect(world.aws.ruleChanges.map((change) => change.weights)).toEqual([weightsBy(100, 0)])
    expect(world.aws.mutations()).toEqual(['ModifyRule', 'TagResource', 'TagResource', 'UpdateService'])
    expect(report.durations.trafficSeconds).toBe(0)
    // The canary's record (on green) says how it ended, no longer that it is moving traffic.
    expect(world.aws.tagsOf('green')).toMatchObject({
      'ecs-deploy:status': 'rolled-back',
      'ecs-deploy:weights': 'blue=90 green=10'
    })
    expect(world.aws.tagsOf('blue')).toMatchObject({
      'ecs-deploy:status': 'succeeded',
      'ecs-deploy:action': 'rollback'
    })
  })

  test('a rollback that died after its switch is finished by the next one (it goes on to its own target)', async () => {
    await release('registry.example/web:2.0', { scaleDown: 'never' })
    await roll()
    // As if that rollback had died right after its switch: its record still says switched, green still runs.
    world.aws.setTags('blue', {
      ...world.aws.tagsOf('blue'),
      'ecs-deploy:status': 'switched',
      'ecs-deploy:history': 'web:2 1'
    })
    world.aws.services.green.desiredCount = 2
    world.aws.services.green.deployments![0].desiredCount = 2
    world.clock.time += 60_000
    await world.clock.sleep(5000)
    await world.clock.sleep(5000)
    world.aws.sent.length = 0
    const { report } = await roll()
    expect(report).toMatchObject({
      path: 'abort',
      taskDefinitionArn: taskDefinitionArn(1),
      rolledBackFrom: taskDefinitionArn(2),
      liveColor: 'blue'
    })
    expect(world.aws.mutations()).toEqual(['TagResource', 'UpdateService'])
    expect(world.aws.tagsOf('blue')).toMatchObject({
      'ecs-deploy:status': 'succeeded',
      'ecs-deploy:history': 'web:1'
    })
  })
})

describe('after the switch: alarms and the probe must recover', () => {
  test('an alarm that clears after the switch: watched until it does', async () => {
    await release('registry.example/web:2.0', { scaleDown: 'never' })
    world.aws.alarms.set('web-5xx', { state: 'ALARM', reason: 'Threshold Crossed: 40 > 5' })
    probeStatus = 502
    world.aws.at(world.aws.step + 2, () => world.aws.alarms.set('web-5xx', { state: 'OK', reason: 'fine' }))
    world.aws.at(world.aws.step + 3, () => (probeStatus = 200))
    const { report, gates } = await roll({ alarms: ['web-5xx'], healthCheckUrl: 'https://web.example.com/' })
    expect(report.status).toBe('succeeded')
    expect(report.reason).toMatch(/; alarms, http-probe passed after the rollback$/)
    expect(gates.find((gate) => gate.gate === 'alarms')).toMatchObject({ phase: 'confirm', state: 'passed' })
    // The alarm in ALARM did not hold the switch back.
    expect(world.aws.ruleChanges[0].at).toBeLessThan(world.clock.now())
  })

  test('an alarm still firing at wait-timeout fails the step; traffic stays on the version rolled back to', async () => {
    await release('registry.example/web:2.0', { scaleDown: 'never' })
    world.aws.alarms.set('web-5xx', { state: 'ALARM', reason: 'Threshold Crossed: 40 > 5' })
    const { report } = await roll({ alarms: ['web-5xx'], waitTimeoutMs: 60_000 })
    expect(report.status).toBe('failed')
    expect(report.reason).toMatch(
      /; but alarms did not pass within wait-timeout 1m after it: alarm web-5xx is in ALARM: Threshold Crossed: 40 > 5$/
    )
    expect(world.aws.weights()).toEqual({ blue: 100, green: 0 })
    expect(world.aws.tagsOf('blue')['ecs-deploy:status']).toBe('succeeded')
  })
})

describe('a dry run says what it would do and changes nothing', () => {
  test('fast path', async () => {
    await release('registry.example/web:2.0', { scaleDown: 'never' })
    const { report } = await roll({ dryRun: true })
    expect(report).toMatchObject({ status: 'dry-run', path: 'fast', taskDefinitionArn: taskDefinitionArn(1) })
    expect(report.reason).toBe(
      `dry run, nothing changed; would switch production traffic from green (web-green) to blue (web-blue), which runs ${taskDefinitionArn(1)} with 2 healthy targets (2 needed): one rule change; then scale green (web-green) (${taskDefinitionArn(2)}) to 0 once the rule gives it no traffic`
    )
    expect(world.aws.mutations()).toEqual([])
  })

  test('slow path', async () => {
    await release('registry.example/web:2.0')
    const { report } = await roll({ dryRun: true })
    expect(report.plan).toEqual([
      `deploy ${taskDefinitionArn(1)} to blue (web-blue) at 2 tasks (it has 0 healthy targets of it), wait until every task runs and every target is healthy, then switch production traffic to it in one rule change`,
      `scale green (web-green) (${taskDefinitionArn(2)}) to 0 once the rule gives it no traffic`
    ])
    expect(world.aws.mutations()).toEqual([])
  })
})

describe('refused in one line, nothing changed', () => {
  const refused = async (overrides: Partial<RollbackOptions> = {}) => {
    const error = await roll(overrides).then(
      () => undefined,
      (caught: Error) => caught.message
    )
    expect(world.aws.mutations()).toEqual([])
    return error
  }

  test('nothing recorded on the pair', async () => {
    expect(await refused()).toBe(
      'Nothing to roll back to: no rollout is recorded on web-blue / web-green (no ecs-deploy:* tags); give to: a task definition (ARN or family:revision)'
    )
  })

  test('a version that does not exist', async () => {
    await release('registry.example/web:2.0')
    expect(await refused({ to: 'web:9' })).toMatch(
      /^Cannot roll back: to: "web:9" no longer exists in ECS \(ClientException: Unable to describe task definition\.\)$/
    )
  })

  test('a version of another family', async () => {
    await release('registry.example/web:2.0')
    expect(await refused({ to: 'billing:3' })).toBe(
      'Invalid input to: "billing:3" is of family billing, not web that web-blue / web-green runs, and no recorded rollout ran it there'
    )
  })

  test('a rule that matches no record (moved by hand after the last release)', async () => {
    await release('registry.example/web:2.0', { scaleDown: 'never' })
    world.aws.setWeights(100, 0)
    expect(await refused()).toBe(
      `Cannot roll back: the production rule sends 100% to blue (web-blue), but the last record (run ${blueGreenDefaults.run}) says green (web-green) took the traffic with ${taskDefinitionArn(2)}; the rule was changed outside these actions: give to: a task definition`
    )
  })

  test('a split rule that no record explains', async () => {
    await release('registry.example/web:2.0', { scaleDown: 'never' })
    world.aws.setWeights(50, 50)
    expect(await refused()).toMatch(/is split .* and no rollout recorded on the services explains it/)
  })
})
