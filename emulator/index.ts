/**
 * The local ECS + ELBv2 + CloudWatch emulator, with what tasks need to start (ECR, Secrets Manager, SSM Parameter
 * Store, IAM roles, CloudWatch Logs log groups): the services wired together the way they talk on AWS,
 * behind one HTTP endpoint that the unmodified AWS SDK clients reach through `AWS_ENDPOINT_URL_*`.
 */
import type { Account, ApiCall, FaultSettings, Hold, ServiceName } from './core/contracts.ts'
import { EmulatorTime } from './core/time.ts'
import { CloudWatchService } from './cloudwatch/service.ts'
import { ElbService } from './elb/service.ts'
import { defaultPublishing, type MetricPublishing } from './elb/metrics.ts'
import { EcsService } from './ecs/service.ts'
import type { EcsTimings } from './ecs/timings.ts'
import { startServer } from './server.ts'
import { AWS_RATE_LIMITS, RateLimiter, type RateLimit } from './core/rate-limits.ts'
import { createEnforcer, EMULATOR_ACCESS_KEY, type IamOptions } from './iam/access.ts'
import { StsService } from './iam/identity.ts'
import type { PolicyDocument } from './iam/policy.ts'
import { EcrService } from './resources/ecr.ts'
import { IamRolesService } from './resources/iam-roles.ts'
import { LogsService } from './resources/logs.ts'
import { SecretsManagerService } from './resources/secrets-manager.ts'
import { SsmService } from './resources/ssm.ts'
import { startCheck } from './resources/start-check.ts'

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  region?: string
  accountId?: string
  /** Real milliseconds per AWS millisecond: 0.01 makes a 10-minute rollout take 6 seconds. Default 1. */
  timeScale?: number
  timings?: Partial<EcsTimings>
  /**
   * How the load balancer publishes its CloudWatch metrics, in AWS seconds: one datapoint per `periodSeconds` (60),
   * visible `delaySeconds` (60) after its period ended.
   */
  metrics?: Partial<MetricPublishing>
  /**
   * AWS's API rate limits per account (README, "Rate limits"), on by default: buckets refill on the emulator's clock
   * (`clock: 'scaled'`, the default) or per real second (`'real'`); `limits` replaces AWS's figures; `false` turns
   * them off.
   */
  rateLimits?: false | { clock?: 'scaled' | 'real'; limits?: readonly RateLimit[] }
  /**
   * Callers held to IAM policies, by access key id (see iam/access.ts); more can be bound later with `iam.bind`.
   * Without any, every caller may do everything.
   */
  iam?: IamOptions
}

export interface Emulator {
  /** `http://127.0.0.1:<port>`, for every service. */
  endpoint: string
  time: EmulatorTime
  account: Account
  ecs: EcsService
  elb: ElbService
  cloudwatch: CloudWatchService
  /** What tasks need to start: images, secrets, parameters, roles, log groups. */
  ecr: EcrService
  secretsManager: SecretsManagerService
  ssm: SsmService
  iamRoles: IamRolesService
  logs: LogsService
  /** The account's rate limits, unless turned off. */
  rateLimits?: RateLimiter
  faults: {
    /** Changes some of a service's fault rates (0 to 1); the others keep their values. */
    set(service: ServiceName, settings: Partial<FaultSettings>): void
    /**
     * Holds the next call of `operation` (e.g. `'UpdateService'`) on `service` whose input `match` accepts: it is
     * logged, then waits, neither applied nor answered, until `release()`; `arrived` resolves when it comes.
     */
    hold(service: ServiceName, operation: string, match?: (input: any) => boolean): Hold
    /** Every rate back to 0, every hold released. */
    clear(): void
  }
  iam: {
    /**
     * From now on, holds the callers using `accessKey` (default `roleAccessKey(role)`, `emulator-as-<role>`) to
     * `policy`: anything else they call is answered AccessDeniedException (ECS) / AccessDenied (ELBv2, CloudWatch).
     */
    bind(role: string, policy: PolicyDocument, accessKey?: string): void
  }
  /** Every API call that reached the emulator, faulted ones included. */
  calls: ApiCall[]
  /** Environment for a process that should use the emulator: endpoints, region, dummy credentials. */
  env(): Record<string, string>
  /** Closes the endpoint, stops every service, task, listener and timer. */
  stop(): Promise<void>
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const account: Account = {
    region: options.region ?? 'us-east-1',
    accountId: options.accountId ?? '000000000000'
  }
  const time = new EmulatorTime(options.timeScale ?? 1)
  const deps = { time, account }
  const cloudwatch = new CloudWatchService(deps)
  const publishing = { ...defaultPublishing, ...options.metrics }
  const elb = new ElbService({ ...deps, metrics: cloudwatch, publishing })
  const ecr = new EcrService(deps)
  const secretsManager = new SecretsManagerService(deps)
  const ssm = new SsmService(deps)
  const logs = new LogsService(deps)
  const ecs = new EcsService({
    ...deps,
    elb,
    rules: elb,
    alarms: cloudwatch,
    timings: options.timings,
    startCheck: startCheck({ account, ecr, secretsManager, ssm })
  })
  const enforcer = createEnforcer(options.iam ?? { principals: {} }, account)
  const iamRoles = new IamRolesService(deps, enforcer.policyOf)
  const sts = new StsService(account)

  const limits = options.rateLimits === false ? undefined : { clock: 'scaled', ...options.rateLimits }
  const limiter =
    limits &&
    new RateLimiter(limits.limits ?? AWS_RATE_LIMITS, () =>
      limits.clock === 'real' ? performance.now() / 1000 : performance.now() / 1000 / time.scale
    )

  let server
  try {
    server = await startServer({
      port: options.port,
      services: { ecs, elb, cloudwatch, ecr, secretsmanager: secretsManager, ssm, iam: iamRoles, sts, logs },
      limiter,
      enforcer
    })
  } catch (error) {
    await stopServices()
    throw error
  }

  async function stopServices(): Promise<void> {
    // ECS first: its tasks deregister from the load balancer, whose metrics go to CloudWatch.
    for (const service of [ecs, elb, cloudwatch]) await service.stop()
    time.stop()
  }

  let stopped: Promise<void> | undefined
  const { endpoint } = server
  return {
    endpoint,
    time,
    account,
    ecs,
    elb,
    cloudwatch,
    ecr,
    secretsManager,
    ssm,
    iamRoles,
    logs,
    rateLimits: limiter,
    faults: { set: server.faults.set, hold: server.faults.hold, clear: server.faults.clear },
    iam: { bind: enforcer.bind },
    calls: server.calls,
    env: () => ({
      AWS_ENDPOINT_URL: endpoint,
      AWS_ENDPOINT_URL_ECS: endpoint,
      AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2: endpoint,
      AWS_ENDPOINT_URL_CLOUDWATCH: endpoint,
      AWS_ENDPOINT_URL_ECR: endpoint,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: endpoint,
      AWS_ENDPOINT_URL_SSM: endpoint,
      AWS_ENDPOINT_URL_IAM: endpoint,
      AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: endpoint,
      AWS_REGION: account.region,
      AWS_DEFAULT_REGION: account.region,
      AWS_ACCESS_KEY_ID: EMULATOR_ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: 'emulator'
    }),
    stop() {
      stopped ??= server.close().then(stopServices)
      return stopped
    }
  }
}
