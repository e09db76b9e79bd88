/** What `pair check` finds in a setup (pure: facts in, findings out), and the green target group's name. */
import { describe, expect, test } from '@jest/globals'
import type { Service } from '@aws-sdk/client-ecs'
import type { TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2'
import { findings, type SetupFacts } from '../../src/strategies/pair/findings.ts'
import { greenGroupName } from '../../src/strategies/pair/record.ts'

const service = (overrides: Partial<Service> = {}): Service => ({
  serviceName: 'web',
  desiredCount: 2,
  taskDefinition: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7',
  deploymentConfiguration: {
    minimumHealthyPercent: 100,
    maximumPercent: 200,
    deploymentCircuitBreaker: { enable: true, rollback: true }
  },
  tags: [],
  ...overrides
})

const group = (overrides: Partial<TargetGroup> = {}): TargetGroup => ({
  TargetGroupName: 'web-tg',
  TargetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-tg/1',
  HealthCheckPath: '/health',
  HealthCheckIntervalSeconds: 10,
  HealthyThresholdCount: 3,
  ...overrides
})

/** A setup with nothing to find: 30 s draining, quick health checks, room above 100 %, a breaker. */
const facts = (overrides: Partial<SetupFacts> = {}): SetupFacts => ({
  service: service(),
  blueGroup: group(),
  attributes: { 'deregistration_delay.timeout_seconds': '30' },
  waitTimeoutMs: 900_000,
  lockPriority: { priority: 47_000 },
  ...overrides
})

const ids = (given: SetupFacts) => findings(given).map((finding) => finding.id)

describe('findings', () => {
  test('a good setup has none', () => {
    expect(findings(facts())).toEqual([])
  })

  test("AWS's default deregistration delay (300 s) is a warning with the command that fixes it", () => {
    const [finding] = findings(facts({ attributes: {} }))
    expect(finding).toEqual({
      id: 'deregistration-delay',
      severity: 'warning',
      evidence: expect.stringContaining('deregistration delay of 300 s'),
      fix: expect.stringContaining(
        'modify-target-group-attributes --target-group-arn arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-tg/1'
      )
    })
    expect(ids(facts({ attributes: { 'deregistration_delay.timeout_seconds': '60' } }))).toEqual([])
  })

  test('percents that leave ECS no room stall a deploy; room above or below does not', () => {
    const percents = (min: number, max: number, desiredCount = 2) =>
      ids(
        facts({
          service: service({
            desiredCount,
            deploymentConfiguration: {
              minimumHealthyPercent: min,
              maximumPercent: max,
              deploymentCircuitBreaker: { enable: true, rollback: true }
            }
          })
        })
      )
    expect(percents(100, 100)).toEqual(['stalling-percents'])
    // 1 task: 50 % rounds up to 1, 150 % down to 1: still no room.
    expect(percents(50, 150, 1)).toEqual(['stalling-percents'])
    expect(percents(50, 100)).toEqual([])
    expect(percents(100, 150)).toEqual([])
  })

  test('health checks slower than half of wait-timeout', () => {
    const slow = facts({ blueGroup: group({ HealthCheckIntervalSeconds: 30, HealthyThresholdCount: 5 }) })
    expect(ids({ ...slow, waitTimeoutMs: 240_000 })).toEqual(['health-check-timing'])
    expect(ids({ ...slow, waitTimeoutMs: 300_000 })).toEqual([])
  })

  test('no circuit breaker is a notice', () => {
    const found = findings(facts({ service: service({ deploymentConfiguration: {} }) }))
    expect(found.map((finding) => [finding.id, finding.severity])).toEqual([['no-circuit-breaker', 'notice']])
  })

  test('too many tags for the records', () => {
    const tags = Array.from({ length: 36 }, (_, i) => ({ key: `team-${i}`, value: 'x' }))
    expect(ids(facts({ service: service({ tags }) }))).toEqual(['tag-room'])
    expect(ids(facts({ service: service({ tags: tags.slice(1) }) }))).toEqual([])
  })

  test("a pair's colors: other families, other health checks, a rule that is not their weighted forward", () => {
    const green = service({
      serviceName: 'web-green',
      taskDefinition: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/billing:2'
    })
    const found = findings(
      facts({
        green: { service: green, group: group({ TargetGroupName: 'web-tg-green', HealthCheckPath: '/' }) },
        ruleProblem: 'rule r forwards to web-tg (1) only'
      })
    )
    expect(found.map((finding) => finding.id)).toEqual([
      'rule-not-weighted',
      'different-families',
      'health-checks-differ'
    ])
    expect(found[2].evidence).toContain('web-tg: path /health; web-tg-green: path /')
  })

  test("the lock's priority held by a rule of the user's", () => {
    const found = findings(facts({ lockPriority: { priority: 47_000, takenBy: 'rule arn:r' } }))
    expect(found).toEqual([
      expect.objectContaining({ id: 'lock-priority', evidence: expect.stringContaining('47000') })
    ])
  })
})

describe('the green target group name', () => {
  test('the blue name with -green, within the 32 characters ELBv2 allows, never ending in a hyphen', () => {
    expect(greenGroupName('web-tg')).toBe('web-tg-green')
    const long = 'a'.repeat(25) + '-bcdef'
    expect(greenGroupName(long)).toBe(`${'a'.repeat(25)}-green`)
    expect(greenGroupName(long).length).toBeLessThanOrEqual(32)
    expect(greenGroupName('x'.repeat(32))).toHaveLength(32)
  })
})
