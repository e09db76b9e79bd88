/**
 * AWS's rate limits on the wire: the real SDK clients (retries off) see ThrottlingException / Throttling, 400, "Rate
 * exceeded", as AWS answers them; a burst beyond a bucket is throttled, the sustained rate is not.
 */
import { afterEach, expect, test } from '@jest/globals'
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { DescribeClustersCommand, ECSClient } from '@aws-sdk/client-ecs'
import {
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingV2Client
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/index.ts'
import { createClients } from '../../src/aws/clients.ts'

let emulator: Emulator | undefined

afterEach(async () => {
  await emulator?.stop()
  emulator = undefined
})

async function start(options: EmulatorOptions) {
  emulator = await startEmulator({ port: 0, ...options })
  const config = {
    endpoint: emulator.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1
  }
  return {
    emulator,
    ecs: new ECSClient(config),
    elb: new ElasticLoadBalancingV2Client(config),
    cloudwatch: new CloudWatchClient(config)
  }
}

interface Outcome {
  ok: boolean
  name?: string
  message?: string
  status?: number
}

/** `count` calls at once; what each one got. */
async function burst(count: number, send: () => Promise<unknown>): Promise<Outcome[]> {
  return Promise.all(
    Array.from({ length: count }, () =>
      send().then(
        (): Outcome => ({ ok: true }),
        (error: any): Outcome => ({
          ok: false,
          name: error.name,
          message: error.message,
          status: error.$metadata?.httpStatusCode
        })
      )
    )
  )
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

test('ECS: beyond the cluster-read bucket (50), ThrottlingException 400 "Rate exceeded", in JSON as AWS sends it', async () => {
  const { emulator, ecs } = await start({ timeScale: 1, rateLimits: { clock: 'real' } })
  const outcomes = await burst(80, () => ecs.send(new DescribeClustersCommand({ clusters: ['default'] })))
  const passed = outcomes.filter((outcome) => outcome.ok).length
  // 50 tokens, and at most a few more refilled (20 a second) while the burst was arriving.
  expect(passed).toBeGreaterThanOrEqual(50)
  expect(passed).toBeLessThan(60)
  for (const outcome of outcomes.filter((o) => !o.ok)) {
    expect(outcome).toEqual({ ok: false, name: 'ThrottlingException', message: 'Rate exceeded', status: 400 })
  }
  expect(emulator.calls.filter((call) => call.error === 'ThrottlingException')).toHaveLength(80 - passed)

  // The same, raw: the bucket is empty again after as many calls at once.
  const raw = await Promise.all(
    Array.from({ length: 60 }, () =>
      fetch(emulator.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'AmazonEC2ContainerServiceV20141113.ListClusters'
        },
        body: '{}'
      })
    )
  )
  const answer = raw.find((response) => response.status !== 200)!
  expect(answer.status).toBe(400)
  expect(answer.headers.get('x-amzn-errortype')).toBe('ThrottlingException')
  expect(await answer.json()).toEqual({ __type: 'ThrottlingException', message: 'Rate exceeded' })
})

test('ELBv2: a burst beyond 40 describes is throttled (Throttling, 400); half the sustained 10/s is not', async () => {
  const { elb } = await start({ timeScale: 1, rateLimits: { clock: 'real' } })
  const outcomes = await burst(60, () => elb.send(new DescribeLoadBalancersCommand({})))
  const passed = outcomes.filter((outcome) => outcome.ok).length
  expect(passed).toBeGreaterThanOrEqual(40)
  expect(passed).toBeLessThan(50)
  for (const outcome of outcomes.filter((o) => !o.ok)) {
    expect(outcome).toEqual({ ok: false, name: 'Throttling', message: 'Rate exceeded', status: 400 })
  }

  // From the emptied bucket: one describe every 200 ms (5/s) for two seconds, every one answered.
  const paced: Outcome[] = []
  for (let call = 0; call < 10; call++) {
    await pause(200)
    paced.push(...(await burst(1, () => elb.send(new DescribeLoadBalancersCommand({})))))
  }
  expect(paced.filter((outcome) => !outcome.ok)).toEqual([])
})

test('CloudWatch: DescribeAlarms beyond 9 a second is Throttling, in JSON (query-compatible) and in awsQuery XML', async () => {
  const { emulator, cloudwatch } = await start({ timeScale: 1, rateLimits: { clock: 'real' } })
  const outcomes = await burst(15, () => cloudwatch.send(new DescribeAlarmsCommand({})))
  expect(outcomes.filter((outcome) => outcome.ok).length).toBeGreaterThanOrEqual(9)
  const throttled = outcomes.filter((outcome) => !outcome.ok)
  expect(throttled.length).toBeGreaterThan(0)
  for (const outcome of throttled) {
    expect(outcome).toEqual({ ok: false, name: 'Throttling', message: 'Rate exceeded', status: 400 })
  }

  const raw = await fetch(emulator.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'Action=DescribeAlarms&Version=2010-08-01'
  })
  expect(raw.status).toBe(400)
  const xml = await raw.text()
  expect(xml).toContain('<Code>Throttling</Code>')
  expect(xml).toContain('<Message>Rate exceeded</Message>')
  expect(xml).toContain('<Type>Sender</Type>')
})

test('with rate limits off, nothing is throttled; on the default clock the refill follows the time scale', async () => {
  const off = await start({ timeScale: 1, rateLimits: false })
  expect(off.emulator.rateLimits).toBeUndefined()
  const unlimited = await burst(80, () => off.elb.send(new DescribeLoadBalancersCommand({})))
  expect(unlimited.every((outcome) => outcome.ok)).toBe(true)
  await off.emulator.stop()

  // At time scale 0.1 an AWS second lasts 100 real ms: 40 describes at once, then 10 every 100 ms.
  const scaled = await start({ timeScale: 0.1 })
  const first = await burst(80, () => scaled.elb.send(new DescribeLoadBalancersCommand({})))
  expect(first.some((outcome) => !outcome.ok)).toBe(true)
  await pause(400)
  const refilled = await burst(30, () => scaled.elb.send(new DescribeLoadBalancersCommand({})))
  expect(refilled.filter((outcome) => outcome.ok).length).toBeGreaterThanOrEqual(30)
})

test("the actions' clients ride out a burst beyond the bucket: throttled calls are retried until every one passes", async () => {
  const { emulator } = await start({ timeScale: 1, rateLimits: { clock: 'real' } })
  // As the runner starts an action: the endpoint, region and credentials in its environment (read as calls are sent).
  const saved = { ...process.env }
  Object.assign(process.env, emulator.env())
  delete process.env.AWS_RETRY_MODE
  delete process.env.AWS_MAX_ATTEMPTS
  try {
    const { elb } = createClients()
    const outcomes = await burst(60, () => elb.send(new DescribeLoadBalancersCommand({})))
    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([])
  } finally {
    process.env = saved
  }
  const describes = emulator.calls.filter((call) => call.operation === 'DescribeLoadBalancers')
  expect(describes.filter((call) => call.error === 'Throttling').length).toBeGreaterThanOrEqual(10)
  expect(describes.filter((call) => !call.error)).toHaveLength(60)
})
