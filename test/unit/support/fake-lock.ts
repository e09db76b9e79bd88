/**
 * The listener rules the lock creates, as ELBv2 keeps them, for the scripted worlds: CreateRule at a priority in
 * use fails with PriorityInUse; DescribeRules (by listener, or by ARN), DescribeTags, AddTags and DeleteRule; and
 * the target group -> load balancer -> listener look-up that locates a single service's lock. Calls are kept in a
 * log of their own, apart from the calls to the resources a rollout changes.
 */
import {
  PriorityInUseException,
  RuleNotFoundException,
  type Rule,
  type Tag
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { lockHost, lockPriority } from '../../../src/state/lock.ts'

export interface LockRule {
  arn: string
  listenerArn: string
  priority: number
  hosts: string[]
  tags: Tag[]
}

const notFound = () => new RuleNotFoundException({ message: 'One or more rules not found', $metadata: {} })

export class FakeLockRules {
  readonly rules = new Map<string, LockRule>()
  private next = 1

  /** The rule at a priority of a listener, if any. */
  at(listenerArn: string, priority: number): LockRule | undefined {
    return [...this.rules.values()].find(
      (rule) => rule.listenerArn === listenerArn && rule.priority === priority
    )
  }

  /** The lock rules of a listener (what the lock sees of it). */
  on(listenerArn: string): LockRule[] {
    return [...this.rules.values()].filter((rule) => rule.listenerArn === listenerArn)
  }

  /**
   * The lock of `key` as another run holds it: its rule at the key's priority of the listener, with the lock's
   * tags (`run`, `action`, `since`, `heartbeat`, `expires` by their short names).
   */
  hold(listenerArn: string, key: string, tags: Record<string, string>): LockRule {
    const named = Object.entries({ lock: key, ...tags }).map(([name, value]) => ({
      Key: name === 'lock' ? 'ecs-deploy:lock' : `ecs-deploy:lock-${name}`,
      Value: value
    }))
    return this.add(listenerArn, lockPriority(key), [lockHost], named)
  }

  /** A rule someone else made at `priority` (not a lock). */
  occupy(listenerArn: string, priority: number, host = 'shop.example.com'): LockRule {
    return this.add(listenerArn, priority, [host], [])
  }

  tagsOf(arn: string): Record<string, string> {
    return Object.fromEntries((this.rules.get(arn)?.tags ?? []).map((tag) => [tag.Key!, tag.Value!]))
  }

  create(input: any): { Rules: Rule[] } {
    const priority = Number(input.Priority)
    if (this.at(input.ListenerArn, priority)) {
      throw new PriorityInUseException({
        message: `Priority '${priority}' is currently in use`,
        $metadata: {}
      })
    }
    const hosts = input.Conditions?.[0]?.HostHeaderConfig?.Values ?? []
    const rule = this.add(input.ListenerArn, priority, hosts, structuredClone(input.Tags ?? []))
    return { Rules: [this.render(rule)] }
  }

  /** DescribeRules for a lock rule's ARN or a listener's rules; undefined when the call is not about them. */
  describe(input: any, listenerArns: string[]): { Rules: Rule[] } | undefined {
    if (input.ListenerArn && listenerArns.includes(input.ListenerArn)) {
      return { Rules: this.on(input.ListenerArn).map((rule) => this.render(rule)) }
    }
    const arn = input.RuleArns?.[0]
    if (!arn || !/\/lock-\d+$/.test(arn)) return undefined
    const rule = this.rules.get(arn)
    if (!rule) throw notFound()
    return { Rules: [this.render(rule)] }
  }

  describeTags(input: any) {
    return {
      TagDescriptions: (input.ResourceArns as string[]).map((arn) => {
        const rule = this.rules.get(arn)
        if (!rule) throw notFound()
        return { ResourceArn: arn, Tags: structuredClone(rule.tags) }
      })
    }
  }

  addTags(input: any): object {
    for (const arn of input.ResourceArns as string[]) {
      const rule = this.rules.get(arn)
      if (!rule) throw notFound()
      for (const tag of input.Tags as Tag[]) {
        const existing = rule.tags.find((candidate) => candidate.Key === tag.Key)
        if (existing) existing.Value = tag.Value
        else rule.tags.push({ ...tag })
      }
    }
    return {}
  }

  delete(input: any): object {
    if (!this.rules.delete(input.RuleArn)) throw notFound()
    return {}
  }

  private add(listenerArn: string, priority: number, hosts: string[], tags: Tag[]): LockRule {
    const arn = `${listenerArn.replace(':listener/', ':listener-rule/')}/lock-${this.next++}`
    const rule = { arn, listenerArn, priority, hosts, tags }
    this.rules.set(arn, rule)
    return rule
  }

  private render(rule: LockRule): Rule {
    return {
      RuleArn: rule.arn,
      Priority: String(rule.priority),
      Conditions: [{ Field: 'host-header', HostHeaderConfig: { Values: rule.hosts } }],
      Actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
      IsDefault: false
    }
  }
}
