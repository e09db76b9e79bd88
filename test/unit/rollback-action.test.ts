/**
 * The rollback action inside one process: inputs through a mocked @actions/core, the scripted pair, a fake clock.
 * Its inputs, outputs and summary, the lock it takes (from a deploy that holds it, too), and a dry run.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import * as core from '../fixtures/core.ts'
import { freshWorldEachTest } from './support/fresh-world.ts'
import { runWithInputs } from './support/run-action.ts'
import { FakePair, listenerArn, ruleArn, taskDefinitionArn } from './support/fake-pair.ts'
import { blueGreenDefaults, runBlueGreen } from './support/run-blue-green.ts'

jest.unstable_mockModule('@actions/core', () => core)
const { run, rollbackOptions } = await import('../../src/main/rollback.ts')

const world = freshWorldEachTest((clock) => new FakePair(clock))
const runUrl = 'https://github.com/example/app/actions/runs/77/attempts/1'

beforeEach(() => {
  Object.assign(process.env, {
    GITHUB_REPOSITORY: 'example/app',
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '1'
  })
})
afterEach(() => {
  for (const name of ['GITHUB_REPOSITORY', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT']) delete process.env[name]
})

const pairInputs = {
  cluster: 'prod',
  'blue-service': 'web-blue',
  'green-service': 'web-green',
  'listener-rule': ruleArn,
  'poll-interval': '5s'
}

const action = (inputs: Record<string, string>) => runWithInputs(run, world, { ...pairInputs, ...inputs })

async function released() {
  const taskDefinition = { kind: 'image' as const, container: 'web', image: 'registry.example/web:2.0' }
  await runBlueGreen(world, { ...blueGreenDefaults, taskDefinition, scaleDown: 'never' })
  world.aws.sent.length = 0
  world.aws.lockSent.length = 0
}

test('outputs, and a summary saying what was rolled back, to what, why, by which run, and how fast traffic moved', async () => {
  await released()
  const result = await action({ reason: 'checkout answers 500' })
  expect(result.failure).toEqual([])
  expect(result.outputs).toMatchObject({
    status: 'succeeded',
    'live-color': 'blue',
    'task-definition-arn': taskDefinitionArn(1),
    'rolled-back-from': taskDefinitionArn(2)
  })
  expect(result.rollout).toMatchObject({
    action: 'rollback',
    path: 'fast',
    run: runUrl,
    rollbackReason: 'checkout answers 500'
  })
  const summary = core.summary.text
  expect(summary).toContain('## ✅ Succeeded · Rollback of web-blue / web-green')
  expect(summary).toContain('| **Version** | `web:2.0` → `web:1.0` · task definition `web:2` → `web:1` |')
  for (const row of [
    `| Rolled back from | \`${taskDefinitionArn(2)}\` |`,
    `| To | \`${taskDefinitionArn(1)}\` |`,
    '| Reason | `checkout answers 500` |',
    `| By run | \`${runUrl}\` |`,
    '| Path | `fast` |',
    '| Traffic moved | `0s after the start (the rule change itself: 0s)` |'
  ])
    expect(summary).toContain(row)
  // It held the lock of the pair while it changed things.
  expect(world.aws.lockSent[0].operation).toBe('CreateRule')
  expect(world.aws.lockSent.at(-1)!.operation).toBe('DeleteRule')
})

test('a dry run: status dry-run, the step passes, no lock and no change', async () => {
  await released()
  const result = await action({ 'dry-run': 'true' })
  expect(result.failure).toEqual([])
  expect(result.outputs.status).toBe('dry-run')
  expect(result.rollout.plan).toHaveLength(2)
  expect(core.summary.text).toContain('## 📝 Dry run · Rollback of web-blue / web-green (dry run)')
  expect(world.aws.mutations()).toEqual([])
  expect(world.aws.lockSent).toEqual([])
})

test('a deploy holding the lock: the rollback takes it, says so, and rolls back', async () => {
  await released()
  const deployRun = 'https://github.com/example/app/actions/runs/76/attempts/1'
  world.aws.lockRules.hold(listenerArn, ruleArn, {
    run: deployRun,
    action: 'blue-green',
    expires: '2026-11-25T11:00:00.000Z'
  })
  const result = await action({})
  expect(result.failure).toEqual([])
  expect(result.outputs.status).toBe('succeeded')
  expect(core.summary.text).toContain(
    `| Lock | \`took the lock from run ${deployRun} (blue-green): a rollback goes first; that run stops before its next change\` |`
  )
  expect(world.aws.lockRules.rules.size).toBe(0)
})

test('a refusal is one line, and fails the step', async () => {
  const result = await action({})
  expect(result.failure).toEqual([
    'Nothing to roll back to: no rollout is recorded on web-blue / web-green (no ecs-deploy:* tags); give to: a task definition (ARN or family:revision)'
  ])
  expect(world.aws.mutations()).toEqual([])
})

describe('inputs', () => {
  const read = (inputs: Record<string, string>) => () => rollbackOptions((name) => inputs[name] ?? '', {})

  test('a service, or the three inputs of a pair, not both', () => {
    expect(read({ cluster: 'prod' })).toThrow(
      'Invalid input: service, or blue-service, green-service and listener-rule, is required'
    )
    expect(read({ cluster: 'prod', 'blue-service': 'a', 'green-service': 'b' })).toThrow(
      'Invalid input: listener-rule is required with blue-service and green-service'
    )
    expect(read({ ...pairInputs, service: 'web' })).toThrow(
      'Invalid input: service and blue-service, green-service, listener-rule: give a service, or a pair (blue-service, green-service, listener-rule), not both'
    )
    expect(read({ cluster: 'prod', service: 'web' })()).toMatchObject({
      service: 'web',
      pair: undefined,
      to: 'previous',
      dryRun: false,
      waitTimeoutMs: 900_000,
      lockTimeoutMs: 0,
      run: 'local'
    })
  })

  test('to: previous, a task definition ARN, or family:revision', () => {
    const to = (value: string) => read({ cluster: 'prod', service: 'web', to: value })
    expect(to('web:42')().to).toBe('web:42')
    expect(to(taskDefinitionArn(3))().to).toBe(taskDefinitionArn(3))
    expect(to('last')).toThrow(
      'Invalid input: to "last" is not previous, a task definition ARN or family:revision (e.g. web:42; a revision is 1 to 10 digits)'
    )
    expect(to('arn:aws:ecs:us-east-1:123456789012:service/prod/web')).toThrow(/is not an ARN of the form/)
    // A revision is 1 to 10 digits; a longer value is quoted cut.
    expect(to('web:4294967295')().to).toBe('web:4294967295')
    expect(to('web:12345678901')).toThrow(
      'Invalid input: to "web:12345678901" is not previous, a task definition ARN or family:revision (e.g. web:42; a revision is 1 to 10 digits)'
    )
    expect(to(`hist:${'9'.repeat(100_000)}`)).toThrow(
      `Invalid input: to "hist:${'9'.repeat(195)}..." (100005 characters) is not previous`
    )
    expect(to(`${taskDefinitionArn(3)}0000000000`)).toThrow(
      /^Invalid input: to "arn:aws:ecs:us-east-1:123456789012:task-definition\/web:30000000000" does not end in task-definition\/<family>:<revision> \(a family of up to 255 letters, digits, hyphens and underscores, a revision of 1 to 10 digits\)$/
    )
  })
})
