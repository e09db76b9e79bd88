/**
 * IAM's SimulatePrincipalPolicy for the roles the emulator holds to policies: each action on each resource (`*`
 * when none is named) decided by the same evaluation that enforces the policy on real calls, the context entries
 * standing in for the condition keys a call would carry.
 */
import { AwsError } from '../core/errors.ts'
import { decide, type PolicyDocument } from './policy.ts'

interface ContextEntry {
  ContextKeyName?: string
  ContextKeyValues?: string[] | string
}

const list = <T>(value: T[] | T | undefined | ''): T[] =>
  value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]

/**
 * `policyOf` finds the role's policy: `undefined` for a role that exists with no policy (everything implicitly
 * denied); it throws NoSuchEntity for a role that does not exist.
 */
export function simulatePrincipalPolicy(
  input: any,
  policyOf: (role: string) => PolicyDocument | undefined
): { EvaluationResults: unknown[]; IsTruncated: boolean } {
  const source = String(input.PolicySourceArn ?? '')
  const role = /^arn:aws:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/.exec(source)?.[1]
  if (!role) throw new AwsError('InvalidInput', `Invalid ARN: ${source} is not the ARN of a role.`, 400)
  const actions = list<string>(input.ActionNames)
  if (actions.length === 0)
    throw new AwsError('ValidationError', 'ActionNames must name at least one action.', 400)
  const policy = policyOf(role)
  const context = Object.fromEntries(
    list<ContextEntry>(input.ContextEntries).map((entry) => [
      entry.ContextKeyName ?? '',
      list(entry.ContextKeyValues)[0] ?? ''
    ])
  )
  const resources = list<string>(input.ResourceArns)
  const results = actions.flatMap((action) =>
    (resources.length ? resources : ['*']).map((resource) => ({
      EvalActionName: action,
      EvalResourceName: resource,
      EvalDecision: policy ? decide(policy, { action, resource, context }) : 'implicitDeny',
      MatchedStatements: [],
      MissingContextValues: []
    }))
  )
  return { EvaluationResults: results, IsTruncated: false }
}
