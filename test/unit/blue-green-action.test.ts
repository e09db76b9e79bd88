/**
 * The blue-green action inside one process: inputs through a mocked @actions/core, verify-command through a
 * mocked @actions/exec, AWS through the scripted pair, time through a fake clock.
 */
import { beforeEach, describe, expect, jest, test } from '@jest/globals'
import type * as execModule from '@actions/exec'
import * as core from '../fixtures/core.ts'
import { freshWorldEachTest } from './support/fresh-world.ts'
import { runWithInputs } from './support/run-action.ts'
import { FakePair, listenerArn, ruleArn, taskDefinitionArn } from './support/fake-pair.ts'

const exec = jest.fn<typeof execModule.exec>(async () => 0)
jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/exec', () => ({ exec }))
const { run, blueGreenOptions } = await import('../../src/main/blue-green.ts')
const { runOf } = await import('../../src/main/inputs.ts')

const world = freshWorldEachTest((clock) => new FakePair(clock))

beforeEach(() => {
  exec.mockClear()
})

const pairInputs = {
  cluster: 'prod',
  'blue-service': 'web-blue',
  'green-service': 'web-green',
  'listener-rule': ruleArn,
  'poll-interval': '5s',
  'bake-time': '30s'
}

const action = (inputs: Record<string, string>) => runWithInputs(run, world, { ...pairInputs, ...inputs })

test('a deploy that goes well: outputs, and a summary with the gates and the timeline of the switch', async () => {
  const result = await action({
    container: 'web',
    image: 'registry.example/web:2.0',
    'verify-command': './smoke'
  })
  expect(result.failure).toEqual([])
  expect(result.outputs).toMatchObject({
    'live-color': 'green',
    'idle-color': 'blue',
    'previous-color': 'blue',
    'task-definition-arn': taskDefinitionArn(2),
    'previous-task-definition-arn': taskDefinitionArn(1),
    status: 'succeeded'
  })
  expect(result.rollout).toMatchObject({
    action: 'blue-green',
    mode: 'full',
    status: 'succeeded',
    run: 'local'
  })
  expect(result.rollout.durations).toMatchObject({ bakeSeconds: 30 })
  expect(exec).toHaveBeenCalledWith(
    'bash',
    ['-e', '-o', 'pipefail', '-c', './smoke'],
    expect.objectContaining({
      ignoreReturnCode: true,
      env: expect.objectContaining({ ROLLOUT_COLOR: 'green', PATH: process.env.PATH })
    })
  )
  const summary = core.summary.text
  expect(summary).toContain('## ✅ Succeeded · Blue-green deploy of web-blue / web-green')
  expect(summary).toContain('| **Version** | `web:1.0` → `web:2.0` · task definition `web:1` → `web:2` |')
  expect(summary).toContain('| Live | `green (web-green)` |')
  expect(summary).toContain('| verify-command | verify | passed | `./smoke` exited with code 0 |')
  expect(summary).toMatch(
    /\| traffic \| blue \(web-blue\) 0%, green \(web-green\) 100%: one ModifyRule call, \d+ ms \|/
  )
})

test('mode deploy: status paused, the step passes', async () => {
  const result = await action({ mode: 'deploy', container: 'web', image: 'registry.example/web:2.0' })
  expect(result.failure).toEqual([])
  expect(result.outputs).toMatchObject({ status: 'paused', 'live-color': 'blue', 'idle-color': 'green' })
  expect(core.summary.text).toContain('## ⏸️ Paused · ')
  expect(core.summary.text).toContain(
    '| **Production traffic** | all on `web:1.0` (`web:1`), blue (web-blue) |'
  )
})

test('a failed gate fails the step with one line naming the gate', async () => {
  exec.mockResolvedValueOnce(1)
  const result = await action({
    container: 'web',
    image: 'registry.example/web:2.0',
    'verify-command': 'false'
  })
  expect(result.outputs.status).toBe('failed')
  expect(result.failure).toEqual([
    'Blue-green failed: gate verify-command failed before the switch: `false` exited with code 1 (expected 0); production traffic stayed on blue (web-blue); green (web-green) scaled to 0'
  ])
  expect(core.summary.text).toContain('| verify-command | verify | failed | see the full reason |')
  expect(core.summary.text).toContain('| **Why** | `false` exited with code 1 |')
})

describe('the lock of the pair', () => {
  test('held while the run changes the pair, released at the end; the summary has no lock row when nothing happened to it', async () => {
    const result = await action({ container: 'web', image: 'registry.example/web:2.0' })
    expect(result.failure).toEqual([])
    const operations = world.aws.journal.map((call) => call.operation)
    // Read-only checks first, then the lock, then every change; the lock goes last.
    expect(world.aws.lockSent[0].operation).toBe('CreateRule')
    expect(operations.indexOf('CreateRule')).toBeLessThan(operations.indexOf('RegisterTaskDefinition'))
    expect(operations.at(-1)).toBe('DeleteRule')
    // Every change comes right after a look at the lock rule (fencing).
    expect(world.aws.unfencedChanges()).toEqual([])
    expect(world.aws.lockRules.rules.size).toBe(0)
    expect(core.summary.text).not.toContain('| Lock |')
  })

  test('a refusal takes no lock: the checks run before it', async () => {
    const result = await action({ mode: 'promote' })
    expect(result.failure[0]).toMatch(/^Nothing to promote/)
    expect(world.aws.lockSent).toEqual([])
  })

  test('another run holds it: the step fails at once in one line naming that run, and nothing changes', async () => {
    const holder = 'https://github.com/example/app/actions/runs/7/attempts/1'
    world.aws.lockRules.hold(listenerArn, ruleArn, {
      run: holder,
      action: 'blue-green',
      since: '2026-11-25T09:58:00.000Z',
      heartbeat: '2026-11-25T09:59:58.000Z',
      expires: '2026-11-25T10:00:28.000Z'
    })
    const result = await action({ container: 'web', image: 'registry.example/web:2.0' })
    expect(result.failure).toEqual([
      `pair web-blue / web-green is locked by run ${holder} (blue-green, since 2026-11-25T09:58:00.000Z, last heartbeat 2s ago); this run changed nothing (runs of one pair must not overlap: share a concurrency group with the other workflow, or give lock-timeout to wait)`
    ])
    expect(world.aws.mutations()).toEqual([])
    expect(world.clock.sleeps).toEqual([])
    expect(core.setOutput).not.toHaveBeenCalled()
  })
})

describe('inputs', () => {
  const read = (inputs: Record<string, string>) => () =>
    blueGreenOptions((name) => ({ ...pairInputs, ...inputs })[name] ?? '', { GITHUB_WORKSPACE: '/work' })

  test('every bad input is named at once', () => {
    expect(
      read({
        'listener-rule': 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123',
        'health-check-url': 'test.example/health',
        mode: 'canary',
        'bake-time': 'soon'
      })
    ).toThrow(
      'Invalid inputs: listener-rule "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123" is not the ARN of an Application Load Balancer listener rule (arn:aws:elasticloadbalancing:<region>:<account>:listener-rule/app/...) or listener (.../listener/app/...); mode "canary" is not one of full, deploy, promote; health-check-url "test.example/health" is not a URL; bake-time "soon" is not a duration (examples: 90s, 5m, 1h; a bare number is seconds)'
    )
  })

  test('full and deploy need the new version; promote takes none (an ARN only as a check)', () => {
    expect(read({})).toThrow(
      'Invalid input: task-definition, task-definition-arn or image (with container) is required with mode full'
    )
    expect(read({ mode: 'promote', image: 'x:1', container: 'web' })).toThrow(
      'Invalid input: image is not used with mode promote, which promotes the version the paused deploy verified (task-definition-arn may name it, as a check)'
    )
    expect(read({ mode: 'promote', 'task-definition-arn': taskDefinitionArn(2) })()).toMatchObject({
      mode: 'promote',
      taskDefinition: undefined,
      expectedTaskDefinitionArn: taskDefinitionArn(2)
    })
    expect(read({ 'task-definition': 'td.json' })()).toMatchObject({
      taskDefinition: { kind: 'file', path: '/work/td.json' },
      bakeTimeMs: 30_000,
      scaleDown: 'after-bake',
      onFailure: 'rollback'
    })
  })

  test('the run named in the record is a link to the workflow run', () => {
    expect(
      runOf({
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'example/app',
        GITHUB_RUN_ID: '42',
        GITHUB_RUN_ATTEMPT: '2'
      })
    ).toBe('https://github.com/example/app/actions/runs/42/attempts/2')
    expect(runOf({})).toBe('local')
  })
})
