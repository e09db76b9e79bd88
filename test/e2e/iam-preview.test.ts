/**
 * Least privilege for previews, proven as test/e2e/iam.test.ts proves it for the other actions: the preview action
 * runs a pull request's life (deployed with a task definition file naming roles and carrying tags, updated by a new
 * push that changes its host and header, cleaned up) as its own role, held by the emulator to exactly its policy,
 * with the GitHub stand-in answering. Then blue-green, rollback and canary each take the idle color from a preview
 * (production first) under their own policies: the rights they need only when a preview holds that color must be
 * enough, and used. Last, the IAM actions the preview asked for must be exactly what its policy grants.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import { startGithubStandIn, type GithubStandIn } from '../../emulator/github/server.ts'
import {
  containerDefinition,
  fargateTask,
  createColorPair,
  createErrorAlarm,
  type ColorPair
} from '../../emulator/rehearsal/infrastructure.ts'
import { runAction, uniqueName, type ActionRun } from '../../emulator/rehearsal/runner.ts'
import { startLoad } from '../../emulator/rehearsal/load.ts'
import { grantedActions } from '../../src/iam/policy.ts'
import { ACTION_RIGHTS } from '../../src/iam/rights.ts'
import {
  actionsCalledBy,
  enforcePolicies,
  EXECUTION_ROLE,
  roleArn,
  TASK_ROLE,
  withoutPreflight
} from './support/iam.ts'

let emulator: Emulator
let github: GithubStandIn
let pair: ColorPair
const alarm = 'iam-preview-errors'
const files = mkdtempSync(join(tmpdir(), 'iam-preview-e2e-'))

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.05 })
  github = await startGithubStandIn()
  pair = await createColorPair({ endpoint: emulator.endpoint }, uniqueName('iam-pv'), {
    image: 'demo:v1',
    desiredCount: 2
  })
  await createErrorAlarm(pair, alarm)
  enforcePolicies(emulator, [pair])
}, 60_000)

afterAll(async () => {
  await github?.stop()
  await emulator?.stop()
})

const env = () => ({ ...emulator.env(), GITHUB_API_URL: github.url })
const pairInputs = () => ({
  cluster: pair.cluster,
  'blue-service': pair.blueService,
  'green-service': pair.greenService,
  'listener-rule': pair.ruleArn,
  'poll-interval': '250ms',
  'wait-timeout': '30s',
  'github-token': 'test-token'
})

function preview(pr: number, action: string, inputs: Record<string, string>): Promise<ActionRun> {
  const pull = {
    number: pr,
    headSha: `${pr}${action}`.padEnd(40, '0'),
    headRepository: 'example/app',
    baseRepository: 'example/app'
  }
  return runAction('preview', {
    inputs: { ...pairInputs(), 'health-check-url': pair.url, ...inputs },
    env: env(),
    eventName: 'pull_request',
    eventPayload: github.eventPayload(pull, action)
  })
}

/** A task definition file naming both roles and carrying tags, as `aws ecs describe-task-definition` prints it. */
function taskDefinitionFile(image: string): string {
  const path = join(files, `${image.replace(/\W/g, '-')}.json`)
  const taskDefinition = {
    family: pair.family,
    ...fargateTask,
    taskRoleArn: roleArn(emulator, TASK_ROLE),
    executionRoleArn: roleArn(emulator, EXECUTION_ROLE),
    containerDefinitions: [containerDefinition('app', { image })]
  }
  writeFileSync(path, JSON.stringify({ taskDefinition, tags: [{ key: 'team', value: 'shop' }] }))
  return path
}

function expectDone(done: ActionRun, status = 'succeeded'): void {
  expect({ exitCode: done.exitCode, status: done.outputs.status, errors: done.errors }).toEqual({
    exitCode: 0,
    status,
    errors: []
  })
  expect(done.stdout).not.toMatch(/AccessDenied|::warning/)
}

/** The preview rule of each release's scenario, by the release's action. */
const replaced: Record<string, string> = {}

/** Deploys a preview of `pr` on the idle color, then runs `release`, which must remove it first. */
async function releaseOverPreview(pr: number, release: string, inputs: Record<string, string>) {
  const deployed = await preview(pr, 'opened', {
    host: `pr-${pr}.preview.example.com`,
    container: 'app',
    image: `demo:pr${pr}`
  })
  expectDone(deployed)
  replaced[release] = deployed.outputs['rule-arn']
  const load = startLoad({ url: pair.url, ratePerSecond: 60, maxDurationMs: 60_000 })
  const done = await runAction(release, { inputs: { ...pairInputs(), ...inputs }, env: env() })
  expect((await load.stop()).failures).toEqual([])
  expectDone(done)
  expect(done.summary).toContain(`removed the preview of pull request #${pr}`)
  expect(github.comments.find((comment) => comment.issue === pr)?.body).toContain('replaced')
}

test('preview: deployed from a task definition file with an alarm, a new push reaches it another way, cleaned up', async () => {
  const host = 'pr-{pr}.preview.example.com'
  const opened = await preview(7, 'opened', {
    host,
    'task-definition': taskDefinitionFile('demo:v2'),
    'preview-listener': pair.listenerArn,
    alarms: alarm
  })
  expectDone(opened)
  const rule = opened.outputs['rule-arn']
  expect(rule).toMatch(/:listener-rule\//)

  // The new push changes how the preview is reached: its rule is modified, not replaced.
  const pushed = await preview(7, 'synchronize', {
    host,
    header: 'X-Preview: pr-{pr}',
    container: 'app',
    image: 'demo:v3'
  })
  expectDone(pushed)
  expect(pushed.outputs['rule-arn']).toBe(rule)
  expect(emulator.calls.some((call) => call.operation === 'ModifyRule' && call.input?.RuleArn === rule)).toBe(
    true
  )

  const closed = await preview(7, 'closed', { host, mode: 'cleanup' })
  expectDone(closed)
  expect(closed.summary).toContain('removed the preview of pull request #7')
}, 120_000)

test('blue-green, rollback and canary each take the idle color from a preview', async () => {
  await releaseOverPreview(8, 'blue-green', { container: 'app', image: 'demo:v4', 'bake-time': '1s' })
  await releaseOverPreview(9, 'rollback', {})
  await releaseOverPreview(10, 'canary', {
    container: 'app',
    image: 'demo:v5',
    steps: '50@1s',
    'bake-time': '1s',
    'min-requests': '20'
  })
}, 180_000)

test.each(['blue-green', 'rollback', 'canary'])(
  '%s removed the preview with the rights it needs when a preview holds the idle color, and was denied nothing',
  (action) => {
    const rule = replaced[action]
    const calls = emulator.calls.filter((call) => call.role === action)
    expect(
      calls.filter((call) => /AccessDenied/.test(call.error ?? '')).map((call) => call.operation)
    ).toEqual([])
    const onRule = calls.filter((call) => !call.error && JSON.stringify(call.input ?? {}).includes(rule))
    expect(new Set(onRule.map((call) => call.operation))).toEqual(
      new Set(['DescribeRules', 'DescribeTags', 'DeleteRule'])
    )
    // The preview rule's name cleared from the service's tags, with the right that keeps the rollout's state.
    const cleared = calls.filter(
      (call) =>
        call.operation === 'TagResource' &&
        JSON.stringify(call.input).includes('{"key":"ecs-deploy:preview-rule","value":""}')
    )
    expect(cleared.length).toBeGreaterThan(0)
    const whenHeld = ACTION_RIGHTS[action].filter((right) => right.when?.includes('preview'))
    expect(whenHeld.map((right) => right.sid)).toEqual(['DeletePreviewRule', 'ReadPreviewRuleTags'])
    const called = actionsCalledBy(emulator.calls, action)
    for (const right of whenHeld) for (const name of right.actions) expect(called).toContain(name)
  }
)

test('preview called exactly what its policy grants', () => {
  const denied = emulator.calls.filter(
    (call) => call.role === 'preview' && /AccessDenied/.test(call.error ?? '')
  )
  expect(denied.map((call) => call.operation)).toEqual([])
  expect(withoutPreflight(actionsCalledBy(emulator.calls, 'preview'))).toEqual(
    withoutPreflight(grantedActions('preview'))
  )
})
