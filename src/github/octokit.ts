/** The GitHub port over `@actions/github` (its Octokit honours GITHUB_API_URL, which is how tests reach a stand-in). */
import { getOctokit } from '@actions/github'
import type { GithubPort } from './port.ts'

/** The port for `repository` (`owner/name`) with `token`. */
export function githubPort(token: string, repository: string): GithubPort {
  const [owner, repo] = repository.split('/')
  const octokit = getOctokit(token)
  const rest = octokit.rest
  return {
    async listComments(issue) {
      const comments = await octokit.paginate(rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100
      })
      return comments.map((comment) => ({ id: comment.id, body: comment.body ?? '' }))
    },
    async createComment(issue, body) {
      await rest.issues.createComment({ owner, repo, issue_number: issue, body })
    },
    async updateComment(id, body) {
      await rest.issues.updateComment({ owner, repo, comment_id: id, body })
    },
    async createDeployment({ ref, environment, description, payload }) {
      const { data } = await rest.repos.createDeployment({
        owner,
        repo,
        ref,
        environment,
        description,
        payload,
        auto_merge: false,
        // The workflow's own checks are still running on this commit: they must not hold the deployment back.
        required_contexts: [],
        production_environment: false
      })
      if (!('id' in data)) throw new Error(`GitHub created no deployment: ${data.message ?? 'no id'}`)
      return data.id
    },
    async listDeployments(environment) {
      const { data } = await rest.repos.listDeployments({ owner, repo, environment, per_page: 100 })
      return data.map((deployment) => ({
        id: deployment.id,
        environment: deployment.environment,
        payload: deployment.payload
      }))
    },
    async setStatus(deploymentId, status) {
      await rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: deploymentId,
        state: status.state,
        description: status.description.slice(0, 140),
        environment_url: status.environmentUrl,
        log_url: status.logUrl
      })
    },
    async latestState(deploymentId) {
      const { data } = await rest.repos.listDeploymentStatuses({
        owner,
        repo,
        deployment_id: deploymentId,
        per_page: 1
      })
      return data[0]?.state
    }
  }
}
