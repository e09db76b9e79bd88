/**
 * The preview's inputs and event, checked before anything changes: how the preview is reached (host, header, url
 * templates), the pull request of the event (and a fork's refused), the version; the PR comment's text.
 */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { previewOptions } from '../../src/main/preview.ts'
import { commentMarker, renderComment } from '../../src/github/comment.ts'
import { conditionsOf, freePriority, hostProblem } from '../../src/strategies/preview/address.ts'
import { ruleArn } from './support/fake-pair.ts'

const sha = 'abcdef1234567890abcdef1234567890abcdef12'

function event(payload: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'preview-event-')), 'event.json')
  writeFileSync(path, JSON.stringify(payload))
  return path
}

const pullRequest = (head = 'example/app') => ({
  action: 'opened',
  pull_request: {
    number: 7,
    head: { sha, repo: { full_name: head } },
    base: { repo: { full_name: 'example/app' } }
  }
})

const base = {
  cluster: 'prod',
  'blue-service': 'web-blue',
  'green-service': 'web-green',
  'listener-rule': ruleArn,
  image: 'registry.example/web:pr-7',
  container: 'web'
}

function options(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  return previewOptions((name) => ({ ...base, ...inputs })[name as keyof typeof base] ?? '', {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event(pullRequest()),
    GITHUB_REPOSITORY: 'example/app',
    GITHUB_RUN_ID: '42',
    ...env
  })
}

const failure = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('no error')
}

describe('how the preview is reached', () => {
  test('host and header templates are rendered for the pull request; the url defaults to the host', () => {
    const given = options({ host: 'PR-{pr}-{sha}.preview.example.com', header: 'X-Preview: pr-{pr}' })
    expect(given.address).toEqual({
      host: 'pr-7-abcdef1.preview.example.com',
      header: { name: 'X-Preview', value: 'pr-7' },
      url: 'https://pr-7-abcdef1.preview.example.com/'
    })
    expect(given.pr).toMatchObject({ number: 7, headSha: sha, fork: false })
    expect(given.desiredCount).toBe(1)
    expect(given.environment).toBe('preview')
    expect(conditionsOf(given.address)).toEqual([
      { Field: 'host-header', HostHeaderConfig: { Values: ['pr-7-abcdef1.preview.example.com'] } },
      { Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'X-Preview', Values: ['pr-7'] } }
    ])
  })

  test('url and health-check-url may name the host', () => {
    const given = options({
      host: 'pr-{pr}.preview.example.com',
      url: 'https://{host}/app/',
      'health-check-url': 'http://127.0.0.1:8080/health?pr={pr}'
    })
    expect(given.address.url).toBe('https://pr-7.preview.example.com/app/')
    expect(given.healthCheckUrl).toBe('http://127.0.0.1:8080/health?pr=7')
  })

  test('a header alone has no url unless one is given', () => {
    expect(options({ header: 'X-Preview: pr-{pr}' }).address.url).toBeUndefined()
    expect(
      options({ header: 'X-Preview: pr-{pr}', url: 'https://staging.example.com/?pr={pr}' }).address.url
    ).toBe('https://staging.example.com/?pr=7')
  })

  test('neither host nor header: one line naming both', () => {
    expect(failure(() => options({}))).toMatch(/^Invalid input: host or header is required/)
  })

  test('an unknown placeholder is named with the input and the known ones', () => {
    expect(failure(() => options({ host: 'pr-{branch}.example.com' }))).toBe(
      'Invalid input: host has an unknown placeholder {branch} in "pr-{branch}.example.com" (known: {pr}, {sha})'
    )
    expect(failure(() => options({ header: 'X-Preview: {number}' }))).toMatch(
      /header .*unknown placeholder \{number\}/
    )
    expect(failure(() => options({ host: 'a.example.com', url: 'https://{hots}/' }))).toMatch(
      /url has an unknown placeholder \{hots\}.*\{host\}/
    )
  })

  test('a host that is not a DNS name is refused with the rendered value', () => {
    expect(failure(() => options({ host: 'pr_{pr}.example.com' }))).toMatch(
      /^Invalid input: host "pr_7.example.com" is not a valid DNS name \(label "pr_7"/
    )
    expect(hostProblem('-pr.example.com')).toMatch(/not a valid DNS name/)
    expect(hostProblem('pr..example.com')).toMatch(/label ""/)
    expect(hostProblem(`${'a'.repeat(64)}.example.com`)).toMatch(/not a valid DNS name/)
    expect(hostProblem(`${'a.'.repeat(70)}com`)).toMatch(/at most 128/)
    expect(hostProblem('pr-7.preview.example.com')).toBeUndefined()
  })

  test('a header that is not `name: value` is refused', () => {
    expect(failure(() => options({ header: 'X-Preview pr-{pr}' }))).toBe(
      'Invalid input: header "X-Preview pr-{pr}" is not `name: value` (e.g. X-Preview: pr-{pr})'
    )
    expect(failure(() => options({ header: 'Host: pr-{pr}.example.com' }))).toMatch(/use the host input/)
    expect(failure(() => options({ header: 'X Preview: 1' }))).toMatch(/not `name: value`/)
  })
})

describe('the pull request', () => {
  test('a fork is refused by default, saying why; allow-forks opts in; a fork may always be cleaned up', () => {
    const fork = { GITHUB_EVENT_PATH: event(pullRequest('someone/app')) }
    expect(failure(() => options({ host: 'pr-{pr}.example.com' }, fork))).toBe(
      "No preview of pull request #7: its head is in someone/app, a fork, and its code would run with this workflow's AWS role; set allow-forks: true to deploy forks' pull requests"
    )
    expect(options({ host: 'pr-{pr}.example.com', 'allow-forks': 'true' }, fork).pr.fork).toBe(true)
    expect(options({ host: 'pr-{pr}.example.com', mode: 'cleanup' }, fork).mode).toBe('cleanup')
  })

  test('an event that is not a pull request is refused, naming it', () => {
    expect(failure(() => options({ host: 'pr-{pr}.example.com' }, { GITHUB_EVENT_NAME: 'push' }))).toBe(
      "The preview action runs on pull_request events; this run's event is push (GITHUB_EVENT_NAME), which names no pull request"
    )
    const noPull = { GITHUB_EVENT_PATH: event({ action: 'opened' }) }
    expect(failure(() => options({ host: 'pr-{pr}.example.com' }, noPull))).toMatch(
      /holds no pull_request.number and pull_request.head.sha/
    )
  })

  test('deploy needs a version; cleanup ignores it', () => {
    const none = { image: '', container: '' }
    expect(failure(() => options({ ...none, host: 'pr-{pr}.example.com' }))).toMatch(
      /required with mode deploy/
    )
    expect(options({ ...none, host: 'pr-{pr}.example.com', mode: 'cleanup' }).taskDefinition).toBeUndefined()
  })

  test('the default token expression outside a runner is no token', () => {
    expect(
      options({ host: 'a.example.com', 'github-token': '${{ github.token }}' }).githubToken
    ).toBeUndefined()
    expect(options({ host: 'a.example.com', 'github-token': 'ghs_x' }).githubToken).toBe('ghs_x')
  })
})

test('a free priority: the lowest unused one, before the production rule, outside the locks', () => {
  expect(freePriority([1, 2, 4])).toBe(3)
  expect(freePriority([1, 2, 3], 4)).toBeUndefined()
  expect(freePriority(Array.from({ length: 44_999 }, (_, i) => i + 1))).toBeUndefined()
  expect(freePriority([], 60_000)).toBe(1)
})

test('the comment starts with its marker and shows the URL, the header as curl, the version and the run', () => {
  const body = renderComment('preview', {
    phase: 'ready',
    url: 'https://pr-7.preview.example.com/',
    header: 'X-Preview: pr-7',
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3',
    commit: sha,
    where: 'green (web-green)',
    run: 'https://github.com/example/app/actions/runs/42'
  })
  expect(body.startsWith(commentMarker('preview'))).toBe(true)
  expect(body).toContain('✅ ready')
  expect(body).toContain("curl -H 'X-Preview: pr-7' https://pr-7.preview.example.com/")
  expect(body).toContain('| Commit | `abcdef123456` |')
  expect(body).toContain('[workflow run](https://github.com/example/app/actions/runs/42)')
  const removed = renderComment('preview', { phase: 'removed', url: 'https://x.example.com/', run: 'local' })
  expect(removed).not.toContain('https://x.example.com/')
})
