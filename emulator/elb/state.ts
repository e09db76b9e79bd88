/** Every load balancer, target group, listener and rule, with the look-ups that answer AWS's not-found errors. */
import { AwsError } from '../core/errors.ts'
import {
  forwardedGroups,
  type Listener,
  type LoadBalancer,
  type Rule,
  type Tag,
  type TargetGroup
} from './model.ts'

export class ElbState {
  readonly loadBalancers = new Map<string, LoadBalancer>()
  readonly targetGroups = new Map<string, TargetGroup>()
  readonly listeners = new Map<string, Listener>()

  loadBalancer(arn: string): LoadBalancer {
    const lb = this.loadBalancers.get(arn)
    if (!lb) throw new AwsError('LoadBalancerNotFound', `Load balancer '${arn}' not found`)
    return lb
  }

  targetGroup(arn: string): TargetGroup {
    const group = this.targetGroups.get(arn)
    if (!group) throw new AwsError('TargetGroupNotFound', `Target group '${arn}' not found`)
    return group
  }

  listener(arn: string): Listener {
    const listener = this.listeners.get(arn)
    if (!listener) throw new AwsError('ListenerNotFound', `Listener '${arn}' not found`)
    return listener
  }

  rule(arn: string): Rule {
    for (const listener of this.listeners.values()) {
      const rule = allRules(listener).find((candidate) => candidate.arn === arn)
      if (rule) return rule
    }
    throw new AwsError('RuleNotFound', `One or more rules not found`)
  }

  listenersOf(lb: LoadBalancer): Listener[] {
    return [...this.listeners.values()].filter((listener) => listener.loadBalancerArn === lb.arn)
  }

  /** Load balancers with a listener rule (default rule included) forwarding to the group, at any weight. */
  loadBalancersUsing(groupArn: string): LoadBalancer[] {
    const arns = new Set<string>()
    for (const listener of this.listeners.values()) {
      if (allRules(listener).some((rule) => forwardedGroups(rule).some((group) => group.arn === groupArn))) {
        arns.add(listener.loadBalancerArn)
      }
    }
    return [...arns].map((arn) => this.loadBalancer(arn))
  }

  /** The tags of any resource, by ARN. */
  tagsOf(arn: string): Tag[] {
    const kind = arn.split(':')[5]?.split('/')[0]
    switch (kind) {
      case 'loadbalancer':
        return this.loadBalancer(arn).tags
      case 'targetgroup':
        return this.targetGroup(arn).tags
      case 'listener':
        return this.listener(arn).tags
      case 'listener-rule':
        return this.rule(arn).tags
      default:
        throw new AwsError('ValidationError', `'${arn}' is not a valid Elastic Load Balancing resource ARN`)
    }
  }
}

export function allRules(listener: Listener): Rule[] {
  return [...listener.rules, listener.defaultRule]
}
