/**
 * Holds the actions the end-to-end tests run to their documented IAM policies (src/iam/rights.ts): each action
 * calls the emulator as the role named after it (emulator/rehearsal/runner.ts), bound here to its policy filled in
 * for the apps under test, so a call outside the policy fails the scenario that made it.
 */
import type { Emulator } from '../../../emulator/index.ts'
import type { ApiCall } from '../../../emulator/core/contracts.ts'
import type { LoadBalancedApp } from '../../../emulator/rehearsal/infrastructure.ts'
import { ACTION_RIGHTS, PREFLIGHT_RIGHTS } from '../../../src/iam/rights.ts'
import {
  policyFor,
  type Placeholders,
  type PolicyChoice,
  type PolicyDocument
} from '../../../src/iam/policy.ts'

/** The roles a test's task definition may name (the policies let the actions pass these and no other). */
export const TASK_ROLE = 'app-task'
export const EXECUTION_ROLE = 'app-execution'

export const roleArn = (emulator: Emulator, role: string) =>
  `arn:aws:iam::${emulator.account.accountId}:role/${role}`

/** The placeholders of the policies, filled in for these apps in this emulator's account. */
export function placeholdersFor(emulator: Emulator, apps: LoadBalancedApp[]): Placeholders {
  return {
    region: emulator.account.region,
    'account-id': emulator.account.accountId,
    cluster: [...new Set(apps.map((app) => app.cluster))],
    // arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/app/<name>/<id>
    'load-balancer': [...new Set(apps.map((app) => app.loadBalancerArn.split('/')[2]))],
    'task-role': TASK_ROLE,
    'execution-role': EXECUTION_ROLE
  }
}

/**
 * Binds every action's role to its policy for these apps (`choice` for one action: a policy short of a right). The
 * roles the policies let the actions pass exist in the account, as the preflight checks.
 */
export function enforcePolicies(
  emulator: Emulator,
  apps: LoadBalancedApp[],
  choices: Record<string, PolicyChoice> = {}
): void {
  for (const role of [TASK_ROLE, EXECUTION_ROLE]) {
    if (emulator.iamRoles.hasArn(roleArn(emulator, role))) continue
    emulator.iamRoles.handle('CreateRole', { RoleName: role, AssumeRolePolicyDocument: '{}' })
  }
  const values = placeholdersFor(emulator, apps)
  for (const action of Object.keys(ACTION_RIGHTS)) {
    emulator.iam.bind(action, policyFor(action, values, choices[action]))
  }
}

/** The IAM actions the calls of `role` asked for. */
export function actionsCalledBy(calls: ApiCall[], role: string): Set<string> {
  return new Set(calls.filter((call) => call.role === role).flatMap((call) => call.actions ?? []))
}

/** The preflight's IAM actions (proven by preflight.test.ts), which the other scenarios may or may not ask for. */
const preflightActions = new Set(PREFLIGHT_RIGHTS.flatMap((right) => right.actions))
export const withoutPreflight = (actions: Iterable<string>): string[] =>
  [...actions].filter((action) => !preflightActions.has(action)).sort()

/**
 * One deploy role's policy for several actions (as a team grants one role every action it runs): the statements of
 * each action's policy for these apps, the Sids made unique by the action's name.
 */
export function deployRolePolicy(
  emulator: Emulator,
  apps: LoadBalancedApp[],
  actions: string[],
  choice: PolicyChoice = {}
): PolicyDocument {
  const values = placeholdersFor(emulator, apps)
  return {
    Version: '2012-10-17',
    Statement: actions.flatMap((action) =>
      policyFor(action, values, choice).Statement.map((statement) => ({
        ...statement,
        Sid: `${action.replace(/\W/g, '')}${statement.Sid}`
      }))
    )
  }
}
