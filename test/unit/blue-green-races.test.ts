/**
 * Blue-green against a pair that others change while the run goes on: a color scaled by a person or autoscaling,
 * the production rule moved by another run, the runner cancelling while a change is in flight, and inputs that
 * name the wrong thing. Each test asserts the mutating calls in order, the status and the facts of the reason.
 */
import { describe, expect, test } from '@jest/globals'
import type { Tag } from '@aws-sdk/client-ecs'
import { CancelledError } from '../../src/core/errors.ts'
import type { BlueGreenOptions } from '../../src/strategies/blue-green/index.ts'
import { freshWorldEachTest } from './support/fresh-world.ts'
import { blueGreenDefaults, runBlueGreen, type RunExtras } from './support/run-blue-green.ts'
import {
  FakePair,
  listenerArn,
  ruleArn,
  serviceArn,
  taskDefinitionArn,
  type Color,
  weightsBy
} from './support/fake-pair.ts'
import { ecsArn } from './support/scripted-aws.ts'

const world = freshWorldEachTest((clock) => new FakePair(clock))

const options = blueGreenDefaults

const deploy = (overrides: Partial<BlueGreenOptions> = {}, extras?: RunExtras) =>
  runBlueGreen(world, { ...options, ...overrides }, extras)

/*
 * With these options the scripted pair deploys green in steps 1-2, switches at step 2 and bakes from step 3 to
 * step 8 (one step per 5 s poll); each test that relies on it checks the switch came before its change.
 */
const bakeStep = 5

const productionChanges = () =>
  world.aws.ruleChanges.filter((change) => change.arn === ruleArn || change.arn === listenerArn)

/** The `ecs-deploy:status` a TagResource input writes. */
const statusIn = (input: { tags: Tag[] }): string | undefined =>
  input.tags.find((tag) => tag.key === 'ecs-deploy:status')?.value
/** The status each TagResource call wrote, in order. */
const recordedStatuses = () => world.aws.calls('TagResource').map(statusIn)

/** What a person or autoscaling does to a color: desired count 0, and the scheduler scales its tasks in. */
function scaleToZero(color: Color): void {
  const service = world.aws.services[color]
  service.desiredCount = 0
  service.deployments![0].desiredCount = 0
}

/** The world's time when `step` runs, once it has run. */
function timeOf(step: number): () => number {
  let at = -1
  world.aws.at(step, () => (at = world.clock.now()))
  return () => at
}

describe('the new live color scaled to 0 during the bake', () => {
  test('the tasks gate fails against the count the rollout deployed; traffic goes back to blue, blue keeps its tasks', async () => {
    const scaledAt = timeOf(bakeStep)
    world.aws.at(bakeStep, () => scaleToZero('green'))
    const { report } = await deploy()

    expect(report.status).toBe('rolled-back')
    expect(report.reason).toMatch(
      /^gate tasks failed on green \(web-green\): during bake-time, after \d+s: 0\/2 running, the service's desired count is now 0, below the 2 this rollout deployed \(changed outside this rollout\); traffic switched back to blue \(web-blue\); green \(web-green\) scaled to 0$/
    )
    const changes = productionChanges()
    expect(changes.map((change) => change.weights)).toEqual([weightsBy(0, 100), weightsBy(100, 0)])
    expect(changes[0].at).toBeLessThan(scaledAt())
    // Seen at the next look, not at the end of the bake.
    expect(changes[1].at - scaledAt()).toBeLessThanOrEqual(options.pollIntervalMs)
    expect(world.aws.mutations()).toEqual([
      'RegisterTaskDefinition',
      'TagResource',
      'UpdateService',
      'TagResource',
      'ModifyRule',
      'ModifyRule',
      'UpdateService',
      'TagResource'
    ])
    expect(world.aws.updates()).toEqual([
      {
        cluster: 'prod',
        service: serviceArn('green'),
        taskDefinition: taskDefinitionArn(2),
        desiredCount: 2
      },
      { cluster: 'prod', service: serviceArn('green'), desiredCount: 0 }
    ])
    expect(recordedStatuses()).toEqual(['deploying', 'switched', 'rolled-back'])
    expect(world.aws.runningTasks('blue')).toHaveLength(2)
    expect(report).toMatchObject({ liveColor: 'blue', idleColor: 'green' })
  })
})

describe('the production rule moved by another run', () => {
  test('during the bake: the bake may pass, but blue is not scaled down since the rule read right before sends it everything', async () => {
    const movedAt = timeOf(bakeStep)
    // As a second run switching back to blue would.
    world.aws.at(bakeStep, () => world.aws.setWeights(100, 0))
    const { report } = await deploy()

    expect(report.status).toBe('failed')
    expect(report.reason).toBe(
      `green (web-green) serves ${taskDefinitionArn(2)} after 30s of bake-time with every gate passing; but not scaling blue (web-blue) down: the production rule now sends 100% to blue (web-blue) (changed by another run or by hand since this run read it)`
    )
    expect(productionChanges().map((change) => change.weights)).toEqual([weightsBy(0, 100)])
    expect(productionChanges()[0].at).toBeLessThan(movedAt())
    expect(world.aws.mutations()).toEqual([
      'RegisterTaskDefinition',
      'TagResource',
      'UpdateService',
      'TagResource',
      'ModifyRule',
      'TagResource'
    ])
    // The rule was read again after the bake, right before the scale-down would have gone out.
    const reread = world.aws.sent.filter((call) => call.operation === 'DescribeRules').at(-1)!
    expect(reread.at).toBeGreaterThanOrEqual(productionChanges()[0].at + options.bakeTimeMs)
    expect(world.aws.updates().map((update) => update.service)).toEqual([serviceArn('green')])
    expect(world.aws.runningTasks('blue')).toHaveLength(2)
    expect(world.aws.weights()).toEqual({ blue: 100, green: 0 })
  })

  // The outputs name the colors as the rule read last has them ("the color production traffic is on when the step
  // ends", action.yml), not as this run last wrote it: a later job must not treat the color taking traffic as idle.
  test('during the bake: the outputs name the color the rule read last sends traffic to', async () => {
    world.aws.at(bakeStep, () => world.aws.setWeights(100, 0))
    const { report } = await deploy()
    expect(report.status).toBe('failed')
    expect(report).toMatchObject({ liveColor: 'blue', idleColor: 'green' })
  })

  test('before the switch (50/50 while green deploys): no production rule change; the run says the rule changed', async () => {
    const movedAt = timeOf(1)
    world.aws.at(1, () => world.aws.setWeights(50, 50))
    const { report } = await deploy()

    expect(report.status).toBe('failed')
    expect(report.reason).toMatch(
      /^error: the production rule changed since this run read it: it now sends blue \(web-blue\) 50%, green \(web-green\) 50%; not switching to green \(web-green\)/
    )
    expect(movedAt()).toBeGreaterThan(0)
    expect(productionChanges()).toEqual([])
    expect(world.aws.calls('ModifyRule')).toEqual([])
    expect(world.aws.calls('ModifyListener')).toEqual([])
    expect(world.aws.weights()).toEqual({ blue: 50, green: 50 })
    // Green takes half the traffic now: it is not shrunk either.
    expect(report.reason).toContain(
      '; not scaling green (web-green) down: the production rule now sends blue (web-blue) 50%, green (web-green) 50%'
    )
    expect(world.aws.mutations()).toEqual([
      'RegisterTaskDefinition',
      'TagResource',
      'UpdateService',
      'TagResource',
      'TagResource'
    ])
    expect(world.aws.updates()).toHaveLength(1)
    expect(recordedStatuses()).toEqual(['deploying', 'switched', 'failed'])
    expect(world.aws.runningTasks('green')).toHaveLength(2)
  })
})

describe('cancelled while the record of the switch is being written', () => {
  test.each([
    ['a listener rule', ruleArn, false],
    ['a default rule (listener ARN)', listenerArn, true]
  ])('%s: no production rule change at all afterwards', async (_name, listenerRule, isDefault) => {
    world.aws.ruleIsDefault = isDefault
    const controller = new AbortController()
    let cancelled = false
    world.aws.fail = (operation, input) => {
      // The runner's SIGINT arrives while this call is in flight; the call itself succeeds.
      if (operation === 'TagResource' && statusIn(input) === 'switched') {
        controller.abort(new CancelledError('cancelled (SIGINT)'))
        cancelled = true
      }
      return undefined
    }
    const { report } = await deploy({ listenerRule }, { signal: controller.signal })

    expect(cancelled).toBe(true)
    expect(report.status).toBe('failed')
    expect(report.reason).toBe('cancelled (SIGINT); production traffic stayed on blue (web-blue)')
    expect(productionChanges()).toEqual([])
    expect(world.aws.calls('ModifyRule')).toEqual([])
    expect(world.aws.calls('ModifyListener')).toEqual([])
    expect(world.aws.mutations()).toEqual([
      'RegisterTaskDefinition',
      'TagResource',
      'UpdateService',
      'TagResource',
      'TagResource'
    ])
    expect(recordedStatuses()).toEqual(['deploying', 'switched', 'failed'])
    expect(world.aws.weights()).toEqual({ blue: 100, green: 0 })
  })
})

describe('traffic goes back only to a color with a target to take it', () => {
  test('blue scaled to 0 during the bake, then an alarm: no switch back to blue, and green keeps serving', async () => {
    world.aws.alarms.set('web-5xx', { state: 'OK', reason: 'fine' })
    const failedAt = timeOf(bakeStep)
    world.aws.at(bakeStep, () => {
      scaleToZero('blue')
      world.aws.alarms.set('web-5xx', { state: 'ALARM', reason: 'Threshold Crossed: 12 > 5' })
    })
    const { report } = await deploy({ alarms: ['web-5xx'] })

    expect(report.status).toBe('failed')
    expect(report.reason).toMatch(
      /^gate alarms failed on green \(web-green\): during bake-time, after \d+s: alarm web-5xx is in ALARM: Threshold Crossed: 12 > 5; switching traffic back to blue \(web-blue\) FAILED: blue \(web-blue\) has no target to take the traffic \(2 registered, all draining\); traffic left where it is$/
    )
    expect(productionChanges().map((change) => change.weights)).toEqual([weightsBy(0, 100)])
    expect(productionChanges()[0].at).toBeLessThan(failedAt())
    expect(world.aws.weights()).toEqual({ blue: 0, green: 100 })
    // Green serves all the traffic: it is not scaled down either.
    expect(world.aws.mutations()).toEqual([
      'RegisterTaskDefinition',
      'TagResource',
      'UpdateService',
      'TagResource',
      'ModifyRule',
      'TagResource'
    ])
    expect(world.aws.updates()).toHaveLength(1)
    expect(recordedStatuses()).toEqual(['deploying', 'switched', 'failed'])
    expect(world.aws.runningTasks('green')).toHaveLength(2)
  })
})

describe('refused before any change', () => {
  test('promote when the paused idle color was scaled to 0 since', async () => {
    await deploy({ mode: 'deploy' })
    scaleToZero('green')
    world.aws.sent.length = 0
    await expect(deploy({ mode: 'promote', taskDefinition: undefined, run: 'run-2' })).rejects.toThrow(
      'Nothing to promote: green (web-green) was scaled to 0 tasks after the rollout paused; deploy again'
    )
    expect(world.aws.mutations()).toEqual([])
    expect(world.aws.tagsOf('green')['ecs-deploy:status']).toBe('paused')
  })

  const billing = ecsArn('task-definition/billing:3')

  function addBilling(): void {
    world.aws.taskDefinitions.set(billing, {
      taskDefinitionArn: billing,
      family: 'billing',
      revision: 3,
      status: 'ACTIVE',
      networkMode: 'awsvpc',
      containerDefinitions: [
        {
          name: 'web',
          image: 'registry.example/billing:3.0',
          portMappings: [{ containerPort: 8080 }],
          essential: true
        }
      ]
    })
  }

  test('a task definition of another family, naming both families; allow-family-change deploys it', async () => {
    addBilling()
    await expect(deploy({ taskDefinition: { kind: 'arn', arn: billing } })).rejects.toThrow(
      `Invalid input task-definition-arn: its family "billing" is not the family of the service's task definition "web" (${taskDefinitionArn(1)}); set allow-family-change: true to deploy another family`
    )
    expect(world.aws.mutations()).toEqual([])

    const { report } = await deploy({
      taskDefinition: { kind: 'arn', arn: billing },
      allowFamilyChange: true
    })
    expect(report).toMatchObject({ status: 'succeeded', liveColor: 'green', taskDefinitionArn: billing })
    expect(world.aws.updates()[0]).toEqual({
      cluster: 'prod',
      service: serviceArn('green'),
      taskDefinition: billing,
      desiredCount: 2
    })
    expect(world.aws.mutations()).toEqual([
      'TagResource',
      'UpdateService',
      'TagResource',
      'ModifyRule',
      'TagResource',
      'UpdateService'
    ])
  })
})
