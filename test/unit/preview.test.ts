/**
 * The preview strategy on the scripted pair, with in-memory preview rules and GitHub: the rule and the deployment
 * on the idle color with the production rule untouched, the comment updated in place, the refusals (before any
 * change), a token without rights, cleanup (twice), and a blue-green release that removes a preview first.
 */
import { describe, expect, test } from '@jest/globals'
import { InputError } from '../../src/core/errors.ts'
import type { Log } from '../../src/core/log.ts'
import { previewKeys } from '../../src/pair/preview.ts'
import { stateKeys } from '../../src/state/state.ts'
import { previewRun, type PreviewOptions } from '../../src/strategies/preview/index.ts'
import { blueGreenDeploy } from '../../src/strategies/blue-green/index.ts'
import { rollback } from '../../src/strategies/rollback/index.ts'
import { canaryDeploy } from '../../src/strategies/canary/index.ts'
import { metricsPort } from '../../src/aws/cloudwatch.ts'
import { canaryDefaults, PairTraffic } from './support/run-canary.ts'
import { FakePair, serviceArn, targetGroupArns, taskDefinitionArn } from './support/fake-pair.ts'
import { FakeGithub, FakePreviewRules } from './support/fake-preview.ts'
import { freshWorldEachTest } from './support/fresh-world.ts'
import { blueGreenDefaults, pairAddress } from './support/run-blue-green.ts'
import type { LookupsPort } from '../../src/preflight/lookups.ts'
import { Preflight } from '../../src/preflight/preflight.ts'

const world = freshWorldEachTest((clock) => new FakePair(clock))

const pr = (number: number, sha = 'a'.repeat(40)) => ({
  number,
  headSha: sha,
  headRepository: 'example/app',
  fork: false
})

const defaults: PreviewOptions = {
  ...pairAddress,
  mode: 'deploy',
  address: { host: 'pr-7.preview.example.com', url: 'https://pr-7.preview.example.com/' },
  pr: pr(7),
  taskDefinition: { kind: 'image', container: 'web', image: 'registry.example/web:pr-7' },
  allowFamilyChange: false,
  desiredCount: 1,
  alarms: [],
  environment: 'preview',
  takeover: false,
  comment: true,
  waitTimeoutMs: 600_000,
  pollIntervalMs: 5000,
  run: 'https://github.com/example/app/actions/runs/42'
}

function logged(): Log & { warnings: string[] } {
  const warnings: string[] = []
  return { info() {}, debug() {}, warning: (message) => void warnings.push(message), warnings }
}

function setup() {
  const rules = new FakePreviewRules()
  const github = new FakeGithub()
  const log = logged()
  const run = (options: Partial<PreviewOptions> = {}) =>
    previewRun(
      { ...defaults, ...options },
      { ...world.aws.ports(), previewRules: rules, github },
      {
        clock: world.clock,
        log
      }
    )
  return { rules, github, log, run }
}

const mutating = () =>
  world.aws.sent.map((call) => call.operation).filter((operation) => !/^(Describe|List|Get)/.test(operation))

describe('deploy', () => {
  test('a rule for the host before the production rule, the version on the idle color, production untouched; GitHub told', async () => {
    const { rules, github, run } = setup()
    const { report } = await run()

    expect(report).toMatchObject({ status: 'succeeded', color: 'green', pr: 7, url: defaults.address.url })
    const [rule] = rules.previews()
    expect(rule).toMatchObject({
      priority: 1,
      conditions: [{ Field: 'host-header', HostHeaderConfig: { Values: ['pr-7.preview.example.com'] } }],
      actions: [
        { Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: targetGroupArns.green }] } }
      ]
    })
    expect(rule.tags).toMatchObject({ [previewKeys.pr]: '7', [previewKeys.run]: defaults.run })
    expect(report.ruleArn).toBe(rule.arn)
    expect(world.aws.tagsOf('green')[previewKeys.rule]).toBe(rule.arn)
    expect(world.aws.weights()).toEqual({ blue: 100, green: 0 })
    expect(world.aws.ruleChanges).toEqual([])
    expect(world.aws.updates()).toEqual([
      expect.objectContaining({
        service: serviceArn('green'),
        desiredCount: 1,
        taskDefinition: report.taskDefinitionArn
      })
    ])
    // The rule and the service's tag that names it come first, so a release finds the preview however this run ends.
    expect(mutating()).toEqual(['TagResource', 'RegisterTaskDefinition', 'UpdateService'])
    // No rollout record: the pair's state is production's.
    expect(world.aws.tagsOf('green')[stateKeys.status]).toBeUndefined()

    expect(github.writes).toEqual([
      'createDeployment preview',
      `setStatus ${report.deploymentId} in_progress`,
      'createComment #7',
      `setStatus ${report.deploymentId} success`,
      `updateComment ${github.comments[0].id}`
    ])
    const success = github.deployments[0].statuses.at(-1)
    expect(success).toMatchObject({
      state: 'success',
      environmentUrl: defaults.address.url,
      logUrl: defaults.run
    })
    expect(github.comments[0].body).toContain('✅ ready')
    expect(github.comments[0].body).toContain(report.taskDefinitionArn!)
  })

  test("the comment is found by its marker: other comments, another environment's preview, are left alone", async () => {
    const { github, run } = setup()
    github.comments.push(
      { id: 900, issue: 7, body: 'LGTM' },
      { id: 901, issue: 7, body: '<!-- ecs-deploy:preview environment=staging -->\nstaging preview' }
    )
    await run()
    await run()
    expect(github.comments.slice(0, 2).map((comment) => comment.body)).toEqual([
      'LGTM',
      '<!-- ecs-deploy:preview environment=staging -->\nstaging preview'
    ])
    expect(github.comments).toHaveLength(3)
    expect(github.comments[2].body).toMatch(/^<!-- ecs-deploy:preview environment=preview -->\n/)
  })

  test('a new push keeps the rule and the comment, and deploys the new version', async () => {
    const { rules, github, run } = setup()
    const first = await run()
    const second = await run({
      pr: pr(7, 'b'.repeat(40)),
      taskDefinition: { kind: 'image', container: 'web', image: 'registry.example/web:pr-7b' }
    })
    expect(second.report.status).toBe('succeeded')
    expect(second.report.ruleArn).toBe(first.report.ruleArn)
    expect(rules.changes.filter((change) => change.startsWith('CreateRule'))).toHaveLength(1)
    expect(rules.previews()[0].tags[previewKeys.commit]).toBe('b'.repeat(40))
    expect(github.comments).toHaveLength(1)
    expect(github.deployments).toHaveLength(2)
    expect(second.report.taskDefinitionArn).not.toBe(first.report.taskDefinitionArn)
  })

  test('a preview reached another way on the next push: the same rule, its conditions replaced', async () => {
    const { rules, run } = setup()
    await run()
    const header = { name: 'X-Preview', value: 'pr-7' }
    await run({ address: { ...defaults.address, header } })
    expect(rules.changes.filter((change) => /^(CreateRule|ModifyRule|DeleteRule)/.test(change))).toEqual([
      'CreateRule 1',
      'ModifyRule'
    ])
    expect(rules.previews()[0].conditions).toEqual([
      { Field: 'host-header', HostHeaderConfig: { Values: ['pr-7.preview.example.com'] } },
      { Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'X-Preview', Values: ['pr-7'] } }
    ])
    await run({ address: { ...defaults.address, header } })
    expect(rules.changes.filter((change) => change === 'ModifyRule')).toHaveLength(1)
  })

  test('a priority taken between the look and the create: the next free one, still before the production rule', async () => {
    const { rules, run } = setup()
    for (let priority = 2; priority < 99; priority++) rules.addOther(priority)
    rules.beforeCreate = () => {
      rules.beforeCreate = () => {}
      rules.addOther(1)
    }
    const { report } = await run()
    expect(report.status).toBe('succeeded')
    expect(rules.changes.filter((change) => change.startsWith('CreateRule'))).toEqual([
      'CreateRule 1',
      'CreateRule 99'
    ])
    expect(rules.previews().map((rule) => rule.priority)).toEqual([99])
  })

  test('no free priority before the production rule: refused, naming preview-listener', async () => {
    const { rules, run } = setup()
    for (let priority = 1; priority < 100; priority++) rules.addOther(priority)
    await expect(run()).rejects.toThrow(
      /^Invalid input preview-listener: listener .* has no free priority before the production rule's 100 outside the locks' 45000-49999$/
    )
    expect(mutating()).toEqual([])
  })

  test("another PR's preview is refused, naming it, with no change; takeover replaces it and tells that PR", async () => {
    const { rules, github, run } = setup()
    await run({ pr: pr(5) })
    const before = { aws: mutating().length, rules: rules.changes.length, github: github.writes.length }
    const refused = await run().catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(InputError)
    expect((refused as Error).message).toMatch(
      /^No preview: the idle color green \(web-green\) holds the preview of pull request #5 \(run .*\); set takeover: true to replace it$/
    )
    expect({ aws: mutating().length, rules: rules.changes.length, github: github.writes.length }).toEqual(
      before
    )

    const { report } = await run({ takeover: true })
    expect(report.status).toBe('succeeded')
    expect(rules.previews().map((rule) => rule.tags[previewKeys.pr])).toEqual(['7'])
    expect(github.statesOf(5)).toEqual([['in_progress', 'success', 'inactive']])
    const five = github.comments.find((comment) => comment.issue === 5)!
    expect(five.body).toContain('↪️ replaced')
    expect(five.body).toContain('replaced by the preview of pull request #7 (takeover)')
  })

  test('a paused or unfinished rollout, or a canary in progress, keeps the idle color: refused before any change', async () => {
    const { run, rules } = setup()
    world.aws.setTags('green', {
      [stateKeys.status]: 'paused',
      [stateKeys.taskDefinition]: 'web:2',
      [stateKeys.previousTaskDefinition]: 'web:1',
      [stateKeys.previousColor]: 'blue',
      [stateKeys.action]: 'blue-green',
      [stateKeys.run]: 'run-9',
      [stateKeys.updatedAt]: '2026-11-25T09:00:00.000Z'
    })
    await expect(run()).rejects.toThrow(
      'No preview: the idle color green (web-green) is held by a paused blue-green of web:2 (run run-9); promote or roll it back first'
    )
    world.aws.setTags('green', {})
    world.aws.setTags('blue', {
      [stateKeys.status]: 'switched',
      [stateKeys.taskDefinition]: 'web:2',
      [stateKeys.previousTaskDefinition]: 'web:1',
      [stateKeys.previousColor]: 'green',
      [stateKeys.action]: 'blue-green',
      [stateKeys.run]: 'run-10',
      [stateKeys.updatedAt]: '2026-11-25T09:30:00.000Z'
    })
    await expect(run()).rejects.toThrow(
      'No preview: a switched blue-green of web:2 (run run-10) on blue (web-blue) has not finished, and the idle color green (web-green) is its way back; let it finish first'
    )
    world.aws.setTags('blue', {})
    world.aws.setWeights(90, 10)
    await expect(run()).rejects.toThrow(
      /^No preview: production traffic is split \(blue \(web-blue\) 90%, green \(web-green\) 10%\)/
    )
    expect(mutating()).toEqual([])
    expect(rules.changes).toEqual([])
  })

  test('a token without rights: one warning, and the preview still works', async () => {
    const { github, log, run } = setup()
    github.readOnly = true
    const { report } = await run()
    expect(report.status).toBe('succeeded')
    expect(report.deploymentId).toBeUndefined()
    expect(log.warnings).toHaveLength(1)
    expect(log.warnings[0]).toMatch(
      /^GitHub: could not create the deployment \(HttpError: Resource not accessible by integration\); the workflow needs permissions pull-requests: write and deployments: write/
    )
  })

  test('a version that does not get healthy fails the preview, and GitHub says so', async () => {
    const { github, run } = setup()
    const broken = world.aws.addTaskDefinition(5, 'registry.example/web:broken', 'unhealthy')
    const { report } = await run({
      taskDefinition: { kind: 'arn', arn: broken },
      waitTimeoutMs: 60_000
    })
    expect(report.status).toBe('failed')
    expect(github.deployments[0].statuses.at(-1)?.state).toBe('failure')
    expect(github.comments[0].body).toContain('❌ failed')
    expect(world.aws.weights()).toEqual({ blue: 100, green: 0 })
  })
})

describe('cleanup', () => {
  test('removes the rule, scales the idle color to zero, marks the deployment inactive; a second cleanup changes nothing', async () => {
    const { rules, github, run } = setup()
    await run()
    const { report } = await run({ mode: 'cleanup' })
    expect(report.status).toBe('succeeded')
    expect(report.reason).toBe(
      'removed the preview of pull request #7 and scaled green (web-green) to 0 tasks'
    )
    expect(rules.previews()).toEqual([])
    expect(world.aws.tagsOf('green')[previewKeys.rule]).toBe('')
    expect(world.aws.updates().at(-1)).toEqual({
      cluster: 'prod',
      service: serviceArn('green'),
      desiredCount: 0
    })
    expect(github.statesOf(7)).toEqual([['in_progress', 'success', 'inactive']])
    expect(github.comments[0].body).toContain('🧹 removed')

    const [aws, ruleChanges, writes] = [mutating().length, rules.changes.length, github.writes.length]
    const again = await run({ mode: 'cleanup' })
    expect(again.report.reason).toMatch(
      /^nothing to clean up: no preview of pull request #7 is on web-blue \/ web-green/
    )
    expect([mutating().length, rules.changes.length, github.writes.length]).toEqual([
      aws,
      ruleChanges,
      writes
    ])
  })
})

test('production first: a blue-green release removes the preview on the idle color before deploying, and tells its PR', async () => {
  const { rules, github, run } = setup()
  await run()
  const log = logged()
  const ports = { ...world.aws.ports(), previewRules: rules, github }
  const { report, timeline } = await blueGreenDeploy({ ...blueGreenDefaults, bakeTimeMs: 0 }, ports, {
    clock: world.clock,
    log
  })
  expect(report.status).toBe('succeeded')
  expect(rules.previews()).toEqual([])
  const removed = timeline.entries.find((entry) => entry.subject === 'preview')
  expect(removed?.observed).toMatch(
    /^removed the preview of pull request #7 \(rule .*\) from green \(web-green\): replaced by release /
  )
  expect(github.statesOf(7)).toEqual([['in_progress', 'success', 'inactive']])
  expect(github.comments[0].body).toContain(
    'replaced by release https://github.com/example/app/actions/runs/42'
  )
  expect(world.aws.weights()).toEqual({ blue: 0, green: 100 })
})

test('production first with a role that may not tag: the preview goes all the same, with warnings', async () => {
  const { rules, github, run } = setup()
  await run()
  world.aws.fail = (operation) =>
    operation === 'TagResource'
      ? Object.assign(new Error('not authorized to perform: ecs:TagResource'), {
          name: 'AccessDeniedException'
        })
      : undefined
  const log = logged()
  const ports = { ...world.aws.ports(), previewRules: rules, github }
  const { report } = await blueGreenDeploy({ ...blueGreenDefaults, bakeTimeMs: 0 }, ports, {
    clock: world.clock,
    log
  })
  expect(report.status).toBe('succeeded')
  expect(rules.previews()).toEqual([])
  expect(log.warnings).toEqual(
    expect.arrayContaining([expect.stringMatching(/^the preview rule's name was not cleared from service /)])
  )
})

test('production first in a rollback too: its slow path removes the preview on the color it redeploys', async () => {
  const { rules, github, run } = setup()
  const ports = { ...world.aws.ports(), previewRules: rules, github }
  const context = { clock: world.clock, log: logged() }
  await blueGreenDeploy({ ...blueGreenDefaults, bakeTimeMs: 0 }, ports, context)
  const preview = await run()
  expect(preview.report.color).toBe('blue')
  const { report, timeline } = await rollback(
    {
      cluster: 'prod',
      pair: pairAddress,
      to: 'previous',
      alarms: [],
      waitTimeoutMs: 600_000,
      pollIntervalMs: 5000,
      dryRun: false,
      run: 'run-99'
    },
    ports,
    context
  )
  expect(report).toMatchObject({ status: 'succeeded', path: 'slow' })
  expect(rules.previews()).toEqual([])
  expect(timeline.entries.find((entry) => entry.subject === 'preview')?.observed).toMatch(
    /^removed the preview of pull request #7 .* from blue \(web-blue\): replaced by rollback run-99$/
  )
  expect(github.statesOf(7)).toEqual([['in_progress', 'success', 'inactive']])
  expect(world.aws.weights()).toEqual({ blue: 100, green: 0 })
})

test('a preview on a color kept as the instant rollback target (scale-down: never) says it replaces it', async () => {
  const { rules, github, run } = setup()
  const ports = { ...world.aws.ports(), previewRules: rules, github }
  await blueGreenDeploy({ ...blueGreenDefaults, bakeTimeMs: 0, scaleDown: 'never' }, ports, {
    clock: world.clock,
    log: logged()
  })
  const { report, timeline } = await run()
  expect(report.color).toBe('blue')
  expect(timeline.entries.find((entry) => entry.subject === 'preview')?.observed).toBe(
    `blue (web-blue) ran ${taskDefinitionArn(1)}, the version before the live one (an instant rollback target); the preview replaces it, so a rollback now redeploys it`
  )
})

test('production first in a canary: the preview gives way before the canary deploys, and its PR is told', async () => {
  const { rules, github, run } = setup()
  await run()
  new PairTraffic(world)
  const ports = {
    ...world.aws.ports(),
    metrics: metricsPort(world.aws.clients.cloudwatch),
    previewRules: rules,
    github
  }
  const { report, timeline } = await canaryDeploy({ ...canaryDefaults, mode: 'deploy' }, ports, {
    clock: world.clock,
    log: logged()
  })
  expect(report.status).toBe('paused')
  expect(rules.previews()).toEqual([])
  const removed = timeline.entries.findIndex((entry) => entry.subject === 'preview')
  const deployed = timeline.entries.findIndex((entry) => /^started deployment/.test(entry.observed))
  expect(removed).toBeGreaterThanOrEqual(0)
  expect(removed).toBeLessThan(deployed)
  expect(github.statesOf(7)).toEqual([['in_progress', 'success', 'inactive']])
  expect(github.comments[0].body).toContain(
    'replaced by release https://github.com/example/app/actions/runs/43'
  )
})

test('production first, but only for a release that passed its preflight: a refused one leaves the preview', async () => {
  const { rules, github, run } = setup()
  await run()
  const before = mutating().length
  const log = logged()
  const missing: LookupsPort = {
    imageExists: async () => false,
    secretExists: async () => true,
    missingParameters: async () => [],
    roleExists: async () => true,
    logGroupExists: async () => true
  }
  const preflight = new Preflight(missing, true, log)
  const ports = { ...world.aws.ports(), previewRules: rules, github, preflight }
  const image = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:404'
  const taskDefinition = { kind: 'image' as const, container: 'web', image }
  const outcome = await blueGreenDeploy({ ...blueGreenDefaults, taskDefinition, bakeTimeMs: 0 }, ports, {
    clock: world.clock,
    log
  }).then(
    ({ report }) => report.reason,
    (error: Error) => error.message
  )
  expect(outcome).toMatch(/preflight refused web \(new revision\) .*image \S+web:404 is not in Amazon ECR/)
  expect(rules.previews()).toHaveLength(1)
  expect(mutating().slice(before)).toEqual([])
  expect(github.statesOf(7)).toEqual([['in_progress', 'success']])
})
