/**
 * The deploy role's rights, where it may simulate its own policy (IAM SimulatePrincipalPolicy): the statements of
 * the policies the suite documents (iam/<action>.json, filled in for this pair's cluster and load balancer), each
 * action decided by IAM as the real call would be, every denied one a finding with its fix. A role that may not
 * simulate gets one line saying so instead.
 */
import type { RightsPort, RightsQuery } from '../../aws/rights.ts'
import { oneLine } from '../../core/errors.ts'
import { policyFor } from '../../iam/policy.ts'
import { ACTION_RIGHTS } from '../../iam/rights.ts'
import type { Finding } from './findings.ts'
import type { Setup } from './setup.ts'

/** The actions whose rights are checked: pair's own, and the deploys that run on the pair. */
export const checkedActions = ['pair', 'blue-green', 'canary']
const simulate = 'iam:SimulatePrincipalPolicy'

export interface RightsCheck {
  findings: Finding[]
  /** Why the rights were not checked (one line), when they were not. */
  notChecked?: string
}

/** The role an assumed-role session belongs to (its ARN as IAM names it); other principals as they are. */
export function principalOf(callerArn: string): string {
  const assumed = /^arn:(aws[\w-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(callerArn)
  return assumed ? `arn:${assumed[1]}:iam::${assumed[2]}:role/${assumed[3]}` : callerArn
}

interface Need {
  query: RightsQuery
  /** Which action's statement asks for it, and whether a deploy stops without it. */
  by: { action: string; sid: string; required: boolean }[]
}

/** The statements to simulate, one query per resource set and context (the actions of several merged). */
function needs(setup: Setup, region: string, account: string): Need[] {
  const values = {
    region,
    'account-id': account,
    cluster: setup.cluster.split('/').pop()!,
    'load-balancer': setup.blueGroup.LoadBalancerArns?.[0]?.split('/')[2] ?? '*'
  }
  const byKey = new Map<string, Need>()
  for (const action of checkedActions) {
    for (const statement of policyFor(action, values).Statement) {
      // The task's roles are not known here: those statements are left to the deploy's preflight.
      if (statement.Resource.some((resource) => resource.includes('<'))) continue
      const context = Object.fromEntries(
        Object.values(statement.Condition ?? {}).flatMap((keys) =>
          Object.entries(keys).map(([key, patterns]) => [key, patterns[0]])
        )
      )
      const key = JSON.stringify([statement.Resource, context])
      const need = byKey.get(key) ?? {
        query: { actions: [], resources: statement.Resource, context },
        by: []
      }
      need.query.actions = [...new Set([...need.query.actions, ...statement.Action])]
      const right = ACTION_RIGHTS[action].find((one) => one.sid === statement.Sid)
      need.by.push({ action, sid: statement.Sid, required: !right?.optional && !right?.when })
      byKey.set(key, need)
    }
  }
  return [...byKey.values()]
}

const isDenied = (error: unknown) => /AccessDenied/.test((error as Error)?.name ?? '')

function notChecked(why: string): RightsCheck {
  return { findings: [], notChecked: `The deploy role's rights were not checked: ${why}` }
}

export async function checkRights(port: RightsPort | undefined, setup: Setup): Promise<RightsCheck> {
  if (!port) return notChecked('no IAM access was given')
  let principal: string
  const decisions: { need: Need; action: string; resource: string; decision: string }[] = []
  try {
    const caller = await port.caller()
    principal = principalOf(caller.arn)
    for (const need of needs(setup, caller.region, caller.account)) {
      for (const one of await port.simulate(principal, need.query)) decisions.push({ need, ...one })
    }
  } catch (error) {
    if (isDenied(error))
      return notChecked(
        `the role may not call ${simulate} on itself (or sts:GetCallerIdentity); grant it (statement CheckDeployRights of iam/pair.json) to have them checked`
      )
    return notChecked(oneLine(error))
  }
  const denied = new Map<string, Finding>()
  for (const { need, action, resource, decision } of decisions) {
    if (decision === 'allowed' || denied.has(action)) continue
    const by = need.by.filter((one) =>
      ACTION_RIGHTS[one.action].some((right) => right.sid === one.sid && right.actions.includes(action))
    )
    const actions = [...new Set(by.map((one) => one.action))]
    const fixes = [...new Set(by.map((one) => `statement ${one.sid} of iam/${one.action}.json`))]
    denied.set(action, {
      id: 'missing-right',
      severity: by.some((one) => one.required) ? 'warning' : 'notice',
      evidence: `${principal} may not call ${action} on ${resource} (IAM simulation: ${decision}); ${actions.join(', ')} need${actions.length > 1 ? '' : 's'} it`,
      fix: `grant ${action} on ${resource} as ${fixes.join(', ')} does`
    })
  }
  return { findings: [...denied.values()] }
}
