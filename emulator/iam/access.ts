/**
 * Policy enforcement, off unless the emulator is started with principals: the caller is named by the access key
 * id in its SigV4 `Authorization` header (`Credential=<key>/<date>/<region>/<service>/aws4_request`). A key bound
 * to a principal is held to that principal's policy; any other key is the account's administrator, as the
 * emulator's own setup and inspection clients are. Signatures are still not checked.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { Account, ServiceName } from '../core/contracts.ts'
import { AwsError } from '../core/errors.ts'
import { allows, validatePolicy, type PolicyDocument } from './policy.ts'
import { accessRequests } from './requests.ts'

/** A role a caller assumed: its name (as `assumed-role/<role>/<session>` names it) and its one policy. */
export interface Principal {
  role: string
  policy: PolicyDocument
}

export interface IamOptions {
  /** By access key id. */
  principals: Record<string, Principal>
}

/** What enforcement decided for one call. */
export interface Access {
  /** The role of the caller, when its key is bound to one. */
  role?: string
  /** Every IAM action the call asked for, allowed or not, in the order checked. */
  actions: string[]
  /** The answer to send instead of the call's result. */
  denied?: AwsError
}

/** What each service answers a caller its policy does not allow, as AWS does. */
const DENIED: Record<ServiceName, { code: string; status: number }> = {
  ecs: { code: 'AccessDeniedException', status: 400 },
  elb: { code: 'AccessDenied', status: 403 },
  cloudwatch: { code: 'AccessDenied', status: 403 },
  ecr: { code: 'AccessDeniedException', status: 400 },
  secretsmanager: { code: 'AccessDeniedException', status: 400 },
  ssm: { code: 'AccessDeniedException', status: 400 },
  iam: { code: 'AccessDenied', status: 403 },
  sts: { code: 'AccessDenied', status: 403 },
  logs: { code: 'AccessDeniedException', status: 400 }
}

/** The session name the assumed roles carry (what a workflow's OIDC credentials name). */
export const SESSION = 'GitHubActions'

export function accessKeyOf(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization
  return /Credential=([^/,\s]+)\//.exec(
    Array.isArray(authorization) ? authorization[0] : (authorization ?? '')
  )?.[1]
}

/** The access key id of `Emulator.env()`: unless bound to a policy, the account's administrator. */
export const EMULATOR_ACCESS_KEY = 'emulator'

/** The access key id the emulator gives a role: what a process uses to call as that role. */
export const roleAccessKey = (role: string): string => `emulator-as-${role}`

export interface Enforcer {
  check(
    service: ServiceName,
    operation: string,
    input: unknown,
    headers: IncomingHttpHeaders
  ): Access | undefined
  /** Holds callers using `accessKey` (default: the role's own key) to `policy` from now on. */
  bind(role: string, policy: PolicyDocument, accessKey?: string): void
  /** The policy a role was last bound to. */
  policyOf(role: string): PolicyDocument | undefined
}

export function createEnforcer(options: IamOptions, account: Account): Enforcer {
  const principals = new Map<string, Principal>()
  const bind = (role: string, policy: PolicyDocument, accessKey = roleAccessKey(role)) => {
    validatePolicy(policy, `${role} (key ${accessKey})`)
    principals.set(accessKey, { role, policy })
  }
  for (const [key, principal] of Object.entries(options.principals))
    bind(principal.role, principal.policy, key)
  return {
    bind,
    policyOf: (role) => [...principals.values()].reverse().find((one) => one.role === role)?.policy,
    check(service, operation, input, headers) {
      const key = accessKeyOf(headers)
      const principal = key === undefined ? undefined : principals.get(key)
      if (!principal) return undefined
      const requests = accessRequests(service, operation, input, account)
      const refused = requests.find((request) => !allows(principal.policy, request))
      const access: Access = { role: principal.role, actions: requests.map((request) => request.action) }
      if (refused) {
        const user = `arn:aws:sts::${account.accountId}:assumed-role/${principal.role}/${SESSION}`
        const { code, status } = DENIED[service]
        access.denied = new AwsError(
          code,
          `User: ${user} is not authorized to perform: ${refused.action} on resource: ${refused.resource} because no identity-based policy allows the ${refused.action} action`,
          status
        )
      }
      return access
    }
  }
}
