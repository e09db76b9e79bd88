/**
 * STS (the awsQuery API, version 2011-06-15), as much as a deploy role asks of it: GetCallerIdentity, which names
 * the caller as AWS does for a role assumed by a workflow (`assumed-role/<role>/<session>`), or the account's root
 * for the emulator's administrator key.
 */
import { createHash } from 'node:crypto'
import type { Account, ApiService, Caller } from '../core/contracts.ts'
import { operations } from '../resources/operations.ts'
import { SESSION } from './access.ts'

/** A stable role id per role name, shaped like AWS's (`AROA` and 17 more characters). */
const roleId = (role: string) =>
  `AROA${createHash('sha256').update(role).digest('hex').slice(0, 17).toUpperCase()}`

export class StsService implements ApiService {
  readonly handle: ApiService['handle']

  constructor(account: Account) {
    this.handle = operations({
      GetCallerIdentity: (_input: unknown, caller?: Caller) =>
        caller?.role
          ? {
              UserId: `${roleId(caller.role)}:${SESSION}`,
              Account: account.accountId,
              Arn: `arn:aws:sts::${account.accountId}:assumed-role/${caller.role}/${SESSION}`
            }
          : { UserId: account.accountId, Account: account.accountId, Arn: `arn:aws:iam::${account.accountId}:root` }
    })
  }

  stop(): void {}
}
