/**
 * In-memory preview rules (a listener's rules by priority, with tags) and GitHub (comments, deployments, statuses),
 * each recording the calls that change something.
 */
import type { PreviewRule, PreviewRulePort } from '../../../src/aws/preview-rules.ts'
import type {
  GithubDeployment,
  GithubPort,
  IssueComment,
  DeploymentStatus
} from '../../../src/github/port.ts'
import { listenerArn, ruleArn } from './fake-pair.ts'

export class FakePreviewRules implements PreviewRulePort {
  /** The production rule sits at priority 100 of the production listener. */
  readonly rules = new Map<string, PreviewRule>([
    [ruleArn, { arn: ruleArn, listenerArn, priority: 100, conditions: [], actions: [], tags: {} }]
  ])
  readonly changes: string[] = []
  /** Runs before each CreateRule (e.g. another rule taking the priority first). */
  beforeCreate: () => void = () => {}
  private next = 1

  /** A rule of someone else at `priority` of the production listener. */
  addOther(priority: number): void {
    const arn = `${ruleArn.replace(/\/[^/]+$/, '')}/other${priority}`
    this.rules.set(arn, { arn, listenerArn, priority, conditions: [], actions: [], tags: {} })
  }

  async priorities(listener: string): Promise<number[]> {
    return [...this.rules.values()]
      .filter((rule) => rule.listenerArn === listener)
      .map((rule) => rule.priority!)
  }

  async describe(arn: string): Promise<PreviewRule | undefined> {
    const rule = this.rules.get(arn)
    return rule && structuredClone(rule)
  }

  async create(rule: Omit<PreviewRule, 'arn'> & { priority: number }): Promise<string> {
    this.beforeCreate()
    this.changes.push(`CreateRule ${rule.priority}`)
    if (
      [...this.rules.values()].some((r) => r.listenerArn === rule.listenerArn && r.priority === rule.priority)
    ) {
      throw Object.assign(new Error('Priority in use'), { name: 'PriorityInUseException' })
    }
    const arn = `${rule.listenerArn.replace(':listener/', ':listener-rule/')}/preview${this.next++}`
    this.rules.set(arn, { ...structuredClone(rule), arn })
    return arn
  }

  async setConditions(arn: string, conditions: PreviewRule['conditions']): Promise<boolean> {
    this.changes.push('ModifyRule')
    const rule = this.rules.get(arn)
    if (rule) rule.conditions = structuredClone(conditions)
    return Boolean(rule)
  }

  async tag(arn: string, tags: Record<string, string>): Promise<boolean> {
    this.changes.push('AddTags')
    const rule = this.rules.get(arn)
    if (rule) Object.assign(rule.tags, tags)
    return Boolean(rule)
  }

  async delete(arn: string): Promise<boolean> {
    this.changes.push('DeleteRule')
    return this.rules.delete(arn)
  }

  /** The preview rules (neither the production rule nor others'). */
  previews(): PreviewRule[] {
    return [...this.rules.values()].filter((rule) => rule.arn !== ruleArn && !/\/other\d+$/.test(rule.arn))
  }
}

export class FakeGithub implements GithubPort {
  readonly comments: (IssueComment & { issue: number })[] = []
  readonly deployments: (GithubDeployment & { ref: string; statuses: DeploymentStatus[] })[] = []
  /** Every call that writes. */
  readonly writes: string[] = []
  /** Writes fail as GitHub answers a token without the permissions. */
  readOnly = false
  private next = 1

  async listComments(issue: number): Promise<IssueComment[]> {
    return this.comments.filter((comment) => comment.issue === issue)
  }

  async createComment(issue: number, body: string): Promise<void> {
    this.write(`createComment #${issue}`)
    this.comments.push({ id: this.next++, issue, body })
  }

  async updateComment(id: number, body: string): Promise<void> {
    this.write(`updateComment ${id}`)
    this.comments.find((comment) => comment.id === id)!.body = body
  }

  async createDeployment(request: { ref: string; environment: string; payload: Record<string, unknown> }) {
    this.write(`createDeployment ${request.environment}`)
    const id = this.next++
    this.deployments.push({
      id,
      ref: request.ref,
      environment: request.environment,
      payload: request.payload,
      statuses: []
    })
    return id
  }

  async listDeployments(environment: string): Promise<GithubDeployment[]> {
    return this.deployments.filter((deployment) => deployment.environment === environment).reverse()
  }

  async setStatus(id: number, status: DeploymentStatus): Promise<void> {
    this.write(`setStatus ${id} ${status.state}`)
    this.deployments.find((deployment) => deployment.id === id)!.statuses.push(status)
  }

  async latestState(id: number): Promise<string | undefined> {
    return this.deployments.find((deployment) => deployment.id === id)?.statuses.at(-1)?.state
  }

  statesOf(pr: number): string[][] {
    return this.deployments
      .filter((deployment) => (deployment.payload as { pr: number }).pr === pr)
      .map((deployment) => deployment.statuses.map((status) => status.state))
  }

  private write(call: string): void {
    if (this.readOnly) {
      throw Object.assign(new Error('Resource not accessible by integration'), {
        name: 'HttpError',
        status: 403
      })
    }
    this.writes.push(call)
  }
}
