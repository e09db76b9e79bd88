/**
 * The rollback strategy on a single service (scripted ECS, fake clock): a rolling update back to the last version
 * that succeeded, followed to a verdict; the record it leaves; a dry run; and the refusals.
 */
import { expect, test } from '@jest/globals'
import { silentLog } from '../../src/core/log.ts'
import { rollback, type RollbackOptions } from '../../src/strategies/rollback/index.ts'
import { rollingDeploy } from '../../src/strategies/rolling/rolling.ts'
import { freshWorldEachTest } from './support/fresh-world.ts'
import { rollingDefaults } from './support/run-rolling.ts'
import { FakeAws, taskDefinitionArn } from './support/fake-aws.ts'

const world = freshWorldEachTest((clock) => new FakeAws(clock))

const run = 'https://github.com/example/app/actions/runs/99/attempts/1'
const context = () => ({ clock: world.clock, log: silentLog })

const roll = (overrides: Partial<RollbackOptions> = {}) =>
  rollback(
    {
      cluster: 'prod',
      service: 'web',
      to: 'previous',
      alarms: [],
      waitTimeoutMs: 600_000,
      pollIntervalMs: 5000,
      dryRun: false,
      run,
      ...overrides
    },
    world.aws.ports(),
    context()
  )

/** A rolling update to `image` (web:8, web:9, ... as they are registered). */
async function release(image: string) {
  const taskDefinition = { kind: 'image' as const, container: 'web', image }
  const { report } = await rollingDeploy({ ...rollingDefaults, taskDefinition }, world.aws.ports(), context())
  expect(report.status).toBe('succeeded')
  world.aws.sent.length = 0
}

const tags = () =>
  Object.fromEntries((world.aws.tags[world.aws.service.serviceArn!] ?? []).map((tag) => [tag.key, tag.value]))

test('a rolling update back to the version before, followed until its tasks run and its targets are healthy', async () => {
  await release('registry.example/web:2.0')
  expect(tags()['ecs-deploy:history']).toBe('web:8 7')
  const { report } = await roll({ reason: 'checkout broken' })
  expect(report).toMatchObject({
    action: 'rollback',
    status: 'succeeded',
    path: 'rolling',
    service: 'web',
    taskDefinitionArn: taskDefinitionArn(7),
    rolledBackFrom: taskDefinitionArn(8)
  })
  expect(report.liveColor).toBeUndefined()
  expect(world.aws.mutations()).toEqual(['TagResource', 'UpdateService', 'TagResource'])
  expect(world.aws.updates()).toEqual([
    { cluster: 'prod', service: 'web', taskDefinition: taskDefinitionArn(7) }
  ])
  expect(world.aws.service.taskDefinition).toBe(taskDefinitionArn(7))
  expect(world.aws.deploymentsNow()).toHaveLength(1)
  expect(report.reason).toMatch(
    new RegExp(
      `^service web serves ${taskDefinitionArn(7)} \\(rolled back from ${taskDefinitionArn(8)}\\); deployment ecs-svc/\\d+ completed in`
    )
  )
  expect(tags()).toMatchObject({
    'ecs-deploy:status': 'succeeded',
    'ecs-deploy:action': 'rollback',
    'ecs-deploy:task-definition': taskDefinitionArn(7),
    'ecs-deploy:previous-task-definition': taskDefinitionArn(8),
    'ecs-deploy:history': 'web:7',
    'ecs-deploy:reason': 'checkout broken',
    'ecs-deploy:run': run
  })
})

test('twice: the second goes further back, or says there is nothing before', async () => {
  await release('registry.example/web:2.0')
  await release('registry.example/web:3.0')
  expect((await roll()).report.taskDefinitionArn).toBe(taskDefinitionArn(8))
  expect((await roll()).report.taskDefinitionArn).toBe(taskDefinitionArn(7))
  await expect(roll()).rejects.toThrow(
    /^Nothing to roll back to: the record on service web .* names no version that succeeded before/
  )
})

test('the version rolled back to fails too: the step fails, saying why, and nothing is undone', async () => {
  await release('registry.example/web:2.0')
  world.aws.behaviours.set(taskDefinitionArn(7), 'crash')
  const { report } = await roll()
  expect(report.status).toBe('failed')
  expect(report.reason).toMatch(
    /^gate tasks failed while web rolled back: 1 task stopped: EssentialContainerExited/
  )
  expect(world.aws.updates()).toHaveLength(1)
  expect(tags()['ecs-deploy:status']).toBe('failed')
  expect(tags()['ecs-deploy:history']).toBe('web:8 7')
})

test('a dry run says what it would do and changes nothing', async () => {
  await release('registry.example/web:2.0')
  const { report } = await roll({ dryRun: true })
  expect(report).toMatchObject({
    status: 'dry-run',
    path: 'rolling',
    taskDefinitionArn: taskDefinitionArn(7)
  })
  expect(report.reason).toBe(
    `dry run, nothing changed; would update service web from ${taskDefinitionArn(8)} to ${taskDefinitionArn(7)} (a rolling update at 2 tasks), and follow it until every new task runs and every target is healthy`
  )
  expect(world.aws.mutations()).toEqual([])
})

test('refusals: nothing recorded, a missing version; nothing changed', async () => {
  await expect(roll()).rejects.toThrow(
    'Nothing to roll back to: no rollout is recorded on service web (no ecs-deploy:* tags); give to: a task definition (ARN or family:revision)'
  )
  await expect(roll({ to: 'web:3' })).rejects.toThrow(
    'Cannot roll back: to: "web:3" no longer exists in ECS (ClientException: Unable to describe task definition.)'
  )
  expect(world.aws.mutations()).toEqual([])
})
