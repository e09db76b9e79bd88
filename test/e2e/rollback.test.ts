/**
 * The bundled rollback action, and the lock every action holds, run as the GitHub runner runs them against the
 * emulator, under load through the production listener: the fast path (the old color still runs: one rule change),
 * the slow path (redeploy on the idle color), a single service; two blue-green runs started at the same moment (one
 * changes the pair, the other is refused at once naming it); a rollback that preempts a deploy in its bake; and a
 * deploy killed mid-bake (SIGKILL, a lost runner) whose dead lock the rollback takes over. Every scenario ends with
 * 0 failed requests.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { DescribeRulesCommand } from '@aws-sdk/client-elastic-load-balancing-v2'
import type { ApiCall } from '../../emulator/core/contracts.ts'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import {
  createColorPair,
  createRollingApp,
  type ColorPair,
  type LoadBalancedApp,
  type RollingApp
} from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad, type LoadReport } from '../../emulator/rehearsal/load.ts'
import { runAction, uniqueName, type RunOptions } from '../../emulator/rehearsal/runner.ts'
import { decoded, describeService, healthyTargets, pause, recordOf, weights } from './support/facts.ts'
import { enforcePolicies } from './support/iam.ts'

const poll = { 'poll-interval': '250ms', 'wait-timeout': '60s' }
const scenarios = ['fast', 'slow', 'both', 'preempt', 'killed', 'killDeploy', 'killScaleDown'] as const
let emulator: Emulator
const pairs = {} as Record<(typeof scenarios)[number], ColorPair>
let app: RollingApp

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.05 })
  const target = { endpoint: emulator.endpoint }
  const created = await Promise.all(
    scenarios.map((name) =>
      createColorPair(target, uniqueName(`rb-${name}`), { image: 'demo:v1', desiredCount: 2 })
    )
  )
  scenarios.forEach((name, index) => (pairs[name] = created[index]))
  app = await createRollingApp(target, uniqueName('rb-svc'), { image: 'shop:v1', desiredCount: 2 })
  enforcePolicies(emulator, [...created, app])
}, 90_000)

afterAll(async () => {
  await emulator?.stop()
})

const runLink = (id: string) => `https://github.com/example/app/actions/runs/${id}/attempts/1`

const pairInputs = (pair: ColorPair) => ({
  cluster: pair.cluster,
  'blue-service': pair.blueService,
  'green-service': pair.greenService,
  'listener-rule': pair.ruleArn,
  ...poll
})

function blueGreen(pair: ColorPair, inputs: Record<string, string>, extra: Partial<RunOptions> = {}) {
  return runAction('blue-green', {
    inputs: { ...pairInputs(pair), container: 'app', 'bake-time': '1s', ...inputs },
    ...extra,
    env: { ...emulator.env(), ...extra.env }
  })
}

function rollback(inputs: Record<string, string>, extra: Partial<RunOptions> = {}) {
  return runAction('rollback', {
    inputs: { ...poll, ...inputs },
    ...extra,
    env: { ...emulator.env(), ...extra.env }
  })
}

const load = (target: LoadBalancedApp) =>
  startLoad({ url: target.url, ratePerSecond: 50, maxDurationMs: 90_000 })

/** Rules on the pair's listener other than the production rule and the default one: locks left behind. */
async function lockRules(pair: ColorPair): Promise<number> {
  const { Rules = [] } = await pair.clients.elb.send(
    new DescribeRulesCommand({ ListenerArn: pair.listenerArn })
  )
  return Rules.filter((rule) => !rule.IsDefault && rule.RuleArn !== pair.ruleArn).length
}

const callsSince = (mark: number): ApiCall[] => emulator.calls.slice(mark).filter((call) => !call.error)
const ruleChanges = (pair: ColorPair, mark: number) =>
  callsSince(mark).filter((call) => call.operation === 'ModifyRule' && call.input?.RuleArn === pair.ruleArn)

/** Versions served after `at` (epoch ms). */
const servedAfter = (report: LoadReport, at: number) =>
  [...new Set(report.samples.filter((sample) => sample.at > at).map((sample) => sample.version))].sort()

describe('the rollback action under load', () => {
  test('fast path: the old color still runs; traffic is back in one rule change, seconds after the start', async () => {
    const pair = pairs.fast
    const v1 = (await describeService(pair, pair.blueService)).taskDefinition!
    const deployed = await blueGreen(pair, { image: 'demo:v2', 'scale-down': 'never' })
    expect(deployed.outputs.status).toBe('succeeded')
    const v2 = deployed.outputs['task-definition-arn']
    const traffic = load(pair)
    await pause(500)
    const mark = emulator.calls.length
    const started = Date.now()
    const run = await rollback(
      { ...pairInputs(pair), reason: 'v2 answers 500 on checkout' },
      { env: { GITHUB_RUN_ID: '2001' } }
    )
    await pause(500)
    const report = await traffic.stop()

    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({
      status: 'succeeded',
      'live-color': 'blue',
      'task-definition-arn': v1,
      'rolled-back-from': v2
    })
    expect(JSON.parse(run.outputs.rollout)).toMatchObject({
      path: 'fast',
      rollbackReason: 'v2 answers 500 on checkout'
    })
    const changes = ruleChanges(pair, mark)
    expect(changes).toHaveLength(1)
    const movedAfterMs = changes[0].at.getTime() - started
    console.log(
      `rollback fast path: traffic back ${movedAfterMs} ms after the action started; ${report.failed} of ${report.sent} requests failed`
    )
    expect(movedAfterMs).toBeLessThan(3000)
    expect(await weights(pair)).toEqual({ blue: 100, green: 0 })
    expect(report.failures).toEqual([])
    expect(servedAfter(report, changes[0].at.getTime() + 100)).toEqual(['v1'])
    expect((await describeService(pair, pair.greenService)).desiredCount).toBe(0)
    expect(await recordOf(pair, pair.blueService)).toMatchObject({
      'ecs-deploy:action': 'rollback',
      'ecs-deploy:status': 'succeeded',
      'ecs-deploy:reason': 'v2 answers 500 on checkout',
      'ecs-deploy:run': runLink('2001')
    })
    for (const text of ['v2 answers 500 on checkout', runLink('2001'), 'Traffic moved', v2])
      expect(run.summary).toContain(text)
    expect(await lockRules(pair)).toBe(0)
  }, 60_000)

  test('slow path: the old color was scaled down; it is redeployed, verified, switched to, with no failed request', async () => {
    const pair = pairs.slow
    const v1 = (await describeService(pair, pair.blueService)).taskDefinition!
    const deployed = await blueGreen(pair, { image: 'demo:v2' })
    expect(deployed.outputs.status).toBe('succeeded')
    expect((await describeService(pair, pair.blueService)).desiredCount).toBe(0)
    const traffic = load(pair)
    const mark = emulator.calls.length
    const run = await rollback(pairInputs(pair))
    await pause(500)
    const report = await traffic.stop()

    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({
      status: 'succeeded',
      'live-color': 'blue',
      'task-definition-arn': v1
    })
    expect(JSON.parse(run.outputs.rollout).path).toBe('slow')
    const [change] = ruleChanges(pair, mark)
    console.log(
      `rollback slow path: ${run.durationMs} ms in all; ${report.failed} of ${report.sent} requests failed`
    )
    expect(report.failures).toEqual([])
    expect(servedAfter(report, change.at.getTime() + 100)).toEqual(['v1'])
    expect(await healthyTargets(pair, pair.blueTargetGroupArn)).toBe(2)
    expect((await describeService(pair, pair.greenService)).desiredCount).toBe(0)
  }, 60_000)

  test('a single service: a rolling update back to the previous version, with no failed request', async () => {
    const before = (await describeService(app, app.service)).taskDefinition!
    const deployed = await runAction('rolling', {
      inputs: { cluster: app.cluster, service: app.service, container: 'app', image: 'shop:v2', ...poll },
      env: emulator.env()
    })
    expect(deployed.outputs.status).toBe('succeeded')
    const traffic = load(app)
    const run = await rollback({ cluster: app.cluster, service: app.service })
    const report = await traffic.stop()
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({ status: 'succeeded', 'task-definition-arn': before })
    expect(run.outputs['live-color']).toBeUndefined()
    expect((await describeService(app, app.service)).taskDefinition).toBe(before)
    expect(report.failures).toEqual([])
  }, 60_000)
})

describe('one rollout at a time', () => {
  test('two blue-green runs started at the same moment: one changes the pair, the other is refused at once naming it', async () => {
    const pair = pairs.both
    const traffic = load(pair)
    const mark = emulator.calls.length
    const runs = await Promise.all(
      (['3001', '3002'] as const).map((id) =>
        blueGreen(pair, { image: `demo:v${id === '3001' ? 2 : 3}` }, { env: { GITHUB_RUN_ID: id } })
      )
    )
    const report = await traffic.stop()

    const winner = runs.findIndex((run) => run.exitCode === 0)
    expect(winner).toBeGreaterThanOrEqual(0)
    const [won, lost] = [runs[winner], runs[1 - winner]]
    const [wonLink, lostLink] = [
      runLink(winner === 0 ? '3001' : '3002'),
      runLink(winner === 0 ? '3002' : '3001')
    ]
    expect(won.outputs.status).toBe('succeeded')
    expect(lost.exitCode).toBe(1)
    expect(lost.durationMs).toBeLessThan(5000)
    expect(lost.errors).toHaveLength(1)
    expect(decoded(lost.errors[0])).toMatch(
      new RegExp(
        `^pair ${pair.blueService} / ${pair.greenService} is locked by run ${wonLink.replace(/[/.]/g, '\\$&')} \\(blue-green, since `
      )
    )
    console.log(`a second run refused after ${lost.durationMs} ms: ${decoded(lost.errors[0])}`)
    // Every change came from the winner: one registration, its two service updates, one switch, its records.
    const changes = callsSince(mark).filter((call) =>
      ['RegisterTaskDefinition', 'UpdateService', 'ModifyRule', 'TagResource'].includes(call.operation)
    )
    expect(changes.filter((call) => call.operation === 'RegisterTaskDefinition')).toHaveLength(1)
    expect(changes.filter((call) => call.operation === 'UpdateService')).toHaveLength(2)
    expect(changes.filter((call) => call.operation === 'ModifyRule')).toHaveLength(1)
    const runsNamed = changes
      .filter((call) => call.operation === 'TagResource')
      .map((call) => call.input.tags.find((tag: any) => tag.key === 'ecs-deploy:run')?.value)
    expect(new Set(runsNamed)).toEqual(new Set([wonLink]))
    expect(runsNamed).not.toContain(lostLink)
    expect(report.failures).toEqual([])
    expect(await lockRules(pair)).toBe(0)
  }, 60_000)

  test('a rollback takes the lock from a deploy in its bake; the deploy stops before its next change', async () => {
    const pair = pairs.preempt
    const v1 = (await describeService(pair, pair.blueService)).taskDefinition!
    const traffic = load(pair)
    let rollbackRun: ReturnType<typeof rollback> | undefined
    const deploy = await blueGreen(
      pair,
      { image: 'demo:v2', 'bake-time': '8s' },
      {
        env: { GITHUB_RUN_ID: '4001' },
        onLine: (line) => {
          if (rollbackRun || !/\bbake: watching/.test(line)) return
          rollbackRun = rollback(
            { ...pairInputs(pair), reason: 'preempt' },
            { env: { GITHUB_RUN_ID: '4002' } }
          )
        }
      }
    )
    const run = await rollbackRun!
    await pause(500)
    const report = await traffic.stop()

    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({
      status: 'succeeded',
      'task-definition-arn': v1,
      'live-color': 'blue'
    })
    expect(run.summary).toContain(`took the lock from run ${runLink('4001')} (blue-green`)
    expect(deploy.exitCode).toBe(1)
    expect(deploy.errors).toHaveLength(1)
    console.log(`the preempted deploy: ${decoded(deploy.errors[0])}`)
    expect(decoded(deploy.errors[0])).toMatch(/lost the lock|not scaling|takes production traffic|rule/)
    expect(await weights(pair)).toEqual({ blue: 100, green: 0 })
    expect((await describeService(pair, pair.blueService)).desiredCount).toBe(2)
    expect(await healthyTargets(pair, pair.blueTargetGroupArn)).toBe(2)
    // The preempted deploy's record no longer says it is baking: the rollback ended it.
    expect(await recordOf(pair, pair.greenService)).toMatchObject({
      'ecs-deploy:status': 'rolled-back',
      'ecs-deploy:action': 'blue-green',
      'ecs-deploy:run': runLink('4001')
    })
    expect(await recordOf(pair, pair.blueService)).toMatchObject({
      'ecs-deploy:status': 'succeeded',
      'ecs-deploy:action': 'rollback',
      'ecs-deploy:run': runLink('4002')
    })
    expect(report.failures).toEqual([])
    expect(await lockRules(pair)).toBe(0)
  }, 60_000)

  test('a deploy killed in its bake (its runner lost): the next run takes over its dead lock and finishes it', async () => {
    const pair = pairs.killed
    const traffic = load(pair)
    let baking: () => void = () => {}
    const killWhen = new Promise<void>((resolve) => (baking = resolve))
    const killed = await blueGreen(
      pair,
      { image: 'demo:v2', 'bake-time': '30s' },
      { killWhen, onLine: (line) => /\bbake: watching/.test(line) && baking() }
    )
    expect(killed.signal).toBe('SIGKILL')
    expect(await lockRules(pair)).toBe(1)
    // The re-run waits for the dead run's heartbeat to run out (twelve poll intervals, at least 5 s), then takes over.
    const started = Date.now()
    const rerun = await blueGreen(pair, { image: 'demo:v2', 'lock-timeout': '30s' })
    const tookMs = Date.now() - started
    await pause(500)
    const report = await traffic.stop()

    expect(rerun.errors).toEqual([])
    expect(rerun.outputs).toMatchObject({ status: 'succeeded', 'live-color': 'green' })
    expect(rerun.summary).toMatch(/took over the lock from run .* its heartbeat ran out/)
    expect(rerun.stdout).toMatch(/did not finish its bake; baking again/)
    console.log(`a re-run after a SIGKILL took the dead lock over and finished in ${tookMs} ms`)
    expect(tookMs).toBeGreaterThan(4000)
    expect(await weights(pair)).toEqual({ blue: 0, green: 100 })
    expect((await describeService(pair, pair.blueService)).desiredCount).toBe(0)
    expect(await recordOf(pair, pair.greenService)).toMatchObject({ 'ecs-deploy:status': 'succeeded' })
    expect(report.failures).toEqual([])
    expect(await lockRules(pair)).toBe(0)
  }, 90_000)

  test('two rolling updates of one service started at the same moment: one deploys, the other is refused at once', async () => {
    const traffic = load(app)
    const mark = emulator.calls.length
    const runs = await Promise.all(
      ['v3', 'v4'].map((tag, i) =>
        runAction('rolling', {
          inputs: {
            cluster: app.cluster,
            service: app.service,
            container: 'app',
            image: `shop:${tag}`,
            ...poll
          },
          env: { ...emulator.env(), GITHUB_RUN_ID: String(5001 + i) }
        })
      )
    )
    const report = await traffic.stop()
    const refused = runs.filter((run) => run.exitCode !== 0)
    expect(runs.filter((run) => run.outputs.status === 'succeeded')).toHaveLength(1)
    expect(refused).toHaveLength(1)
    expect(refused[0].durationMs).toBeLessThan(5000)
    expect(decoded(refused[0].errors[0])).toMatch(
      new RegExp(`^service ${app.service} is locked by run https://`)
    )
    expect(callsSince(mark).filter((call) => call.operation === 'RegisterTaskDefinition')).toHaveLength(1)
    expect(report.failures).toEqual([])
  }, 60_000)
})

describe('a blue-green run killed (SIGKILL) at a point of its rollout, then rollback: it converges', () => {
  test.each([
    ['while its new color deploys', 'killDeploy', /\brollout: started deployment/],
    ['while it scales the old color down', 'killScaleDown', /\bscale-down: .* scaled to 0/]
  ] as const)(
    '%s',
    async (_when, scenario, point) => {
      const pair = pairs[scenario]
      const v1 = (await describeService(pair, pair.blueService)).taskDefinition!
      const traffic = load(pair)
      let reached: () => void = () => {}
      const killWhen = new Promise<void>((resolve) => (reached = resolve))
      const killed = await blueGreen(
        pair,
        { image: 'demo:v2', 'bake-time': '1s' },
        { killWhen, onLine: (line) => point.test(line) && reached() }
      )
      expect(killed.signal).toBe('SIGKILL')
      const run = await rollback({ ...pairInputs(pair), reason: 'the deploy died' })
      await pause(500)
      const report = await traffic.stop()

      expect(run.errors).toEqual([])
      expect(run.outputs).toMatchObject({ status: 'succeeded', 'task-definition-arn': v1 })
      const live = run.outputs['live-color'] as 'blue' | 'green'
      const [liveService, idleService] =
        live === 'blue' ? [pair.blueService, pair.greenService] : [pair.greenService, pair.blueService]
      expect(await weights(pair)).toEqual(live === 'blue' ? { blue: 100, green: 0 } : { blue: 0, green: 100 })
      expect((await describeService(pair, liveService)).taskDefinition).toBe(v1)
      expect(
        await healthyTargets(pair, live === 'blue' ? pair.blueTargetGroupArn : pair.greenTargetGroupArn)
      ).toBe(2)
      expect((await describeService(pair, idleService)).desiredCount).toBe(0)
      expect(await recordOf(pair, liveService)).toMatchObject({
        'ecs-deploy:status': 'succeeded',
        'ecs-deploy:action': 'rollback'
      })
      expect(report.failures).toEqual([])
      expect(await lockRules(pair)).toBe(0)
      console.log(
        `killed ${_when}: rollback took the ${JSON.parse(run.outputs.rollout).path} path; ${report.sent} requests, 0 failed`
      )
    },
    60_000
  )
})
