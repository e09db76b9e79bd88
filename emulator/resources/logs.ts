/** The emulated Amazon CloudWatch Logs: log groups (where a task's awslogs driver writes). */
import type { ApiService, ServiceDeps } from '../core/contracts.ts'
import { AwsError } from '../core/errors.ts'
import { operations, required } from './operations.ts'

interface LogGroupRecord {
  name: string
  createdAt: Date
}

export class LogsService implements ApiService {
  private readonly deps: ServiceDeps
  private readonly groups = new Map<string, LogGroupRecord>()
  readonly handle = operations({
    CreateLogGroup: (input) => {
      const name = required(input, 'logGroupName')
      if (this.groups.has(name)) {
        throw new AwsError('ResourceAlreadyExistsException', 'The specified log group already exists')
      }
      this.groups.set(name, { name, createdAt: this.deps.time.now() })
      return {}
    },
    DescribeLogGroups: (input) => {
      const prefix: string = input.logGroupNamePrefix ?? ''
      const pattern: string | undefined = input.logGroupNamePattern
      const groups = [...this.groups.values()]
        .filter((group) => group.name.startsWith(prefix) && (!pattern || group.name.includes(pattern)))
        .sort((a, b) => a.name.localeCompare(b.name))
        .slice(0, Number(input.limit ?? 50))
      return { logGroups: groups.map((group) => this.view(group)) }
    }
  })

  constructor(deps: ServiceDeps) {
    this.deps = deps
  }

  has(name: string): boolean {
    return this.groups.has(name)
  }

  stop(): void {}

  private view(group: LogGroupRecord) {
    const { region, accountId } = this.deps.account
    const arn = `arn:aws:logs:${region}:${accountId}:log-group:${group.name}`
    return {
      logGroupName: group.name,
      // A number of milliseconds in this API, not a timestamp.
      creationTime: group.createdAt.getTime(),
      storedBytes: 0,
      metricFilterCount: 0,
      arn: `${arn}:*`,
      logGroupArn: arn
    }
  }
}
