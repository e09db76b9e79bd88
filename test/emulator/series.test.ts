import { afterEach, describe, expect, test } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { chartSvg } from '../../bench/chart.ts'
import type { LoadSample } from '../../emulator/rehearsal/load.ts'
import { buckets, percentOf, recordUnderLoad } from '../../emulator/rehearsal/series.ts'

const sample = (at: number, version: string | undefined, status = 200): LoadSample => ({
  at,
  status,
  version,
  latencyMs: 1
})

describe('the traffic series', () => {
  test('counts requests per second by the version that answered and failed ones, by the time each was sent', () => {
    const samples = [
      sample(10_000, 'v1'),
      sample(10_500, 'v1'),
      sample(10_999, 'v2'),
      sample(11_000, undefined, 502),
      { ...sample(11_200, undefined, 0), error: 'socket hang up' },
      sample(12_100, 'v2'),
      sample(12_400, 'v2')
    ]
    // Three buckets of 1 s: the last one lasted 0.5 s, so its 2 requests are 4 per second.
    expect(buckets({ samples, startedAt: 10_000, durationMs: 2500 }, 1000)).toEqual([
      { t: 0, seconds: 1, answered: { v1: 2, v2: 1 }, failed: 0 },
      { t: 1, seconds: 1, answered: {}, failed: 2 },
      { t: 2, seconds: 0.5, answered: { v2: 4 }, failed: 0 }
    ])
  })

  test("weights are each target group's percent of their sum", () => {
    expect(percentOf({ blue: 90, green: 10 })).toEqual({ blue: 90, green: 10 })
    expect(percentOf({ blue: 1, green: 0 })).toEqual({ blue: 100, green: 0 })
    expect(percentOf({ blue: 1, green: 2 })).toEqual({ blue: 33.3, green: 66.7 })
    expect(percentOf({ blue: 0, green: 0 })).toEqual({ blue: 0, green: 0 })
  })
})

describe('a recording under load', () => {
  let server: Server | undefined
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

  test('keeps the load report, and the weights once at the start, at each change and at the end', async () => {
    server = createServer((_, res) => res.end(JSON.stringify({ version: 'v1' })))
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    let weights = { 'web-blue': 100, 'web-green': 0 }
    const elb = { ruleWeights: (arn: string) => (arn === 'rule-1' ? weights : {}) }
    const recording = recordUnderLoad(
      { elb } as never,
      { url: `http://127.0.0.1:${port}/`, ratePerSecond: 50, maxDurationMs: 5000 },
      { ruleArn: 'rule-1', bucketMs: 200, sampleMs: 10 }
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    weights = { 'web-blue': 0, 'web-green': 1 }
    const changedAt = Date.now()
    await new Promise((resolve) => setTimeout(resolve, 300))
    const { traffic, series } = await recording.stop()

    expect(traffic.failed).toBe(0)
    expect(series.bucketSeconds).toBe(0.2)
    const answered = series.traffic.reduce(
      (sum, bucket) => sum + (bucket.answered.v1 ?? 0) * bucket.seconds,
      0
    )
    expect(Math.round(answered)).toBe(traffic.succeeded)
    expect(series.weights.map((point) => point.percent)).toEqual([
      { 'web-blue': 100, 'web-green': 0 },
      { 'web-blue': 0, 'web-green': 100 },
      { 'web-blue': 0, 'web-green': 100 }
    ])
    const [start, change, end] = series.weights.map((point) => point.t)
    // Seen at the first look after the change (however late a busy machine runs the timer), before the end.
    const changed = (changedAt - traffic.startedAt) / 1000
    expect(start).toBeLessThan(changed)
    expect(change).toBeGreaterThanOrEqual(changed)
    expect(change).toBeLessThan(end)
    expect(end).toBeGreaterThanOrEqual(changed + 0.29)
  })
})

describe('the chart', () => {
  test('draws the versions, the failed requests and the weights as SVG', async () => {
    const svg = await chartSvg(
      { text: 'Canary of a good version', subtitle: '4 tasks' },
      {
        bucketSeconds: 1,
        traffic: [
          { t: 0, seconds: 1, answered: { v1: 100 }, failed: 0 },
          { t: 1, seconds: 1, answered: { v1: 90, v2: 10 }, failed: 3 },
          { t: 2, seconds: 0.5, answered: { v2: 100 }, failed: 0 }
        ],
        weights: [
          { t: 0, percent: { 'web-blue': 100, 'web-green': 0 } },
          { t: 1, percent: { 'web-blue': 0, 'web-green': 100 } },
          { t: 2.5, percent: { 'web-blue': 0, 'web-green': 100 } }
        ]
      }
    )
    expect(svg.startsWith('<svg')).toBe(true)
    for (const text of [
      'Canary of a good version',
      'requests per second, by the version that answered',
      'failed requests per second (3 in all)',
      "production rule's weights",
      '>v1<',
      '>v2<',
      '>web-blue<',
      '>web-green<'
    ]) {
      expect(svg).toContain(text)
    }
    // A target group named after its color is drawn in it.
    expect(svg).toMatch(/target group: web-blue"[^>]*stroke="#1f77b4"/)
    expect(svg).toMatch(/target group: web-green"[^>]*stroke="#2ca02c"/)
  })

  test('a run without a rule to sample (a rolling update) has no weights panel; an event is a labelled line', async () => {
    const svg = await chartSvg(
      { text: 'Rolling update' },
      { bucketSeconds: 1, traffic: [{ t: 0, seconds: 1, answered: { v1: 100 }, failed: 0 }], weights: [] },
      [{ t: 0.5, label: 'rollback started' }]
    )
    expect(svg).toContain('requests per second, by the version that answered')
    expect(svg).not.toContain("production rule's weights")
    expect(svg).toContain('>rollback started<')
  })
})
