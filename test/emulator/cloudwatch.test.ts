/**
 * Emulated CloudWatch: metric data and queries, alarm evaluation (with fake timers driving the scaled alarm
 * periods), and the whole service through the real SDK client.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  ResourceNotFound,
  DeleteAlarmsCommand
} from '@aws-sdk/client-cloudwatch'
import { EmulatorTime } from '../../emulator/core/time.ts'
import { AwsError } from '../../emulator/core/errors.ts'
import { CloudWatchService } from '../../emulator/cloudwatch/service.ts'
import { evaluateAlarm, type AlarmRule, type Period } from '../../emulator/cloudwatch/alarms.ts'
import { startServer } from '../../emulator/server.ts'

const account = { region: 'us-east-1', accountId: '000000000000' }
/** A fixed instant on the minute. Every clock these tests compare it with is injected (the emulator's
 * `EmulatorTime` clock, or jest's fake timers), never the real one, so the tests pass on any date. */
const T0 = new Date('2026-11-25T10:00:00Z')
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000)
const epoch = (date: Date) => date.getTime() / 1000
const tgDimensions = [{ Name: 'TargetGroup', Value: 'targetgroup/blue/1' }]

function put(
  cw: CloudWatchService,
  values: [number, number][],
  metricName = 'RequestCount',
  dimensions = tgDimensions
) {
  cw.handle('PutMetricData', {
    Namespace: 'AWS/ApplicationELB',
    MetricData: values.map(([seconds, value]) => ({
      MetricName: metricName,
      Dimensions: dimensions,
      Timestamp: epoch(at(seconds)),
      Value: value
    }))
  })
}

function query(
  cw: CloudWatchService,
  stat: string,
  period: number,
  extra: object = {},
  dimensions = tgDimensions
) {
  const out = cw.handle('GetMetricData', {
    StartTime: epoch(T0),
    EndTime: epoch(at(300)),
    MetricDataQueries: [
      {
        Id: 'q',
        MetricStat: {
          Metric: { Namespace: 'AWS/ApplicationELB', MetricName: 'RequestCount', Dimensions: dimensions },
          Period: period,
          Stat: stat
        }
      }
    ],
    ...extra
  }) as {
    MetricDataResults: {
      Id: string
      Label: string
      Timestamps: Date[]
      Values: number[]
      StatusCode: string
    }[]
  }
  return out.MetricDataResults[0]
}

function errorOf(fn: () => unknown): AwsError {
  try {
    fn()
  } catch (error) {
    if (error instanceof AwsError) return error
    throw error
  }
  throw new Error('expected an AwsError')
}

describe('metric data (the emulator clock reads `now`, 10 minutes after T0 unless a test moves it)', () => {
  let now: Date
  let time: EmulatorTime
  let cw: CloudWatchService
  beforeEach(() => {
    now = at(600)
    time = new EmulatorTime(1, () => now)
    cw = new CloudWatchService({ time, account })
  })
  afterEach(() => {
    cw.stop()
    time.stop()
  })

  test('GetMetricData sums and averages per period, newest first by default', () => {
    put(cw, [
      [5, 1],
      [30, 3],
      [61, 10],
      [200, 4],
      [201, 6]
    ])
    expect(query(cw, 'Sum', 60)).toEqual({
      Id: 'q',
      Label: 'RequestCount',
      Timestamps: [at(180), at(60), at(0)],
      Values: [10, 10, 4],
      StatusCode: 'Complete'
    })
    expect(query(cw, 'Average', 60, { ScanBy: 'TimestampAscending' })).toMatchObject({
      Timestamps: [at(0), at(60), at(180)],
      Values: [2, 10, 5]
    })
    expect(query(cw, 'Sum', 1).Values).toEqual([6, 4, 10, 3, 1])
  })

  test('SampleCount, Minimum, Maximum, percentiles, value counts and statistic sets', () => {
    cw.handle('PutMetricData', {
      Namespace: 'AWS/ApplicationELB',
      MetricData: [
        {
          MetricName: 'RequestCount',
          Dimensions: tgDimensions,
          Timestamp: epoch(at(1)),
          Values: [1, 100],
          Counts: [9, 1]
        },
        {
          MetricName: 'RequestCount',
          Dimensions: tgDimensions,
          Timestamp: epoch(at(2)),
          StatisticValues: { SampleCount: 10, Sum: 50, Minimum: 0, Maximum: 200 }
        }
      ]
    })
    expect(query(cw, 'SampleCount', 60).Values).toEqual([20])
    expect(query(cw, 'Sum', 60).Values).toEqual([159])
    expect(query(cw, 'Minimum', 60).Values).toEqual([0])
    expect(query(cw, 'Maximum', 60).Values).toEqual([200])
    // Percentiles come from raw values only: nine 1s and one 100.
    expect(query(cw, 'p50', 60).Values).toEqual([1])
    expect(query(cw, 'p99', 60).Values).toEqual([100])
  })

  test('a metric is its exact dimension set; MetricSink data is stamped now', () => {
    put(cw, [[10, 7]], 'RequestCount', [...tgDimensions, { Name: 'LoadBalancer', Value: 'app/web/1' }])
    expect(query(cw, 'Sum', 60).Values).toEqual([])
    now = at(400)
    cw.put({
      namespace: 'AWS/ApplicationELB',
      metricName: 'RequestCount',
      dimensions: { TargetGroup: 'tg' },
      value: 2
    })
    cw.put({
      namespace: 'AWS/ApplicationELB',
      metricName: 'RequestCount',
      dimensions: { TargetGroup: 'tg' },
      value: 3
    })
    const out = cw.handle('GetMetricData', {
      StartTime: epoch(at(300)),
      EndTime: epoch(at(600)),
      MetricDataQueries: [
        {
          Id: 'recent',
          Label: 'tg requests',
          MetricStat: {
            Metric: {
              Namespace: 'AWS/ApplicationELB',
              MetricName: 'RequestCount',
              Dimensions: [{ Name: 'TargetGroup', Value: 'tg' }]
            },
            Period: 300,
            Stat: 'Sum'
          }
        }
      ]
    }) as any
    expect(out.MetricDataResults[0]).toMatchObject({ Label: 'tg requests', Values: [5] })
    expect(cw.handle('ListMetrics', { Dimensions: [{ Name: 'LoadBalancer' }] })).toEqual({
      Metrics: [
        {
          Namespace: 'AWS/ApplicationELB',
          MetricName: 'RequestCount',
          Dimensions: [...tgDimensions, { Name: 'LoadBalancer', Value: 'app/web/1' }]
        }
      ]
    })
  })

  test('datapoints are kept for 3 hours of the emulator clock', () => {
    put(cw, [
      [0, 1],
      [120, 2]
    ])
    now = at(3 * 3600 + 60)
    put(cw, [[3 * 3600 + 30, 4]])
    expect(query(cw, 'Sum', 60, { EndTime: epoch(now) }).Values).toEqual([4, 2])
  })

  test('GetMetricStatistics answers several statistics per period', () => {
    put(cw, [
      [5, 2],
      [6, 4]
    ])
    expect(
      cw.handle('GetMetricStatistics', {
        Namespace: 'AWS/ApplicationELB',
        MetricName: 'RequestCount',
        Dimensions: tgDimensions,
        StartTime: epoch(T0),
        EndTime: epoch(at(60)),
        Period: 60,
        Statistics: ['Sum', 'Maximum'],
        ExtendedStatistics: ['p50']
      })
    ).toEqual({
      Label: 'RequestCount',
      Datapoints: [{ Timestamp: T0, Unit: 'None', Sum: 6, Maximum: 4, ExtendedStatistics: { p50: 2 } }]
    })
  })

  test('expressions, unknown statistics and bad time ranges are rejected', () => {
    const expression = errorOf(() =>
      cw.handle('GetMetricData', {
        StartTime: epoch(T0),
        EndTime: epoch(at(60)),
        MetricDataQueries: [{ Id: 'e', Expression: 'SUM(METRICS())' }]
      })
    )
    expect(expression).toMatchObject({
      code: 'ValidationError',
      message: expect.stringMatching(/expressions are not supported/)
    })
    expect(errorOf(() => query(cw, 'Median', 60))).toMatchObject({ code: 'InvalidParameterValue' })
    expect(errorOf(() => query(cw, 'Sum', 60, { EndTime: epoch(T0) }))).toMatchObject({
      code: 'ValidationError'
    })
    expect(
      errorOf(() => cw.handle('PutMetricData', { Namespace: 'x', MetricData: [{ MetricName: 'm' }] }))
    ).toMatchObject({
      code: 'MissingParameter'
    })
    expect(errorOf(() => cw.handle('DescribeAnomalyDetectors', {}))).toMatchObject({
      code: 'UnknownOperationException'
    })
  })
})

const alarmInput = {
  AlarmName: 'blue-5xx',
  Namespace: 'AWS/ApplicationELB',
  MetricName: 'HTTPCode_Target_5XX_Count',
  Dimensions: tgDimensions,
  Statistic: 'Sum',
  Period: 60,
  EvaluationPeriods: 1,
  Threshold: 5,
  ComparisonOperator: 'GreaterThanThreshold',
  TreatMissingData: 'notBreaching'
}

describe('alarms (fake timers; a 60 s period lasts 600 ms at scale 0.01)', () => {
  let time: EmulatorTime
  let cw: CloudWatchService
  beforeEach(() => {
    jest.useFakeTimers({ now: T0 })
    time = new EmulatorTime(0.01)
    cw = new CloudWatchService({ time, account })
  })
  afterEach(() => {
    cw.stop()
    time.stop()
    jest.useRealTimers()
  })

  const errors = (value: number) =>
    cw.put({
      namespace: 'AWS/ApplicationELB',
      metricName: 'HTTPCode_Target_5XX_Count',
      dimensions: { TargetGroup: 'targetgroup/blue/1' },
      value
    })
  const alarm = (name = 'blue-5xx') =>
    (cw.handle('DescribeAlarms', { AlarmNames: [name] }) as { MetricAlarms: any[] }).MetricAlarms[0]

  test('goes INSUFFICIENT_DATA -> OK -> ALARM -> OK from data points', () => {
    cw.handle('PutMetricAlarm', alarmInput)
    expect(alarm()).toMatchObject({
      AlarmArn: 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:blue-5xx',
      StateValue: 'INSUFFICIENT_DATA',
      StateReason: 'Unchecked: Initial alarm creation',
      StateUpdatedTimestamp: T0,
      Period: 60
    })
    // Not given, so not returned (as on CloudWatch); EvaluationPeriods decides.
    expect(alarm()).not.toHaveProperty('DatapointsToAlarm')

    errors(2)
    jest.advanceTimersByTime(600)
    expect(alarm()).toMatchObject({
      StateValue: 'OK',
      StateReason:
        'Threshold Crossed: 1 datapoint [2.0 (25/11/26 10:00:00)] was not greater than the threshold (5.0).',
      StateUpdatedTimestamp: at(0.6)
    })

    errors(8)
    errors(4)
    jest.advanceTimersByTime(599)
    expect(alarm().StateValue).toBe('OK')
    jest.advanceTimersByTime(1)
    expect(alarm()).toMatchObject({
      StateValue: 'ALARM',
      StateReason:
        'Threshold Crossed: 1 datapoint [12.0 (25/11/26 10:00:00)] was greater than the threshold (5.0).',
      StateUpdatedTimestamp: at(1.2)
    })
    expect(JSON.parse(alarm().StateReasonData)).toMatchObject({
      statistic: 'Sum',
      period: 60,
      recentDatapoints: [12],
      threshold: 5
    })

    // No data for a period: treated as not breaching.
    jest.advanceTimersByTime(600)
    expect(alarm()).toMatchObject({
      StateValue: 'OK',
      StateReason:
        'Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [NonBreaching].'
    })
    const history = cw.handle('DescribeAlarmHistory', {
      AlarmName: 'blue-5xx',
      HistoryItemType: 'StateUpdate'
    }) as any
    expect(history.AlarmHistoryItems.map((h: any) => h.HistorySummary)).toEqual([
      'Alarm updated from ALARM to OK',
      'Alarm updated from OK to ALARM',
      'Alarm updated from INSUFFICIENT_DATA to OK'
    ])
    expect(errorOf(() => cw.handle('DescribeAlarmHistory', { MaxRecords: 0 })).code).toBe(
      'InvalidParameterValue'
    )
  })

  test('M out of N: 2 of the last 3 periods breaching', () => {
    cw.handle('PutMetricAlarm', {
      ...alarmInput,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
      TreatMissingData: 'missing'
    })
    for (const value of [9, 1, 9]) {
      errors(value)
      jest.advanceTimersByTime(600)
    }
    expect(alarm()).toMatchObject({
      DatapointsToAlarm: 2,
      StateValue: 'ALARM',
      StateReason:
        'Threshold Crossed: 2 out of the last 3 datapoints [9.0 (25/11/26 10:00:01), 9.0 (25/11/26 10:00:00)] were ' +
        'greater than the threshold (5.0) (minimum 2 datapoints for OK -> ALARM transition).'
    })
  })

  test('missing data: INSUFFICIENT_DATA with `missing`, ALARM with `breaching`, state kept with `ignore`', () => {
    cw.handle('PutMetricAlarm', { ...alarmInput, AlarmName: 'missing', TreatMissingData: 'missing' })
    cw.handle('PutMetricAlarm', { ...alarmInput, AlarmName: 'breaching', TreatMissingData: 'breaching' })
    cw.handle('PutMetricAlarm', { ...alarmInput, AlarmName: 'ignore', TreatMissingData: 'ignore' })
    cw.handle('SetAlarmState', { AlarmName: 'missing', StateValue: 'OK', StateReason: 'forced' })
    cw.handle('SetAlarmState', { AlarmName: 'ignore', StateValue: 'OK', StateReason: 'forced' })
    jest.advanceTimersByTime(600)
    expect(alarm('missing')).toMatchObject({
      StateValue: 'INSUFFICIENT_DATA',
      StateReason: 'Insufficient Data: 1 datapoint was unknown.'
    })
    expect(alarm('breaching')).toMatchObject({
      StateValue: 'ALARM',
      StateReason:
        'Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [Breaching].'
    })
    expect(alarm('ignore')).toMatchObject({ StateValue: 'OK', StateReason: 'forced' })
  })

  test('SetAlarmState holds until the next evaluation; the hold option keeps it', () => {
    cw.handle('PutMetricAlarm', alarmInput)
    cw.handle('PutMetricAlarm', { ...alarmInput, AlarmName: 'held' })
    cw.handle('SetAlarmState', { AlarmName: 'blue-5xx', StateValue: 'ALARM', StateReason: 'testing' })
    cw.setAlarmState('held', 'ALARM', 'injected fault', { hold: true })
    expect(alarm()).toMatchObject({ StateValue: 'ALARM', StateReason: 'testing', StateUpdatedTimestamp: T0 })
    jest.advanceTimersByTime(600)
    expect(alarm().StateValue).toBe('OK')
    jest.advanceTimersByTime(6000)
    expect(alarm('held')).toMatchObject({ StateValue: 'ALARM', StateReason: 'injected fault' })
    cw.setAlarmState('held', 'OK', 'released')
    errors(50)
    jest.advanceTimersByTime(600)
    expect(alarm('held').StateValue).toBe('ALARM')
    expect(errorOf(() => cw.setAlarmState('nope', 'OK', 'x'))).toMatchObject({
      code: 'ResourceNotFound',
      status: 404
    })
    expect(errorOf(() => cw.setAlarmState('held', 'RED', 'x'))).toMatchObject({
      code: 'InvalidParameterValue'
    })
  })

  test('DescribeAlarms filters and pages; DeleteAlarms removes', () => {
    for (const name of ['b-1', 'b-2', 'a-1']) cw.handle('PutMetricAlarm', { ...alarmInput, AlarmName: name })
    cw.setAlarmState('b-2', 'ALARM', 'x')
    const names = (input: object) =>
      (cw.handle('DescribeAlarms', input) as { MetricAlarms: { AlarmName: string }[] }).MetricAlarms.map(
        (a) => a.AlarmName
      )
    expect(names({})).toEqual(['a-1', 'b-1', 'b-2'])
    expect(names({ AlarmNamePrefix: 'b-' })).toEqual(['b-1', 'b-2'])
    expect(names({ StateValue: 'ALARM' })).toEqual(['b-2'])
    expect(names({ AlarmTypes: ['CompositeAlarm'] })).toEqual([])
    const first = cw.handle('DescribeAlarms', { MaxRecords: 2 }) as any
    expect(first.MetricAlarms).toHaveLength(2)
    expect(names({ MaxRecords: 2, NextToken: first.NextToken })).toEqual(['b-2'])
    expect(errorOf(() => cw.handle('DeleteAlarms', { AlarmNames: ['a-1', 'zzz'] }))).toMatchObject({
      code: 'ResourceNotFound'
    })
    cw.handle('DeleteAlarms', { AlarmNames: ['a-1', 'b-1'] })
    expect(names({})).toEqual(['b-2'])
  })

  test('PutMetricAlarm validates its input', () => {
    expect(errorOf(() => cw.handle('PutMetricAlarm', { ...alarmInput, AlarmName: undefined }))).toMatchObject(
      {
        code: 'MissingParameter'
      }
    )
    expect(
      errorOf(() => cw.handle('PutMetricAlarm', { ...alarmInput, ComparisonOperator: 'Above' }))
    ).toMatchObject({
      code: 'InvalidParameterValue'
    })
    expect(
      errorOf(() => cw.handle('PutMetricAlarm', { ...alarmInput, ExtendedStatistic: 'p99' }))
    ).toMatchObject({
      code: 'InvalidParameterCombination'
    })
    expect(errorOf(() => cw.handle('PutMetricAlarm', { ...alarmInput, DatapointsToAlarm: 2 }))).toMatchObject(
      {
        code: 'ValidationError'
      }
    )
    expect(errorOf(() => cw.handle('PutMetricAlarm', { ...alarmInput, Metrics: [] }))).toMatchObject({
      code: 'ValidationError'
    })
  })
})

describe('evaluateAlarm: missing data with 3 of 5 datapoints to alarm', () => {
  const rule = (treatMissingData: AlarmRule['treatMissingData']): AlarmRule => ({
    comparison: 'GreaterThanThreshold',
    threshold: 0,
    evaluationPeriods: 5,
    datapointsToAlarm: 3,
    treatMissingData
  })
  // "0" not breaching, "X" breaching, "-" missing; most recent first.
  const periods = (pattern: string): Period[] =>
    pattern
      .split(' ')
      .map((c, i) => ({ start: at(-60 * i), value: c === '-' ? undefined : c === 'X' ? 1 : 0 }))
  const states = (pattern: string) =>
    (['missing', 'ignore', 'breaching', 'notBreaching'] as const).map(
      (t) => evaluateAlarm(rule(t), periods(pattern), 'OK')?.state ?? 'kept'
    )

  test.each([
    ['0 - X - X', ['OK', 'OK', 'OK', 'OK']],
    ['0 0 X 0 X', ['OK', 'OK', 'OK', 'OK']],
    ['0 - - - -', ['OK', 'OK', 'ALARM', 'OK']],
    ['- - - - -', ['INSUFFICIENT_DATA', 'kept', 'ALARM', 'OK']],
    ['0 X X - X', ['ALARM', 'ALARM', 'ALARM', 'ALARM']],
    ['- - X - -', ['ALARM', 'kept', 'ALARM', 'OK']]
  ])('%s', (pattern, expected) => {
    expect(states(pattern)).toEqual(expected)
  })
})

describe('through the SDK client', () => {
  test('alarms and metric data round-trip with Dates', async () => {
    const time = new EmulatorTime(1, () => at(600))
    const cw = new CloudWatchService({ time, account })
    const idle = { handle: () => ({}), stop: () => {} }
    const server = await startServer({ services: { ecs: idle, elb: idle, cloudwatch: cw } })
    const client = new CloudWatchClient({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxAttempts: 1
    })
    try {
      await client.send(
        new PutMetricAlarmCommand({
          ...alarmInput,
          ComparisonOperator: 'GreaterThanThreshold',
          TreatMissingData: 'notBreaching',
          Statistic: 'Sum'
        })
      )
      const { MetricAlarms } = await client.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'blue' }))
      expect(MetricAlarms?.[0]).toMatchObject({
        AlarmName: 'blue-5xx',
        StateValue: 'INSUFFICIENT_DATA',
        Threshold: 5,
        Dimensions: tgDimensions
      })
      expect(MetricAlarms?.[0].StateUpdatedTimestamp).toBeInstanceOf(Date)
      expect(MetricAlarms?.[0].DatapointsToAlarm).toBeUndefined()

      await client.send(
        new PutMetricDataCommand({
          Namespace: 'App',
          MetricData: [{ MetricName: 'Latency', Timestamp: at(10), Value: 0.25, Unit: 'Seconds' }]
        })
      )
      const data = await client.send(
        new GetMetricDataCommand({
          StartTime: T0,
          EndTime: at(60),
          MetricDataQueries: [
            {
              Id: 'l',
              MetricStat: { Metric: { Namespace: 'App', MetricName: 'Latency' }, Period: 60, Stat: 'Maximum' }
            }
          ]
        })
      )
      expect(data.MetricDataResults).toEqual([
        { Id: 'l', Label: 'Latency', Timestamps: [T0], Values: [0.25], StatusCode: 'Complete' }
      ])
      await expect(client.send(new DeleteAlarmsCommand({ AlarmNames: ['nope'] }))).rejects.toBeInstanceOf(
        ResourceNotFound
      )
    } finally {
      client.destroy()
      await server.close()
      cw.stop()
      time.stop()
    }
  })
})
