/**
 * The canary analysis with scripted load balancer metrics: the significance tests, the verdict rules, and the gate
 * over a step's window (empty windows, datapoints that come late, small counts, a plainly failing canary during the
 * step, inconclusive steps with each on-inconclusive). No test waits: the clock is a fake one.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch'
import { mockClient } from 'aws-sdk-client-mock'
import { metricsPort } from '../../src/aws/cloudwatch.ts'
import { judge, type Thresholds } from '../../src/analysis/judge.ts'
import { figuresOf, periodCovering } from '../../src/analysis/figures.ts'
import { binomialGreater, fisherGreater } from '../../src/analysis/significance.ts'
import { CanaryAnalysis, type AnalysisSettings } from '../../src/gates/analysis.ts'
import { FakeClock } from './support/fake-clock.ts'
import { FakeMetrics } from './support/fake-metrics.ts'

const thresholds: Thresholds = {
  maxErrorRate: 0.05,
  maxErrorRateIncrease: 0.01,
  maxLatencyIncrease: 0.5,
  minRequests: 100
}

describe('significance', () => {
  test("Fisher's exact test, one-sided: 3 of 100 against 0 of 900 is significant, 1 of 10 against 0 of 90 is not", () => {
    expect(fisherGreater({ hits: 3, total: 100 }, { hits: 0, total: 900 })).toBeCloseTo(0.000973, 5)
    expect(fisherGreater({ hits: 1, total: 10 }, { hits: 0, total: 90 })).toBeCloseTo(0.1, 5)
    expect(fisherGreater({ hits: 0, total: 100 }, { hits: 5, total: 900 })).toBe(1)
  })

  test('exact binomial test, one-sided: 9 of 300 against 1% is significant, 3 of 100 is not', () => {
    expect(binomialGreater({ hits: 9, total: 300 }, 0.01)).toBeCloseTo(0.0036, 4)
    expect(binomialGreater({ hits: 3, total: 100 }, 0.01)).toBeCloseTo(0.0794, 3)
  })
})

describe('judge', () => {
  test('too few canary requests is inconclusive, never passed', () => {
    const verdict = judge({ requests: 40, errors: 0 }, { requests: 400, errors: 0 }, thresholds, 0.05)
    expect(verdict).toMatchObject({ verdict: 'inconclusive', check: 'min-requests' })
    expect(verdict.reason).toMatch(/^40 canary requests in the window, fewer than min-requests 100/)
  })

  test('an error rate over max-error-rate fails only when significant', () => {
    expect(judge({ requests: 100, errors: 7 }, { requests: 0, errors: 0 }, thresholds, 0.05)).toMatchObject({
      verdict: 'passed',
      reason: expect.stringContaining('error rate 7% over max-error-rate 5% (exact binomial test p = 0.23')
    })
    const failed = judge({ requests: 1000, errors: 90 }, { requests: 0, errors: 0 }, thresholds, 0.05)
    expect(failed).toMatchObject({ verdict: 'failed', check: 'max-error-rate' })
    expect(failed.reason).toBe(
      'error rate 9% over max-error-rate 5% (exact binomial test p < 0.0001, significant at 95% confidence): canary 9% errors (90 of 1000 requests); stable: no request'
    )
  })

  test('an increase over stable fails with the observed values of both, the threshold and the test', () => {
    const verdict = judge({ requests: 100, errors: 3 }, { requests: 900, errors: 0 }, thresholds, 0.05)
    expect(verdict).toMatchObject({ verdict: 'failed', check: 'max-error-rate-increase' })
    expect(verdict.reason).toBe(
      "error rate +3 points over stable, more than max-error-rate-increase +1 point (Fisher's exact test p = 0.00097, significant at 95% confidence): canary 3% errors (3 of 100 requests); stable 0% errors (0 of 900 requests)"
    )
    // The same difference on small counts is noise.
    expect(judge({ requests: 100, errors: 3 }, { requests: 900, errors: 9 }, thresholds, 0.05).verdict).toBe(
      'passed'
    )
    // At the stricter level of the looks during a step, it is not plain enough either.
    expect(judge({ requests: 100, errors: 2 }, { requests: 900, errors: 0 }, thresholds, 0.05).verdict).toBe(
      'failed'
    )
    expect(judge({ requests: 100, errors: 2 }, { requests: 900, errors: 0 }, thresholds, 0.001).verdict).toBe(
      'passed'
    )
  })

  test('a p99 increase fails once significantly more canary requests are slower than the limit', () => {
    const canary = { requests: 500, errors: 0, p99: 0.9 }
    const stable = { requests: 4500, errors: 0, p99: 0.2 }
    expect(judge(canary, stable, thresholds, 0.05)).toMatchObject({
      verdict: 'passed',
      reason: expect.stringContaining('p99 +350% over stable, more than max-latency-increase 50% (not judged')
    })
    const slow = judge({ ...canary, slow: 40 }, { ...stable, slow: 45 }, thresholds, 0.05)
    expect(slow).toMatchObject({ verdict: 'failed', check: 'max-latency-increase' })
    expect(slow.reason).toContain('40 of 500 canary and 45 of 4500 stable requests slower than the limit')
    expect(judge({ ...canary, slow: 6 }, { ...stable, slow: 45 }, thresholds, 0.05).verdict).toBe('passed')
  })
})

describe('figures', () => {
  test('counts add up over periods; p99 is weighted by requests; slow requests come from the percentile rank', () => {
    const figures = figuresOf(
      {
        canary_requests: { timestamps: [0, 60_000], values: [100, 300] },
        canary_errors: { timestamps: [0, 60_000], values: [1, 2] },
        canary_connection_errors: { timestamps: [60_000], values: [1] },
        canary_p99: { timestamps: [0, 60_000], values: [0.2, 0.4] },
        canary_fast: { timestamps: [0, 60_000], values: [99, 90] }
      },
      'canary'
    )
    expect(figures).toEqual({ requests: 400, errors: 4, p99: 0.35, slow: 31 })
    expect(figuresOf({}, 'stable')).toEqual({ requests: 0, errors: 0 })
  })

  test('the period covers the window from its start rounded down to the minute', () => {
    expect(periodCovering(Date.parse('2026-11-25T10:00:30Z'), Date.parse('2026-11-25T10:02:10Z'))).toBe(180)
    expect(periodCovering(0, 1000)).toBe(60)
  })
})

describe('the analysis gate over a step', () => {
  const canaryGroup =
    'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-green/fedcba9876543210'
  const stableGroup =
    'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-blue/0123456789abcdef'
  const cloudwatch = mockClient(CloudWatchClient)
  let clock: FakeClock
  let metrics: FakeMetrics
  beforeEach(() => {
    clock = new FakeClock()
    metrics = new FakeMetrics(() => clock.now())
    cloudwatch.reset()
    cloudwatch.on(GetMetricDataCommand).callsFake((input) => metrics.answer(input))
  })
  afterEach(() => {
    cloudwatch.reset()
  })

  const analysis = (settings: Partial<AnalysisSettings> = {}) =>
    new CanaryAnalysis(
      metricsPort(new CloudWatchClient({ region: 'us-east-1' })),
      {
        loadBalancer: 'app/web/50dc6c495c0c9188',
        targetGroups: { canary: canaryGroup, stable: stableGroup }
      },
      { ...thresholds, onInconclusive: 'extend', ...settings },
      clock
    )
  /** Traffic every 10 s from `from` for `seconds`: `rate` requests per 10 s, split by `weight` percent. */
  const traffic = (from: number, seconds: number, weight: number, canaryErrorRate = 0, rate = 100) => {
    for (let at = from; at < from + seconds * 1000; at += 10_000) {
      const canary = Math.round((rate * weight) / 100)
      metrics.add(canaryGroup, at, { requests: canary, errors: Math.round(canary * canaryErrorRate) })
      metrics.add(stableGroup, at, { requests: rate - canary })
    }
  }
  const start = () => clock.now()

  test('an empty window passes each look during the step and is inconclusive at its end (extend: not settled)', async () => {
    const gate = analysis()
    const t0 = start()
    gate.begin(1, 10, t0, t0 + 120_000)
    expect(await gate.check()).toMatchObject({ state: 'passed' })
    clock.time += 120_000
    const end = await gate.check()
    expect(end.state).toBe('passed')
    expect(end.observed).toMatch(
      /^inconclusive so far, waiting for more requests: 0 canary requests in the window, fewer than min-requests 100/
    )
    expect(gate.settled).toBe(false)
    expect(gate.inconclusive('no verdict within wait-timeout 15m')).toMatch(
      /^no verdict within wait-timeout 15m: 0 canary requests/
    )
    expect(gate.steps[0]).toMatchObject({ step: 1, weight: 10, verdict: 'inconclusive' })
  })

  test('on-inconclusive fail fails at the step end; pass moves on and says so', async () => {
    const failing = analysis({ onInconclusive: 'fail' })
    const t0 = start()
    failing.begin(1, 10, t0, t0)
    expect(await failing.check()).toMatchObject({
      state: 'failed',
      observed: expect.stringMatching(/^inconclusive \(on-inconclusive: fail\): 0 canary requests/)
    })
    const passing = analysis({ onInconclusive: 'pass' })
    passing.begin(1, 10, t0, t0)
    expect(await passing.check()).toMatchObject({
      state: 'passed',
      observed: expect.stringMatching(/^inconclusive, passed \(on-inconclusive: pass\)/)
    })
    expect(passing.settled).toBe(true)
    expect(passing.steps[0].verdict).toBe('passed-inconclusive')
  })

  test('datapoints that come late: inconclusive at the step end, passed once they are published', async () => {
    const gate = analysis()
    const t0 = start()
    gate.begin(1, 20, t0, t0 + 120_000)
    traffic(t0, 120, 20)
    clock.time += 120_000
    // Only the first minute is published (a minute after it ended): 120 canary requests.
    expect((await gate.check()).observed).toMatch(/^canary 0% errors \(0 of 120 requests\)/)
    expect(gate.settled).toBe(true)
    expect(gate.steps[0]).toMatchObject({ verdict: 'passed', canary: { requests: 120, errors: 0 } })
  })

  test('datapoints later than a minute: the step waits for them (extend), then passes', async () => {
    const t0 = start()
    const later = analysis()
    later.begin(1, 10, t0, t0 + 120_000)
    traffic(t0, 120, 10)
    metrics.lagMs = 90_000
    clock.time += 120_000
    expect((await later.check()).observed).toMatch(/^inconclusive so far/)
    clock.time += 30_000
    expect((await later.check()).observed).toMatch(
      /^inconclusive so far, waiting for more requests: 60 canary requests/
    )
    clock.time += 60_000
    expect((await later.check()).observed).toMatch(/^canary 0% errors \(0 of 120 requests\)/)
    expect(later.settled).toBe(true)
  })

  test('small counts: a few errors among a few requests never fail the canary', async () => {
    const gate = analysis({ minRequests: 1 })
    const t0 = start()
    gate.begin(1, 10, t0, t0 + 60_000)
    metrics.add(canaryGroup, t0, { requests: 5, errors: 1 })
    metrics.add(stableGroup, t0, { requests: 45 })
    clock.time += 120_000
    const result = await gate.check()
    expect(result.state).toBe('passed')
    expect(result.observed).toContain('canary 20% errors (1 of 5 requests)')
    expect(result.observed).toContain('not significant at 95% confidence')
  })

  test('a plainly failing canary fails a look during the step, with one GetMetricData call per look', async () => {
    const gate = analysis()
    const t0 = start()
    gate.begin(1, 10, t0, t0 + 600_000)
    traffic(t0, 180, 10, 0.3)
    // The first minute: 60 canary requests, too few to fail on.
    clock.time += 120_000
    expect((await gate.check()).state).toBe('passed')
    clock.time += 60_000
    const result = await gate.check()
    expect(result.state).toBe('failed')
    expect(result.observed).toMatch(/^error rate 30% over max-error-rate 5%/)
    expect(metrics.requests).toHaveLength(2)
    // Both target groups in one call; the second look also counts requests slower than the limit.
    const ids = metrics.requests[1].input.MetricDataQueries!.map((query) => query.Id)
    expect(ids).toEqual([
      'canary_requests',
      'canary_errors',
      'canary_connection_errors',
      'canary_p99',
      'canary_fast',
      'stable_requests',
      'stable_errors',
      'stable_connection_errors',
      'stable_p99',
      'stable_fast'
    ])
    expect(metrics.requests[1].input.MetricDataQueries![4].MetricStat!.Stat).toBe('PR(:0.15)')
    expect(gate.samples.map((sample) => sample.canaryErrorRate)).toEqual([0.3, 0.3])
  })
})
