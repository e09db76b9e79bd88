/**
 * The emulated AWS Systems Manager Parameter Store: parameters by name (`/app/db-url` or `db-url`), also named by
 * their ARN (`arn:aws:ssm:<region>:<account>:parameter/app/db-url`), as `GetParameters` and `valueFrom` allow.
 */
import type { ApiService, ServiceDeps } from '../core/contracts.ts'
import { AwsError } from '../core/errors.ts'
import { operations, required } from './operations.ts'

interface ParameterRecord {
  name: string
  type: string
  value: string
  version: number
  modifiedAt: Date
}

export class SsmService implements ApiService {
  private readonly deps: ServiceDeps
  private readonly parameters = new Map<string, ParameterRecord>()
  readonly handle = operations({
    PutParameter: (input) => this.put(input),
    GetParameter: (input) => {
      const found = this.find(required(input, 'Name'))
      if (!found) throw new AwsError('ParameterNotFound', `Parameter ${input.Name} not found.`)
      return { Parameter: this.view(found) }
    },
    GetParameters: (input) => {
      const names: string[] = input.Names ?? []
      const found = names.map((name) => this.find(name))
      return {
        Parameters: found.flatMap((parameter) => (parameter ? [this.view(parameter)] : [])),
        InvalidParameters: names.filter((_, index) => !found[index])
      }
    },
    DescribeParameters: () => ({
      Parameters: [...this.parameters.values()].map((parameter) => ({
        Name: parameter.name,
        ARN: this.arnOf(parameter.name),
        Type: parameter.type,
        Version: parameter.version,
        LastModifiedDate: parameter.modifiedAt,
        DataType: 'text',
        Tier: 'Standard'
      }))
    })
  })

  constructor(deps: ServiceDeps) {
    this.deps = deps
  }

  /** The parameter a name or ARN names, if there is one. */
  find(nameOrArn: string): ParameterRecord | undefined {
    const prefix = this.arnOf('')
    if (!nameOrArn.startsWith('arn:')) return this.parameters.get(nameOrArn)
    if (!nameOrArn.startsWith(prefix)) return undefined
    const path = nameOrArn.slice(prefix.length)
    return this.parameters.get(`/${path}`) ?? this.parameters.get(path)
  }

  stop(): void {}

  private put(input: any) {
    const name = required(input, 'Name')
    const existing = this.parameters.get(name)
    if (existing && String(input.Overwrite) !== 'true') {
      throw new AwsError(
        'ParameterAlreadyExists',
        'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.'
      )
    }
    const parameter: ParameterRecord = {
      name,
      type: input.Type ?? existing?.type ?? 'String',
      value: required(input, 'Value'),
      version: (existing?.version ?? 0) + 1,
      modifiedAt: this.deps.time.now()
    }
    this.parameters.set(name, parameter)
    return { Version: parameter.version, Tier: 'Standard' }
  }

  /** `arn:aws:ssm:<region>:<account>:parameter/<name without its leading slash>` */
  private arnOf(name: string): string {
    const { region, accountId } = this.deps.account
    return `arn:aws:ssm:${region}:${accountId}:parameter/${name.replace(/^\//, '')}`
  }

  private view(parameter: ParameterRecord) {
    return {
      Name: parameter.name,
      Type: parameter.type,
      Value: parameter.value,
      Version: parameter.version,
      ARN: this.arnOf(parameter.name),
      LastModifiedDate: parameter.modifiedAt,
      DataType: 'text'
    }
  }
}
