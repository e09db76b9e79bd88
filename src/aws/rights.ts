/**
 * Who the run's credentials are (STS GetCallerIdentity) and what their policy decides (IAM
 * SimulatePrincipalPolicy): read-only, for `pair check` to find the rights a deploy would lack.
 */
import { IAMClient, SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import type { clientConfig } from './clients.ts'

/** Some IAM actions on some resources, with the condition keys the real calls would carry. */
export interface RightsQuery {
  actions: string[]
  resources: string[]
  context: Record<string, string>
}

export interface Decision {
  action: string
  resource: string
  /** `allowed`, `implicitDeny` or `explicitDeny`. */
  decision: string
}

export interface RightsPort {
  caller(): Promise<{ arn: string; account: string; region: string }>
  simulate(principal: string, query: RightsQuery): Promise<Decision[]>
}

export function rightsPort(config: ReturnType<typeof clientConfig>): RightsPort {
  const sts = new STSClient(config)
  const iam = new IAMClient(config)
  return {
    async caller() {
      const identity = await sts.send(new GetCallerIdentityCommand({}))
      return { arn: identity.Arn ?? '', account: identity.Account ?? '', region: await sts.config.region() }
    },
    async simulate(principal, query) {
      const decisions: Decision[] = []
      let marker: string | undefined
      do {
        const page = await iam.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: principal,
            ActionNames: query.actions,
            ResourceArns: query.resources,
            ContextEntries: Object.entries(query.context).map(([key, value]) => ({
              ContextKeyName: key,
              ContextKeyType: 'string',
              ContextKeyValues: [value]
            })),
            Marker: marker
          })
        )
        for (const result of page.EvaluationResults ?? [])
          decisions.push({
            action: result.EvalActionName ?? '',
            resource: result.EvalResourceName ?? '*',
            decision: result.EvalDecision ?? 'implicitDeny'
          })
        marker = page.IsTruncated ? page.Marker : undefined
      } while (marker)
      return decisions
    }
  }
}
