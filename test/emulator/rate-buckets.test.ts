/** The token buckets behind the emulator's rate limits, on an injected clock (no waiting). */
import { describe, expect, test } from '@jest/globals'
import { AWS_RATE_LIMITS, RateLimiter, TokenBucket, type RateLimit } from '../../emulator/core/rate-limits.ts'

/** A clock that only moves when told, in seconds. */
function manualClock() {
  let now = 1000
  return { seconds: () => now, advance: (seconds: number) => (now += seconds) }
}

const limit: RateLimit = { family: 'test', service: 'ecs', operations: ['X'], burst: 5, perSecond: 2 }

/** How many of `count` calls made at one instant the bucket lets through. */
const admitted = (bucket: TokenBucket, count: number) =>
  Array.from({ length: count }, () => bucket.take()).filter(Boolean).length

describe('TokenBucket', () => {
  test('lets a burst up to its size through at once, then throttles', () => {
    const clock = manualClock()
    const bucket = new TokenBucket(limit, clock.seconds)
    expect(admitted(bucket, 8)).toBe(5)
  })

  test('refills at its rate, never beyond its size', () => {
    const clock = manualClock()
    const bucket = new TokenBucket(limit, clock.seconds)
    admitted(bucket, 5)
    clock.advance(0.4) // 0.8 token
    expect(bucket.take()).toBe(false)
    clock.advance(0.1) // 1 token
    expect(bucket.take()).toBe(true)
    clock.advance(60)
    expect(admitted(bucket, 10)).toBe(5)
  })

  test('the sustained rate is never throttled, even from an empty bucket', () => {
    const clock = manualClock()
    const bucket = new TokenBucket(limit, clock.seconds)
    admitted(bucket, 5)
    for (let call = 0; call < 100; call++) {
      clock.advance(1 / limit.perSecond)
      expect(bucket.take()).toBe(true)
    }
    // A little faster than sustained runs dry again.
    const results = Array.from({ length: 20 }, () => {
      clock.advance(0.9 / limit.perSecond)
      return bucket.take()
    })
    expect(results).toContain(false)
  })
})

describe('RateLimiter with AWS figures', () => {
  test('groups operations as AWS does, one bucket per family and account', () => {
    const clock = manualClock()
    const limiter = new RateLimiter(AWS_RATE_LIMITS, clock.seconds)
    const family = (service: 'ecs' | 'elb' | 'cloudwatch', operation: string) =>
      limiter.familyOf(service, operation)?.family
    expect(family('ecs', 'DescribeServices')).toBe('ecs:service-reads')
    expect(family('ecs', 'ListTasks')).toBe('ecs:cluster-resource-reads')
    expect(family('ecs', 'UpdateService')).toBe('ecs:service-modifications')
    expect(family('ecs', 'RegisterTaskDefinition')).toBe('ecs:task-definition-modifications')
    expect(family('ecs', 'TagResource')).toBe('ecs:other-modifications')
    expect(family('elb', 'DescribeTargetHealth')).toBe('elb:describes')
    expect(family('elb', 'ModifyRule')).toBe('elb:modifications')
    expect(family('cloudwatch', 'GetMetricData')).toBe('cloudwatch:GetMetricData')
    expect(family('cloudwatch', 'SetAlarmState')).toBe('cloudwatch:SetAlarmState')
    expect(family('cloudwatch', 'PutMetricData')).toBeUndefined()
  })

  test('ECS service reads: 100 at once, then 20 a second; UpdateService has its own bucket', () => {
    const clock = manualClock()
    const limiter = new RateLimiter(AWS_RATE_LIMITS, clock.seconds)
    const through = (operation: string, count: number) =>
      Array.from({ length: count }, () => limiter.admit('ecs', operation)).filter((limit) => !limit).length
    expect(through('DescribeServices', 150)).toBe(100)
    expect(limiter.admit('ecs', 'ListServices')?.family).toBe('ecs:service-reads')
    expect(through('UpdateService', 1)).toBe(1)
    clock.advance(1)
    expect(through('DescribeServices', 30)).toBe(20)
  })

  test('RegisterTaskDefinition: 20 at once, then one a second', () => {
    const clock = manualClock()
    const limiter = new RateLimiter(AWS_RATE_LIMITS, clock.seconds)
    const results = Array.from({ length: 21 }, () => limiter.admit('ecs', 'RegisterTaskDefinition'))
    expect(results.filter((limit) => !limit)).toHaveLength(20)
    expect(results[20]).toMatchObject({ burst: 20, perSecond: 1 })
    clock.advance(0.5)
    expect(limiter.admit('ecs', 'RegisterTaskDefinition')).toBeDefined()
    clock.advance(0.5)
    expect(limiter.admit('ecs', 'RegisterTaskDefinition')).toBeUndefined()
  })
})
