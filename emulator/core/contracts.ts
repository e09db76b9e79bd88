/**
 * What the emulated services offer each other and the HTTP front end. Each service module (ecs/, elb/,
 * cloudwatch/) owns its state and implements `ApiService`; the cross-service ports below are the only
 * way one service reaches into another, the way ECS on AWS calls the load balancer's API.
 */
import type { EmulatorTime } from './time.ts'

/** One AWS API. `input` is the request decoded to the SDK's shape (for awsQuery every leaf is a string
 * and lists are arrays); the result is the SDK's output shape (Dates allowed; the protocol encodes them).
 * Errors are thrown as `AwsError`. */
/** Who made a call: a role bound to a policy, or (no role) the account's administrator. */
export interface Caller {
  role?: string
}

export interface ApiService {
  /** `caller` names the role of the calling key when the emulator holds it to a policy (iam/access.ts). */
  handle(operation: string, input: any, caller?: Caller): Promise<any> | any
  /** Stops every timer, server and task the service started. */
  stop(): Promise<void> | void
}

export interface Account {
  region: string
  accountId: string
}

export type TargetHealthState = 'initial' | 'healthy' | 'unhealthy' | 'unused' | 'draining' | 'unavailable'

export interface TargetRef {
  targetGroupArn: string
  /** For the emulator's ip targets, always 127.0.0.1. */
  id: string
  port: number
}

export interface TargetHealthView {
  state: TargetHealthState
  /** AWS reason code, e.g. `Elb.RegistrationInProgress`, `Target.FailedHealthChecks`, `Target.NotInUse`. */
  reason?: string
  description?: string
}

export interface TargetGroupView {
  arn: string
  name: string
  port: number
  /** Load balancers whose listener rules (or default actions) forward to this group. */
  loadBalancerArns: string[]
}

/** What emulated ECS needs from emulated ELBv2 (on AWS it calls the ELBv2 API itself). */
export interface LoadBalancingPort {
  targetGroup(arn: string): TargetGroupView | undefined
  register(target: TargetRef): void
  /** Starts draining; resolves after the group's deregistration delay (at once for an unused group). */
  deregister(target: TargetRef): Promise<void>
  /** `undefined` when the target is not registered (anymore). */
  health(target: TargetRef): TargetHealthView | undefined
}

/** A weighted forward of a listener rule, as ECS rewrites it during its own blue/green, linear and canary deployments. */
export interface ForwardWeight {
  targetGroupArn: string
  weight: number
}

/** What emulated ECS needs to rewrite listener rules (on AWS it calls ModifyRule with the service's role). */
export interface ListenerRulesPort {
  /** The target groups the rule's forward action lists, with their weights; `undefined` when there is no such rule. */
  forwardWeights(ruleArn: string): ForwardWeight[] | undefined
  /** Sets the weights of the groups named in `weights`; the others keep theirs. */
  setForwardWeights(ruleArn: string, weights: ForwardWeight[]): void
}

/** What emulated ECS needs to watch a deployment's CloudWatch alarms. */
export interface AlarmStatePort {
  /** `OK`, `ALARM` or `INSUFFICIENT_DATA`; `undefined` when there is no such alarm. */
  alarmState(name: string): string | undefined
}

export interface MetricDatum {
  namespace: string
  metricName: string
  dimensions: Record<string, string>
  value: number
  unit?: string
  timestamp?: Date
  /** How many times `value` was seen (default 1). */
  count?: number
  /**
   * For metrics an AWS service publishes itself (the load balancer's): the period one datapoint covers and the delay
   * after which it reaches CloudWatch, in real milliseconds. Alarms on such a metric evaluate what has been published.
   */
  publishing?: { periodMs: number; delayMs: number }
}

/** What the load balancer's proxy and health checker write to emulated CloudWatch. */
export interface MetricSink {
  put(datum: MetricDatum): void
}

/** Fault settings for one API, changeable at any time. Rates are 0 to 1. */
export interface FaultSettings {
  throttleRate: number
  errorRate: number
}

export type ServiceName = 'ecs' | 'elb' | 'cloudwatch' | ResourceServiceName

/** The services that keep what a task needs to start: images, secrets, parameters, roles, log groups. */
export type ResourceServiceName = 'ecr' | 'secretsmanager' | 'ssm' | 'iam' | 'sts' | 'logs'

/** One API call that reached the emulator (faulted calls included), for tests and benchmarks. */
export interface ApiCall {
  service: ServiceName
  operation: string
  at: Date
  /** The request as the service receives it (see `ApiService.handle`), for tests that check what was asked. */
  input?: any
  /** The error code answered, if any. */
  error?: string
  /** With policies enforced: the role of a caller held to one, and the IAM actions its call asked for. */
  role?: string
  actions?: string[]
}

/** A call held by `faults.hold`: received and logged, but neither applied nor answered until `release()`. */
export interface Hold {
  /** Resolves with the held call (its log entry, input included) when it arrives. */
  arrived: Promise<ApiCall>
  /** Lets the held call through (applied, then answered); before it arrives, disarms the hold. */
  release(): void
}

export interface ServiceDeps {
  time: EmulatorTime
  account: Account
}
