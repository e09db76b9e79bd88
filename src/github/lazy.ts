/**
 * The GitHub port, loaded when first used: most runs never tell GitHub anything (a release with no preview to
 * replace), so they start without loading Octokit.
 */
import type { GithubPort } from './port.ts'

export function lazyGithubPort(token: string, repository: string): GithubPort {
  let loaded: Promise<GithubPort> | undefined
  const port = () =>
    (loaded ??= import('./octokit.ts').then(({ githubPort }) => githubPort(token, repository)))
  return {
    listComments: async (issue) => (await port()).listComments(issue),
    createComment: async (issue, body) => (await port()).createComment(issue, body),
    updateComment: async (id, body) => (await port()).updateComment(id, body),
    createDeployment: async (request) => (await port()).createDeployment(request),
    listDeployments: async (environment) => (await port()).listDeployments(environment),
    setStatus: async (id, status) => (await port()).setStatus(id, status),
    latestState: async (id) => (await port()).latestState(id)
  }
}
