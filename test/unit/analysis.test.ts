/**
 * The canary analysis with scripted load balancer metrics: the significance tests, the verdict rules, and the gate
 * over a step's window (empty windows, datapoints that come late, small counts, a plainly failing canary during the
 * step, inconclusive steps with each on-inconclusive). No test waits: the clock is a fake one.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch'
import { mockClient } from 'aws-sdk-client-mock'
import { metricsPort } from '../../src/aws/cloudwatch.ts'
import binomial from '@stdlib/random-base-binomial'
import { SequentialJudge, type Thresholds } from '../../src/analysis/judge.ts'
import { figuresOf, periodCovering } from '../../src/analysis/figures.ts'
import { Difference, rateInterval, rateOver } from '../../src/analysis/sequential.ts'
import { CanaryAnalysis, type AnalysisSettings } from '../../src/gates/analysis.ts'
import { canaryDetails } from '../../src/summary/canary-summary.ts'
import { FakeClock } from './support/fake-clock.ts'
import { FakeMetrics } from './support/fake-metrics.ts'

const thresholds: Thresholds = {
  maxErrorRate: 0.05,
  maxErrorRateIncrease: 0.01,
  maxLatencyIncrease: 0.5,
  minRequests: 100,
  confidence: 0.95
}

/** A seeded source of binomial counts, so that the Monte Carlo checks below always see the same draws. */
const binomialDraws = (seed: number) => {
  const draw = binomial.factory({ seed })
  return (n: number, p: number) => (n > 0 && p > 0 ? draw(n, p) : 0)
}

describe('anytime-valid evidence', () => {
  test('a canary at exactly the margin over stable is judged over it in under 5% of runs, however often looked at', () => {
    const draw = binomialDraws(7)
    let over = 0
    const runs = 250
    for (let run = 0; run < runs; run++) {
      const difference = new Difference()
      // 80 looks, each at 60 new canary and 540 new stable requests, canary at 2% and stable at 1%.
      for (let look = 0; look < 80; look++) {
        difference.add({ hits: draw(60, 0.02), total: 60 }, { hits: draw(540, 0.01), total: 540 })
        if (difference.over(0.01, 0.05)) {
          over++
          break
        }
      }
    }
    expect(over / runs).toBeLessThanOrEqual(0.05)
  })

  test('a regression over the margin is found, and the interval covers the true difference', () => {
    const difference = new Difference()
    difference.add({ hits: 24, total: 600 }, { hits: 54, total: 5400 })
    difference.add({ hits: 26, total: 600 }, { hits: 50, total: 5400 })
    expect(difference.over(0.01, 0.04)).toBe(true)
    const [low, high] = difference.interval(0.04)
    expect(low).toBeGreaterThan(0.01)
    expect(low).toBeLessThan(0.03)
    expect(high).toBeGreaterThan(0.03)
    // Within the margin: not over it, and the interval reaches below it.
    const within = new Difference()
    within.add({ hits: 9, total: 600 }, { hits: 54, total: 5400 })
    expect(within.over(0.01, 0.04)).toBe(false)
    expect(within.interval(0.04)[0]).toBeLessThan(0.005)
    expect(new Difference().interval(0.04)).toEqual([-1, 1])
  })

  test('a rate against a limit: 90 of 1000 is over 5%, 7 of 100 is not; its interval narrows with counts', () => {
    expect(rateOver({ hits: 90, total: 1000 }, 0.05, 0.01)).toBe(true)
    expect(rateOver({ hits: 7, total: 100 }, 0.05, 0.01)).toBe(false)
    const [low, high] = rateInterval({ hits: 90, total: 1000 }, 0.01)
    expect(low).toBeGreaterThan(0.05)
    expect(high).toBeGreaterThan(0.09)
    expect(high).toBeLessThan(0.15)
    expect(rateInterval({ hits: 0, total: 100 }, 0.01)[0]).toBe(0)
  })
})

describe('the sequential judge', () => {
  const judge = (settings: Partial<Thresholds> = {}) => new SequentialJudge({ ...thresholds, ...settings })

  test('too few canary requests in the step is inconclusive, never passed', () => {
    const verdict = judge().judge({ requests: 40, errors: 0 }, { requests: 400, errors: 0 })
    expect(verdict).toMatchObject({ verdict: 'inconclusive', check: 'min-requests' })
    expect(verdict.reason).toMatch(/^40 canary requests in the window, fewer than min-requests 100/)
  })

  test('an error rate over max-error-rate fails once its interval is over it', () => {
    expect(judge().judge({ requests: 100, errors: 7 }, { requests: 0, errors: 0 }).verdict).toBe('passed')
    const failed = judge().judge({ requests: 1000, errors: 90 }, { requests: 0, errors: 0 })
    expect(failed).toMatchObject({ verdict: 'failed', check: 'max-error-rate' })
    expect(failed.reason).toMatch(
      /^error rate 9% over the run so far \(5\.\d+% to [\d.]+% at 95% confidence\), over max-error-rate 5%: canary 9% errors \(90 of 1000 requests\); stable: no request$/
    )
  })

  test('an increase fails only when over the threshold even at the low end of its interval', () => {
    const failed = judge().judge({ requests: 1000, errors: 60 }, { requests: 9000, errors: 90 })
    expect(failed).toMatchObject({ verdict: 'failed', check: 'max-error-rate-increase' })
    expect(failed.reason).toMatch(
      /^error rate \+5 points over stable over the run so far \(\+[\d.]+ to \+[\d.]+ points at 95% confidence\), more than max-error-rate-increase \+1 point: canary 6% errors \(60 of 1000 requests\); stable 1% errors \(90 of 9000 requests\)$/
    )
    expect(failed.increase!.low).toBeGreaterThan(0.01)
    // Observed 1.6 points over stable, over the threshold, but not shown to be: passes, with its interval.
    const noisy = judge().judge({ requests: 500, errors: 13 }, { requests: 4500, errors: 45 })
    expect(noisy.verdict).toBe('passed')
    expect(noisy.reason).toMatch(
      /; error rate \+1\.6 points over stable over the run so far \(-[\d.]+ to \+[\d.]+ points/
    )
  })

  test('evidence adds up over the steps of the run: two steps together show what neither shows alone', () => {
    const step = [
      { requests: 600, errors: 21 },
      { requests: 5400, errors: 54 }
    ] as const
    const alone = judge()
    expect(alone.judge(...step).verdict).toBe('passed')
    const both = judge()
    both.judge(...step)
    both.begin()
    expect(both.judge(...step)).toMatchObject({ verdict: 'failed', check: 'max-error-rate-increase' })
    expect(both.judge(...step).reason).toContain('+2.5 points over stable over the run so far')
  })

  test('a p99 over the limit fails once more than 1% of the canary requests are shown to be slower than it', () => {
    const canary = { requests: 5000, errors: 0, p99: 0.9 }
    const stable = { requests: 45000, errors: 0, p99: 0.2 }
    expect(judge().judge({ ...canary, slow: 60 }, { ...stable, slow: 45 }).verdict).toBe('passed')
    const slow = judge().judge({ ...canary, slow: 400 }, { ...stable, slow: 45 })
    expect(slow).toMatchObject({ verdict: 'failed', check: 'max-latency-increase' })
    expect(slow.reason).toMatch(
      /^p99 over stable by more than max-latency-increase 50%: canary requests slower than that limit 8% over the run so far \([\d.]+% to [\d.]+% at 95% confidence\), more than 1%: canary/
    )
  })

  test('a higher confidence asks for more evidence', () => {
    const figures = [
      { requests: 1000, errors: 35 },
      { requests: 9000, errors: 90 }
    ] as const
    expect(judge().judge(...figures).verdict).toBe('failed')
    expect(judge({ confidence: 0.999 }).judge(...figures).verdict).toBe('passed')
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
    expect(result.observed).toContain(
      '+20 points over stable over the run so far (-23.1 to +100 points at 95% confidence)'
    )
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
    expect(result.observed).toMatch(
      /^error rate 30% over the run so far \(15\.7% to 51\.1% at 95% confidence\), over max-error-rate 5%: canary 30% errors \(36 of 120 requests\)/
    )
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

describe('the summary of the steps', () => {
  test("each step shows the run's increase so far with the interval its verdict used", () => {
    const side = { requests: 1000, errors: 10, errorRate: 0.01 }
    const lines = canaryDetails(
      [
        {
          step: 1,
          weight: 10,
          start: '2026-11-25T10:00:00.000Z',
          end: '2026-11-25T10:05:00.000Z',
          canary: { ...side, errors: 15, errorRate: 0.015 },
          stable: side,
          verdict: 'passed',
          reason: 'within the thresholds',
          increase: { value: 0.005, low: -0.0021, high: 0.0134 }
        }
      ],
      []
    )
    expect(lines).toContain(
      '| 1 | 10% | 10:00:00 +5m | 1.5% (15/1000) | 1% (10/1000) | +0.5 points (-0.21 to +1.34 points) | - | - | passed |'
    )
  })
})
