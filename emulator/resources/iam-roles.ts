/**
 * The emulated IAM roles (the awsQuery API, version 2010-05-08): what a task definition's task and execution roles
 * name must exist, and what a role's policy would decide (SimulatePrincipalPolicy, evaluated by iam/). Roles are
 * global: their ARNs name no region.
 */
import { randomBytes } from 'node:crypto'
import type { ApiService, ServiceDeps } from '../core/contracts.ts'
import { AwsError } from '../core/errors.ts'
import { simulatePrincipalPolicy } from '../iam/simulate.ts'
import type { PolicyDocument } from '../iam/policy.ts'
import { operations, required } from './operations.ts'

interface RoleRecord {
  Path: string
  RoleName: string
  RoleId: string
  Arn: string
  CreateDate: Date
  AssumeRolePolicyDocument: string
  MaxSessionDuration: number
}

export class IamRolesService implements ApiService {
  private readonly deps: ServiceDeps
  private readonly roles = new Map<string, RoleRecord>()
  readonly handle = operations({
    CreateRole: (input) => this.create(input),
    GetRole: (input) => {
      const name = required(input, 'RoleName')
      const role = this.roles.get(name)
      if (!role) throw new AwsError('NoSuchEntity', `The role with name ${name} cannot be found.`, 404)
      return { Role: role }
    },
    SimulatePrincipalPolicy: (input) =>
      simulatePrincipalPolicy(input, (name) => {
        const policy = this.policies(name)
        if (policy || this.roles.has(name)) return policy
        throw new AwsError('NoSuchEntity', `The role with name ${name} cannot be found.`, 404)
      })
  })
  private readonly policies: (role: string) => PolicyDocument | undefined

  /** `policies`: the policy a role is held to (by the emulator's enforcement), if any. */
  constructor(deps: ServiceDeps, policies: (role: string) => PolicyDocument | undefined = () => undefined) {
    this.deps = deps
    this.policies = policies
  }

  /** Whether a role of this account has this ARN. */
  hasArn(arn: string): boolean {
    return [...this.roles.values()].some((role) => role.Arn === arn)
  }

  stop(): void {}

  private create(input: any) {
    const name = required(input, 'RoleName')
    if (this.roles.has(name)) {
      throw new AwsError('EntityAlreadyExists', `Role with name ${name} already exists.`, 409)
    }
    const path = input.Path ?? '/'
    const role: RoleRecord = {
      Path: path,
      RoleName: name,
      RoleId: `AROA${randomBytes(8).toString('hex').toUpperCase()}`,
      Arn: `arn:aws:iam::${this.deps.account.accountId}:role${path}${name}`,
      CreateDate: this.deps.time.now(),
      AssumeRolePolicyDocument: encodeURIComponent(required(input, 'AssumeRolePolicyDocument')),
      MaxSessionDuration: 3600
    }
    this.roles.set(name, role)
    return { Role: role }
  }
}
