/**
 * IAM identity-based policies as AWS evaluates them for one request: an explicit Deny wins, then any Allow whose
 * action, resource and conditions all match; nothing matching is an implicit deny. Actions and resources take the
 * `*` and `?` wildcards (actions case-insensitively); conditions take the string and ARN operators, with
 * `...IfExists` and several values (any matching); a key the request does not carry fails the condition.
 */

export interface PolicyStatement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Action: string | string[]
  Resource: string | string[]
  Condition?: Record<string, Record<string, string | string[]>>
}

export interface PolicyDocument {
  Version: '2012-10-17'
  Statement: PolicyStatement[]
}

/** What one API call asks IAM: an action on a resource, with the condition keys the call carries. */
export interface AccessRequest {
  action: string
  resource: string
  context: Record<string, string>
}

const OPERATORS: Record<string, (value: string, pattern: string) => boolean> = {
  StringEquals: (value, pattern) => value === pattern,
  StringNotEquals: (value, pattern) => value !== pattern,
  StringEqualsIgnoreCase: (value, pattern) => value.toLowerCase() === pattern.toLowerCase(),
  StringLike: (value, pattern) => wildcard(pattern).test(value),
  StringNotLike: (value, pattern) => !wildcard(pattern).test(value),
  ArnEquals: (value, pattern) => value === pattern,
  ArnLike: (value, pattern) => wildcard(pattern).test(value),
  ArnNotEquals: (value, pattern) => value !== pattern,
  ArnNotLike: (value, pattern) => !wildcard(pattern).test(value)
}

const list = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value])

/** A policy pattern as a regular expression: `*` any run of characters, `?` any one. */
export function wildcard(pattern: string, flags = ''): RegExp {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${source}$`, flags)
}

/** Throws naming what AWS would refuse in the document (an unknown effect or condition operator). */
export function validatePolicy(policy: PolicyDocument, name: string): void {
  if (!Array.isArray(policy?.Statement)) throw new Error(`policy ${name} has no Statement list`)
  for (const statement of policy.Statement) {
    if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') {
      throw new Error(`policy ${name}: Effect must be Allow or Deny, got ${String(statement.Effect)}`)
    }
    if (!statement.Action || !statement.Resource) {
      throw new Error(
        `policy ${name}: every statement needs Action and Resource (${statement.Sid ?? 'no Sid'})`
      )
    }
    for (const operator of Object.keys(statement.Condition ?? {})) {
      if (!OPERATORS[operator.replace(/IfExists$/, '')]) {
        throw new Error(`policy ${name}: condition operator ${operator} is not supported`)
      }
    }
  }
}

function conditionsHold(statement: PolicyStatement, context: Record<string, string>): boolean {
  return Object.entries(statement.Condition ?? {}).every(([operator, keys]) => {
    const ifExists = operator.endsWith('IfExists')
    const test = OPERATORS[operator.replace(/IfExists$/, '')]
    return Object.entries(keys).every(([key, patterns]) => {
      const value = Object.entries(context).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1]
      if (value === undefined) return ifExists
      const negated = operator.includes('Not')
      const matches = list(patterns).map((pattern) => test(value, pattern))
      return negated ? matches.every(Boolean) : matches.some(Boolean)
    })
  })
}

function applies(statement: PolicyStatement, request: AccessRequest): boolean {
  return (
    list(statement.Action).some((action) => wildcard(action, 'i').test(request.action)) &&
    list(statement.Resource).some((resource) => wildcard(resource).test(request.resource)) &&
    conditionsHold(statement, request.context)
  )
}

/** IAM's decision on one request, in the words of SimulatePrincipalPolicy's `EvalDecision`. */
export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny'

export function decide(policy: PolicyDocument, request: AccessRequest): Decision {
  const matching = policy.Statement.filter((statement) => applies(statement, request))
  if (matching.some((s) => s.Effect === 'Deny')) return 'explicitDeny'
  return matching.some((s) => s.Effect === 'Allow') ? 'allowed' : 'implicitDeny'
}

/** Whether the policy allows the request. */
export const allows = (policy: PolicyDocument, request: AccessRequest): boolean =>
  decide(policy, request) === 'allowed'
