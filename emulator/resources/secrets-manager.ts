/**
 * The emulated AWS Secrets Manager: secrets with one current value. A secret is named by its name, its full ARN or
 * its ARN without the six random characters AWS appends, as `SecretId` and a task definition's `valueFrom` may.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import type { ApiService, ServiceDeps } from '../core/contracts.ts'
import { AwsError } from '../core/errors.ts'
import { operations, required } from './operations.ts'

interface SecretRecord {
  name: string
  arn: string
  value: string
  versionId: string
  createdAt: Date
}

const SUFFIX_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

export class SecretsManagerService implements ApiService {
  private readonly deps: ServiceDeps
  private readonly secrets = new Map<string, SecretRecord>()
  readonly handle = operations({
    CreateSecret: (input) => this.create(input),
    DescribeSecret: (input) => {
      const secret = this.secret(required(input, 'SecretId'))
      return {
        ARN: secret.arn,
        Name: secret.name,
        CreatedDate: secret.createdAt,
        LastChangedDate: secret.createdAt,
        VersionIdsToStages: { [secret.versionId]: ['AWSCURRENT'] }
      }
    },
    GetSecretValue: (input) => {
      const secret = this.secret(required(input, 'SecretId'))
      return {
        ARN: secret.arn,
        Name: secret.name,
        VersionId: secret.versionId,
        SecretString: secret.value,
        VersionStages: ['AWSCURRENT'],
        CreatedDate: secret.createdAt
      }
    }
  })

  constructor(deps: ServiceDeps) {
    this.deps = deps
  }

  /** The secret `id` names (a name, an ARN, a partial ARN), if there is one. */
  find(id: string): SecretRecord | undefined {
    return (
      this.secrets.get(id) ??
      [...this.secrets.values()].find((secret) => secret.arn === id || secret.arn.slice(0, -7) === id)
    )
  }

  stop(): void {}

  private create(input: any) {
    const name = required(input, 'Name')
    if (this.secrets.has(name)) {
      throw new AwsError(
        'ResourceExistsException',
        `The operation failed because the secret ${name} already exists.`
      )
    }
    const { region, accountId } = this.deps.account
    const suffix = [...randomBytes(6)].map((byte) => SUFFIX_CHARS[byte % SUFFIX_CHARS.length]).join('')
    const secret: SecretRecord = {
      name,
      arn: `arn:aws:secretsmanager:${region}:${accountId}:secret:${name}-${suffix}`,
      value: input.SecretString ?? '',
      versionId: randomUUID(),
      createdAt: this.deps.time.now()
    }
    this.secrets.set(name, secret)
    return { ARN: secret.arn, Name: name, VersionId: secret.versionId }
  }

  private secret(id: string): SecretRecord {
    const found = this.find(id)
    if (!found)
      throw new AwsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.")
    return found
  }
}
