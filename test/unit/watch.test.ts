/**
 * The scheduler of looks at a deployment, on a fake clock: which look happens when, and what it calls. A service
 * scripted by time (ECS's own timeline of a 2-task rolling deployment with 5 s health checks and a 5 s
 * deregistration delay) stands behind a minimal ECS port that counts its calls.
 */
import { expect, test } from '@jest/globals'
import type { Deployment, Service, ServiceEvent, Task } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../../src/aws/ecs.ts'
import { silentLog } from '../../src/core/log.ts'
import { Timeline } from '../../src/core/timeline.ts'
import { EcsTasksGate } from '../../src/gates/ecs-tasks.ts'
import { once } from '../../src/gates/gate.ts'
import { TargetHealthGate } from '../../src/gates/target-health.ts'
import { followDeployment, type WatchedDeployment } from '../../src/service/watch.ts'
import { FakeClock } from './support/fake-clock.ts'

const targetGroupArn = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef'

/** ECS's timeline after UpdateService, in seconds: tasks start, turn healthy, the old ones drain, done. */
const script = { running: 20, healthy: 30, drainBegins: 30, completed: 36.2 }

function world(clock: FakeClock, crashed: Task[] = [], completedAt = script.completed) {
  const start = clock.now()
  const at = (seconds: number) => start + seconds * 1000
  const calls: string[] = []
  const task = (id: string): Task => ({
    taskArn: `arn:aws:ecs:us-east-1:123456789012:task/prod/${id}`,
    startedBy: 'ecs-svc/2',
    lastStatus: 'RUNNING',
    desiredStatus: 'RUNNING',
    attachments: [{ details: [{ name: 'privateIPv4Address', value: `10.0.0.${id}` }] }],
    containers: [{ name: 'web' }]
  })
  const service = (): Service => {
    const now = clock.now()
    const running = now >= at(script.running) ? 2 : 0
    const completed = now >= at(completedAt)
    const primary: Deployment = {
      id: 'ecs-svc/2',
      status: 'PRIMARY',
      taskDefinition: 'web:8',
      desiredCount: 2,
      runningCount: running,
      pendingCount: 2 - running,
      failedTasks: 0,
      rolloutState: completed ? 'COMPLETED' : 'IN_PROGRESS'
    }
    const old: Deployment = { id: 'ecs-svc/1', status: 'ACTIVE', runningCount: completed ? 0 : 2 }
    const events: ServiceEvent[] = []
    const event = (seconds: number, message: string) => {
      if (now >= at(seconds)) events.unshift({ id: message, createdAt: new Date(at(seconds)), message })
    }
    event(script.running, '(service web) registered 2 targets in (target-group web)')
    event(script.drainBegins, '(service web) has begun draining connections on 2 tasks.')
    event(completedAt, '(service web) has reached a steady state.')
    return { serviceName: 'web', deployments: completed ? [primary] : [primary, old], events }
  }
  const ecs = {
    async describeService() {
      calls.push('DescribeServices')
      return service()
    },
    async deploymentTasks() {
      calls.push('ListTasks', 'ListTasks', 'DescribeTasks')
      const running = clock.now() >= at(script.running) ? [task('1'), task('2')] : []
      return [...running, ...crashed]
    }
  } as unknown as EcsPort
  const elb = {
    async targetHealth() {
      calls.push('DescribeTargetHealth')
      const state = clock.now() >= at(script.healthy) ? 'healthy' : 'initial'
      return ['1', '2'].map((id) => ({ targetGroupArn, id: `10.0.0.${id}`, port: 8080, state }))
    }
  }
  const watch: WatchedDeployment = {
    ecs,
    cluster: 'prod',
    service: 'web',
    deploymentId: 'ecs-svc/2',
    expectedCount: 2,
    gates: [
      new EcsTasksGate(),
      new TargetHealthGate(elb, [{ targetGroupArn, containerName: 'web', containerPort: 8080 }])
    ],
    timeline: new Timeline(clock, silentLog),
    clock,
    intervalMs: 5000,
    seenEvents: new Set(),
    // Read once, as the deployment target does.
    timings: {
      healthyAfterMs: once(async () => {
        calls.push('DescribeTargetGroups')
        return 10_000
      }),
      drainMs: once(async () => {
        calls.push('DescribeTargetGroupAttributes')
        return 5000
      })
    }
  }
  return { watch, calls, at }
}

test('one DescribeServices a look while ECS deploys; tasks and targets read once it completes', async () => {
  const clock = new FakeClock()
  const { watch, calls } = world(clock)
  const verdict = await followDeployment(watch, 600_000)
  expect(verdict.ok).toBe(true)
  const describes = calls.filter((call) => call === 'DescribeServices').length
  // Tasks and targets are read only at the look that sees the deployment COMPLETED.
  expect(calls.filter((call) => call === 'DescribeTasks')).toHaveLength(1)
  expect(calls.filter((call) => call === 'DescribeTargetHealth')).toHaveLength(1)
  // Only the deregistration delay is read: the drain tells when ECS completes (health checks are not needed).
  expect(calls.filter((call) => call !== 'DescribeServices').sort()).toEqual([
    'DescribeTargetGroupAttributes',
    'DescribeTargetHealth',
    'DescribeTasks',
    'ListTasks',
    'ListTasks'
  ])
  expect(describes).toBeLessThanOrEqual(10)
})

test.each([36.2, 44.9])(
  'no pause is longer than the poll interval; after the drain, looks every 2 s or so see ECS complete (at %s s) within 2 s',
  async (completed) => {
    const clock = new FakeClock()
    const { watch, at, calls } = world(clock, [], completed)
    await followDeployment(watch, 600_000)
    expect(Math.max(...clock.sleeps)).toBe(5000)
    // The drain began at 30 s and lasts 5 s: a look then, then one every 2 s until ECS completes.
    const verdictAt = clock.now()
    expect(verdictAt).toBeGreaterThanOrEqual(at(completed))
    expect(verdictAt - at(completed)).toBeLessThanOrEqual(2000)
    const looks = calls.filter((call) => call === 'DescribeServices').length
    expect(looks).toBeLessThanOrEqual(7 + Math.ceil((completed - 35) / 2) + 1)
  }
)

test('without the target groups timings, looks keep to the poll interval', async () => {
  const clock = new FakeClock()
  const { watch, at } = world(clock)
  delete watch.timings
  await followDeployment(watch, 600_000)
  expect(new Set(clock.sleeps)).toEqual(new Set([5000]))
  expect(clock.now() - at(script.completed)).toBeLessThanOrEqual(5000)
})

test('a task of the deployment that crashed after turning healthy (replaced, not counted as failed) fails it', async () => {
  const clock = new FakeClock()
  const crashed: Task = {
    taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/9',
    startedBy: 'ecs-svc/2',
    lastStatus: 'STOPPED',
    desiredStatus: 'STOPPED',
    stopCode: 'EssentialContainerExited',
    stoppedReason: 'Essential container in task exited',
    containers: [{ name: 'web', exitCode: 1 }]
  }
  const { watch } = world(clock, [crashed])
  const verdict = await followDeployment(watch, 600_000)
  expect(verdict).toMatchObject({ ok: false, cause: 'gate', gate: 'tasks' })
  expect(verdict.reason).toContain(
    '1 task stopped: EssentialContainerExited: Essential container in task exited'
  )
  expect(verdict.reason).toContain('exit code 1')
})
