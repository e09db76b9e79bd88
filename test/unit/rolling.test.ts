/** The rolling strategy on its own (no @actions/core): cancellation and a deployment taken over by another. */
import { expect, test } from '@jest/globals'
import { UpdateServiceCommand } from '@aws-sdk/client-ecs'
import { CancelledError } from '../../src/core/errors.ts'
import { silentLog } from '../../src/core/log.ts'
import { rollingDeploy, type RollingOptions } from '../../src/strategies/rolling/rolling.ts'
import { rollingDefaults } from './support/run-rolling.ts'
import { freshWorldEachTest } from './support/fresh-world.ts'
import { FakeAws, taskDefinitionArn } from './support/fake-aws.ts'

const world = freshWorldEachTest((clock) => new FakeAws(clock))

const options = rollingDefaults

function deploy(overrides: Partial<RollingOptions> = {}, signal?: AbortSignal) {
  return rollingDeploy({ ...options, ...overrides }, world.aws.ports(), {
    clock: world.clock,
    log: silentLog,
    signal
  })
}

test('cancelled by the runner: the rollback is started at once, not awaited', async () => {
  const controller = new AbortController()
  world.aws.behaviours.set(taskDefinitionArn(8), 'stuck')
  world.aws.at(2, () => controller.abort(new CancelledError('cancelled (SIGINT)')))
  const { report } = await deploy({}, controller.signal)
  expect(report.status).toBe('failed')
  expect(report.reason).toBe(`cancelled (SIGINT); rollback to ${taskDefinitionArn(7)} started (not awaited)`)
  expect(world.aws.updates().map((update) => update.taskDefinition)).toEqual([
    taskDefinitionArn(8),
    taskDefinitionArn(7)
  ])
  expect(world.aws.step).toBe(2)
  const tags = world.aws.tags[world.aws.service.serviceArn!]
  expect(tags).toContainEqual({ key: 'ecs-deploy:status', value: 'failed' })
})

test('a deployment replaced by someone else is not rolled back over theirs', async () => {
  world.aws.behaviours.set(taskDefinitionArn(8), 'stuck')
  world.aws.taskDefinitions.set(taskDefinitionArn(9), {
    ...world.aws.taskDefinitions.get(taskDefinitionArn(7))!,
    revision: 9
  })
  world.aws.at(2, () => {
    for (const deployment of world.aws.deploymentsNow()) deployment.status = 'ACTIVE'
    world.aws.service.deployments!.unshift({
      id: 'ecs-svc/9999',
      status: 'PRIMARY',
      taskDefinition: taskDefinitionArn(9),
      rolloutState: 'IN_PROGRESS'
    })
  })
  const { report } = await deploy()
  expect(report.status).toBe('failed')
  expect(report.reason).toMatch(
    /deployment ecs-svc\/\d+ was replaced by a newer deployment ecs-svc\/9999 .*; not rolled back: another deployment now owns the service/
  )
  expect(world.aws.updates()).toHaveLength(1)
})

test('errors before the service changes are thrown as they are; nothing is rolled back', async () => {
  world.aws.ecs.rejects(Object.assign(new Error('User is not authorized'), { name: 'AccessDeniedException' }))
  await expect(deploy()).rejects.toThrow('User is not authorized')
  expect(world.aws.ecs.commandCalls(UpdateServiceCommand)).toEqual([])
})
