/** One right of an action's IAM policy, and the ARN patterns rights are written with (see rights.ts). */
export interface Right {
  /** The policy statement's Sid. */
  sid: string
  /** What the action does with it, for the README. */
  why: string
  actions: string[]
  resources: string[]
  condition?: Record<string, Record<string, string[]>>
  /** Needed only in some uses: which. */
  when?: string
  /** Not needed: what degrades without it. */
  optional?: string
}

export const ecsArn = (resource: string) => `arn:aws:ecs:<region>:<account-id>:${resource}`
export const elbArn = (resource: string) => `arn:aws:elasticloadbalancing:<region>:<account-id>:${resource}`
export const inCluster = { ArnEquals: { 'ecs:cluster': [ecsArn('cluster/<cluster>')] } }
