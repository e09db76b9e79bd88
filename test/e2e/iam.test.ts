/**
 * Least privilege, proven: every action runs a representative set of its scenarios (a good deploy, a failure
 * rolled back, a paused deploy promoted, a cancelled run, a rollback of each kind) as its own role, held by the
 * emulator to exactly its documented policy (src/iam/rights.ts). Then the IAM actions each role's calls asked for
 * must be exactly what its policy grants: nothing denied, nothing granted that no scenario used. The preview's
 * scenarios, and releases replacing a preview, are in iam-preview.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  CreateRuleCommand,
  DeleteRuleCommand,
  ModifyListenerCommand
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { DescribeServicesCommand } from '@aws-sdk/client-ecs'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import {
  containerDefinition,
  fargateTask,
  createColorPair,
  createErrorAlarm,
  createRollingApp,
  type ColorPair,
  type LoadBalancedApp,
  type RollingApp
} from '../../emulator/rehearsal/infrastructure.ts'
import { runAction, uniqueName, type ActionRun } from '../../emulator/rehearsal/runner.ts'
import { startLoad } from '../../emulator/rehearsal/load.ts'
import { lockHost, lockKeys, lockPriority } from '../../src/state/lock.ts'
import { ACTION_RIGHTS, NATIVE_RIGHTS } from '../../src/iam/rights.ts'
import { grantedActions } from '../../src/iam/policy.ts'
import {
  actionsCalledBy,
  enforcePolicies,
  EXECUTION_ROLE,
  roleArn,
  TASK_ROLE,
  withoutPreflight
} from './support/iam.ts'

let emulator: Emulator
let app: RollingApp
let pair: ColorPair
let canaryPair: ColorPair
/** A pair whose production traffic is its listener's default rule. */
let defaultRulePair: ColorPair
const alarm = 'iam-errors'
const files = mkdtempSync(join(tmpdir(), 'iam-e2e-'))
const poll = { 'poll-interval': '250ms', 'wait-timeout': '30s' }

/** A task definition file naming both roles and carrying tags, as `aws ecs describe-task-definition` prints it. */
function taskDefinitionFile(family: string, image: string, environment: Record<string, string> = {}): string {
  const path = join(files, `${family}-${image.replace(/\W/g, '-')}.json`)
  const taskDefinition = {
    family,
    ...fargateTask,
    taskRoleArn: roleArn(emulator, TASK_ROLE),
    executionRoleArn: roleArn(emulator, EXECUTION_ROLE),
    containerDefinitions: [containerDefinition('app', { image, environment })]
  }
  writeFileSync(path, JSON.stringify({ taskDefinition, tags: [{ key: 'team', value: 'shop' }] }))
  return path
}

const pairInputs = (target: ColorPair, ruleArn = target.ruleArn) => ({
  cluster: target.cluster,
  'blue-service': target.blueService,
  'green-service': target.greenService,
  'listener-rule': ruleArn,
  ...poll
})

const run = (action: string, inputs: Record<string, string>, cancelAfterMs?: number) =>
  runAction(action, { inputs, env: emulator.env(), cancelAfterMs })

/**
 * A lock left by a dead run (its heartbeat ran out an hour ago) on what `key` names: the next run reads it
 * (DescribeRules, DescribeTags), deletes it and takes the lock.
 */
async function deadLock(target: LoadBalancedApp, key: string): Promise<void> {
  const past = new Date(Date.now() - 3_600_000).toISOString()
  await target.clients.elb.send(
    new CreateRuleCommand({
      ListenerArn: target.listenerArn,
      Priority: lockPriority(key),
      Conditions: [{ Field: 'host-header', HostHeaderConfig: { Values: [lockHost] } }],
      Actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
      Tags: [
        { Key: lockKeys.key, Value: key },
        { Key: lockKeys.run, Value: 'https://github.com/example/app/actions/runs/1' },
        { Key: lockKeys.action, Value: 'blue-green' },
        { Key: lockKeys.since, Value: past },
        { Key: lockKeys.heartbeat, Value: past },
        { Key: lockKeys.expires, Value: past }
      ]
    })
  )
}

async function serviceArn(target: RollingApp): Promise<string> {
  const { services } = await target.clients.ecs.send(
    new DescribeServicesCommand({ cluster: target.cluster, services: [target.service] })
  )
  return services![0].serviceArn!
}

/** Runs the action with requests flowing through the pair's listener (the canary analysis needs them). */
async function underLoad(target: LoadBalancedApp, action: string, inputs: Record<string, string>) {
  const load = startLoad({ url: target.url, ratePerSecond: 80, maxDurationMs: 60_000 })
  try {
    return await run(action, inputs)
  } finally {
    await load.stop()
  }
}

function expectStatus(done: ActionRun, status: string): void {
  expect({ status: done.outputs.status, errors: done.errors }).toEqual({
    status,
    errors: status === 'succeeded' || status === 'paused' ? [] : expect.anything()
  })
  expect(done.stdout).not.toMatch(/AccessDenied/)
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.05 })
  const target = { endpoint: emulator.endpoint }
  const spec = { image: 'demo:v1', desiredCount: 2 }
  ;[app, pair, canaryPair, defaultRulePair] = await Promise.all([
    createRollingApp(target, uniqueName('iam-svc'), spec),
    createColorPair(target, uniqueName('iam-bg'), spec),
    createColorPair(target, uniqueName('iam-cn'), spec),
    createColorPair(target, uniqueName('iam-df'), spec)
  ])
  // The default rule takes the production rule's place.
  await defaultRulePair.clients.elb.send(
    new ModifyListenerCommand({
      ListenerArn: defaultRulePair.listenerArn,
      DefaultActions: [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: defaultRulePair.blueTargetGroupArn, Weight: 100 },
              { TargetGroupArn: defaultRulePair.greenTargetGroupArn, Weight: 0 }
            ]
          }
        }
      ]
    })
  )
  await defaultRulePair.clients.elb.send(new DeleteRuleCommand({ RuleArn: defaultRulePair.ruleArn }))
  await createErrorAlarm(app, alarm)
  enforcePolicies(emulator, [app, pair, canaryPair, defaultRulePair])
}, 90_000)

afterAll(async () => {
  await emulator?.stop()
})

describe('each action, held to its policy', () => {
  test('rolling: a task definition file with roles and tags, then a new image, watched with an alarm', async () => {
    const inputs = { cluster: app.cluster, service: app.service, alarms: alarm, ...poll }
    await deadLock(app, await serviceArn(app))
    expectStatus(
      await run('rolling', { ...inputs, 'task-definition': taskDefinitionFile(app.family, 'demo:v2') }),
      'succeeded'
    )
    // Then a new image in the running task definition.
    expectStatus(await run('rolling', { ...inputs, container: 'app', image: 'demo:v2.1' }), 'succeeded')
  }, 60_000)

  test('rolling: a crashing version is rolled back', async () => {
    const inputs = { cluster: app.cluster, service: app.service, ...poll, 'wait-timeout': '10s' }
    const file = taskDefinitionFile(app.family, 'demo:v3', { CRASH_AFTER_MS: '100' })
    expectStatus(await run('rolling', { ...inputs, 'task-definition': file }), 'rolled-back')
  }, 60_000)

  test('rollback: a service back to its previous version', async () => {
    const inputs = { cluster: app.cluster, service: app.service, alarms: alarm, ...poll }
    expectStatus(await run('rollback', inputs), 'succeeded')
  }, 60_000)

  test('blue-green: a good version with an alarm; the next one paused before traffic moves, then promoted', async () => {
    const inputs = { ...pairInputs(pair), container: 'app', alarms: alarm, 'bake-time': '1s' }
    await deadLock(pair, pair.ruleArn)
    // The old color keeps its tasks: the next deploy to it drains them.
    expectStatus(await run('blue-green', { ...inputs, image: 'demo:v2', 'scale-down': 'never' }), 'succeeded')
    expectStatus(await run('blue-green', { ...inputs, image: 'demo:v3', mode: 'deploy' }), 'paused')
    expectStatus(
      await run('blue-green', { ...pairInputs(pair), mode: 'promote', 'bake-time': '1s' }),
      'succeeded'
    )
  }, 90_000)

  test('blue-green: a version that never turns healthy; a cancelled run; a rollback of the pair', async () => {
    const bad = taskDefinitionFile(pair.family, 'demo:bad', { UNHEALTHY: 'true' })
    const failed = await run('blue-green', {
      ...pairInputs(pair),
      'task-definition': bad,
      'wait-timeout': '5s'
    })
    expectStatus(failed, 'failed')
    const inputs = { ...pairInputs(pair), container: 'app', image: 'demo:v4', 'bake-time': '60s' }
    const cancelled = await run('blue-green', inputs, 4000)
    expect(cancelled.cancelledAt).toBeDefined()
    expect(cancelled.stdout).not.toMatch(/AccessDenied/)
    await deadLock(pair, pair.ruleArn)
    expectStatus(await run('rollback', { ...pairInputs(pair), alarms: alarm }), 'succeeded')
  }, 120_000)

  test('blue-green and rollback on a listener default rule', async () => {
    const inputs = pairInputs(defaultRulePair, defaultRulePair.listenerArn)
    expectStatus(
      await run('blue-green', { ...inputs, image: 'demo:v2', container: 'app', 'bake-time': '1s' }),
      'succeeded'
    )
    expectStatus(await run('rollback', inputs), 'succeeded')
  }, 90_000)

  test('canary: a good version in steps, then one that fails its analysis and is rolled back', async () => {
    const inputs = { ...pairInputs(canaryPair), 'min-requests': '20', 'bake-time': '1s', alarms: alarm }
    await deadLock(canaryPair, canaryPair.ruleArn)
    const good = { ...inputs, image: 'demo:v2', container: 'app', steps: '50@1s', 'scale-down': 'never' }
    expectStatus(await underLoad(canaryPair, 'canary', good), 'succeeded')
    const bad = taskDefinitionFile(canaryPair.family, 'demo:bad', { FAIL_RATE: '1' })
    expectStatus(
      await underLoad(canaryPair, 'canary', { ...inputs, 'task-definition': bad, steps: '10@30s' }),
      'rolled-back'
    )
  }, 120_000)

  test('canary on a listener default rule', async () => {
    const inputs = { ...pairInputs(defaultRulePair, defaultRulePair.listenerArn), 'min-requests': '20' }
    const good = { ...inputs, image: 'demo:v3', container: 'app', steps: '50@1s', 'bake-time': '1s' }
    expectStatus(await underLoad(defaultRulePair, 'canary', good), 'succeeded')
  }, 90_000)

  // The preview's pull-request scenarios and its check are in iam-preview.test.ts, the pair action's in pair.test.ts.
  const checked = Object.keys(ACTION_RIGHTS).filter((action) => !['preview', 'pair'].includes(action))
  test.each(checked)('%s called exactly what its policy grants', (action) => {
    const called = withoutPreflight(actionsCalledBy(emulator.calls, action))
    const denied = emulator.calls.filter(
      (call) => call.role === action && /AccessDenied/.test(call.error ?? '')
    )
    expect(denied.map((call) => call.operation)).toEqual([])
    // The rights on a service ECS deploys itself are proven by test/e2e/native.test.ts.
    const native = new Set(NATIVE_RIGHTS.flatMap((right) => right.actions))
    expect(called).toEqual(withoutPreflight(grantedActions(action).filter((granted) => !native.has(granted))))
  })
})
