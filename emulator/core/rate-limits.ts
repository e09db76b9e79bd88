/**
 * AWS's API rate limits, per account and region, as token buckets: each family of operations has a bucket of `burst`
 * tokens refilled at `perSecond`; a call takes one token or is throttled. The figures are the documented defaults
 * (emulator/README.md, "Rate limits", names each source page).
 */
import type { ServiceName } from './contracts.ts'

export interface RateLimit {
  /** e.g. `ecs:service-reads`. */
  family: string
  service: ServiceName
  operations: readonly string[] | ((operation: string) => boolean)
  /** Bucket size: the most calls allowed at once. */
  burst: number
  /** Refill rate: the sustained calls per second. */
  perSecond: number
}

const isRead = (operation: string) => /^(Describe|List|Get)/.test(operation)

/** Families in the order they are matched: the first one whose operations include the call's counts it. */
export const AWS_RATE_LIMITS: readonly RateLimit[] = [
  // "Request throttling for the Amazon ECS API"
  {
    family: 'ecs:cluster-reads',
    service: 'ecs',
    operations: ['DescribeClusters', 'ListClusters'],
    burst: 50,
    perSecond: 20
  },
  {
    family: 'ecs:service-reads',
    service: 'ecs',
    operations: ['DescribeServices', 'ListServices', 'ListServicesByNamespace'],
    burst: 100,
    perSecond: 20
  },
  {
    family: 'ecs:cluster-resource-reads',
    service: 'ecs',
    operations: ['DescribeTasks', 'ListTasks', 'DescribeContainerInstances', 'ListContainerInstances'],
    burst: 100,
    perSecond: 20
  },
  {
    family: 'ecs:task-definition-reads',
    service: 'ecs',
    operations: ['DescribeTaskDefinition', 'ListTaskDefinitions', 'ListTaskDefinitionFamilies'],
    burst: 50,
    perSecond: 20
  },
  {
    family: 'ecs:service-modifications',
    service: 'ecs',
    operations: ['CreateService', 'UpdateService', 'DeleteService'],
    burst: 50,
    perSecond: 5
  },
  {
    family: 'ecs:task-definition-modifications',
    service: 'ecs',
    operations: ['RegisterTaskDefinition', 'DeregisterTaskDefinition', 'DeleteTaskDefinitions'],
    burst: 20,
    perSecond: 1
  },
  { family: 'ecs:other-reads', service: 'ecs', operations: isRead, burst: 50, perSecond: 20 },
  { family: 'ecs:other-modifications', service: 'ecs', operations: () => true, burst: 50, perSecond: 5 },
  // "Request throttling for the Elastic Load Balancing API": one account bucket per API version.
  { family: 'elb:describes', service: 'elb', operations: isRead, burst: 40, perSecond: 10 },
  { family: 'elb:modifications', service: 'elb', operations: () => true, burst: 20, perSecond: 5 },
  // "CloudWatch service quotas": transactions per second, so a bucket of one second's worth.
  {
    family: 'cloudwatch:GetMetricData',
    service: 'cloudwatch',
    operations: ['GetMetricData'],
    burst: 50,
    perSecond: 50
  },
  {
    family: 'cloudwatch:DescribeAlarms',
    service: 'cloudwatch',
    operations: ['DescribeAlarms'],
    burst: 9,
    perSecond: 9
  },
  ...['DescribeAlarmHistory', 'SetAlarmState', 'DeleteAlarms'].map((operation): RateLimit => ({
    family: `cloudwatch:${operation}`,
    service: 'cloudwatch',
    operations: [operation],
    burst: 3,
    perSecond: 3
  }))
]

/** What each service answers a throttled call, as AWS does (400, "Rate exceeded"). */
export const THROTTLED_CODES: Record<ServiceName, string> = {
  ecs: 'ThrottlingException',
  elb: 'Throttling',
  cloudwatch: 'Throttling',
  ecr: 'ThrottlingException',
  secretsmanager: 'ThrottlingException',
  ssm: 'ThrottlingException',
  iam: 'Throttling',
  sts: 'Throttling',
  logs: 'ThrottlingException'
}

export class TokenBucket {
  readonly limit: RateLimit
  private readonly seconds: () => number
  private tokens: number
  private last: number

  constructor(limit: RateLimit, seconds: () => number) {
    this.limit = limit
    this.seconds = seconds
    this.tokens = limit.burst
    this.last = seconds()
  }

  /** Takes a token if there is one. */
  take(): boolean {
    const now = this.seconds()
    this.tokens = Math.min(
      this.limit.burst,
      this.tokens + Math.max(0, now - this.last) * this.limit.perSecond
    )
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}

/**
 * One account's buckets. `seconds` is the buckets' clock, in seconds: the emulator's AWS time by default (so the
 * refill follows the time scale), or real time.
 */
export class RateLimiter {
  readonly limits: readonly RateLimit[]
  private readonly seconds: () => number
  private readonly buckets = new Map<string, TokenBucket>()

  constructor(limits: readonly RateLimit[], seconds: () => number) {
    this.limits = limits
    this.seconds = seconds
  }

  /** The family that counts a call of `operation`, if any. */
  familyOf(service: ServiceName, operation: string): RateLimit | undefined {
    return this.limits.find(
      (limit) =>
        limit.service === service &&
        (typeof limit.operations === 'function'
          ? limit.operations(operation)
          : limit.operations.includes(operation))
    )
  }

  /** Takes the call's token: the limit it exceeds when there is none (then it is throttled), else undefined. */
  admit(service: ServiceName, operation: string): RateLimit | undefined {
    const limit = this.familyOf(service, operation)
    if (!limit) return undefined
    let bucket = this.buckets.get(limit.family)
    if (!bucket) this.buckets.set(limit.family, (bucket = new TokenBucket(limit, this.seconds)))
    return bucket.take() ? undefined : limit
  }
}
