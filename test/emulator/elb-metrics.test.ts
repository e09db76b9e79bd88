/**
 * The load balancer's metrics as AWS publishes them: one datapoint per 60 AWS seconds, timestamped at the period's
 * start, reaching CloudWatch a publishing delay after the period ended, both on the scaled clock; GetMetricData
 * periods in AWS seconds; the percentile rank statistic; alarms on a published metric judging what was published.
 * Fake timers drive the clock: the tests pass on any date and never wait.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import type { MetricDatum } from '../../emulator/core/contracts.ts'
import { EmulatorTime } from '../../emulator/core/time.ts'
import { CloudWatchService } from '../../emulator/cloudwatch/service.ts'
import { ElbMetrics } from '../../emulator/elb/metrics.ts'

const T0 = new Date('2026-11-25T10:00:00Z')
const lb = 'app/web/50dc6c495c0c9188'
const tg = 'targetgroup/web-green/fedcba9876543210'
const account = { region: 'us-east-1', accountId: '000000000000' }

let time: EmulatorTime
beforeEach(() => {
  jest.useFakeTimers({ now: T0 })
  // One AWS second is 50 ms: a 60 s period lasts 3 s, the 60 s delay 3 s more.
  time = new EmulatorTime(0.05)
})
afterEach(() => {
  time.stop()
  jest.useRealTimers()
})

const served = (seconds = 0.1) => ({ kind: 'target' as const, groupArn: 'arn', statusCode: 200, seconds })
const failed = { kind: 'target' as const, groupArn: 'arn', statusCode: 500, seconds: 0.2 }

describe('publishing', () => {
  test('a period is published a delay after it ended, at its start, with each value counted', () => {
    const put: MetricDatum[] = []
    const metrics = new ElbMetrics({ put: (datum) => put.push(datum) }, time)
    for (let i = 0; i < 9; i++) metrics.request(lb, tg, served())
    metrics.request(lb, tg, failed)
    jest.advanceTimersByTime(1000)
    metrics.request(lb, tg, served())
    // The period [0 s, 3 s) ends at 3 s and is published 3 s later.
    jest.advanceTimersByTime(4999)
    expect(put).toEqual([])
    jest.advanceTimersByTime(1)
    const requests = put.filter((d) => d.metricName === 'RequestCount' && d.dimensions.TargetGroup === tg)
    expect(requests).toEqual([
      {
        namespace: 'AWS/ApplicationELB',
        metricName: 'RequestCount',
        dimensions: { LoadBalancer: lb, TargetGroup: tg },
        value: 1,
        count: 11,
        unit: 'Count',
        timestamp: T0,
        publishing: { periodMs: 3000, delayMs: 3000 }
      }
    ])
    const times = put.filter((d) => d.metricName === 'TargetResponseTime' && d.dimensions.TargetGroup === tg)
    expect(times.map((d) => [d.value, d.count])).toEqual([
      [0.1, 10],
      [0.2, 1]
    ])
  })

  test('the next period is published on its own; stop publishes nothing more', () => {
    const put: MetricDatum[] = []
    const metrics = new ElbMetrics(
      { put: (datum) => (datum.dimensions.TargetGroup === tg ? put.push(datum) : 0) },
      time
    )
    metrics.request(lb, tg, served())
    jest.advanceTimersByTime(3000)
    metrics.request(lb, tg, failed)
    jest.advanceTimersByTime(3000)
    expect(put.filter((d) => d.metricName === 'HTTPCode_Target_2XX_Count')).toHaveLength(1)
    expect(put.filter((d) => d.metricName === 'HTTPCode_Target_5XX_Count')).toHaveLength(0)
    jest.advanceTimersByTime(3000)
    expect(put.find((d) => d.metricName === 'HTTPCode_Target_5XX_Count')?.timestamp).toEqual(
      new Date(T0.getTime() + 3000)
    )
    metrics.request(lb, tg, failed)
    metrics.stop()
    jest.advanceTimersByTime(10_000)
    expect(put.filter((d) => d.metricName === 'HTTPCode_Target_5XX_Count')).toHaveLength(1)
  })
})

describe('CloudWatch serves them as AWS does', () => {
  let cw: CloudWatchService
  let metrics: ElbMetrics
  beforeEach(() => {
    cw = new CloudWatchService({ time, account })
    metrics = new ElbMetrics(cw, time)
  })
  afterEach(() => cw.stop())

  const query = (stat: string, metricName = 'RequestCount', period = 60, end = 60_000) =>
    (
      cw.handle('GetMetricData', {
        StartTime: T0.getTime() / 1000,
        EndTime: (T0.getTime() + end) / 1000,
        ScanBy: 'TimestampAscending',
        MetricDataQueries: [
          {
            Id: 'q',
            MetricStat: {
              Metric: {
                Namespace: 'AWS/ApplicationELB',
                MetricName: metricName,
                Dimensions: [
                  { Name: 'LoadBalancer', Value: lb },
                  { Name: 'TargetGroup', Value: tg }
                ]
              },
              Period: period,
              Stat: stat
            }
          }
        ]
      }) as { MetricDataResults: { Timestamps: Date[]; Values: number[] }[] }
    ).MetricDataResults[0]

  test('an empty window until the delay passed; then 60 AWS-second datapoints', () => {
    for (let i = 0; i < 4; i++) metrics.request(lb, tg, served())
    jest.advanceTimersByTime(3000)
    for (let i = 0; i < 6; i++) metrics.request(lb, tg, i === 0 ? failed : served(0.3))
    expect(query('Sum').Values).toEqual([])
    jest.advanceTimersByTime(3000)
    expect(query('Sum')).toMatchObject({ Timestamps: [T0], Values: [4] })
    jest.advanceTimersByTime(3000)
    expect(query('Sum')).toMatchObject({
      Timestamps: [T0, new Date(T0.getTime() + 3000)],
      Values: [4, 6]
    })
    // A period of 120 AWS seconds is 6 real seconds: one datapoint for both.
    expect(query('Sum', 'RequestCount', 120).Values).toEqual([10])
    expect(query('p99', 'TargetResponseTime', 120).Values).toEqual([0.3])
    // The percentile rank: the share of requests at or under 0.25 s.
    expect(query('PR(:0.25)', 'TargetResponseTime', 120).Values).toEqual([50])
    expect(query('PR(0.15:)', 'TargetResponseTime', 120).Values).toEqual([60])
  })

  test('an alarm on a published metric judges the periods published so far', () => {
    cw.handle('PutMetricAlarm', {
      AlarmName: 'green-5xx',
      Namespace: 'AWS/ApplicationELB',
      MetricName: 'HTTPCode_Target_5XX_Count',
      Dimensions: [
        { Name: 'LoadBalancer', Value: lb },
        { Name: 'TargetGroup', Value: tg }
      ],
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 5,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching'
    })
    const state = () =>
      (
        cw.handle('DescribeAlarms', { AlarmNames: ['green-5xx'] }) as {
          MetricAlarms: { StateValue: string }[]
        }
      ).MetricAlarms[0].StateValue
    for (let i = 0; i < 8; i++) metrics.request(lb, tg, failed)
    jest.advanceTimersByTime(3000)
    expect(state()).toBe('OK')
    jest.advanceTimersByTime(3000)
    // Published at 6 s: the alarm at 6 s judges the period [0 s, 3 s).
    expect(state()).toBe('ALARM')
    jest.advanceTimersByTime(3000)
    expect(state()).toBe('OK')
  })
})
