/**
 * What `pair check` finds: the settings a deploy would otherwise discover the slow way, each with what was observed
 * and how to fix it. Pure: it judges facts read beforehand (./check.ts reads them).
 */
import type { DeploymentConfiguration, Service } from '@aws-sdk/client-ecs'
import type { TargetGroup } from '../../aws/pair-setup.ts'
import { formatDuration } from '../../core/duration.ts'
import { maxTagsPerResource, stateKeys } from '../../state/state.ts'
import { pairKeys } from './record.ts'

export interface Finding {
  /** A stable name: `deregistration-delay`, `stalling-percents`, ... */
  id: string
  /** warning: a deploy fails or waits for it (`fail-on: warning` fails the step); notice: worth knowing. */
  severity: 'warning' | 'notice'
  /** What was observed, with its values. */
  evidence: string
  fix: string
}

export interface SetupFacts {
  service: Service
  blueGroup: TargetGroup
  /** The blue target group's attributes by key. */
  attributes: Record<string, string>
  waitTimeoutMs: number
  /** Why the rule is not a weighted forward to both colors, when the pair exists. */
  ruleProblem?: string
  green?: { service: Service; group?: TargetGroup }
  /** The lock's priority on the rule's listener: free, a lock's, or taken by another rule. */
  lockPriority: { priority: number; takenBy?: string }
}

/** Above this, every switch and scale-down waits that long for connections to drain. */
export const longDeregistrationSeconds = 60

export function findings(facts: SetupFacts): Finding[] {
  const found: Finding[] = []
  const add = (finding: Finding | undefined) => finding && found.push(finding)
  add(deregistration(facts))
  add(healthTiming(facts.blueGroup, facts.waitTimeoutMs))
  add(stallingPercents(facts.service))
  add(circuitBreaker(facts.service.deploymentConfiguration))
  add(tagRoomOf(facts.service))
  if (facts.ruleProblem)
    add({
      id: 'rule-not-weighted',
      severity: 'warning',
      evidence: facts.ruleProblem,
      fix: 'run pair with mode: create, which turns the forward into a weighted forward (blue 100, green 0) in one change'
    })
  if (facts.green) {
    add(families(facts.service, facts.green.service))
    if (facts.green.group) add(healthChecksDiffer(facts.blueGroup, facts.green.group))
    add(tagRoomOf(facts.green.service))
  }
  const { priority, takenBy } = facts.lockPriority
  if (takenBy)
    add({
      id: 'lock-priority',
      severity: 'warning',
      evidence: `priority ${priority} of the rule's listener, where every run on this pair takes its lock, is held by ${takenBy}`,
      fix: `give that rule another priority (the actions reserve 45000 to 49999 for their locks)`
    })
  return found
}

function deregistration({ attributes, blueGroup }: SetupFacts): Finding | undefined {
  const seconds = Number(attributes['deregistration_delay.timeout_seconds'] ?? '300')
  if (seconds <= longDeregistrationSeconds) return undefined
  return {
    id: 'deregistration-delay',
    severity: 'warning',
    evidence: `target group ${blueGroup.TargetGroupName} has a deregistration delay of ${seconds} s: every switch and scale-down waits ${formatDuration(seconds * 1000)} for the old tasks to drain, and a wait-timeout shorter than that ends in a timeout`,
    fix: `set deregistration_delay.timeout_seconds to a little more than your slowest request (30 s suits most web apps): aws elbv2 modify-target-group-attributes --target-group-arn ${blueGroup.TargetGroupArn} --attributes Key=deregistration_delay.timeout_seconds,Value=30`
  }
}

function healthTiming(group: TargetGroup, waitTimeoutMs: number): Finding | undefined {
  const interval = group.HealthCheckIntervalSeconds ?? 30
  const threshold = group.HealthyThresholdCount ?? 5
  const healthyMs = interval * threshold * 1000
  if (healthyMs * 2 <= waitTimeoutMs) return undefined
  return {
    id: 'health-check-timing',
    severity: 'warning',
    evidence: `a new target turns healthy after ${threshold} checks ${interval} s apart (${formatDuration(healthyMs)}), more than half of wait-timeout ${formatDuration(waitTimeoutMs)}: one slow start and the deploy times out`,
    fix: `check more often or fewer times (e.g. --health-check-interval-seconds 10 --healthy-threshold-count 3), or give wait-timeout at least ${formatDuration(healthyMs * 2)}`
  }
}

/** ECS rounds the minimum up and the maximum down: with no room above and none below, a deploy cannot start. */
function stallingPercents(service: Service): Finding | undefined {
  const config = service.deploymentConfiguration
  const desired = service.desiredCount ?? 0
  const min = config?.minimumHealthyPercent ?? 100
  const max = config?.maximumPercent ?? 200
  if (desired === 0) return undefined
  const above = Math.floor((max * desired) / 100) > desired
  const below = Math.ceil((min * desired) / 100) < desired
  if (above || below) return undefined
  return {
    id: 'stalling-percents',
    severity: 'warning',
    evidence: `service ${service.serviceName} has minimumHealthyPercent ${min} and maximumPercent ${max} with ${desired} tasks: ECS may neither start a new task before an old one stops nor stop one first, so a rolling deploy or a rollback by one never starts`,
    fix: `raise maximumPercent to 200 (or lower minimumHealthyPercent to 50): aws ecs update-service --cluster <cluster> --service ${service.serviceName} --deployment-configuration maximumPercent=200,minimumHealthyPercent=100`
  }
}

function circuitBreaker(config: DeploymentConfiguration | undefined): Finding | undefined {
  if (config?.deploymentCircuitBreaker?.enable) return undefined
  return {
    id: 'no-circuit-breaker',
    severity: 'notice',
    evidence:
      'the deployment circuit breaker is off: a version whose tasks keep failing is retried by ECS for as long as the deploy waits',
    fix: 'enable it with rollback: --deployment-configuration "deploymentCircuitBreaker={enable=true,rollback=true}"'
  }
}

/** The rollout record and the pair record must fit in the 50 tags AWS allows. */
function tagRoomOf(service: Service): Finding | undefined {
  const ours = [...Object.values(stateKeys), ...Object.values(pairKeys)]
  const others = (service.tags ?? []).filter((tag) => !ours.includes(tag.key as never)).length
  if (others + ours.length <= maxTagsPerResource) return undefined
  return {
    id: 'tag-room',
    severity: 'warning',
    evidence: `service ${service.serviceName} has ${others} tags of its own; the rollout and pair records need ${ours.length} of the ${maxTagsPerResource} AWS allows`,
    fix: `remove at least ${others + ours.length - maxTagsPerResource} of its tags`
  }
}

const familyOf = (arn: string | undefined) => /task-definition\/([^:]+)/.exec(arn ?? '')?.[1] ?? arn

function families(blue: Service, green: Service): Finding | undefined {
  const [a, b] = [familyOf(blue.taskDefinition), familyOf(green.taskDefinition)]
  if (a === b) return undefined
  return {
    id: 'different-families',
    severity: 'warning',
    evidence: `the colors run different task definition families (${blue.serviceName}: ${a}, ${green.serviceName}: ${b}); a deploy refuses a family change unless allow-family-change is true`,
    fix: `deploy one family to both colors (register the new version in family ${a})`
  }
}

/** What a target group's health check is, as one record to compare. */
const healthCheckOf = (group: TargetGroup): Record<string, unknown> => ({
  path: group.HealthCheckPath,
  port: group.HealthCheckPort,
  protocol: group.HealthCheckProtocol,
  interval: group.HealthCheckIntervalSeconds,
  timeout: group.HealthCheckTimeoutSeconds,
  healthy: group.HealthyThresholdCount,
  unhealthy: group.UnhealthyThresholdCount,
  matcher: group.Matcher?.HttpCode ?? group.Matcher?.GrpcCode
})

function healthChecksDiffer(blue: TargetGroup, green: TargetGroup): Finding | undefined {
  const [a, b] = [healthCheckOf(blue), healthCheckOf(green)]
  const differ = Object.keys(a).filter((key) => String(a[key]) !== String(b[key]))
  if (differ.length === 0) return undefined
  const show = (check: Record<string, unknown>) =>
    differ.map((key) => `${key} ${String(check[key])}`).join(', ')
  return {
    id: 'health-checks-differ',
    severity: 'warning',
    evidence: `the colors' target groups check health differently (${blue.TargetGroupName}: ${show(a)}; ${green.TargetGroupName}: ${show(b)}): a version healthy on one color may not be on the other`,
    fix: `give ${green.TargetGroupName} the health check of ${blue.TargetGroupName} (aws elbv2 modify-target-group)`
  }
}
