/** `emulator.faults.hold`: one call stopped in flight (logged, not applied, not answered) until released. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import {
  CreateClusterCommand,
  DescribeClustersCommand,
  ECSClient,
  TagResourceCommand
} from '@aws-sdk/client-ecs'
import {
  CreateTargetGroupCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { startEmulator, type Emulator } from '../../emulator/index.ts'

let emulator: Emulator
let ecs: ECSClient
let elb: ElasticLoadBalancingV2Client

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.01 })
  const config = {
    endpoint: emulator.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1
  }
  ecs = new ECSClient(config)
  elb = new ElasticLoadBalancingV2Client(config)
})

afterAll(async () => {
  ecs?.destroy()
  elb?.destroy()
  await emulator?.stop()
})

/** Whether `promise` has settled after a short while. */
async function settledSoon(promise: Promise<unknown>, ms = 150): Promise<boolean> {
  let settled = false
  promise.then(
    () => (settled = true),
    () => (settled = true)
  )
  await new Promise((resolve) => setTimeout(resolve, ms))
  return settled
}

/** The clusters that exist, read in-process (past the endpoint, so past any hold). */
async function clusterExists(name: string): Promise<boolean> {
  const { clusters } = await emulator.ecs.handle('DescribeClusters', { clusters: [name] })
  return clusters.length === 1
}

test('a held call is logged with its input, neither applied nor answered until released', async () => {
  const held = emulator.faults.hold('ecs', 'CreateCluster')
  const mark = emulator.calls.length
  const sent = ecs.send(new CreateClusterCommand({ clusterName: 'held' }))

  const call = await held.arrived
  expect(call).toMatchObject({ service: 'ecs', operation: 'CreateCluster', input: { clusterName: 'held' } })
  expect(emulator.calls.slice(mark)).toEqual([call])
  expect(await settledSoon(sent)).toBe(false)
  expect(await clusterExists('held')).toBe(false)
  // Other calls go through meanwhile.
  expect((await ecs.send(new DescribeClustersCommand({ clusters: ['default'] }))).clusters).toHaveLength(1)

  held.release()
  expect((await sent).cluster?.clusterName).toBe('held')
  expect(await clusterExists('held')).toBe(true)
})

test('match picks the call by its input; other calls of the operation pass', async () => {
  const held = emulator.faults.hold('ecs', 'CreateCluster', (input) => input.clusterName === 'second')
  const first = await ecs.send(new CreateClusterCommand({ clusterName: 'first' }))
  expect(first.cluster?.clusterName).toBe('first')
  const sent = ecs.send(new CreateClusterCommand({ clusterName: 'second' }))
  expect((await held.arrived).input.clusterName).toBe('second')
  expect(await settledSoon(sent)).toBe(false)
  held.release()
  await sent
  expect(await clusterExists('second')).toBe(true)
})

test('awsQuery inputs are matched in the shape the service receives (strings, lists)', async () => {
  const held = emulator.faults.hold('elb', 'CreateTargetGroup', (input) => input.Port === '8080')
  const sent = elb.send(
    new CreateTargetGroupCommand({ Name: 'held-tg', Protocol: 'HTTP', Port: 8080, VpcId: 'vpc-1' })
  )
  expect((await held.arrived).input).toMatchObject({ Name: 'held-tg', Port: '8080' })
  await expect(elb.send(new DescribeTargetGroupsCommand({ Names: ['held-tg'] }))).rejects.toThrow()
  held.release()
  await sent
  const { TargetGroups } = await elb.send(new DescribeTargetGroupsCommand({ Names: ['held-tg'] }))
  expect(TargetGroups).toHaveLength(1)
})

test('a call is applied on release even if its caller gave up meanwhile', async () => {
  const { cluster } = await ecs.send(new CreateClusterCommand({ clusterName: 'tagged' }))
  const held = emulator.faults.hold('ecs', 'TagResource')
  const abort = new AbortController()
  const sent = ecs.send(
    new TagResourceCommand({ resourceArn: cluster!.clusterArn!, tags: [{ key: 'k', value: 'v' }] }),
    { abortSignal: abort.signal }
  )
  await held.arrived
  abort.abort()
  await expect(sent).rejects.toThrow()
  held.release()
  const tagsNow = async () =>
    (await emulator.ecs.handle('ListTagsForResource', { resourceArn: cluster!.clusterArn! })).tags
  const deadline = Date.now() + 2000
  while ((await tagsNow()).length === 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  expect(await tagsNow()).toEqual([{ key: 'k', value: 'v' }])
})

test('holds catch one call each, in order; release before arrival disarms; clear releases', async () => {
  const disarmed = emulator.faults.hold('ecs', 'DescribeClusters')
  disarmed.release()
  await ecs.send(new DescribeClustersCommand({ clusters: ['default'] }))

  const one = emulator.faults.hold('ecs', 'DescribeClusters')
  const two = emulator.faults.hold('ecs', 'DescribeClusters')
  const a = ecs.send(new DescribeClustersCommand({ clusters: ['first'] }))
  expect((await one.arrived).input.clusters).toEqual(['first'])
  const b = ecs.send(new DescribeClustersCommand({ clusters: ['second'] }))
  expect((await two.arrived).input.clusters).toEqual(['second'])
  // Both held: a third call of the operation passes.
  await ecs.send(new DescribeClustersCommand({ clusters: ['default'] }))
  expect(await settledSoon(Promise.race([a, b]))).toBe(false)

  two.release()
  expect((await b).clusters?.[0].clusterName).toBe('second')
  expect(await settledSoon(a)).toBe(false)
  emulator.faults.clear()
  expect((await a).clusters?.[0].clusterName).toBe('first')
})
