/**
 * How a rolling update ends when things happen at awkward moments (a cancellation while a change is in flight, the
 * circuit breaker's verdict in the same look as the stopped tasks, a deployment gone between two looks) and what it
 * refuses before changing anything (a service without tag room, counts and images ECS would refuse). Through the
 * action's run() with a mocked @actions/core, a scripted service and a fake clock, like rolling.test.ts.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Tag, Task } from '@aws-sdk/client-ecs'
import * as core from '../fixtures/core.ts'
import { freshWorldEachTest } from './support/fresh-world.ts'
import { FakeAws, targetGroupArn, taskDefinitionArn } from './support/fake-aws.ts'
import { ecsArn } from './support/scripted-aws.ts'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../src/main/rolling.ts')

const world = freshWorldEachTest((clock) => new FakeAws(clock))
let workspace: string

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'rolling-endings-'))
  process.env.GITHUB_WORKSPACE = workspace
})

afterEach(() => {
  rmSync(workspace, { recursive: true, force: true })
  delete process.env.GITHUB_WORKSPACE
})

async function deploy(inputs: Record<string, string>) {
  core.reset({ cluster: 'prod', service: 'web', ...inputs })
  await run({ clock: world.clock, clients: world.aws.clients })
  const outputs = core.outputs()
  return {
    outputs,
    failure: core.setFailed.mock.calls.map(([message]) => String(message)),
    log: core.info.mock.calls.map(([line]) => String(line))
  }
}

/** Deploys image web:2.0 into container web (revision 8), with these other inputs. */
const deployNewImage = (inputs: Record<string, string> = {}) =>
  deploy({ image: 'registry.example/web:2.0', container: 'web', ...inputs })

const serviceArn = () => world.aws.service.serviceArn!

/** The `ecs-deploy:status` a TagResource input writes. */
const statusIn = (input: { tags: Tag[] }): string | undefined =>
  input.tags.find((tag) => tag.key === 'ecs-deploy:status')?.value
/** The status each TagResource call wrote, in order. */
const recordedStatuses = () => world.aws.calls('TagResource').map(statusIn)

/** The deployment of `revision` on the service (the one this run started). */
const deploymentOf = (revision: number) =>
  world.aws.deploymentsNow().find((deployment) => deployment.taskDefinition === taskDefinitionArn(revision))!

/** A task of `deploymentId` whose essential container exited with code 1. */
function crashedTask(deploymentId: string, id: string): Task {
  return {
    taskArn: ecsArn(`task/prod/${id}`),
    group: 'service:web',
    startedBy: deploymentId,
    taskDefinitionArn: taskDefinitionArn(8),
    lastStatus: 'STOPPED',
    desiredStatus: 'STOPPED',
    stopCode: 'EssentialContainerExited',
    stoppedReason: 'Essential container in task exited',
    containers: [{ name: 'web', lastStatus: 'STOPPED', exitCode: 1 }]
  }
}

const crashed =
  '2 tasks stopped: EssentialContainerExited: Essential container in task exited; container web: exit code 1 (tasks crash1, crash2)'

describe('cancelled while a change is in flight', () => {
  /**
   * Sends the runner's SIGINT to the action alone: calls the SIGINT listeners added since `before` (the action's),
   * not those of the test runner.
   */
  function sigint(before: NodeJS.SignalsListener[]): void {
    for (const listener of process.listeners('SIGINT')) if (!before.includes(listener)) listener('SIGINT')
  }

  test.each([
    [
      'the TagResource recording deploying',
      'TagResource',
      ['RegisterTaskDefinition', 'TagResource', 'TagResource']
    ],
    ['the RegisterTaskDefinition', 'RegisterTaskDefinition', ['RegisterTaskDefinition']]
  ])('%s: the service is never updated', async (_name, inFlight, mutations) => {
    const before = process.listeners('SIGINT')
    let cancelled = false
    world.aws.fail = (operation) => {
      if (operation === inFlight && !cancelled) {
        cancelled = true
        sigint(before)
      }
      return undefined
    }
    const result = await deployNewImage()

    expect(cancelled).toBe(true)
    expect(world.aws.updates()).toEqual([])
    expect(world.aws.mutations()).toEqual(mutations)
    expect(result.outputs.status).toBe('failed')
    expect(result.failure).toEqual([
      `Rolling update failed: cancelled (SIGINT) before the service was changed: web still runs ${taskDefinitionArn(7)}`
    ])
    // A record that said deploying is corrected; none is written once cancelled before it.
    expect(recordedStatuses()).toEqual(inFlight === 'TagResource' ? ['deploying', 'failed'] : [])
    expect(world.aws.service.taskDefinition).toBe(taskDefinitionArn(7))
  })
})

describe('the circuit breaker', () => {
  test('its verdict seen in the same look as the stopped tasks: the failure names why they stopped', async () => {
    // Tasks fail to launch; the breaker fails the deployment at step 2 and rolls back (the action enables it).
    world.aws.behaviours.set(taskDefinitionArn(8), 'breaker')
    let stoppedAt = -1
    world.aws.at(2, () => {
      const { id } = deploymentOf(8)
      world.aws.tasks.push(crashedTask(id!, 'crash1'), crashedTask(id!, 'crash2'))
      stoppedAt = world.aws.step
    })
    const result = await deployNewImage()

    expect(stoppedAt).toBe(2)
    expect(result.outputs.status).toBe('rolled-back')
    expect(result.failure).toHaveLength(1)
    expect(result.failure[0]).toMatch(
      /^Rolling update rolled back: the ECS deployment circuit breaker failed deployment ecs-svc\/\d+ \(rolloutState FAILED: ECS deployment circuit breaker: tasks failed to start\.\)/
    )
    expect(result.failure[0]).toContain(
      `; ${crashed}; the ECS circuit breaker rolled the service back to ${taskDefinitionArn(7)}`
    )
    // ECS rolls back by itself: the action updates the service once.
    expect(world.aws.mutations()).toEqual([
      'RegisterTaskDefinition',
      'TagResource',
      'UpdateService',
      'TagResource'
    ])
    expect(recordedStatuses()).toEqual(['deploying', 'rolled-back'])
  })

  /** ECS failed the deployment and finished its rollback between two looks: only its events tell. */
  function breakerRollbackBetweenLooks(withEvent: boolean): { failedId: () => string } {
    world.aws.behaviours.set(taskDefinitionArn(8), 'stuck')
    let failedId = ''
    world.aws.at(2, () => {
      const failed = deploymentOf(8)
      const previous = deploymentOf(7)
      failedId = failed.id!
      world.aws.tasks.push(crashedTask(failedId, 'crash1'), crashedTask(failedId, 'crash2'))
      previous.status = 'PRIMARY'
      world.aws.service.deployments = [previous]
      world.aws.service.taskDefinition = taskDefinitionArn(7)
      if (withEvent) {
        world.aws.service.events = [
          {
            id: 'event-breaker',
            createdAt: new Date(world.clock.now()),
            message: `(service web) (deployment ${failedId}) deployment failed: tasks failed to start.`
          },
          ...(world.aws.service.events ?? [])
        ]
      }
    })
    return { failedId: () => failedId }
  }

  test('the deployment gone between two looks, the service back on the previous revision: rolled-back, naming the breaker and the stopped tasks', async () => {
    const { failedId } = breakerRollbackBetweenLooks(true)
    const result = await deployNewImage()

    expect(result.outputs.status).toBe('rolled-back')
    expect(result.failure).toEqual([
      `Rolling update rolled back: the ECS deployment circuit breaker failed deployment ${failedId()} (deployment failed: tasks failed to start.); ${crashed}; the ECS circuit breaker rolled the service back to ${taskDefinitionArn(7)}`
    ])
    expect(world.aws.mutations()).toEqual([
      'RegisterTaskDefinition',
      'TagResource',
      'UpdateService',
      'TagResource'
    ])
    expect(recordedStatuses()).toEqual(['deploying', 'rolled-back'])
  })

  test('the deployment gone without a breaker event is not the breaker: failed, and not rolled back over the service', async () => {
    const { failedId } = breakerRollbackBetweenLooks(false)
    const result = await deployNewImage()

    expect(result.outputs.status).toBe('failed')
    expect(result.failure[0]).toContain(`deployment ${failedId()} is gone; the service now runs deployment`)
    expect(result.failure[0]).toContain('not rolled back: another deployment now owns the service')
    expect(world.aws.updates()).toHaveLength(1)
  })
})

describe('refused before any change', () => {
  /** A change would be a bug here: it fails at once (a 100 KB desired-count must not start tasks forever). */
  const refuseChanges = () => {
    world.aws.fail = (operation) =>
      /^(Describe|List|Get)/.test(operation) ? undefined : new Error(`unexpected ${operation}`)
  }

  const tags = (count: number): Tag[] =>
    Array.from({ length: count }, (_, i) => ({ key: `team:${i}`, value: 'web' }))

  test('a service with 42 tags of its own: no room for the 9 tags of the record', async () => {
    world.aws.tags[serviceArn()] = tags(42)
    refuseChanges()
    const result = await deployNewImage()
    expect(result.failure).toEqual([
      'Invalid input service: service web has 42 tags; the rollout record needs 9 of the 50 AWS allows'
    ])
    expect(world.aws.mutations()).toEqual([])
    expect(core.setOutput).not.toHaveBeenCalled()
  })

  test('41 tags of its own and an earlier record: the record overwrites its own keys, so it fits', async () => {
    const earlier = ['status', 'task-definition', 'previous-task-definition', 'step', 'run', 'updated'].map(
      (name) => ({ key: `ecs-deploy:${name}`, value: 'x' })
    )
    world.aws.tags[serviceArn()] = [...tags(41), ...earlier]
    const result = await deployNewImage()
    expect(result.failure).toEqual([])
    expect(result.outputs.status).toBe('succeeded')
    // 41, then the 8 keys a rolling update writes (a rollback's reason would be the 9th).
    expect(world.aws.tags[serviceArn()]).toHaveLength(49)
  })

  const longImage = (length: number) => `registry.example/${'a'.repeat(length - 'registry.example/'.length)}`

  test.each([
    ['desired-count 0', { 'desired-count': '0' }, 'Invalid input: desired-count "0" is less than 1'],
    [
      'desired-count 5001 (the service quota is 5000)',
      { 'desired-count': '5001' },
      'Invalid input: desired-count "5001" is more than 5000'
    ],
    [
      'an image with a space',
      { image: 'registry.example/web:2.0 beta' },
      'Invalid input: image "registry.example/web:2.0 beta" contains characters ECS refuses in an image reference (" ")'
    ],
    [
      'an image with a new line',
      { image: 'registry.example/web:2.0\nbeta' },
      'Invalid input: image "registry.example/web:2.0 beta" contains characters ECS refuses in an image reference ("\\n")'
    ],
    [
      'an image of 256 characters',
      { image: longImage(256) },
      `Invalid input: image "${longImage(256).slice(0, 200)}..." (256 characters) is 256 characters long; ECS takes at most 255`
    ]
  ])('%s: an input error, before any AWS call', async (_name, inputs, message) => {
    refuseChanges()
    const result = await deployNewImage(inputs)
    expect(result.failure).toEqual([message])
    expect(world.aws.commands()).toEqual([])
    expect(core.setOutput).not.toHaveBeenCalled()
  })

  test('an image of 255 characters is one ECS takes', async () => {
    const result = await deployNewImage({ image: longImage(255) })
    expect(result.failure).toEqual([])
    expect(world.aws.calls('RegisterTaskDefinition')[0].containerDefinitions[0].image).toBe(longImage(255))
  })

  test('a service running 0 tasks, no desired-count: refused with read-only calls only', async () => {
    world.aws.service.desiredCount = 0
    refuseChanges()
    const result = await deployNewImage()
    expect(result.failure).toEqual([
      'Invalid input desired-count: service "web" runs 0 tasks, and a deployment of 0 tasks cannot be verified; give desired-count (at least 1)'
    ])
    expect(world.aws.mutations()).toEqual([])
    // With desired-count it can be verified.
    world.aws.fail = undefined
    const given = await deployNewImage({ 'desired-count': '1' })
    expect(given.outputs.status).toBe('succeeded')
    expect(world.aws.updates()[0]).toMatchObject({ taskDefinition: taskDefinitionArn(8), desiredCount: 1 })
  })

  test('an image with a space in a task definition file names the file and the container', async () => {
    writeFileSync(
      join(workspace, 'td.json'),
      JSON.stringify({
        family: 'web',
        containerDefinitions: [{ name: 'web', image: 'registry.example/web:2.0 beta' }]
      })
    )
    const result = await deploy({ 'task-definition': 'td.json' })
    expect(result.failure).toEqual([
      `Invalid input task-definition: "${join(workspace, 'td.json')}": the image of container "web" "registry.example/web:2.0 beta" contains characters ECS refuses in an image reference (" ")`
    ])
    expect(world.aws.mutations()).toEqual([])
  })

  test('a task definition file of another family, naming both families', async () => {
    writeFileSync(
      join(workspace, 'td.json'),
      JSON.stringify({
        family: 'billing',
        containerDefinitions: [
          { name: 'web', image: 'registry.example/b:1', portMappings: [{ containerPort: 8080 }] }
        ]
      })
    )
    const result = await deploy({ 'task-definition': 'td.json' })
    expect(result.failure).toEqual([
      `Invalid input task-definition: its family "billing" is not the family of the service's task definition "web" (${taskDefinitionArn(7)}); set allow-family-change: true to deploy another family`
    ])
    expect(world.aws.mutations()).toEqual([])
    const allowed = await deploy({ 'task-definition': 'td.json', 'allow-family-change': 'true' })
    expect(allowed.outputs.status).toBe('succeeded')
    expect(world.aws.calls('RegisterTaskDefinition')[0].family).toBe('billing')
  })

  test.each([
    [
      'image',
      { image: `registry.example/${'x'.repeat(100_000)}` },
      /^Invalid input: image "registry\.example\/x+\.\.\." \(100017 characters\) is 100017 characters long; ECS takes at most 255$/
    ],
    [
      'wait-timeout',
      { 'wait-timeout': '9'.repeat(50_000) + 'x'.repeat(50_000) },
      /^Invalid input: wait-timeout "9+\.\.\." \(100000 characters\) is not a duration/
    ],
    [
      'desired-count',
      { 'desired-count': '9'.repeat(100_000) },
      /^Invalid input: desired-count "9+\.\.\." \(100000 characters\) is more than 5000$/
    ]
  ])('a 100 KB %s is quoted short', async (_name, inputs, message) => {
    refuseChanges()
    const result = await deployNewImage(inputs)
    expect(result.failure).toHaveLength(1)
    expect(result.failure[0]).toMatch(message)
    expect(result.failure[0].length).toBeLessThan(1000)
    expect(world.aws.commands()).toEqual([])
  })
})

describe('service events', () => {
  const registered = `(service web) registered 1 targets in (target-group ${targetGroupArn})`

  /** Adds events as ECS lists them: the newest first. */
  function addEvents(...messages: string[]): void {
    const added = messages.map((message, i) => ({
      id: `event-${world.aws.step}-${i}`,
      createdAt: new Date(world.clock.now()),
      message
    }))
    world.aws.service.events = [...added.reverse(), ...(world.aws.service.events ?? [])]
  }

  test('identical events of one look are one line with a count; the next look starts counting again', async () => {
    world.aws.at(1, () =>
      addEvents('(service web) has started 2 tasks: (task a) (task b).', registered, registered, registered)
    )
    world.aws.at(2, () => addEvents(registered))
    const result = await deployNewImage()

    expect(result.outputs.status).toBe('succeeded')
    const events = result.log
      .filter((line) => / event: /.test(line))
      .map((line) => line.replace(/^\[\+\S+\] event: /, ''))
    expect(
      events.filter((line) => line.startsWith('(service web) registered') || line.includes('started 2 tasks'))
    ).toEqual([
      '(service web) has started 2 tasks: (task a) (task b).',
      `${registered} (3 times)`,
      registered
    ])
  })
})
