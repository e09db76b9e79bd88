/**
 * The GitHub REST calls of a preview, as one small port: a PR's comments (issue comments), deployments and their
 * statuses. The entry point builds it over `@actions/github` (./octokit.ts); tests give a fake or the local
 * stand-in (emulator/github).
 */

export interface IssueComment {
  id: number
  body: string
}

export interface GithubDeployment {
  id: number
  environment: string
  /** What the preview stored in it: `{ pr }`. */
  payload: unknown
}

/** `in_progress`, `success` (with environment_url), `failure`, `inactive` (after cleanup). */
export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'inactive'

export interface DeploymentStatus {
  state: DeploymentState
  description: string
  environmentUrl?: string
  /** The workflow run. */
  logUrl?: string
}

export interface GithubPort {
  listComments(issue: number): Promise<IssueComment[]>
  createComment(issue: number, body: string): Promise<void>
  updateComment(id: number, body: string): Promise<void>
  /** The new deployment's id. */
  createDeployment(request: {
    ref: string
    environment: string
    description: string
    payload: Record<string, unknown>
  }): Promise<number>
  /** The deployments of an environment, newest first. */
  listDeployments(environment: string): Promise<GithubDeployment[]>
  setStatus(deploymentId: number, status: DeploymentStatus): Promise<void>
  /** The state of the deployment's newest status, if it has any. */
  latestState(deploymentId: number): Promise<string | undefined>
}
