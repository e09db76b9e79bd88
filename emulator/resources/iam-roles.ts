/**
 * The emulated IAM roles (the awsQuery API, version 2010-05-08): what a task definition's task and execution roles
 * name must exist. Roles are global: their ARNs name no region. (Which caller may do what is iam/, not this.)
 */
import { randomBytes } from 'node:crypto'
import type { ApiService, ServiceDeps } from '../core/contracts.ts'
import { AwsError } from '../core/errors.ts'
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
    }
  })

  constructor(deps: ServiceDeps) {
    this.deps = deps
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
