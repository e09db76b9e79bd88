/** The emulated load balancer's state, kept in plain records; `render.ts` renders them in the SDK's shapes. */
import { randomBytes } from 'node:crypto'
import type { Account } from '../core/contracts.ts'
import type { Condition } from './conditions.ts'

export interface Tag {
  Key: string
  Value: string
}

export interface LoadBalancer {
  arn: string
  id: string
  name: string
  createdTime: Date
  scheme: string
  ipAddressType: string
  vpcId: string
  subnets: string[]
  securityGroups: string[]
  attributes: Map<string, string>
  tags: Tag[]
}

export interface HealthCheck {
  enabled: boolean
  protocol: string
  /** 'traffic-port' or a port number. */
  port: string
  path: string
  intervalSeconds: number
  timeoutSeconds: number
  healthyThreshold: number
  unhealthyThreshold: number
  matcher: string
}

export interface TargetGroup {
  arn: string
  id: string
  name: string
  protocol: string
  port: number
  vpcId: string
  targetType: string
  protocolVersion: string
  ipAddressType: string
  healthCheck: HealthCheck
  attributes: Map<string, string>
  tags: Tag[]
}

export interface WeightedGroup {
  arn: string
  weight: number
}

export type Action =
  | {
      type: 'forward'
      order?: number
      groups: WeightedGroup[]
      stickiness: { enabled: boolean; durationSeconds?: number }
    }
  | { type: 'fixed-response'; order?: number; statusCode: string; contentType?: string; messageBody?: string }

export interface Rule {
  arn: string
  listenerArn: string
  /** `undefined` for the listener's default rule. */
  priority: number | undefined
  conditions: Condition[]
  actions: Action[]
  tags: Tag[]
}

export interface Listener {
  arn: string
  id: string
  loadBalancerArn: string
  port: number
  protocol: string
  certificates: { CertificateArn: string }[]
  sslPolicy?: string
  defaultRule: Rule
  rules: Rule[]
  tags: Tag[]
}

export function newId(): string {
  return randomBytes(8).toString('hex')
}

export class Arns {
  private readonly prefix: string

  constructor(account: Account) {
    this.prefix = `arn:aws:elasticloadbalancing:${account.region}:${account.accountId}:`
  }

  loadBalancer(name: string, id: string): string {
    return `${this.prefix}loadbalancer/app/${name}/${id}`
  }

  targetGroup(name: string, id: string): string {
    return `${this.prefix}targetgroup/${name}/${id}`
  }

  listener(lb: LoadBalancer, id: string): string {
    return `${this.prefix}listener/app/${lb.name}/${lb.id}/${id}`
  }

  rule(lb: LoadBalancer, listenerId: string, id: string): string {
    return `${this.prefix}listener-rule/app/${lb.name}/${lb.id}/${listenerId}/${id}`
  }
}

/** CloudWatch dimension values as AWS writes them: `app/<name>/<id>` and `targetgroup/<name>/<id>`. */
export function loadBalancerDimension(lb: LoadBalancer): string {
  return `app/${lb.name}/${lb.id}`
}

export function targetGroupDimension(group: TargetGroup): string {
  return `targetgroup/${group.name}/${group.id}`
}

/** Rules in evaluation order: by priority, the default rule last. */
export function rulesInOrder(listener: Listener): Rule[] {
  return [...listener.rules].sort((a, b) => a.priority! - b.priority!).concat(listener.defaultRule)
}

export function forwardedGroups(rule: Rule): WeightedGroup[] {
  return rule.actions.flatMap((action) => (action.type === 'forward' ? action.groups : []))
}
