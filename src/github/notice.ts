/**
 * What a preview tells its pull request: the comment (updated in place) and the GitHub deployment with its statuses.
 * GitHub is told, never asked: a token without the rights (or no token) costs one warning and the preview goes on.
 */
import { oneLine } from '../core/errors.ts'
import type { Log } from '../core/log.ts'
import { commentMarker, renderComment, type CommentFacts } from './comment.ts'
import type { DeploymentStatus, GithubPort } from './port.ts'

export interface NoticeSettings {
  pr: number
  environment: string
  /** Write the PR comment (the `comment` input). */
  comment: boolean
}

export class PreviewNotice {
  private disabled = false
  private readonly port?: GithubPort
  private readonly log: Log
  private readonly settings: NoticeSettings

  constructor(port: GithubPort | undefined, log: Log, settings: NoticeSettings) {
    this.port = port
    this.log = log
    this.settings = settings
  }

  /** Writes the PR's preview comment: the one with this environment's marker, or a new one. */
  async comment(facts: CommentFacts): Promise<void> {
    if (!this.settings.comment) return
    const { pr, environment } = this.settings
    const body = renderComment(environment, facts)
    await this.call('write the comment on the pull request', async (port) => {
      const marker = commentMarker(environment)
      const existing = (await port.listComments(pr)).find((comment) => comment.body.startsWith(marker))
      if (existing) await port.updateComment(existing.id, body)
      else await port.createComment(pr, body)
    })
  }

  /** A new deployment of the PR's commit in the environment, `in_progress`; undefined when GitHub is not told. */
  async start(commit: string, status: Omit<DeploymentStatus, 'state'>): Promise<number | undefined> {
    const { pr, environment } = this.settings
    return this.call('create the deployment', async (port) => {
      const id = await port.createDeployment({
        ref: commit,
        environment,
        description: `preview of pull request #${pr}`,
        payload: { pr }
      })
      await port.setStatus(id, { ...status, state: 'in_progress' })
      return id
    })
  }

  async status(deploymentId: number | undefined, status: DeploymentStatus): Promise<void> {
    if (deploymentId === undefined) return
    await this.call(`set the deployment status ${status.state}`, (port) =>
      port.setStatus(deploymentId, status)
    )
  }

  /** Marks every deployment of the PR in the environment that is not inactive yet inactive; how many it marked. */
  async retire(description: string, logUrl?: string): Promise<number | undefined> {
    const { pr, environment } = this.settings
    return this.call('mark the deployment inactive', async (port) => {
      const ofPr = (await port.listDeployments(environment)).filter(
        (deployment) => (deployment.payload as { pr?: unknown } | null)?.pr === pr
      )
      let marked = 0
      for (const deployment of ofPr) {
        if ((await port.latestState(deployment.id)) === 'inactive') continue
        await port.setStatus(deployment.id, { state: 'inactive', description, logUrl })
        marked++
      }
      return marked
    })
  }

  private async call<T>(what: string, body: (port: GithubPort) => Promise<T>): Promise<T | undefined> {
    if (!this.port || this.disabled) return undefined
    try {
      return await body(this.port)
    } catch (error) {
      // Once: the rest would fail the same way (a read-only token, a fork's token).
      this.disabled = true
      this.log.warning(
        `GitHub: could not ${what} (${oneLine(error)}); the workflow needs permissions pull-requests: write and deployments: write. The preview itself goes on; GitHub is not told more in this run`
      )
      return undefined
    }
  }
}
