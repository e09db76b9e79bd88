/**
 * Every input that can reach a message is cut to a readable length: a 100 KB value of the right shape in any
 * input of blue-green or rollback gives no line (the failure, the log, the summary) longer than 1,000 characters.
 */
import { describe, expect, jest, test } from '@jest/globals'
import type * as execModule from '@actions/exec'
import * as core from '../fixtures/core.ts'
import { freshWorldEachTest } from './support/fresh-world.ts'
import { runWithInputs } from './support/run-action.ts'
import { FakePair, ruleArn } from './support/fake-pair.ts'
import { blueGreenDefaults, runBlueGreen } from './support/run-blue-green.ts'

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/exec', () => ({ exec: jest.fn<typeof execModule.exec>(async () => 0) }))
const blueGreen = await import('../../src/main/blue-green.ts')
const rollback = await import('../../src/main/rollback.ts')

const world = freshWorldEachTest((clock) => new FakePair(clock))

const long = 'x'.repeat(100_000)
const digits = '9'.repeat(100_000)
const arn = (resource: string) => `arn:aws:ecs:us-east-1:123456789012:${resource}`
const pair = {
  cluster: 'prod',
  'blue-service': 'web-blue',
  'green-service': 'web-green',
  'listener-rule': ruleArn
}

/** Each input at 100 KB, shaped to pass the first look at its form. */
const stretched: Record<string, Record<string, string>> = {
  cluster: { cluster: arn(`cluster/${long}`) },
  'blue-service': { 'blue-service': arn(`service/prod/${long}`) },
  'listener-rule': { 'listener-rule': `${ruleArn}${long}` },
  'test-listener-rule': { 'test-listener-rule': `${ruleArn}${long}` },
  'task-definition-arn': {
    'task-definition-arn': arn(`task-definition/web:${digits}`),
    image: '',
    container: ''
  },
  'task-definition': { 'task-definition': long, image: '', container: '' },
  container: { container: long },
  alarms: { alarms: long },
  'health-check-url': { 'health-check-url': `http://127.0.0.1/${long}` },
  'verify-command': { 'verify-command': long },
  to: { to: `hist:${digits}` },
  'to (ARN)': { to: arn(`task-definition/web:${digits}`) },
  reason: { reason: long }
}

async function longestLine(run: typeof blueGreen.run, inputs: Record<string, string>) {
  const result = await runWithInputs(run, world, inputs)
  const logged = [core.info, core.warning, core.debug].flatMap((log) =>
    log.mock.calls.map(([line]) => String(line))
  )
  const lines = [...result.failure, ...logged, ...core.summary.text.split('\n')]
  return Math.max(...lines.map((line) => line.length))
}

describe('blue-green', () => {
  const deploy = {
    ...pair,
    container: 'web',
    image: 'registry.example/web:2.0',
    'poll-interval': '5s',
    'bake-time': '30s'
  }
  const inputs = [
    'cluster',
    'blue-service',
    'listener-rule',
    'test-listener-rule',
    'task-definition-arn',
    'task-definition',
    'container',
    'alarms',
    'health-check-url',
    'verify-command'
  ]
  test.each(inputs)('%s', async (input) => {
    expect(await longestLine(blueGreen.run, { ...deploy, ...stretched[input] })).toBeLessThan(1000)
  })
})

describe('rollback', () => {
  const inputs = [
    'cluster',
    'blue-service',
    'listener-rule',
    'alarms',
    'health-check-url',
    'to',
    'to (ARN)',
    'reason'
  ]
  test.each(inputs)('%s', async (input) => {
    const taskDefinition = { kind: 'image' as const, container: 'web', image: 'registry.example/web:2.0' }
    await runBlueGreen(world, { ...blueGreenDefaults, taskDefinition, scaleDown: 'never' })
    expect(
      await longestLine(rollback.run, { ...pair, 'poll-interval': '5s', ...stretched[input] })
    ).toBeLessThan(1000)
  })
})
