/**
 * The wire protocols as the unmodified AWS SDK v3 clients see them, against the HTTP front end with small
 * fake services standing in for ECS, ELBv2 and CloudWatch.
 */
import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals'
import {
  DescribeServicesCommand,
  ECSClient,
  ECSServiceException,
  ListServicesCommand,
  ServerException,
  ServiceNotFoundException
} from '@aws-sdk/client-ecs'
import {
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
  ModifyRuleCommand,
  ModifyTargetGroupAttributesCommand,
  TargetGroupNotFoundException
} from '@aws-sdk/client-elastic-load-balancing-v2'
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  InternalServiceFault,
  InvalidParameterValueException,
  ResourceNotFound,
  SetAlarmStateCommand
} from '@aws-sdk/client-cloudwatch'
import type { ApiService } from '../../emulator/core/contracts.ts'
import { AwsError } from '../../emulator/core/errors.ts'
import { decodeQueryParams } from '../../emulator/protocol/query.ts'
import { startServer, type EmulatorServer } from '../../emulator/server.ts'

/** Answers each operation with a canned result (or by throwing), remembering what it was asked. */
class FakeService implements ApiService {
  readonly received: { operation: string; input: any }[] = []
  answers: Record<string, (input: any) => unknown> = {}

  handle(operation: string, input: any): unknown {
    this.received.push({ operation, input })
    const answer = this.answers[operation]
    if (!answer) throw new AwsError('UnknownOperationException', `no answer for ${operation}`)
    return answer(input)
  }

  stop(): void {}

  last(): { operation: string; input: any } {
    return this.received[this.received.length - 1]
  }
}

const fakes: Record<'ecs' | 'elb' | 'cloudwatch', FakeService> = {
  ecs: new FakeService(),
  elb: new FakeService(),
  cloudwatch: new FakeService()
}
let server: EmulatorServer
let ecs: ECSClient
let elb: ElasticLoadBalancingV2Client
let cloudwatch: CloudWatchClient

beforeAll(async () => {
  server = await startServer({ services: fakes, port: 0 })
  const config = {
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1
  }
  ecs = new ECSClient(config)
  elb = new ElasticLoadBalancingV2Client(config)
  cloudwatch = new CloudWatchClient(config)
})

afterAll(async () => {
  ecs.destroy()
  elb.destroy()
  cloudwatch.destroy()
  await server.close()
})

afterEach(() => {
  server.faults.clear()
  for (const fake of Object.values(fakes)) fake.answers = {}
})

const createdAt = new Date('2026-11-25T10:00:00.250Z')

describe('awsJson1_1 (ECS)', () => {
  test('decodes the JSON input and encodes Dates as epoch seconds the SDK reads back', async () => {
    fakes.ecs.answers.DescribeServices = (input) => ({
      services: input.services.map((name: string) => ({
        serviceName: name,
        createdAt,
        desiredCount: 2,
        deployments: [{ id: 'ecs-svc/1', status: 'PRIMARY', createdAt, rolloutState: 'COMPLETED' }]
      })),
      failures: []
    })
    const out = await ecs.send(new DescribeServicesCommand({ cluster: 'c1', services: ['web'] }))

    expect(fakes.ecs.last()).toEqual({
      operation: 'DescribeServices',
      input: { cluster: 'c1', services: ['web'] }
    })
    expect(out.services?.[0]).toMatchObject({ serviceName: 'web', desiredCount: 2, createdAt })
    expect(out.services?.[0].deployments?.[0].createdAt).toEqual(createdAt)
    expect(out.$metadata.httpStatusCode).toBe(200)
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/)
  })

  test('an AwsError becomes the SDK exception class of the same name', async () => {
    fakes.ecs.answers.DescribeServices = () => {
      throw new AwsError('ServiceNotFoundException', 'Service not found.')
    }
    const error = await ecs.send(new DescribeServicesCommand({ services: ['gone'] })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceNotFoundException)
    expect(error).toMatchObject({ message: 'Service not found.', $metadata: { httpStatusCode: 400 } })
  })
})

describe('awsQuery (ELBv2)', () => {
  test('decodes nested members into the SDK shape with string leaves', async () => {
    fakes.elb.answers.ModifyRule = (input) => ({
      Rules: [
        {
          RuleArn: input.RuleArn,
          Priority: '10',
          IsDefault: false,
          Conditions: input.Conditions,
          Actions: [
            {
              Type: 'forward',
              Order: 1,
              ForwardConfig: { TargetGroups: [{ TargetGroupArn: 'tg-a', Weight: 0 }] }
            }
          ]
        }
      ]
    })
    const out = await elb.send(
      new ModifyRuleCommand({
        RuleArn: 'arn:rule/1',
        Conditions: [
          { Field: 'host-header', HostHeaderConfig: { Values: ['a.example.com', 'b & <c>'] } },
          { Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }
        ],
        Actions: [
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: 'tg-a', Weight: 90 },
                { TargetGroupArn: 'tg-b', Weight: 10 }
              ],
              TargetGroupStickinessConfig: { Enabled: false }
            }
          }
        ]
      })
    )

    expect(fakes.elb.last()).toEqual({
      operation: 'ModifyRule',
      input: {
        RuleArn: 'arn:rule/1',
        Conditions: [
          { Field: 'host-header', HostHeaderConfig: { Values: ['a.example.com', 'b & <c>'] } },
          { Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }
        ],
        Actions: [
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: 'tg-a', Weight: '90' },
                { TargetGroupArn: 'tg-b', Weight: '10' }
              ],
              TargetGroupStickinessConfig: { Enabled: 'false' }
            }
          }
        ]
      }
    })
    expect(out.Rules?.[0]).toEqual({
      RuleArn: 'arn:rule/1',
      Priority: '10',
      IsDefault: false,
      Conditions: [
        { Field: 'host-header', HostHeaderConfig: { Values: ['a.example.com', 'b & <c>'] } },
        { Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }
      ],
      Actions: [
        {
          Type: 'forward',
          Order: 1,
          ForwardConfig: { TargetGroups: [{ TargetGroupArn: 'tg-a', Weight: 0 }] }
        }
      ]
    })
  })

  test('keeps empty strings and escapes text both ways', async () => {
    fakes.elb.answers.ModifyTargetGroupAttributes = (input) => ({ Attributes: input.Attributes })
    const attributes = [
      { Key: 'deregistration_delay.timeout_seconds', Value: '30' },
      { Key: 'odd', Value: `"quotes" 'and' <tags> & lines\r\n` },
      { Key: 'empty', Value: '' }
    ]
    const out = await elb.send(
      new ModifyTargetGroupAttributesCommand({ TargetGroupArn: 'tg-a', Attributes: attributes })
    )
    expect(fakes.elb.last().input).toEqual({ TargetGroupArn: 'tg-a', Attributes: attributes })
    expect(out.Attributes).toEqual(attributes)
  })

  test('encodes numbers, booleans, Dates and empty lists', async () => {
    fakes.elb.answers.DescribeLoadBalancers = () => ({
      LoadBalancers: [{ LoadBalancerName: 'web', CreatedTime: createdAt, State: { Code: 'active' } }]
    })
    const lbs = await elb.send(new DescribeLoadBalancersCommand({}))
    expect(lbs.LoadBalancers).toEqual([
      { LoadBalancerName: 'web', CreatedTime: createdAt, State: { Code: 'active' } }
    ])

    fakes.elb.answers.DescribeTargetGroups = () => ({
      TargetGroups: [
        {
          TargetGroupArn: 'tg-a',
          Port: 8080,
          HealthCheckEnabled: true,
          HealthCheckIntervalSeconds: 5,
          LoadBalancerArns: []
        }
      ],
      NextMarker: undefined
    })
    const out = await elb.send(new DescribeTargetGroupsCommand({ Names: ['a'] }))
    expect(out.TargetGroups).toEqual([
      {
        TargetGroupArn: 'tg-a',
        Port: 8080,
        HealthCheckEnabled: true,
        HealthCheckIntervalSeconds: 5,
        LoadBalancerArns: []
      }
    ])
    expect(out.NextMarker).toBeUndefined()
    expect(fakes.elb.last().input).toEqual({ Names: ['a'] })
  })

  test('errors are ErrorResponse documents the SDK maps to its exception classes', async () => {
    fakes.elb.answers.DescribeTargetGroups = () => {
      throw new AwsError('TargetGroupNotFound', 'One or more target groups not found')
    }
    const error = await elb.send(new DescribeTargetGroupsCommand({ Names: ['x'] })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TargetGroupNotFoundException)
    expect(error).toMatchObject({
      message: 'One or more target groups not found',
      $metadata: { httpStatusCode: 400 }
    })
  })
})

describe('awsQuery parameter decoding', () => {
  test('orders members numerically, unwraps flattened lists and entry maps', () => {
    const params = new URLSearchParams()
    for (let i = 1; i <= 11; i++) params.append(`Names.member.${i}`, `n${i}`)
    params.append('Flat.2', 'b')
    params.append('Flat.1', 'a')
    params.append('Tags.entry.1.key', 'team')
    params.append('Tags.entry.1.value', 'web')
    params.append('Tags.entry.2.key', 'tier')
    params.append('Tags.entry.2.value', '')
    params.append('__proto__.polluted', 'x')
    const decoded = decodeQueryParams(params)
    expect(decoded).toEqual({
      Names: ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9', 'n10', 'n11'],
      Flat: ['a', 'b'],
      Tags: { team: 'web', tier: '' }
    })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('awsJson1_0 (CloudWatch)', () => {
  test('timestamps travel as epoch seconds in both directions', async () => {
    const start = new Date('2026-11-25T10:00:00Z')
    const end = new Date('2026-11-25T10:05:00Z')
    fakes.cloudwatch.answers.GetMetricData = () => ({
      MetricDataResults: [
        { Id: 'm1', Label: 'RequestCount', Timestamps: [start], Values: [12], StatusCode: 'Complete' }
      ],
      Messages: []
    })
    const out = await cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: start,
        EndTime: end,
        MetricDataQueries: [
          {
            Id: 'm1',
            MetricStat: {
              Metric: {
                Namespace: 'AWS/ApplicationELB',
                MetricName: 'RequestCount',
                Dimensions: [{ Name: 'TargetGroup', Value: 'tg' }]
              },
              Period: 60,
              Stat: 'Sum'
            }
          }
        ]
      })
    )
    expect(fakes.cloudwatch.last().input).toMatchObject({
      StartTime: start.getTime() / 1000,
      EndTime: end.getTime() / 1000,
      MetricDataQueries: [{ Id: 'm1', MetricStat: { Period: 60, Stat: 'Sum' } }]
    })
    expect(out.MetricDataResults).toEqual([
      { Id: 'm1', Label: 'RequestCount', Timestamps: [start], Values: [12], StatusCode: 'Complete' }
    ])
  })

  test('query-compatible error codes map to the modelled exception classes', async () => {
    fakes.cloudwatch.answers.SetAlarmState = () => {
      throw new AwsError('ResourceNotFound', 'Alarm nope not found', 404)
    }
    fakes.cloudwatch.answers.DescribeAlarms = () => {
      throw new AwsError('InvalidParameterValue', 'The value -1 for parameter MaxRecords is not valid.')
    }
    const missing = await cloudwatch
      .send(new SetAlarmStateCommand({ AlarmName: 'nope', StateValue: 'ALARM', StateReason: 'test' }))
      .catch((e: unknown) => e)
    expect(missing).toBeInstanceOf(ResourceNotFound)
    expect(missing).toMatchObject({ message: 'Alarm nope not found', $metadata: { httpStatusCode: 404 } })

    const invalid = await cloudwatch
      .send(new DescribeAlarmsCommand({ MaxRecords: -1 }))
      .catch((e: unknown) => e)
    expect(invalid).toBeInstanceOf(InvalidParameterValueException)
    expect(invalid).toMatchObject({ message: 'The value -1 for parameter MaxRecords is not valid.' })
  })
})

describe('faults and the call log', () => {
  test('throttling answers each service with its own throttling code', async () => {
    for (const service of ['ecs', 'elb', 'cloudwatch'] as const)
      server.faults.set(service, { throttleRate: 1 })
    const errors = await Promise.all([
      ecs.send(new ListServicesCommand({})).catch((e: unknown) => e),
      elb.send(new DescribeTargetGroupsCommand({})).catch((e: unknown) => e),
      cloudwatch.send(new DescribeAlarmsCommand({})).catch((e: unknown) => e)
    ])
    expect(errors.map((e) => [(e as Error).name, (e as Error).message])).toEqual([
      ['ThrottlingException', 'Rate exceeded'],
      ['Throttling', 'Rate exceeded'],
      ['ThrottlingException', 'Rate exceeded']
    ])
    expect(errors[0]).toBeInstanceOf(ECSServiceException)
    expect(
      errors.map((e) => (e as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode)
    ).toEqual([400, 400, 400])
    expect(fakes.ecs.received.some((r) => r.operation === 'ListServices')).toBe(false)
  })

  test('the error rate answers 500 with each service’s internal error', async () => {
    for (const service of ['ecs', 'elb', 'cloudwatch'] as const) server.faults.set(service, { errorRate: 1 })
    const [ecsError, elbError, cwError] = await Promise.all([
      ecs.send(new ListServicesCommand({})).catch((e: unknown) => e),
      elb.send(new DescribeTargetGroupsCommand({})).catch((e: unknown) => e),
      cloudwatch.send(new DescribeAlarmsCommand({})).catch((e: unknown) => e)
    ])
    expect(ecsError).toBeInstanceOf(ServerException)
    expect(elbError).toMatchObject({ name: 'InternalFailure', $metadata: { httpStatusCode: 500 } })
    expect(cwError).toBeInstanceOf(InternalServiceFault)
    expect(cwError).toMatchObject({ $metadata: { httpStatusCode: 500 } })
  })

  test('partial settings keep the other rate, and clear() removes all faults', async () => {
    fakes.ecs.answers.ListServices = () => ({ serviceArns: ['arn:svc'] })
    server.faults.set('ecs', { throttleRate: 1 })
    server.faults.set('ecs', { errorRate: 0 })
    expect(server.faults.get('ecs')).toEqual({ throttleRate: 1, errorRate: 0 })
    server.faults.clear()
    await expect(ecs.send(new ListServicesCommand({}))).resolves.toMatchObject({ serviceArns: ['arn:svc'] })
  })

  test('a crash inside a service is a 500 internal error, logged to stderr', async () => {
    const stderr = jest.spyOn(console, 'error').mockImplementation(() => {})
    try {
      fakes.elb.answers.DescribeTargetGroups = () => {
        throw new TypeError('boom')
      }
      const error = await elb.send(new DescribeTargetGroupsCommand({})).catch((e: unknown) => e)
      expect(error).toMatchObject({ name: 'InternalFailure', $metadata: { httpStatusCode: 500 } })
      expect(stderr).toHaveBeenCalledTimes(1)
    } finally {
      stderr.mockRestore()
    }
  })

  test('every call is logged with its service, operation, time, input and error code', async () => {
    fakes.ecs.answers.ListServices = () => ({ serviceArns: [] })
    const before = server.calls.length
    const startedAt = Date.now()
    await ecs.send(new ListServicesCommand({ cluster: 'prod' }))
    server.faults.set('cloudwatch', { throttleRate: 1 })
    await cloudwatch.send(new DescribeAlarmsCommand({})).catch(() => undefined)
    const logged = server.calls.slice(before)
    expect(logged).toEqual([
      { service: 'ecs', operation: 'ListServices', at: expect.any(Date), input: { cluster: 'prod' } },
      {
        service: 'cloudwatch',
        operation: 'DescribeAlarms',
        at: expect.any(Date),
        input: {},
        error: 'ThrottlingException'
      }
    ])
    expect(logged[0].at.getTime()).toBeGreaterThanOrEqual(startedAt)
  })

  test('a request of no known protocol is answered 404 and not logged', async () => {
    const before = server.calls.length
    const response = await fetch(server.endpoint, { method: 'POST', body: 'hello' })
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ __type: 'UnknownOperationException' })
    expect(server.calls.length).toBe(before)
  })

  test('a malformed JSON body is a SerializationException', async () => {
    const response = await fetch(server.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AmazonEC2ContainerServiceV20141113.ListServices'
      },
      body: '{not json'
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('x-amzn-errortype')).toBe('SerializationException')
    expect(server.calls.at(-1)).toMatchObject({
      service: 'ecs',
      operation: 'ListServices',
      error: 'SerializationException'
    })
  })
})
