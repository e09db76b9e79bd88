import { describe, expect, test } from '@jest/globals'
import type { Container, LoadBalancer, Task } from '@aws-sdk/client-ecs'
import type { AlarmState } from '../../src/aws/cloudwatch.ts'
import type { TargetHealth } from '../../src/aws/elb.ts'
import { AlarmsGate } from '../../src/gates/alarms.ts'
import { EcsTasksGate, describeStoppedTasks } from '../../src/gates/ecs-tasks.ts'
import { checkGates, once, overall, type GateContext, type GateResult } from '../../src/gates/gate.ts'
import { TargetHealthGate, isTargetOf, targetGroupName } from '../../src/gates/target-health.ts'

const tg = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-blue/0123456789abcdef'
const loadBalancer: LoadBalancer = { targetGroupArn: tg, containerName: 'web', containerPort: 8080 }

const awsvpcTask = (id: string, ip: string, status = 'RUNNING'): Task => ({
  taskArn: `arn:aws:ecs:us-east-1:123456789012:task/prod/${id}`,
  lastStatus: status,
  desiredStatus: 'RUNNING',
  attachments: [{ type: 'ElasticNetworkInterface', details: [{ name: 'privateIPv4Address', value: ip }] }],
  containers: [{ name: 'web', networkInterfaces: [{ privateIpv4Address: ip }] }]
})

/** A task ECS stopped, with what it said about why. */
const stoppedTask = (
  id: string,
  stoppedReason: string,
  stopCode: Task['stopCode'],
  containers: Container[]
): Task => ({
  taskArn: `arn:aws:ecs:us-east-1:123456789012:task/prod/${id}`,
  lastStatus: 'STOPPED',
  desiredStatus: 'STOPPED',
  stoppedReason,
  stopCode,
  containers
})

/** What one look knows: these tasks, the count the rollout deployed, and the service's desired count now. */
const look = (tasks: Task[], expectedCount: number, desiredNow: number = expectedCount): GateContext => ({
  tasks: async () => tasks,
  expectedCount,
  counts: async () => ({ running: 0, pending: 0, desired: desiredNow, failed: 0 }),
  signal: new AbortController().signal
})

const target = (id: string, port: number, state: string, reason?: string): TargetHealth => ({
  targetGroupArn: tg,
  id,
  port,
  state,
  reason
})

describe('isTargetOf', () => {
  test('awsvpc: the ENI address and the container port', () => {
    const task = awsvpcTask('a', '10.0.1.5')
    expect(isTargetOf(target('10.0.1.5', 8080, 'healthy'), task, loadBalancer)).toBe(true)
    expect(isTargetOf(target('10.0.1.6', 8080, 'healthy'), task, loadBalancer)).toBe(false)
    expect(isTargetOf(target('10.0.1.5', 9090, 'healthy'), task, loadBalancer)).toBe(false)
  })

  test('tasks sharing one address (bridge mode, or the local emulator) are told apart by host port', () => {
    const task: Task = {
      containers: [
        { name: 'web', networkBindings: [{ bindIP: '127.0.0.1', containerPort: 8080, hostPort: 41234 }] }
      ]
    }
    expect(isTargetOf(target('127.0.0.1', 41234, 'healthy'), task, loadBalancer)).toBe(true)
    expect(isTargetOf(target('127.0.0.1', 41235, 'healthy'), task, loadBalancer)).toBe(false)
    expect(isTargetOf(target('127.0.0.1', 8080, 'healthy'), task, loadBalancer)).toBe(false)
  })

  test('instance targets (bridge/host mode) match by host port', () => {
    const task: Task = {
      containers: [{ name: 'web', networkBindings: [{ containerPort: 8080, hostPort: 32768 }] }]
    }
    expect(isTargetOf(target('i-0abc', 32768, 'healthy'), task, loadBalancer)).toBe(true)
    expect(isTargetOf(target('i-0abc', 32769, 'healthy'), task, loadBalancer)).toBe(false)
  })
})

describe('TargetHealthGate', () => {
  const gate = (targets: TargetHealth[]) =>
    new TargetHealthGate({ targetHealth: async () => targets }, [loadBalancer])
  const tasks = [
    awsvpcTask('a', '10.0.1.5'),
    awsvpcTask('b', '10.0.1.6'),
    awsvpcTask('c', '10.0.1.7', 'PENDING')
  ]

  test('passes when every running task is a healthy target (old targets do not count)', async () => {
    const result = await gate([
      target('10.0.1.5', 8080, 'healthy'),
      target('10.0.1.6', 8080, 'healthy'),
      target('10.0.9.9', 8080, 'draining', 'Target.DeregistrationInProgress')
    ]).check(look(tasks, 3))
    expect(result).toEqual({ state: 'passed', observed: '2/2 new targets healthy' })
  })

  test('waits, with reasons, while a target is unhealthy or not registered', async () => {
    const result = await gate([target('10.0.1.5', 8080, 'unhealthy', 'Target.FailedHealthChecks')]).check(
      look(tasks, 3)
    )
    expect(result).toEqual({
      state: 'waiting',
      observed:
        '0/2 new targets healthy; 10.0.1.5:8080 in web-blue unhealthy (Target.FailedHealthChecks); task b not registered in web-blue'
    })
  })

  test('no running task of the version: waiting, never passed, even when the group has healthy targets', async () => {
    const old = [target('10.0.9.9', 8080, 'healthy'), target('10.0.9.8', 8080, 'healthy')]
    const none = { state: 'waiting', observed: 'no running task of the new version' }
    expect(await gate(old).check(look([], 2))).toEqual(none)
    expect(await gate(old).check(look([awsvpcTask('c', '10.0.1.7', 'PENDING')], 2))).toEqual(none)
    expect(await gate([]).check(look([], 0))).toEqual(none)
  })

  test('target group names come from their ARNs', () => {
    expect(targetGroupName(tg)).toBe('web-blue')
  })
})

describe('EcsTasksGate', () => {
  const gate = new EcsTasksGate()

  test('waits for the desired count, then passes', async () => {
    const running = [awsvpcTask('a', '10.0.0.1'), awsvpcTask('b', '10.0.0.2', 'PROVISIONING')]
    expect(await gate.check(look(running, 2))).toEqual({
      state: 'waiting',
      observed: '1/2 running, 1 starting'
    })
    expect((await gate.check(look(running.slice(0, 1), 1))).state).toBe('passed')
  })

  test('waits while a container health check fails', async () => {
    const task = { ...awsvpcTask('a', '10.0.0.1'), healthStatus: 'UNHEALTHY' as const }
    expect(await gate.check(look([task], 1))).toEqual({
      state: 'waiting',
      observed: '1/1 running, container health check failing on a'
    })
  })

  test('fails on a stopped task, with everything ECS said about it', async () => {
    const stopped = stoppedTask(
      '0f1e2d',
      'Task failed ELB health checks in (target-group arn:...)',
      'ServiceSchedulerInitiated',
      [
        { name: 'web', exitCode: 1, reason: 'CannotPullContainerError: not found' },
        { name: 'sidecar', exitCode: 0 }
      ]
    )
    const result = await gate.check(look([awsvpcTask('a', '10.0.0.1'), stopped], 1))
    expect(result.state).toBe('failed')
    expect(result.observed).toBe(
      '1 task stopped: ServiceSchedulerInitiated: Task failed ELB health checks in (target-group arn:...); container web: exit code 1, CannotPullContainerError: not found; container sidecar: exit code 0 (task 0f1e2d)'
    )
  })

  test('tasks that stopped for the same reasons are named together', () => {
    const crashed = (id: string, exitCode: number) =>
      stoppedTask(id, 'Essential container in task exited', 'EssentialContainerExited', [
        { name: 'web', exitCode }
      ])
    expect(describeStoppedTasks([crashed('a', 1), crashed('b', 1), crashed('c', 2)])).toBe(
      '2 tasks stopped: EssentialContainerExited: Essential container in task exited; container web: exit code 1 (tasks a, b); ' +
        '1 task stopped: EssentialContainerExited: Essential container in task exited; container web: exit code 2 (task c)'
    )
  })

  test('no task at all is not healthy: the count the rollout deployed is expected, never 0 of 0', async () => {
    expect(await gate.check(look([], 2))).toEqual({ state: 'waiting', observed: '0/2 running' })
    // A rollout of 0 tasks still expects one: nothing running is never a pass.
    const zero: GateContext = { ...look([], 0), counts: undefined }
    expect(await gate.check(zero)).toEqual({ state: 'waiting', observed: '0/1 running' })
  })

  test("the service's desired count below the count the rollout deployed fails, naming both numbers", async () => {
    const running = [awsvpcTask('a', '10.0.0.1'), awsvpcTask('b', '10.0.0.2')]
    expect(await gate.check(look(running, 2, 1))).toEqual({
      state: 'failed',
      observed:
        "2/2 running, the service's desired count is now 1, below the 2 this rollout deployed (changed outside this rollout)"
    })
    expect(await gate.check(look([], 2, 0))).toEqual({
      state: 'failed',
      observed:
        "0/2 running, the service's desired count is now 0, below the 2 this rollout deployed (changed outside this rollout)"
    })
    // Scaled out meanwhile (autoscaling): the deployed count still passes.
    expect((await gate.check(look(running, 2, 4))).state).toBe('passed')
    // A look that could not read the count now judges by the deployed count alone.
    const unknown: GateContext = { ...look(running, 2), counts: async () => undefined }
    expect((await gate.check(unknown)).state).toBe('passed')
  })

  test('a scale-in by the scheduler is not a failure', async () => {
    const scaledIn = stoppedTask(
      'b',
      'Scaling activity initiated by (deployment ecs-svc/123)',
      'ServiceSchedulerInitiated',
      [{ name: 'web', exitCode: 0 }]
    )
    expect((await gate.check(look([awsvpcTask('a', '10.0.0.1'), scaledIn], 1))).state).toBe('passed')
  })
})

describe('AlarmsGate', () => {
  const gate = (alarms: AlarmState[]) => new AlarmsGate({ alarms: async () => alarms }, ['5xx', 'latency'])

  test('passes with OK and INSUFFICIENT_DATA, fails on ALARM with its reason, fails on a deleted alarm', async () => {
    expect(
      await gate([
        { name: '5xx', state: 'OK' },
        { name: 'latency', state: 'INSUFFICIENT_DATA' }
      ]).check()
    ).toEqual({ state: 'passed', observed: '5xx OK, latency INSUFFICIENT_DATA' })
    expect(
      await gate([
        { name: '5xx', state: 'ALARM', reason: 'Threshold Crossed' },
        { name: 'latency', state: 'OK' }
      ]).check()
    ).toEqual({ state: 'failed', observed: 'alarm 5xx is in ALARM: Threshold Crossed' })
    expect(await gate([{ name: '5xx', state: 'OK' }]).check()).toEqual({
      state: 'failed',
      observed: 'alarm "latency" no longer exists'
    })
  })
})

test('gates are checked together; one failure fails them all, one waiting keeps them waiting', async () => {
  const fixed = (name: string, state: 'passed' | 'waiting' | 'failed') => ({
    name,
    check: async () => ({ state, observed: `${name} ${state}` })
  })
  const context = look([], 0)
  expect(overall(await checkGates([fixed('a', 'passed'), fixed('b', 'passed')], context))).toBe('passed')
  expect(overall(await checkGates([fixed('a', 'passed'), fixed('b', 'waiting')], context))).toBe('waiting')
  const reports = await checkGates([fixed('a', 'waiting'), fixed('b', 'failed')], context)
  expect(overall(reports)).toBe('failed')
  expect(reports).toEqual([
    { gate: 'a', state: 'waiting', observed: 'a waiting' },
    { gate: 'b', state: 'failed', observed: 'b failed' }
  ])
})

test('a failing gate ends the look at once: a slower gate is not waited for, and its late answer is ignored', async () => {
  let answerLate = (_result: GateResult): void => {}
  const slow = {
    name: 'tasks',
    check: () => new Promise<GateResult>((resolve) => (answerLate = resolve))
  }
  const alarm = {
    name: 'alarms',
    check: async (): Promise<GateResult> => ({ state: 'failed', observed: 'in ALARM' })
  }
  const reports = await checkGates([slow, alarm], look([], 0))
  expect(reports).toEqual([{ gate: 'alarms', state: 'failed', observed: 'in ALARM' }])
  answerLate({ state: 'passed', observed: '2/2 running' })
  await Promise.resolve()
  expect(reports).toHaveLength(1)
})

test('tasks are fetched once per look, however many gates ask, and only when one asks', async () => {
  let fetches = 0
  const context: GateContext = {
    tasks: once(async () => {
      fetches++
      return [awsvpcTask('a', '10.0.1.5')]
    }),
    expectedCount: 1,
    signal: new AbortController().signal
  }
  const alarms = new AlarmsGate({ alarms: async () => [{ name: '5xx', state: 'OK' }] }, ['5xx'])
  await checkGates([alarms], context)
  expect(fetches).toBe(0)
  const reports = await checkGates(
    [
      new EcsTasksGate(),
      new TargetHealthGate({ targetHealth: async () => [target('10.0.1.5', 8080, 'healthy')] }, [
        loadBalancer
      ]),
      alarms
    ],
    context
  )
  expect(overall(reports)).toBe('passed')
  expect(fetches).toBe(1)
})
