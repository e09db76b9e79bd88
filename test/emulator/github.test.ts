/**
 * The GitHub REST stand-in, through the port the preview action uses (the unmodified @actions/github client,
 * pointed at it with GITHUB_API_URL): comments, deployments and statuses, what it records, a read-only token.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { startGithubStandIn, type GithubStandIn } from '../../emulator/github/server.ts'
import type { GithubPort } from '../../src/github/port.ts'

let github: GithubStandIn
let port: GithubPort
const saved = process.env.GITHUB_API_URL

beforeAll(async () => {
  github = await startGithubStandIn()
  // @actions/github reads GITHUB_API_URL once, when it is loaded (as the action does when it starts).
  process.env.GITHUB_API_URL = github.url
  const { githubPort } = await import('../../src/github/octokit.ts')
  port = githubPort('test-token', 'example/app')
})

afterAll(async () => {
  if (saved === undefined) delete process.env.GITHUB_API_URL
  else process.env.GITHUB_API_URL = saved
  await github.stop()
})

test('comments: created, listed (every page), updated in place', async () => {
  for (let i = 0; i < 3; i++) await port.createComment(7, `comment ${i}`)
  await port.createComment(8, 'elsewhere')
  const comments = await port.listComments(7)
  expect(comments.map((comment) => comment.body)).toEqual(['comment 0', 'comment 1', 'comment 2'])
  // A long discussion: the preview's comment may be on a later page.
  for (let i = 0; i < 120; i++) github.comments.push({ id: 5000 + i, issue: 9, body: `c${i}` })
  const mark = github.requests.length
  expect((await port.listComments(9)).map((comment) => comment.body).at(-1)).toBe('c119')
  expect(github.requests.slice(mark).map((request) => request.query.page ?? '1')).toEqual(['1', '2'])
  await port.updateComment(comments[1].id, 'edited')
  expect(github.comments.filter((comment) => comment.issue === 7).map((comment) => comment.body)).toEqual([
    'comment 0',
    'edited',
    'comment 2'
  ])
  const patch = github.requests.find((request) => request.method === 'PATCH')
  expect(patch).toEqual({
    method: 'PATCH',
    path: `/repos/example/app/issues/comments/${comments[1].id}`,
    query: {},
    body: { body: 'edited' }
  })
})

test('deployments and statuses: newest first; a success makes the environment older ones inactive', async () => {
  const first = await port.createDeployment({
    ref: 'a'.repeat(40),
    environment: 'preview',
    description: 'd',
    payload: { pr: 7 }
  })
  await port.setStatus(first, {
    state: 'success',
    description: 'ready',
    environmentUrl: 'https://pr-7.example.com/'
  })
  const second = await port.createDeployment({
    ref: 'b'.repeat(40),
    environment: 'preview',
    description: 'd',
    payload: { pr: 7 }
  })
  expect(await port.latestState(second)).toBeUndefined()
  await port.setStatus(second, { state: 'success', description: 'ready' })
  expect(await port.latestState(first)).toBe('inactive')
  expect(await port.latestState(second)).toBe('success')
  const listed = await port.listDeployments('preview')
  expect(listed.map((deployment) => deployment.id)).toEqual([second, first])
  expect(listed[0]).toMatchObject({ environment: 'preview', payload: { pr: 7 } })
  expect(await port.listDeployments('staging')).toEqual([])
})

test('a read-only token: writes answer 403 as GitHub does, reads still work', async () => {
  github.readOnly = true
  try {
    await expect(port.createComment(7, 'denied')).rejects.toMatchObject({
      name: 'HttpError',
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration')
    })
    expect((await port.listComments(7)).length).toBe(3)
  } finally {
    github.readOnly = false
  }
})
