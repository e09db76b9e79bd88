/**
 * A local stand-in for the few GitHub REST endpoints a preview uses: a pull request, its issue comments (list,
 * create, update), deployments (create, list) and deployment statuses (create, list). The unmodified
 * `@actions/github` client reaches it through GITHUB_API_URL. Every request is recorded, so a test can assert what
 * GitHub was told; `readOnly` answers writes 403 as GitHub does to a token without the permission.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** The path without the query string, e.g. `/repos/example/app/issues/7/comments`. */
  path: string
  query: Record<string, string>
  body?: any
}

export interface Comment {
  id: number
  issue: number
  body: string
}

export interface Deployment {
  id: number
  ref: string
  environment: string
  payload: unknown
  description?: string
  statuses: { id: number; state: string; environment_url?: string; description?: string; log_url?: string }[]
}

export interface PullRequest {
  number: number
  headSha: string
  headRepository: string
  baseRepository: string
  title?: string
}

export interface GithubStandIn {
  /** `http://127.0.0.1:<port>`: GITHUB_API_URL. */
  url: string
  requests: RecordedRequest[]
  comments: Comment[]
  deployments: Deployment[]
  pulls: Map<number, PullRequest>
  /** Writes answer 403 "Resource not accessible by integration" (a token without the permissions). */
  readOnly: boolean
  /** The `pull_request` event payload of a pull request, as the runner writes it to GITHUB_EVENT_PATH. */
  eventPayload(pull: PullRequest, action: string): Record<string, unknown>
  stop(): Promise<void>
}

export async function startGithubStandIn(): Promise<GithubStandIn> {
  let nextId = 1000
  const standIn: Omit<GithubStandIn, 'url' | 'stop'> = {
    requests: [],
    comments: [],
    deployments: [],
    pulls: new Map(),
    readOnly: false,
    eventPayload: (pull, action) => ({
      action,
      number: pull.number,
      pull_request: {
        number: pull.number,
        title: pull.title ?? `pull request ${pull.number}`,
        state: action === 'closed' ? 'closed' : 'open',
        head: { sha: pull.headSha, ref: `pr-${pull.number}`, repo: { full_name: pull.headRepository } },
        base: { ref: 'main', repo: { full_name: pull.baseRepository } }
      },
      repository: { full_name: pull.baseRepository }
    })
  }
  const routes: [
    string,
    RegExp,
    /** The status, the body, and whether a next page follows (a `Link: rel="next"` header, as GitHub pages). */
    (match: string[], body: any, query: Record<string, string>) => [number, unknown, boolean?]
  ][] = [
    [
      'GET',
      /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/,
      ([n]) => {
        const pull = standIn.pulls.get(Number(n))
        if (!pull) return [404, { message: 'Not Found' }]
        return [200, standIn.eventPayload(pull, 'opened').pull_request]
      }
    ],
    [
      'GET',
      /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/,
      ([n], _body, query) => {
        const all = standIn.comments.filter((comment) => comment.issue === Number(n)).map(render)
        const [page, perPage] = [Number(query.page ?? 1), Number(query.per_page ?? 30)]
        return [200, all.slice((page - 1) * perPage, page * perPage), all.length > page * perPage]
      }
    ],
    [
      'POST',
      /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/,
      ([n], body) => {
        const comment = { id: nextId++, issue: Number(n), body: String(body?.body ?? '') }
        standIn.comments.push(comment)
        return [201, render(comment)]
      }
    ],
    [
      'PATCH',
      /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/,
      ([id], body) => {
        const comment = standIn.comments.find((candidate) => candidate.id === Number(id))
        if (!comment) return [404, { message: 'Not Found' }]
        comment.body = String(body?.body ?? '')
        return [200, render(comment)]
      }
    ],
    [
      'POST',
      /^\/repos\/[^/]+\/[^/]+\/deployments$/,
      (_match, body) => {
        const deployment: Deployment = {
          id: nextId++,
          ref: String(body?.ref),
          environment: String(body?.environment ?? 'production'),
          payload: body?.payload ?? {},
          description: body?.description,
          statuses: []
        }
        standIn.deployments.push(deployment)
        return [201, renderDeployment(deployment)]
      }
    ],
    [
      'GET',
      /^\/repos\/[^/]+\/[^/]+\/deployments$/,
      (_match, _body, query) => {
        const found = standIn.deployments.filter(
          (deployment) =>
            (!query.environment || deployment.environment === query.environment) &&
            (!query.ref || deployment.ref === query.ref)
        )
        return [200, [...found].reverse().map(renderDeployment)]
      }
    ],
    [
      'POST',
      /^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/,
      ([id], body) => {
        const deployment = standIn.deployments.find((candidate) => candidate.id === Number(id))
        if (!deployment) return [404, { message: 'Not Found' }]
        const status = { id: nextId++, state: String(body?.state), ...pick(body) }
        deployment.statuses.push(status)
        // auto_inactive (default true): a success makes the environment's earlier deployments inactive.
        if (status.state === 'success' && body?.auto_inactive !== false) {
          for (const earlier of standIn.deployments) {
            const last = earlier.statuses.at(-1)?.state
            if (
              earlier.id !== deployment.id &&
              earlier.environment === deployment.environment &&
              last !== 'inactive'
            )
              earlier.statuses.push({ id: nextId++, state: 'inactive' })
          }
        }
        return [201, status]
      }
    ],
    [
      'GET',
      /^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/,
      ([id], _body, query) => {
        const deployment = standIn.deployments.find((candidate) => candidate.id === Number(id))
        if (!deployment) return [404, { message: 'Not Found' }]
        return [200, [...deployment.statuses].reverse().slice(0, Number(query.per_page ?? 30))]
      }
    ]
  ]

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const url = new URL(request.url ?? '/', 'http://localhost')
    const query = Object.fromEntries(url.searchParams)
    const body = text ? JSON.parse(text) : undefined
    const method = request.method ?? 'GET'
    standIn.requests.push({ method, path: url.pathname, query, ...(body === undefined ? {} : { body }) })
    const answer = (status: number, value: unknown, more = false): void => {
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' }
      if (more) {
        const next = new URL(url.pathname, `http://${request.headers.host}`)
        for (const [key, value] of Object.entries({ ...query, page: String(Number(query.page ?? 1) + 1) }))
          next.searchParams.set(key, value)
        headers.link = `<${next.href}>; rel="next"`
      }
      response.writeHead(status, headers)
      response.end(JSON.stringify(value))
    }
    if (!request.headers.authorization) return answer(401, { message: 'Requires authentication' })
    const route = routes.find(([verb, pattern]) => verb === method && pattern.test(url.pathname))
    if (!route) return answer(404, { message: 'Not Found' })
    if (method !== 'GET' && standIn.readOnly)
      return answer(403, { message: 'Resource not accessible by integration' })
    const [status, value, more] = route[2](route[1].exec(url.pathname)!.slice(1), body, query)
    answer(status, value, more)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      response.writeHead(500, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ message: error.message }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(standIn, {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  })
}

function render(comment: Comment) {
  return { id: comment.id, body: comment.body, html_url: `https://github.com/comments/${comment.id}` }
}

function renderDeployment(deployment: Deployment) {
  const { id, ref, environment, payload, description } = deployment
  return { id, ref, environment, payload, description, task: 'deploy', production_environment: false }
}

function pick(body: any): { environment_url?: string; description?: string; log_url?: string } {
  return {
    ...(body?.environment_url ? { environment_url: body.environment_url } : {}),
    ...(body?.description ? { description: body.description } : {}),
    ...(body?.log_url ? { log_url: body.log_url } : {})
  }
}
