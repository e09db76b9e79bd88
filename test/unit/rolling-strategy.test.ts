/** The rolling strategy on its own (no @actions/core): cancellation and a deployment taken over by another. */
import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { alarmPort } from '../../src/aws/cloudwatch.ts'
import { ecsPort } from '../../src/aws/ecs.ts'
import { elbPort } from '../../src/aws/elb.ts'
import { CancelledError } from '../../src/core/errors.ts'
import { silentLog } from '../../src/core/log.ts'
import { rollingDeploy, type RollingOptions } from '../../src/strategies/rolling.ts'
import { FakeClock } from './support/fake-clock.ts'
import { FakeAws, taskDefinitionArn } from './support/fake-aws.ts'

let clock: FakeClock
let aws: FakeAws

beforeEach(() => {
  clock = new FakeClock()
  aws = new FakeAws(clock)
})
afterEach(() => aws.restore())

const options: RollingOptions = {
  cluster: 'prod',
  service: 'web',
  taskDefinition: { kind: 'image', container: 'web', image: 'registry.example/web:2.0' },
  forceNewDeployment: false,
  alarms: [],
  waitTimeoutMs: 600_000,
  pollIntervalMs: 5000,
  bakeTimeMs: 0,
  onFailure: 'rollback'
}

function deploy(overrides: Partial<RollingOptions> = {}, signal?: AbortSignal) {
  const ports = {
    ecs: ecsPort(aws.clients.ecs),
    elb: elbPort(aws.clients.elb),
    cloudwatch: alarmPort(aws.clients.cloudwatch)
  }
  return rollingDeploy({ ...options, ...overrides }, ports, { clock, log: silentLog, signal })
}

test('cancelled by the runner: the rollback is started at once, not awaited', async () => {
  const controller = new AbortController()
  aws.behaviours.set(taskDefinitionArn(8), 'stuck')
  aws.at(2, () => controller.abort(new CancelledError('cancelled (SIGINT)')))
  const { record } = await deploy({}, controller.signal)
  expect(record.status).toBe('failed')
  expect(record.reason).toBe(`cancelled (SIGINT); rollback to ${taskDefinitionArn(7)} started (not awaited)`)
  expect(aws.updates().map((update) => update.taskDefinition)).toEqual([
    taskDefinitionArn(8),
    taskDefinitionArn(7)
  ])
  expect(aws.step).toBe(2)
})

test('a deployment replaced by someone else is not rolled back over theirs', async () => {
  aws.behaviours.set(taskDefinitionArn(8), 'stuck')
  aws.taskDefinitions.set(taskDefinitionArn(9), {
    ...aws.taskDefinitions.get(taskDefinitionArn(7))!,
    revision: 9
  })
  aws.at(2, () => {
    for (const deployment of aws.deploymentsNow()) deployment.status = 'ACTIVE'
    aws.service.deployments!.unshift({
      id: 'ecs-svc/9999',
      status: 'PRIMARY',
      taskDefinition: taskDefinitionArn(9),
      rolloutState: 'IN_PROGRESS'
    })
  })
  const { record } = await deploy()
  expect(record.status).toBe('failed')
  expect(record.reason).toMatch(
    /deployment ecs-svc\/\d+ was replaced by a newer deployment ecs-svc\/9999 .*; not rolled back: another deployment now owns the service/
  )
  expect(aws.updates()).toHaveLength(1)
})

test('errors before the service changes are thrown as they are; nothing is rolled back', async () => {
  aws.ecs.rejects(Object.assign(new Error('User is not authorized'), { name: 'AccessDeniedException' }))
  await expect(deploy()).rejects.toThrow('User is not authorized')
})
