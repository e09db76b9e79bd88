/**
 * CloudWatch over awsQuery, as older clients (the AWS CLI v2 packaged by Debian, older boto3) send it: form
 * bodies `Action=...&Version=2010-08-01`, XML answers in CloudWatch's namespace. The requests are written
 * by hand and the answers parsed as XML, the way those clients do it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'
import { EmulatorTime } from '../../emulator/core/time.ts'
import { CloudWatchService } from '../../emulator/cloudwatch/service.ts'
import { startServer, type EmulatorServer } from '../../emulator/server.ts'

const XMLNS = 'http://monitoring.amazonaws.com/doc/2010-08-01/'
/** A fixed instant on the minute; the emulator's clock is injected, 10 minutes later. */
const T0 = new Date('2026-11-25T10:00:00Z')
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000)

let time: EmulatorTime
let cloudwatch: CloudWatchService
let server: EmulatorServer

beforeAll(async () => {
  time = new EmulatorTime(1, () => at(600))
  cloudwatch = new CloudWatchService({ time, account: { region: 'us-east-1', accountId: '000000000000' } })
  const idle = { handle: () => ({}), stop: () => {} }
  server = await startServer({ services: { ecs: idle, elb: idle, cloudwatch }, port: 0 })
})

afterAll(async () => {
  await server.close()
  cloudwatch.stop()
  time.stop()
})

// Lists (`member`) and map entries are arrays even when they hold one item, as the service model says.
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'member' || name === 'entry'
})

interface Answer {
  status: number
  contentType: string | null
  /** The document's root element name and its content. */
  root: string
  document: any
}

/** POSTs a form body as the awsQuery clients do and parses the XML answer. */
async function post(params: Record<string, string | number>, version = '2010-08-01'): Promise<Answer> {
  const body = new URLSearchParams({ Version: version })
  for (const [key, value] of Object.entries(params)) body.append(key, String(value))
  const response = await fetch(server.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: body.toString()
  })
  const parsed = parser.parse(await response.text())
  const root = Object.keys(parsed).find((key) => key !== '?xml')!
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    root,
    document: parsed[root]
  }
}

/** The `<Action>Result` of a successful answer, checking the envelope on the way. */
async function call(action: string, params: Record<string, string | number> = {}): Promise<any> {
  const answer = await post({ Action: action, ...params })
  expect(answer).toMatchObject({ status: 200, contentType: 'text/xml', root: `${action}Response` })
  expect(answer.document['@_xmlns']).toBe(XMLNS)
  expect(answer.document.ResponseMetadata.RequestId).toMatch(/^[0-9a-f-]{36}$/)
  return answer.document[`${action}Result`]
}

const alarmParams = {
  AlarmName: 'web-latency',
  Namespace: 'App',
  MetricName: 'Latency',
  'Dimensions.member.1.Name': 'Service',
  'Dimensions.member.1.Value': 'web',
  Statistic: 'Maximum',
  Period: 60,
  EvaluationPeriods: 2,
  Threshold: 0.5,
  ComparisonOperator: 'GreaterThanThreshold',
  ActionsEnabled: 'false'
}

describe('alarms', () => {
  test('PutMetricAlarm answers only ResponseMetadata; DescribeAlarms answers members in XML', async () => {
    const put = await post({ Action: 'PutMetricAlarm', ...alarmParams })
    expect(put.status).toBe(200)
    expect(put.root).toBe('PutMetricAlarmResponse')
    expect(Object.keys(put.document).sort()).toEqual(['@_xmlns', 'ResponseMetadata'])

    const result = await call('DescribeAlarms', { 'AlarmNames.member.1': 'web-latency' })
    const [alarm] = result.MetricAlarms.member
    expect(alarm).toMatchObject({
      AlarmName: 'web-latency',
      AlarmArn: 'arn:aws:cloudwatch:us-east-1:000000000000:alarm:web-latency',
      ActionsEnabled: 'false',
      StateValue: 'INSUFFICIENT_DATA',
      StateReason: 'Unchecked: Initial alarm creation',
      StateUpdatedTimestamp: at(600).toISOString(),
      Dimensions: { member: [{ Name: 'Service', Value: 'web' }] },
      Period: '60',
      EvaluationPeriods: '2',
      Threshold: '0.5',
      ComparisonOperator: 'GreaterThanThreshold'
    })
    expect(alarm).not.toHaveProperty('DatapointsToAlarm')
    expect(result.CompositeAlarms).toBe('')
    // An empty list (how botocore sends `AlarmNames=[]`) filters nothing.
    expect((await call('DescribeAlarms', { AlarmNames: '' })).MetricAlarms.member).toHaveLength(1)
  })

  test('SetAlarmState, DescribeAlarmHistory and DeleteAlarms', async () => {
    await call('PutMetricAlarm', { ...alarmParams, AlarmName: 'to-delete' })
    const set = await post({
      Action: 'SetAlarmState',
      AlarmName: 'to-delete',
      StateValue: 'ALARM',
      StateReason: 'testing'
    })
    expect([set.status, Object.keys(set.document).sort()]).toEqual([200, ['@_xmlns', 'ResponseMetadata']])
    const history = await call('DescribeAlarmHistory', {
      AlarmName: 'to-delete',
      HistoryItemType: 'StateUpdate'
    })
    expect(history.AlarmHistoryItems.member).toEqual([
      expect.objectContaining({
        AlarmName: 'to-delete',
        HistorySummary: 'Alarm updated from INSUFFICIENT_DATA to ALARM',
        Timestamp: at(600).toISOString()
      })
    ])
    const deleted = await post({ Action: 'DeleteAlarms', 'AlarmNames.member.1': 'to-delete' })
    expect(deleted.status).toBe(200)
    const again = await post({ Action: 'DeleteAlarms', 'AlarmNames.member.1': 'to-delete' })
    expect(again).toMatchObject({
      status: 404,
      root: 'ErrorResponse',
      document: {
        '@_xmlns': XMLNS,
        Error: { Type: 'Sender', Code: 'ResourceNotFound', Message: 'Alarm to-delete not found' },
        RequestId: expect.stringMatching(/^[0-9a-f-]{36}$/)
      }
    })
  })
})

describe('metric data', () => {
  const metric = {
    Namespace: 'Shop',
    'MetricData.member.1.MetricName': 'Latency',
    'MetricData.member.1.Dimensions.member.1.Name': 'Service',
    'MetricData.member.1.Dimensions.member.1.Value': 'web',
    'MetricData.member.1.Timestamp': at(30).toISOString(),
    'MetricData.member.1.Values.member.1': 0.1,
    'MetricData.member.1.Values.member.2': 0.9,
    'MetricData.member.1.Counts.member.1': 3,
    'MetricData.member.1.Counts.member.2': 1,
    'MetricData.member.1.Unit': 'Seconds'
  }
  const metricStat = (prefix: string, stat: string) => ({
    [`${prefix}.MetricStat.Metric.Namespace`]: 'Shop',
    [`${prefix}.MetricStat.Metric.MetricName`]: 'Latency',
    [`${prefix}.MetricStat.Metric.Dimensions.member.1.Name`]: 'Service',
    [`${prefix}.MetricStat.Metric.Dimensions.member.1.Value`]: 'web',
    [`${prefix}.MetricStat.Period`]: 60,
    [`${prefix}.MetricStat.Stat`]: stat
  })

  beforeAll(async () => {
    const put = await post({ Action: 'PutMetricData', ...metric })
    expect([put.status, put.root]).toEqual([200, 'PutMetricDataResponse'])
  })

  test('GetMetricData takes ISO timestamps and ReturnData=false; answers member lists', async () => {
    const result = await call('GetMetricData', {
      StartTime: T0.toISOString(),
      EndTime: at(300).toISOString(),
      'MetricDataQueries.member.1.Id': 'p50',
      ...metricStat('MetricDataQueries.member.1', 'p50'),
      'MetricDataQueries.member.2.Id': 'hidden',
      ...metricStat('MetricDataQueries.member.2', 'Sum'),
      'MetricDataQueries.member.2.ReturnData': 'false'
    })
    expect(result.MetricDataResults.member).toEqual([
      {
        Id: 'p50',
        Label: 'Latency',
        Timestamps: { member: [T0.toISOString()] },
        Values: { member: ['0.1'] },
        StatusCode: 'Complete'
      }
    ])
  })

  test('GetMetricStatistics answers ExtendedStatistics as a map of entries', async () => {
    const result = await call('GetMetricStatistics', {
      Namespace: 'Shop',
      MetricName: 'Latency',
      'Dimensions.member.1.Name': 'Service',
      'Dimensions.member.1.Value': 'web',
      StartTime: T0.toISOString(),
      EndTime: at(300).toISOString(),
      Period: 300,
      'Statistics.member.1': 'SampleCount',
      'ExtendedStatistics.member.1': 'p99'
    })
    expect(result).toEqual({
      Label: 'Latency',
      Datapoints: {
        member: [
          {
            Timestamp: T0.toISOString(),
            Unit: 'Seconds',
            SampleCount: '4',
            ExtendedStatistics: { entry: [{ key: 'p99', value: '0.9' }] }
          }
        ]
      }
    })
  })

  test('ListMetrics filters by dimension name', async () => {
    const result = await call('ListMetrics', { Namespace: 'Shop', 'Dimensions.member.1.Name': 'Service' })
    expect(result.Metrics.member).toEqual([
      {
        Namespace: 'Shop',
        MetricName: 'Latency',
        Dimensions: { member: [{ Name: 'Service', Value: 'web' }] }
      }
    ])
  })
})

describe('errors are ErrorResponse documents, never JSON', () => {
  test('a validation error of the service', async () => {
    const answer = await post({ Action: 'DescribeAlarms', MaxRecords: 0 })
    expect(answer).toMatchObject({
      status: 400,
      contentType: 'text/xml',
      root: 'ErrorResponse',
      document: { '@_xmlns': XMLNS, Error: { Type: 'Sender', Code: 'InvalidParameterValue' } }
    })
  })

  test('an action CloudWatch does not have is InvalidAction', async () => {
    const answer = await post({ Action: 'DescribeAnomalyDetectors' })
    expect(answer).toMatchObject({
      status: 400,
      root: 'ErrorResponse',
      document: {
        Error: {
          Code: 'InvalidAction',
          Message: 'The action DescribeAnomalyDetectors is not valid for this web service.'
        }
      }
    })
  })

  test('a form body of no served version, or without Action, matches no service', async () => {
    const before = server.calls.length
    const unknownVersion = await post({ Action: 'DescribeAlarms' }, '2009-05-15')
    expect(unknownVersion).toMatchObject({
      status: 400,
      contentType: 'text/xml',
      root: 'ErrorResponse',
      document: { Error: { Type: 'Sender', Code: 'InvalidAction' } }
    })
    expect(unknownVersion.document.Error.Message).toMatch(/version 2009-05-15/)
    const noAction = await post({}, '2009-05-15')
    expect(noAction).toMatchObject({ status: 400, document: { Error: { Code: 'MissingAction' } } })
    expect(server.calls.length).toBe(before)
  })

  test('faults answer in XML too, and the call is logged as CloudWatch', async () => {
    server.faults.set('cloudwatch', { throttleRate: 1 })
    try {
      const answer = await post({ Action: 'ListMetrics' })
      expect(answer).toMatchObject({
        status: 400,
        root: 'ErrorResponse',
        document: { Error: { Code: 'ThrottlingException', Message: 'Rate exceeded' } }
      })
      expect(server.calls.at(-1)).toMatchObject({
        service: 'cloudwatch',
        operation: 'ListMetrics',
        error: 'ThrottlingException'
      })
    } finally {
      server.faults.clear()
    }
  })
})
