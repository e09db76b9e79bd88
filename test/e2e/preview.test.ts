/**
 * The bundled preview action, run as the GitHub runner runs it on pull_request events (the payload in
 * GITHUB_EVENT_PATH), against the emulator and a local stand-in of GitHub's REST API (GITHUB_API_URL), with load on
 * production throughout: a preview deployed, updated by a new push, cleaned up (twice), and a production
 * blue-green release that replaces a preview. Production requests never fail and are never answered by a PR's
 * version; requests with the preview's host or header are answered by the PR's version.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { DescribeRulesCommand } from '@aws-sdk/client-elastic-load-balancing-v2'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import { startGithubStandIn, type GithubStandIn, type PullRequest } from '../../emulator/github/server.ts'
import { createColorPair, type ColorPair } from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad, type LoadReport } from '../../emulator/rehearsal/load.ts'
import { describeService, pairWeights } from '../../emulator/rehearsal/inspect.ts'
import { runAction, uniqueName } from '../../emulator/rehearsal/runner.ts'
import { enforcePolicies } from './support/iam.ts'

const scenarios = ['lifecycle', 'release', 'refused'] as const
let emulator: Emulator
let github: GithubStandIn
const pairs = {} as Record<(typeof scenarios)[number], ColorPair>

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.05 })
  github = await startGithubStandIn()
  const created = await Promise.all(
    scenarios.map((name) =>
      createColorPair({ endpoint: emulator.endpoint }, uniqueName(`pv-${name}`), {
        image: 'demo:v1',
        desiredCount: 2
      })
    )
  )
  scenarios.forEach((name, index) => (pairs[name] = created[index]))
  enforcePolicies(emulator, created)
}, 60_000)

afterAll(async () => {
  await github?.stop()
  await emulator?.stop()
})

const pull = (number: number, sha: string): PullRequest => ({
  number,
  headSha: sha.padEnd(40, '0'),
  headRepository: 'example/app',
  baseRepository: 'example/app'
})

const githubEnv = () => ({ ...emulator.env(), GITHUB_API_URL: github.url })

function preview(pair: ColorPair, pr: PullRequest, action: string, inputs: Record<string, string>) {
  return runAction('preview', {
    inputs: {
      cluster: pair.cluster,
      'blue-service': pair.blueService,
      'green-service': pair.greenService,
      'listener-rule': pair.ruleArn,
      'poll-interval': '250ms',
      'wait-timeout': '60s',
      'github-token': 'test-token',
      ...inputs
    },
    env: githubEnv(),
    eventName: 'pull_request',
    eventPayload: github.eventPayload(pr, action)
  })
}

/** One second of requests as a client of the preview sends them. */
async function sample(pair: ColorPair, headers: Record<string, string>): Promise<LoadReport> {
  const load = startLoad({ url: pair.url, ratePerSecond: 40, maxDurationMs: 1000, headers })
  await new Promise((resolve) => setTimeout(resolve, 1000))
  return load.stop()
}

const requestsTo = (path: RegExp, method?: string) =>
  github.requests.filter((request) => path.test(request.path) && (!method || request.method === method))

const statesOf = (id: number) => github.deployments.find((d) => d.id === id)?.statuses.map((s) => s.state)

test('deploy, update on a new push, clean up: production untouched, the preview host reaches the PR version, GitHub told each time', async () => {
  const pair = pairs.lifecycle
  const host = { host: 'pr-7.preview.example.com' }
  const production = startLoad({ url: pair.url, ratePerSecond: 50, maxDurationMs: 90_000 })
  const inputs = {
    host: 'pr-{pr}.preview.example.com',
    'health-check-url': pair.url,
    container: 'app'
  }

  const first = await preview(pair, pull(7, 'aaaaaaa1'), 'opened', { ...inputs, image: 'demo:v2' })
  expect({ exitCode: first.exitCode, errors: first.errors }).toEqual({ exitCode: 0, errors: [] })
  expect(first.outputs).toMatchObject({
    url: 'https://pr-7.preview.example.com/',
    color: 'green',
    status: 'succeeded'
  })
  expect(first.outputs['rule-arn']).toMatch(/:listener-rule\//)
  const firstDeployment = Number(first.outputs['deployment-id'])
  expect(statesOf(firstDeployment)).toEqual(['in_progress', 'success'])
  expect(github.deployments.find((d) => d.id === firstDeployment)).toMatchObject({
    ref: pull(7, 'aaaaaaa1').headSha,
    environment: 'preview',
    payload: { pr: 7 }
  })
  expect((await sample(pair, host)).byVersion).toEqual({ v2: expect.any(Number) })
  expect(await pairWeights(pair)).toEqual({ blue: 100, green: 0 })
  // What GitHub received: the deployment of the PR's head, not held back by the run's own checks, then its statuses.
  expect(requestsTo(/\/deployments$/, 'POST')[0].body).toMatchObject({
    ref: pull(7, 'aaaaaaa1').headSha,
    environment: 'preview',
    required_contexts: [],
    auto_merge: false,
    production_environment: false,
    payload: { pr: 7 }
  })
  expect(
    requestsTo(new RegExp(`/deployments/${firstDeployment}/statuses$`), 'POST').map((r) => r.body)
  ).toEqual([
    expect.objectContaining({ state: 'in_progress', log_url: expect.stringMatching(/\/actions\/runs\//) }),
    expect.objectContaining({ state: 'success', environment_url: 'https://pr-7.preview.example.com/' })
  ])

  const second = await preview(pair, pull(7, 'bbbbbbb2'), 'synchronize', { ...inputs, image: 'demo:v3' })
  expect(second.exitCode).toBe(0)
  expect(second.outputs['rule-arn']).toBe(first.outputs['rule-arn'])
  const secondDeployment = Number(second.outputs['deployment-id'])
  expect(secondDeployment).not.toBe(firstDeployment)
  expect(statesOf(firstDeployment)?.at(-1)).toBe('inactive')
  const updated = await sample(pair, host)
  expect({ failed: updated.failed, byVersion: updated.byVersion }).toEqual({
    failed: 0,
    byVersion: { v3: expect.any(Number) }
  })

  // One comment on the PR, written once and updated in place, saying where the preview is.
  const comments = github.comments.filter((comment) => comment.issue === 7)
  expect(comments).toHaveLength(1)
  expect(comments[0].body).toContain('✅ ready')
  expect(comments[0].body).toContain('https://pr-7.preview.example.com/')
  expect(requestsTo(/\/issues\/7\/comments$/, 'POST')).toHaveLength(1)
  expect(requestsTo(/\/issues\/comments\/\d+$/, 'PATCH').length).toBeGreaterThanOrEqual(3)

  const cleanup = await preview(pair, pull(7, 'bbbbbbb2'), 'closed', { ...inputs, mode: 'cleanup' })
  expect(cleanup.exitCode).toBe(0)
  expect(cleanup.summary).toContain('removed the preview of pull request #7')
  const rules = await pair.clients.elb.send(new DescribeRulesCommand({ ListenerArn: pair.listenerArn }))
  expect(rules.Rules!.map((rule) => rule.RuleArn)).not.toContain(first.outputs['rule-arn'])
  expect((await describeService(pair, pair.greenService)).desiredCount).toBe(0)
  expect(statesOf(secondDeployment)?.at(-1)).toBe('inactive')
  expect(comments[0].body).toContain('🧹 removed')
  // The preview host is production's again.
  expect(Object.keys((await sample(pair, host)).byVersion)).toEqual(['v1'])

  const mark = emulator.calls.length
  const again = await preview(pair, pull(7, 'bbbbbbb2'), 'closed', { ...inputs, mode: 'cleanup' })
  expect(again.exitCode).toBe(0)
  expect(again.summary).toContain('nothing to clean up')
  const changes = emulator.calls
    .slice(mark)
    .map((call) => call.operation)
    .filter((operation) => !/^(Describe|List|Get)/.test(operation))
  // Only the run's own lock rule is created and deleted.
  expect(changes).toEqual(['CreateRule', 'DeleteRule'])

  const report = await production.stop()
  expect(report.failures).toEqual([])
  expect(Object.keys(report.byVersion)).toEqual(['v1'])
}, 180_000)

test('production first: a blue-green release takes the idle color from a header preview, which its PR is told', async () => {
  const pair = pairs.release
  const production = startLoad({ url: pair.url, ratePerSecond: 50, maxDurationMs: 90_000 })
  const header = { 'x-preview': 'pr-8' }

  const deployed = await preview(pair, pull(8, 'ccccccc3'), 'opened', {
    header: 'X-Preview: pr-{pr}',
    url: `${pair.url}?preview={pr}`,
    'health-check-url': pair.url,
    container: 'app',
    image: 'demo:v4'
  })
  expect(deployed.exitCode).toBe(0)
  expect((await sample(pair, header)).byVersion).toEqual({ v4: expect.any(Number) })
  const deploymentId = Number(deployed.outputs['deployment-id'])

  const release = await runAction('blue-green', {
    inputs: {
      cluster: pair.cluster,
      'blue-service': pair.blueService,
      'green-service': pair.greenService,
      'listener-rule': pair.ruleArn,
      'poll-interval': '250ms',
      'wait-timeout': '60s',
      'bake-time': '1s',
      container: 'app',
      image: 'demo:v5',
      'github-token': 'test-token'
    },
    env: githubEnv()
  })
  expect({ exitCode: release.exitCode, status: release.outputs.status }).toEqual({
    exitCode: 0,
    status: 'succeeded'
  })
  expect(release.summary).toContain('removed the preview of pull request #8')
  expect(await pairWeights(pair)).toEqual({ blue: 0, green: 100 })
  expect(statesOf(deploymentId)?.at(-1)).toBe('inactive')
  const comment = github.comments.find((candidate) => candidate.issue === 8)
  expect(comment?.body).toContain('↪️ replaced')
  expect(comment?.body).toContain('replaced by release')
  // The preview header reaches production now.
  expect(Object.keys((await sample(pair, header)).byVersion)).toEqual(['v5'])

  const report = await production.stop()
  expect(report.failures).toEqual([])
  expect(report.byVersion.v4).toBeUndefined()
  expect(report.byVersion.v5).toBeGreaterThan(0)
}, 180_000)

test('bad input, a push event or a fork: one line, nothing changed in AWS or on GitHub; a read-only token warns once; another PR needs takeover', async () => {
  const pair = pairs.refused
  const inputs = { host: 'pr-{pr}.preview.example.com', container: 'app', image: 'demo:v6' }
  const [awsMark, githubMark] = [emulator.calls.length, github.requests.length]
  const refuse = async (run: ReturnType<typeof preview>, error: RegExp) => {
    const done = await run
    expect({ exitCode: done.exitCode, errors: done.errors.length }).toEqual({ exitCode: 1, errors: 1 })
    expect(done.errors[0]).toMatch(error)
  }
  await refuse(
    runAction('preview', {
      inputs: {
        ...inputs,
        cluster: pair.cluster,
        'blue-service': pair.blueService,
        'green-service': pair.greenService,
        'listener-rule': pair.ruleArn
      },
      env: githubEnv(),
      eventName: 'push'
    }),
    /this run's event is push \(GITHUB_EVENT_NAME\)/
  )
  const fork = { ...pull(9, 'ddddddd4'), headRepository: 'someone/app' }
  await refuse(preview(pair, fork, 'opened', inputs), /its head is in someone\/app, a fork/)
  await refuse(
    preview(pair, pull(9, 'ddddddd4'), 'opened', { ...inputs, host: 'pr_{pr}.example.com' }),
    /not a valid DNS name/
  )
  await refuse(
    preview(pair, pull(9, 'ddddddd4'), 'opened', { ...inputs, host: '', header: 'X-Preview' }),
    /is not `name: value`/
  )
  await refuse(
    preview(pair, pull(9, 'ddddddd4'), 'opened', { ...inputs, host: 'pr-{number}.example.com' }),
    /unknown placeholder \{number\}/
  )
  const changes = emulator.calls.slice(awsMark).filter((call) => !/^(Describe|List|Get)/.test(call.operation))
  expect(changes).toEqual([])
  expect(github.requests.slice(githubMark)).toEqual([])

  // A token without pull-requests: write and deployments: write.
  github.readOnly = true
  const readOnly = await preview(pair, pull(9, 'ddddddd4'), 'opened', inputs).finally(
    () => (github.readOnly = false)
  )
  expect(readOnly.exitCode).toBe(0)
  const warnings = readOnly.stdout.split('\n').filter((line) => line.startsWith('::warning'))
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toMatch(
    /GitHub: could not create the deployment \(HttpError: Resource not accessible by integration/
  )
  expect(readOnly.outputs['deployment-id']).toBeUndefined()
  expect((await sample(pair, { host: 'pr-9.preview.example.com' })).byVersion).toEqual({
    v6: expect.any(Number)
  })

  const other = await preview(pair, pull(10, 'eeeeeee5'), 'opened', { ...inputs, image: 'demo:v7' })
  expect(other.exitCode).toBe(1)
  expect(other.errors[0]).toMatch(/holds the preview of pull request #9 .*set takeover: true to replace it/)
  const takeover = await preview(pair, pull(10, 'eeeeeee5'), 'opened', {
    ...inputs,
    image: 'demo:v7',
    takeover: 'true'
  })
  expect(takeover.exitCode).toBe(0)
  expect((await sample(pair, { host: 'pr-10.preview.example.com' })).byVersion).toEqual({
    v7: expect.any(Number)
  })
  // PR 9's host is production's again.
  expect(Object.keys((await sample(pair, { host: 'pr-9.preview.example.com' })).byVersion)).toEqual(['v1'])
  expect(github.comments.find((comment) => comment.issue === 10)?.body).toContain('✅ ready')
}, 180_000)
