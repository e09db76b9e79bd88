/**
 * A right missing from an action's policy: the emulator answers AccessDenied(Exception) as AWS does, and the
 * action (each of them) fails with one line naming the IAM action it lacked. Without its optional rights, an action
 * still succeeds, and says what it could not do.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { startGithubStandIn } from '../../emulator/github/server.ts'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import {
  createColorPair,
  createRollingApp,
  type ColorPair,
  type RollingApp
} from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad } from '../../emulator/rehearsal/load.ts'
import { runAction, uniqueName } from '../../emulator/rehearsal/runner.ts'
import { decoded } from './support/facts.ts'
import { enforcePolicies } from './support/iam.ts'

let emulator: Emulator
let app: RollingApp
let pair: ColorPair
const poll = { 'poll-interval': '250ms', 'wait-timeout': '30s' }

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.05 })
  const target = { endpoint: emulator.endpoint }
  const spec = { image: 'demo:v1', desiredCount: 2 }
  ;[app, pair] = await Promise.all([
    createRollingApp(target, uniqueName('denied-svc'), spec),
    createColorPair(target, uniqueName('denied-pair'), spec)
  ])
}, 60_000)

afterAll(async () => {
  await emulator?.stop()
})

const pairInputs = () => ({
  cluster: pair.cluster,
  'blue-service': pair.blueService,
  'green-service': pair.greenService,
  'listener-rule': pair.ruleArn,
  ...poll
})

/** Runs the action held to its policy without `right`, with load through the listener. */
async function without(action: string, right: string, inputs: Record<string, string>) {
  enforcePolicies(emulator, [app, pair], { [action]: { without: [right] } })
  const load = startLoad({ url: pair.url, ratePerSecond: 50, maxDurationMs: 60_000 })
  try {
    return await runAction(action, { inputs, env: emulator.env() })
  } finally {
    await load.stop()
  }
}

/** A blue-green deploy with the whole policy, for a rollback to undo. */
async function deployed(): Promise<void> {
  enforcePolicies(emulator, [app, pair])
  const run = await runAction('blue-green', {
    inputs: { ...pairInputs(), container: 'app', image: 'demo:v5', 'bake-time': '1s', 'scale-down': 'never' },
    env: emulator.env()
  })
  expect(run.outputs.status).toBe('succeeded')
}

describe('an action short of one right', () => {
  const image = { container: 'app', image: 'demo:v2' }
  interface Case {
    action: string
    right: string
    inputs: () => Record<string, string>
    prepare?: () => Promise<void>
  }
  test.each<Case>([
    {
      action: 'rolling',
      right: 'ecs:UpdateService',
      inputs: () => ({ cluster: app.cluster, service: app.service, ...image })
    },
    {
      action: 'blue-green',
      right: 'elasticloadbalancing:ModifyRule',
      inputs: () => ({ ...pairInputs(), ...image })
    },
    {
      action: 'canary',
      right: 'cloudwatch:GetMetricData',
      inputs: () => ({ ...pairInputs(), ...image, steps: '50@1s' })
    },
    { action: 'rollback', right: 'elasticloadbalancing:ModifyRule', inputs: pairInputs, prepare: deployed },
    {
      action: 'rolling',
      right: 'cloudwatch:DescribeAlarms',
      inputs: () => ({ cluster: app.cluster, service: app.service, ...image, alarms: 'any-alarm' })
    },
    {
      action: 'rolling',
      right: 'elasticloadbalancing:DescribeTargetHealth',
      inputs: () => ({ cluster: app.cluster, service: app.service, ...image })
    }
  ])(
    '$action without $right fails, naming it',
    async ({ action, right, inputs, prepare }) => {
      await prepare?.()
      const run = await without(action, right, { ...poll, ...inputs() })
      expect(run.exitCode).toBe(1)
      const denied = emulator.calls.filter(
        (call) => call.role === action && /AccessDenied/.test(call.error ?? '')
      )
      expect(denied.length).toBeGreaterThan(0)
      const errors = run.errors.map(decoded).join('\n')
      expect(errors).toContain(`not authorized to perform: ${right}`)
    },
    90_000
  )
})

test('preview without ecs:UpdateService fails, naming it, and leaves production as it was', async () => {
  const github = await startGithubStandIn()
  try {
    enforcePolicies(emulator, [app, pair], { preview: { without: ['ecs:UpdateService'] } })
    const pull = {
      number: 9,
      headSha: '9'.padEnd(40, '0'),
      headRepository: 'example/app',
      baseRepository: 'example/app'
    }
    const load = startLoad({ url: pair.url, ratePerSecond: 50, maxDurationMs: 60_000 })
    const run = await runAction('preview', {
      inputs: {
        ...pairInputs(),
        container: 'app',
        image: 'demo:pr9',
        host: 'pr-{pr}.preview.example.com',
        'github-token': 'test-token'
      },
      env: { ...emulator.env(), GITHUB_API_URL: github.url },
      eventName: 'pull_request',
      eventPayload: github.eventPayload(pull, 'opened')
    })
    const report = await load.stop()
    expect(run.exitCode).toBe(1)
    expect(run.errors.map(decoded).join('\n')).toContain('not authorized to perform: ecs:UpdateService')
    expect(report.failed).toBe(0)
  } finally {
    await github.stop()
  }
}, 90_000)

describe('an action without its optional rights', () => {
  test('blue-green succeeds without the lock and the state tags, and says what it could not do', async () => {
    enforcePolicies(emulator, [app, pair], { 'blue-green': { requiredOnly: true } })
    const run = await runAction('blue-green', {
      inputs: { ...pairInputs(), container: 'app', image: 'demo:v4', 'bake-time': '1s' },
      env: emulator.env()
    })
    expect(run.errors).toEqual([])
    expect(run.outputs.status).toBe('succeeded')
    const warnings = decoded(run.stdout)
    expect(warnings).toMatch(/::warning::no lock on pair .*elasticloadbalancing:CreateRule/)
    expect(warnings).toMatch(/::warning::the rollout record was not written .*the role needs ecs:TagResource/)
  }, 90_000)
})
