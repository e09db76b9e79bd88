/**
 * The bundled pair action, run as the GitHub runner runs it, against the emulator and held to its IAM policy: a
 * running 2-task service made a pair under load (then a second create that changes nothing), a blue-green deploy on
 * the pair it made, delete back to one service; the checks of a slow-draining and a stalling service; a pair on a
 * rule of its own; a create that fails halfway and undoes itself; and the setups it refuses before any change.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { CreateServiceCommand, DescribeServicesCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs'
import {
  CreateRuleCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTargetGroupsCommand,
  ModifyListenerCommand,
  type Action
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import {
  createRollingApp,
  createTargetGroup,
  fastTargetGroupTiming,
  noRoute,
  type RollingApp
} from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad, type LoadReport } from '../../emulator/rehearsal/load.ts'
import { createNativeService } from '../../emulator/rehearsal/native-service.ts'
import { runAction, uniqueName, type ActionRun } from '../../emulator/rehearsal/runner.ts'
import { grantedActions } from '../../src/iam/policy.ts'
import { checkedActions } from '../../src/strategies/pair/rights.ts'
import { actionsCalledBy, deployRolePolicy, enforcePolicies } from './support/iam.ts'

let emulator: Emulator
let app: RollingApp
let slow: RollingApp
let stalling: RollingApp
let ruled: RollingApp
let undone: RollingApp
let ruleArn: string
const poll = { 'poll-interval': '250ms', 'wait-timeout': '60s' }
/**
 * Health checks that a busy machine does not fail: at this time scale a check times out after 950 ms, and ten must
 * fail in a row. With the usual fast timing (100 ms timeouts), a moment of full CPU (the runner starting an action
 * on a shared machine) fails them, and ECS replaces every task before the action has done anything.
 */
const patientTiming = {
  ...fastTargetGroupTiming,
  healthCheckIntervalSeconds: 20,
  healthCheckTimeoutSeconds: 19,
  unhealthyThresholdCount: 10
}

const findingsOf = (done: ActionRun) =>
  JSON.parse(done.outputs.findings) as { id: string; severity: string; evidence: string; fix: string }[]

/** The pair role holds the rights of the deploys it prepares for, as one deploy role does (its check simulates them). */
const bindDeployRole = (apps: RollingApp[]) =>
  emulator.iam.bind('pair', deployRolePolicy(emulator, apps, checkedActions))

const run = (action: string, inputs: Record<string, string>) =>
  runAction(action, { inputs, env: emulator.env() })

/** Runs the action with requests flowing through the app's listener; the run and what the load saw. */
async function underLoad(target: RollingApp, action: string, inputs: Record<string, string>) {
  const load = startLoad({ url: target.url, ratePerSecond: 50, maxDurationMs: 90_000 })
  try {
    const done = await run(action, inputs)
    return { done, load: await load.stop() }
  } catch (error) {
    await load.stop()
    throw error
  }
}

function expectNoFailures(load: LoadReport): void {
  expect({ failed: load.failed, failures: load.failures.slice(0, 3) }).toEqual({ failed: 0, failures: [] })
  expect(load.succeeded).toBeGreaterThan(20)
}

function expectStatus(done: ActionRun, status: string): void {
  expect({ status: done.outputs.status, errors: done.errors }).toEqual({
    status,
    errors: status === 'succeeded' ? [] : expect.anything()
  })
}

async function defaultActions(target: RollingApp): Promise<Action[]> {
  const { Listeners } = await target.clients.elb.send(
    new DescribeListenersCommand({ ListenerArns: [target.listenerArn] })
  )
  return Listeners![0].DefaultActions!
}

async function serviceNames(target: RollingApp, names: string[]): Promise<string[]> {
  const { services = [] } = await target.clients.ecs.send(
    new DescribeServicesCommand({ cluster: target.cluster, services: names })
  )
  return services.filter((service) => service.status === 'ACTIVE').map((service) => service.serviceName!)
}

async function groupExists(target: RollingApp, name: string): Promise<boolean> {
  try {
    await target.clients.elb.send(new DescribeTargetGroupsCommand({ Names: [name] }))
    return true
  } catch {
    return false
  }
}

/** The operations the pair role called since `from` (an index into the emulator's calls). */
const pairCallsSince = (from: number) =>
  emulator.calls
    .slice(from)
    .filter((call) => call.role === 'pair')
    .map((call) => call.operation)
const changing = (operations: string[]) =>
  // Reads (and the rights simulated), and the lock's heartbeat (AddTags on its rule, when a run lasts long enough on a busy machine), left out.
  operations.filter(
    (operation) => !/^(Describe|List|Get|Simulate)/.test(operation) && operation !== 'AddTags'
  )

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.05 })
  const target = { endpoint: emulator.endpoint }
  const spec = { image: 'demo:v1', desiredCount: 2 }
  ;[app, slow, stalling, ruled, undone] = await Promise.all([
    createRollingApp(target, uniqueName('pair'), spec, patientTiming),
    createRollingApp(target, uniqueName('pair-slow'), spec, {
      ...patientTiming,
      deregistrationDelaySeconds: 300
    }),
    createRollingApp(target, uniqueName('pair-stall'), { ...spec, circuitBreaker: true }, patientTiming),
    createRollingApp(target, uniqueName('pair-rule'), spec, patientTiming),
    createRollingApp(target, uniqueName('pair-undo'), spec, patientTiming)
  ])
  await stalling.clients.ecs.send(
    new UpdateServiceCommand({
      cluster: stalling.cluster,
      service: stalling.service,
      deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 100 }
    })
  )
  // A service behind a host rule of its own; the listener's default action answers 404.
  const created = await ruled.clients.elb.send(
    new CreateRuleCommand({
      ListenerArn: ruled.listenerArn,
      Priority: 10,
      Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/*'] } }],
      Actions: [{ Type: 'forward', TargetGroupArn: ruled.targetGroupArn }]
    })
  )
  ruleArn = created.Rules![0].RuleArn!
  await ruled.clients.elb.send(
    new ModifyListenerCommand({ ListenerArn: ruled.listenerArn, DefaultActions: [noRoute] })
  )
  enforcePolicies(emulator, [app, slow, stalling, ruled, undone])
  bindDeployRole([app, slow, stalling, ruled, undone])
}, 90_000)

afterAll(async () => {
  await emulator?.stop()
})

describe('from one service to a pair and back, under load', () => {
  const inputs = () => ({ cluster: app.cluster, service: app.service, ...poll })
  let outputs: Record<string, string>

  test('create on a running 2-task service: 0 failed requests, production on blue only, the weighted rule in place', async () => {
    const from = emulator.calls.length
    const { done, load } = await underLoad(app, 'pair', { ...inputs(), mode: 'create' })
    outputs = done.outputs
    expectStatus(done, 'succeeded')
    // The forward becomes the weighted forward in one rule change.
    expect(changing(pairCallsSince(from))).toEqual([
      'CreateRule',
      'CreateTargetGroup',
      'ModifyTargetGroupAttributes',
      'ModifyListener',
      'CreateService',
      'TagResource',
      'DeleteRule'
    ])
    expectNoFailures(load)
    expect(Object.keys(load.byVersion)).toEqual(['v1'])
    expect(outputs).toMatchObject({
      'blue-service': app.service,
      'green-service': `${app.service}-green`,
      'listener-rule': app.listenerArn,
      'blue-target-group': app.targetGroupArn
    })
    const forward = (await defaultActions(app))[0]
    expect(forward.ForwardConfig!.TargetGroups).toEqual([
      expect.objectContaining({ TargetGroupArn: app.targetGroupArn, Weight: 100 }),
      expect.objectContaining({ TargetGroupArn: outputs['green-target-group'], Weight: 0 })
    ])
    const { services } = await app.clients.ecs.send(
      new DescribeServicesCommand({ cluster: app.cluster, services: [outputs['green-service']] })
    )
    expect(services![0]).toMatchObject({ desiredCount: 0, launchType: 'FARGATE' })
    expect(services![0].loadBalancers![0].targetGroupArn).toBe(outputs['green-target-group'])
    const { TargetGroups } = await app.clients.elb.send(
      new DescribeTargetGroupsCommand({ TargetGroupArns: [outputs['green-target-group']] })
    )
    expect(TargetGroups![0]).toMatchObject({ HealthCheckPath: '/health', HealthCheckIntervalSeconds: 20 })
  }, 120_000)

  test('a second create changes nothing', async () => {
    const from = emulator.calls.length
    const done = await run('pair', { ...inputs(), mode: 'create' })
    expectStatus(done, 'succeeded')
    expect(JSON.parse(done.outputs.rollout).changes).toEqual([])
    // Only the lock's own rule is created, tagged and deleted.
    expect(changing(pairCallsSince(from))).toEqual(['CreateRule', 'DeleteRule'])
  }, 60_000)

  test('blue-green with the outputs deploys a new version with 0 failed requests', async () => {
    const { done, load } = await underLoad(app, 'blue-green', {
      cluster: app.cluster,
      'blue-service': outputs['blue-service'],
      'green-service': outputs['green-service'],
      'listener-rule': outputs['listener-rule'],
      image: 'demo:v2',
      container: 'app',
      'bake-time': '1s',
      ...poll
    })
    expectStatus(done, 'succeeded')
    expectNoFailures(load)
    expect(load.byVersion.v2).toBeGreaterThan(0)
  }, 120_000)

  test('delete is refused in one line while green takes the traffic, then returns to one service with 0 failed requests', async () => {
    const from = emulator.calls.length
    const refused = await run('pair', { ...inputs(), mode: 'delete' })
    expect(refused.errors).toEqual([
      expect.stringMatching(/^Invalid input mode: delete needs green to take no traffic/)
    ])
    expect(changing(pairCallsSince(from))).toEqual([])
    // Back to blue, then delete.
    const back = await run('blue-green', {
      cluster: app.cluster,
      'blue-service': outputs['blue-service'],
      'green-service': outputs['green-service'],
      'listener-rule': outputs['listener-rule'],
      image: 'demo:v3',
      container: 'app',
      'bake-time': '1s',
      ...poll
    })
    expectStatus(back, 'succeeded')
    const deleting = emulator.calls.length
    const { done, load } = await underLoad(app, 'pair', { ...inputs(), mode: 'delete' })
    expectStatus(done, 'succeeded')
    expect(changing(pairCallsSince(deleting))).toEqual([
      'CreateRule',
      'ModifyListener',
      'UpdateService',
      'DeleteService',
      'DeleteTargetGroup',
      'UntagResource',
      'DeleteRule'
    ])
    expectNoFailures(load)
    expect(Object.keys(load.byVersion)).toEqual(['v3'])
    expect((await defaultActions(app))[0].ForwardConfig!.TargetGroups).toEqual([
      expect.objectContaining({ TargetGroupArn: app.targetGroupArn })
    ])
    expect(await serviceNames(app, [app.service, outputs['green-service']])).toEqual([app.service])
    expect(await groupExists(app, outputs['green-target-group'].split('/')[1])).toBe(false)
    // A second delete finds one service and changes nothing.
    const again = await run('pair', { ...inputs(), mode: 'delete' })
    expectStatus(again, 'succeeded')
    expect(JSON.parse(again.outputs.rollout).changes).toEqual([])
  }, 180_000)
})

describe('check', () => {
  test("the deploy role's rights: a missing one is a finding with its fix; a role that may not simulate gets one line", async () => {
    const apps = [app, slow, stalling, ruled, undone]
    const inputs = { cluster: slow.cluster, service: slow.service }
    const rightsFindings = (done: ActionRun) => findingsOf(done).filter((one) => one.id === 'missing-right')
    const notChecked = (done: ActionRun) =>
      done.stdout.split('\n').filter((line) => line.includes('rights were not checked'))
    const full = await run('pair', inputs)
    expectStatus(full, 'succeeded')
    expect({ missing: rightsFindings(full), notChecked: notChecked(full) }).toEqual({
      missing: [],
      notChecked: []
    })
    const simulated = (from: number) =>
      emulator.calls.slice(from).filter((call) => call.operation === 'SimulatePrincipalPolicy' && !call.error)
    try {
      emulator.iam.bind(
        'pair',
        deployRolePolicy(emulator, apps, checkedActions, { without: ['ecs:RegisterTaskDefinition'] })
      )
      const missing = await run('pair', inputs)
      expect(rightsFindings(missing)).toEqual([
        {
          id: 'missing-right',
          severity: 'warning',
          evidence: expect.stringMatching(
            /role\/pair may not call ecs:RegisterTaskDefinition on \* \(IAM simulation: implicitDeny\); blue-green, canary need it$/
          ),
          fix: expect.stringContaining('statement RegisterTaskDefinitions of iam/blue-green.json')
        }
      ])
      expect(missing.summary).toContain('missing-right')
      expect(notChecked(missing)).toEqual([])
      emulator.iam.bind(
        'pair',
        deployRolePolicy(emulator, apps, checkedActions, { without: ['iam:SimulatePrincipalPolicy'] })
      )
      const from = emulator.calls.length
      const blind = await run('pair', inputs)
      expectStatus(blind, 'succeeded')
      expect(rightsFindings(blind)).toEqual([])
      expect(simulated(from)).toEqual([])
      expect(notChecked(blind)).toEqual([
        expect.stringMatching(
          /may not call iam:SimulatePrincipalPolicy .*statement CheckDeployRights of iam\/pair\.json/
        )
      ])
    } finally {
      bindDeployRole(apps)
    }
  }, 90_000)

  test('a 300 s deregistration delay is named with its fix; fail-on: warning fails the step', async () => {
    const inputs = { cluster: slow.cluster, service: slow.service }
    const done = await run('pair', inputs)
    expectStatus(done, 'succeeded')
    expect(findingsOf(done)).toContainEqual({
      id: 'deregistration-delay',
      severity: 'warning',
      evidence: expect.stringContaining('deregistration delay of 300 s'),
      fix: expect.stringContaining('deregistration_delay.timeout_seconds')
    })
    expect(done.summary).toContain('deregistration-delay')
    const failing = await run('pair', { ...inputs, 'fail-on': 'warning' })
    expectStatus(failing, 'failed')
    expect(failing.errors).toEqual([expect.stringContaining('deregistration-delay')])
  }, 60_000)

  test('100/100 percents are named with their fix; create with fail-on: warning changes nothing', async () => {
    const inputs = { cluster: stalling.cluster, service: stalling.service }
    const done = await run('pair', inputs)
    expect(findingsOf(done).map((finding) => finding.id)).toEqual(['stalling-percents'])
    expect(findingsOf(done)[0]).toMatchObject({
      evidence: expect.stringContaining('minimumHealthyPercent 100 and maximumPercent 100 with 2 tasks'),
      fix: expect.stringContaining('maximumPercent')
    })
    const from = emulator.calls.length
    const failing = await run('pair', { ...inputs, mode: 'create', 'fail-on': 'warning' })
    expect(failing.exitCode).not.toBe(0)
    expect(failing.errors).toEqual([
      '1 warning (stalling-percents) with fail-on: warning; nothing was changed'
    ])
    expect(changing(pairCallsSince(from))).toEqual([])
  }, 60_000)
})

describe('a pair on a rule of its own, and a create that fails halfway', () => {
  test('create and delete through the rule named by listener-rule', async () => {
    const inputs = { cluster: ruled.cluster, service: ruled.service, 'listener-rule': ruleArn, ...poll }
    const { done, load } = await underLoad(ruled, 'pair', { ...inputs, mode: 'create' })
    expectStatus(done, 'succeeded')
    expectNoFailures(load)
    const rule = async () =>
      (await ruled.clients.elb.send(new DescribeRulesCommand({ RuleArns: [ruleArn] }))).Rules![0].Actions![0]
    expect((await rule()).ForwardConfig!.TargetGroups!.map((group) => group.Weight)).toEqual([100, 0])
    const deleted = await underLoad(ruled, 'pair', { ...inputs, mode: 'delete' })
    expectStatus(deleted.done, 'succeeded')
    expectNoFailures(deleted.load)
    expect((await rule()).ForwardConfig!.TargetGroups!.map((group) => group.TargetGroupArn)).toEqual([
      ruled.targetGroupArn
    ])
  }, 120_000)

  test('a green service ECS refuses to create: the rule and the target group are put back', async () => {
    // The role may not create services: the third step fails.
    const apps = [app, slow, stalling, ruled, undone]
    emulator.iam.bind(
      'pair',
      deployRolePolicy(emulator, apps, checkedActions, { without: ['ecs:CreateService'] })
    )
    try {
      const done = await run('pair', { cluster: undone.cluster, service: undone.service, mode: 'create' })
      expectStatus(done, 'rolled-back')
      expect(done.errors).toEqual([expect.stringMatching(/ecs:CreateService.*undone/)])
      // The check before it had found the missing right (create goes on: fail-on is never).
      expect(findingsOf(done)).toContainEqual({
        id: 'missing-right',
        severity: 'notice',
        evidence: expect.stringMatching(
          /role\/pair may not call ecs:CreateService .*implicitDeny.*pair needs it/
        ),
        fix: expect.stringContaining('statement CreateGreenService of iam/pair.json')
      })
    } finally {
      bindDeployRole(apps)
    }
    expect((await defaultActions(undone))[0].ForwardConfig!.TargetGroups).toEqual([
      expect.objectContaining({ TargetGroupArn: undone.targetGroupArn })
    ])
    expect(await groupExists(undone, `${undone.service}-tg-green`)).toBe(false)
    expect(await serviceNames(undone, [`${undone.service}-green`])).toEqual([])
  }, 60_000)
})

describe('refused before any change, in one line', () => {
  test.each([
    [
      'an unknown mode',
      { mode: 'replace' },
      /^Invalid input: mode "replace" is not one of create, check, delete$/
    ],
    [
      'a green name that is the service',
      { mode: 'create', 'green-service': 'SELF' },
      /^Invalid input green-service:/
    ]
  ])(
    '%s',
    async (_, extra, message) => {
      const from = emulator.calls.length
      const inputs: Record<string, string> = {
        cluster: stalling.cluster,
        service: stalling.service,
        ...extra
      }
      if (inputs['green-service'] === 'SELF') inputs['green-service'] = stalling.service
      const done = await run('pair', inputs)
      expect(done.errors).toEqual([expect.stringMatching(message)])
      expect(changing(pairCallsSince(from))).toEqual([])
    },
    30_000
  )

  test('a green service that exists and is not a clone; a service ECS deploys in colors', async () => {
    // A service of the team's own already has the green name.
    await slow.clients.ecs.send(
      new CreateServiceCommand({
        cluster: slow.cluster,
        serviceName: `${slow.service}-green`,
        taskDefinition: slow.family,
        desiredCount: 0,
        launchType: 'FARGATE',
        loadBalancers: [{ targetGroupArn: slow.targetGroupArn, containerName: 'app', containerPort: 8080 }]
      })
    )
    const from = emulator.calls.length
    const notClone = await run('pair', { cluster: slow.cluster, service: slow.service, mode: 'create' })
    expect(notClone.errors).toEqual([
      expect.stringMatching(/^Invalid input green-service: service .*-green exists and is not a clone/)
    ])
    const native = await createNativeService(
      { endpoint: emulator.endpoint },
      uniqueName('pair-native'),
      { image: 'demo:v1', desiredCount: 1 },
      { strategy: 'BLUE_GREEN' }
    )
    enforcePolicies(emulator, [app, slow, stalling, ruled, undone, native])
    bindDeployRole([app, slow, stalling, ruled, undone, native])
    const colors = await run('pair', { cluster: native.cluster, service: native.service, mode: 'create' })
    expect(colors.errors).toEqual([
      expect.stringMatching(/^Invalid input service: .* already deployed in colors by ECS .*service: /)
    ])
    expect(changing(pairCallsSince(from))).toEqual([])
  }, 60_000)
})

describe('refused before any change, in one line: several target groups, a rule that splits', () => {
  let second: string
  let splitRule: string

  beforeAll(async () => {
    // A second target group of the stalling app's balancer, and a rule that splits between the two groups.
    second = await createTargetGroup(stalling.clients, uniqueName('pair-two'), patientTiming)
    const created = await stalling.clients.elb.send(
      new CreateRuleCommand({
        ListenerArn: stalling.listenerArn,
        Priority: 20,
        Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/split/*'] } }],
        Actions: [
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: stalling.targetGroupArn, Weight: 90 },
                { TargetGroupArn: second, Weight: 10 }
              ]
            }
          }
        ]
      })
    )
    splitRule = created.Rules![0].RuleArn!
  }, 30_000)

  test('a service behind two target groups', async () => {
    const service = uniqueName('pair-two-groups')
    await stalling.clients.ecs.send(
      new CreateServiceCommand({
        cluster: stalling.cluster,
        serviceName: service,
        taskDefinition: stalling.family,
        desiredCount: 0,
        launchType: 'FARGATE',
        loadBalancers: [
          { targetGroupArn: stalling.targetGroupArn, containerName: 'app', containerPort: 8080 },
          { targetGroupArn: second, containerName: 'app', containerPort: 8080 }
        ]
      })
    )
    const from = emulator.calls.length
    const done = await run('pair', { cluster: stalling.cluster, service, mode: 'create' })
    expect(done.errors).toEqual([
      expect.stringMatching(
        /^Invalid input service: service .* has 2 target groups \(.*\); pair clones a service behind exactly one$/
      )
    ])
    expect(done.errors[0]).not.toContain('\n')
    expect(changing(pairCallsSince(from))).toEqual([])
    expect(await serviceNames(stalling, [`${service}-green`])).toEqual([])
  }, 60_000)

  test('a rule that already splits traffic', async () => {
    const before = await stalling.clients.elb.send(new DescribeRulesCommand({ RuleArns: [splitRule] }))
    const from = emulator.calls.length
    const done = await run('pair', {
      cluster: stalling.cluster,
      service: stalling.service,
      'listener-rule': splitRule,
      mode: 'create'
    })
    expect(done.errors).toEqual([
      expect.stringMatching(
        /^Invalid input listener-rule: .* already splits traffic between .* \(90\), .* \(10\); pair turns/
      )
    ])
    expect(done.errors[0]).not.toContain('\n')
    expect(changing(pairCallsSince(from))).toEqual([])
    const after = await stalling.clients.elb.send(new DescribeRulesCommand({ RuleArns: [splitRule] }))
    expect(after.Rules![0].Actions).toEqual(before.Rules![0].Actions)
    expect(await serviceNames(stalling, [`${stalling.service}-green`])).toEqual([])
  }, 60_000)
})

test('pair called exactly what its policy grants', () => {
  const denied = emulator.calls.filter(
    (call) =>
      call.role === 'pair' &&
      /AccessDenied/.test(call.error ?? '') &&
      !['CreateService', 'SimulatePrincipalPolicy'].includes(call.operation)
  )
  expect(denied.map((call) => call.operation)).toEqual([])
  expect([...actionsCalledBy(emulator.calls, 'pair')].sort()).toEqual(grantedActions('pair'))
})
