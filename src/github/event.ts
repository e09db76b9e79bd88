/** The pull request a preview run is for, from the event that started the workflow (GITHUB_EVENT_PATH). */
import { InputError } from '../core/errors.ts'

export interface PullRequest {
  number: number
  /** The commit the preview deploys (the PR's head). */
  headSha: string
  /** `owner/name` of the repository the head branch lives in. */
  headRepository: string
  /** The head is in another repository than the base: its code would run with this workflow's role. */
  fork: boolean
  title?: string
}

const events = ['pull_request', 'pull_request_target']

interface PullRequestPayload {
  pull_request?: {
    number?: unknown
    title?: unknown
    head?: { sha?: unknown; repo?: { full_name?: unknown } | null }
    base?: { repo?: { full_name?: unknown } }
  }
}

/** The pull request of a `pull_request` (or `pull_request_target`) event; any other event is refused. */
export function pullRequestOf(eventName: string | undefined, payload: unknown): PullRequest {
  if (!eventName || !events.includes(eventName)) {
    throw new InputError(
      `The preview action runs on pull_request events; this run's event is ${eventName || 'unknown'} (GITHUB_EVENT_NAME), which names no pull request`
    )
  }
  const pull = (payload as PullRequestPayload | undefined)?.pull_request
  const number = pull?.number
  const headSha = pull?.head?.sha
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || typeof headSha !== 'string') {
    throw new InputError(
      `The ${eventName} event has no pull request number and head commit (GITHUB_EVENT_PATH holds no pull_request.number and pull_request.head.sha)`
    )
  }
  const base = pull?.base?.repo?.full_name
  // A head repository that was deleted reads as null: it cannot be told apart from a fork.
  const head = pull?.head?.repo?.full_name
  return {
    number,
    headSha,
    headRepository: typeof head === 'string' ? head : 'unknown',
    fork: typeof head !== 'string' || head !== base,
    title: typeof pull?.title === 'string' ? pull.title : undefined
  }
}
