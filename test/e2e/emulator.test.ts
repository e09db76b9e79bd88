/**
 * The emulator driven only through the real AWS SDK clients, with real traffic through its listener:
 * the behaviours every deploy test later relies on.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  ECSClient
} from '@aws-sdk/client-ecs'
import {
  CreateTargetGroupCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  RegisterTargetsCommand
} from '@aws-sdk/client-elastic-load-balancing-v2'
import { DescribeAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import {
  containerDefinition,
  createColorPair,
  setPairWeights,
  type ColorPair
} from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad } from '../../emulator/rehearsal/load.ts'
import { uniqueName } from '../../emulator/rehearsal/runner.ts'

let emulator: Emulator
let pair: ColorPair

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = await probe()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`timed out waiting for ${what}`)
}

async function targetStates(targetGroupArn: string): Promise<string[]> {
  const health = await pair.clients.elb.send(
    new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn })
  )
  return (health.TargetHealthDescriptions ?? []).map((t) => t.TargetHealth?.State ?? '?')
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.02 })
  pair = await createColorPair({ endpoint: emulator.endpoint }, uniqueName('emu'), {
    image: 'demo:v1',
    desiredCount: 2
  })
  // Green runs v2 at full size, idle at weight 0 (still health-checked: it is in the rule).
  await pair.clients.ecs.send(
    new RegisterTaskDefinitionCommand({
      family: `${pair.family}-v2`,
      containerDefinitions: [containerDefinition('app', { image: 'demo:v2' })]
    })
  )
  await pair.clients.ecs.send(
    new UpdateServiceCommand({
      cluster: pair.cluster,
      service: pair.greenService,
      taskDefinition: `${pair.family}-v2`,
      desiredCount: 2
    })
  )
  await until('green healthy', async () => {
    const states = await targetStates(pair.greenTargetGroupArn)
    return states.length === 2 && states.every((s) => s === 'healthy') ? true : undefined
  })
}, 60_000)

afterAll(async () => {
  await emulator?.stop()
})

describe('traffic', () => {
  test('a 90/10 split gives each group its share within 3 points over 2,000 requests', async () => {
    await setPairWeights(pair, 90, 10)
    const load = startLoad({ url: pair.url, ratePerSecond: 400, maxDurationMs: 30_000 })
    await until('2,000 answers', async () => (load.snapshot().succeeded >= 2000 ? true : undefined), 30_000)
    const report = await load.stop()
    expect(report.failed).toBe(0)
    const total = (report.byVersion.v1 ?? 0) + (report.byVersion.v2 ?? 0)
    expect(total).toBeGreaterThanOrEqual(2000)
    expect(Math.abs((report.byVersion.v2 ?? 0) / total - 0.1)).toBeLessThanOrEqual(0.03)
  }, 40_000)

  test('switching 100/0 to 0/100 under 100+ requests per second for 10 s loses no request', async () => {
    await setPairWeights(pair, 100, 0)
    const load = startLoad({ url: pair.url, ratePerSecond: 120, maxDurationMs: 20_000 })
    await new Promise((resolve) => setTimeout(resolve, 5_000))
    await setPairWeights(pair, 0, 100)
    await new Promise((resolve) => setTimeout(resolve, 5_500))
    const report = await load.stop()
    expect(report.durationMs).toBeGreaterThanOrEqual(10_000)
    expect(report.sent / (report.durationMs / 1000)).toBeGreaterThanOrEqual(100)
    expect(report.failures).toEqual([])
    expect(report.byVersion.v1).toBeGreaterThan(400)
    expect(report.byVersion.v2).toBeGreaterThan(400)
    // After the switch settles, only green serves.
    const last = report.samples.slice(-100)
    expect(last.every((s) => s.version === 'v2')).toBe(true)
  }, 30_000)
})

describe('target health', () => {
  test('a group no rule uses shows unused; a used one goes initial -> healthy; a removed task drains', async () => {
    const { elb, ecs } = pair.clients
    const unused = await elb.send(
      new CreateTargetGroupCommand({
        Name: uniqueName('unused'),
        Protocol: 'HTTP',
        Port: 8080,
        VpcId: 'vpc-1',
        TargetType: 'ip'
      })
    )
    const unusedArn = unused.TargetGroups![0].TargetGroupArn!
    await elb.send(
      new RegisterTargetsCommand({ TargetGroupArn: unusedArn, Targets: [{ Id: '127.0.0.1', Port: 8080 }] })
    )
    const health = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: unusedArn }))
    expect(health.TargetHealthDescriptions![0].TargetHealth).toMatchObject({
      State: 'unused',
      Reason: 'Target.NotInUse'
    })

    // Scale blue 2 -> 3: the new target is seen initial, then healthy; back to 2: one target drains.
    await ecs.send(
      new UpdateServiceCommand({ cluster: pair.cluster, service: pair.blueService, desiredCount: 3 })
    )
    await until('an initial target', async () =>
      (await targetStates(pair.blueTargetGroupArn)).includes('initial') ? true : undefined
    )
    await until('3 healthy', async () => {
      const states = await targetStates(pair.blueTargetGroupArn)
      return states.length === 3 && states.every((s) => s === 'healthy') ? true : undefined
    })
    await ecs.send(
      new UpdateServiceCommand({ cluster: pair.cluster, service: pair.blueService, desiredCount: 2 })
    )
    await until('a draining target', async () =>
      (await targetStates(pair.blueTargetGroupArn)).includes('draining') ? true : undefined
    )
    await until('2 targets left', async () =>
      (await targetStates(pair.blueTargetGroupArn)).length === 2 ? true : undefined
    )
  }, 40_000)
})

describe('deployments', () => {
  test('a crashing version trips the circuit breaker, rolls back, and keeps its stop reasons', async () => {
    const { ecs } = pair.clients
    const family = `${pair.family}-crash`
    await ecs.send(
      new RegisterTaskDefinitionCommand({
        family,
        containerDefinitions: [
          containerDefinition('app', { image: 'demo:crash', environment: { CRASH_AFTER_MS: '50' } })
        ]
      })
    )
    await ecs.send(
      new UpdateServiceCommand({
        cluster: pair.cluster,
        service: pair.greenService,
        taskDefinition: family,
        deploymentConfiguration: {
          deploymentCircuitBreaker: { enable: true, rollback: true },
          minimumHealthyPercent: 100,
          maximumPercent: 200
        }
      })
    )
    const failed = await until(
      'the circuit breaker',
      async () => {
        const service = (
          await ecs.send(
            new DescribeServicesCommand({ cluster: pair.cluster, services: [pair.greenService] })
          )
        ).services![0]
        return service.deployments?.find((d) => d.rolloutState === 'FAILED')
      },
      30_000
    )
    expect(failed.rolloutStateReason).toMatch(/circuit breaker/i)
    expect(failed.failedTasks).toBeGreaterThanOrEqual(3)
    const service = await until(
      'the rollback to complete',
      async () => {
        const s = (
          await ecs.send(
            new DescribeServicesCommand({ cluster: pair.cluster, services: [pair.greenService] })
          )
        ).services![0]
        return s.deployments?.length === 1 && s.deployments[0].rolloutState === 'COMPLETED' ? s : undefined
      },
      30_000
    )
    expect(service.taskDefinition).toMatch(new RegExp(`${pair.family}-v2:1$`))
    const stopped = await ecs.send(
      new ListTasksCommand({
        cluster: pair.cluster,
        serviceName: pair.greenService,
        desiredStatus: 'STOPPED'
      })
    )
    const tasks = (
      await ecs.send(new DescribeTasksCommand({ cluster: pair.cluster, tasks: stopped.taskArns }))
    ).tasks!
    // At least the breaker's threshold of crashed tasks, each with its reason and exit code (a later task of
    // the bad version may instead be scaled in by the rollback before it crashes).
    const crashed = tasks.filter(
      (t) => t.taskDefinitionArn?.includes('-crash:') && t.stopCode === 'EssentialContainerExited'
    )
    expect(crashed.length).toBeGreaterThanOrEqual(3)
    for (const task of crashed) {
      expect(task.stoppedReason).toBe('Essential container in task exited')
      expect(task.containers![0].exitCode).toBe(1)
    }
  }, 70_000)
})

describe('alarms and faults', () => {
  test('an alarm on the target group goes to ALARM from real 5xx traffic', async () => {
    const { ecs, cloudwatch } = pair.clients
    const family = `${pair.family}-failing`
    await ecs.send(
      new RegisterTaskDefinitionCommand({
        family,
        containerDefinitions: [
          containerDefinition('app', { image: 'demo:bad', environment: { FAIL_RATE: '1' } })
        ]
      })
    )
    await ecs.send(
      new UpdateServiceCommand({ cluster: pair.cluster, service: pair.greenService, taskDefinition: family })
    )
    const alarmName = uniqueName('green-5xx')
    const tg = pair.greenTargetGroupArn.split(':').at(-1)!
    const lb = pair.loadBalancerArn.split(':loadbalancer/').at(-1)!
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: alarmName,
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
    )
    await until(
      'bad version healthy',
      async () => {
        const s = (
          await ecs.send(
            new DescribeServicesCommand({ cluster: pair.cluster, services: [pair.greenService] })
          )
        ).services![0]
        return s.deployments?.length === 1 && s.deployments[0].rolloutState === 'COMPLETED' ? true : undefined
      },
      30_000
    )
    await setPairWeights(pair, 50, 50)
    const load = startLoad({ url: pair.url, ratePerSecond: 100, maxDurationMs: 20_000 })
    const alarm = await until('ALARM', async () => {
      const alarms = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [alarmName] }))
      return alarms.MetricAlarms?.[0]?.StateValue === 'ALARM' ? alarms.MetricAlarms[0] : undefined
    })
    await load.stop()
    expect(alarm.StateReason).toMatch(/greater than the threshold \(5(\.0)?\)/)
    await setPairWeights(pair, 100, 0)
  }, 60_000)

  test('throttling surfaces as the SDK throttling errors', async () => {
    emulator.faults.set('ecs', { throttleRate: 1 })
    emulator.faults.set('elb', { throttleRate: 1 })
    const config = {
      endpoint: emulator.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxAttempts: 1
    }
    const ecs = new ECSClient(config)
    const elb = new ElasticLoadBalancingV2Client(config)
    try {
      await expect(
        ecs.send(new DescribeServicesCommand({ cluster: pair.cluster, services: [pair.blueService] }))
      ).rejects.toMatchObject({ name: 'ThrottlingException', message: 'Rate exceeded' })
      const elbError = await elb
        .send(new DescribeTargetHealthCommand({ TargetGroupArn: pair.blueTargetGroupArn }))
        .catch((e: unknown) => e)
      expect((elbError as Error).name).toBe('Throttling')
      expect((elbError as Error).message).toBe('Rate exceeded')
    } finally {
      emulator.faults.clear()
    }
  }, 60_000)
})
