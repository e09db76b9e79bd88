/**
 * Rollout semantics of the emulated ECS against a fake load balancer that runs real HTTP health checks
 * against the tasks' demo apps (ELB itself is tested on its own).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type {
  LoadBalancingPort,
  TargetGroupView,
  TargetHealthState,
  TargetHealthView,
  TargetRef
} from '../../emulator/core/contracts.ts'
import { EmulatorTime } from '../../emulator/core/time.ts'
import { EcsService } from '../../emulator/ecs/service.ts'

/** A load balancer that health-checks targets over HTTP every `probeMs` and drains for `drainMs`. */
class FakeElb implements LoadBalancingPort {
  readonly groups = new Map<string, TargetGroupView>()
  /** Fewest healthy targets seen in each group since `resetWatch`. */
  readonly lowestHealthy = new Map<string, number>()
  private readonly entries = new Map<
    string,
    { target: TargetRef; view: TargetHealthView; probing: boolean }
  >()
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly drains = new Set<() => void>()
  private readonly probeTimer: NodeJS.Timeout
  private watching = false
  private readonly drainMs: number

  constructor(options: { probeMs?: number; drainMs?: number } = {}) {
    this.drainMs = options.drainMs ?? 20
    this.probeTimer = setInterval(() => this.probeAll(), options.probeMs ?? 10)
  }

  addGroup(name: string, attached = true): string {
    const arn = `arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/${name}/0123456789abcdef`
    const loadBalancerArns = attached
      ? ['arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/app/lb/1']
      : []
    this.groups.set(arn, { arn, name, port: 80, loadBalancerArns })
    return arn
  }

  targetGroup(arn: string): TargetGroupView | undefined {
    return this.groups.get(arn)
  }

  register(target: TargetRef): void {
    this.entries.set(key(target), {
      target,
      view: { state: 'initial', reason: 'Elb.RegistrationInProgress' },
      probing: false
    })
    this.changed()
  }

  deregister(target: TargetRef): Promise<void> {
    const entry = this.entries.get(key(target))
    if (!entry) return Promise.resolve()
    entry.view = { state: 'draining', reason: 'Target.DeregistrationInProgress' }
    this.changed()
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.timers.delete(timer)
        this.drains.delete(done)
        this.entries.delete(key(target))
        this.changed()
        resolve()
      }
      const timer = setTimeout(done, this.drainMs)
      this.timers.add(timer)
      this.drains.add(done)
    })
  }

  health(target: TargetRef): TargetHealthView | undefined {
    return this.entries.get(key(target))?.view
  }

  healthy(groupArn: string): TargetRef[] {
    return [...this.entries.values()]
      .filter((entry) => entry.target.targetGroupArn === groupArn && entry.view.state === 'healthy')
      .map((entry) => entry.target)
  }

  states(groupArn: string): TargetHealthState[] {
    return [...this.entries.values()]
      .filter((e) => e.target.targetGroupArn === groupArn)
      .map((e) => e.view.state)
  }

  resetWatch(): void {
    this.watching = true
    this.lowestHealthy.clear()
    this.changed()
  }

  close(): void {
    clearInterval(this.probeTimer)
    for (const timer of this.timers) clearTimeout(timer)
    for (const done of [...this.drains]) done()
  }

  private changed(): void {
    if (!this.watching) return
    for (const arn of this.groups.keys()) {
      const count = this.healthy(arn).length
      this.lowestHealthy.set(arn, Math.min(count, this.lowestHealthy.get(arn) ?? Infinity))
    }
  }

  private probeAll(): void {
    for (const entry of this.entries.values()) {
      if (entry.probing || entry.view.state === 'draining') continue
      entry.probing = true
      void probe(entry.target.port).then((status) => {
        entry.probing = false
        if (entry.view.state === 'draining' || this.entries.get(key(entry.target)) !== entry) return
        entry.view =
          status >= 200 && status < 400
            ? { state: 'healthy' }
            : status === 0
              ? {
                  state: 'unhealthy',
                  reason: 'Target.FailedHealthChecks',
                  description: 'Health checks failed'
                }
              : {
                  state: 'unhealthy',
                  reason: 'Target.ResponseCodeMismatch',
                  description: `Health checks failed with these codes: [${status}]`
                }
        this.changed()
      })
    }
  }
}

const key = (target: TargetRef) => `${target.targetGroupArn}|${target.id}|${target.port}`

function probe(port: number): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port,
        path: '/',
        agent: false,
        timeout: 500,
        headers: { 'user-agent': 'ELB-HealthChecker/2.0' }
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      }
    )
    req.on('timeout', () => req.destroy())
    req.on('error', () => resolve(0))
  })
}

function getJson(port: number): Promise<any> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
        let text = ''
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => resolve(JSON.parse(text)))
      })
      .on('error', reject)
  })
}

async function waitFor<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false) {
  const deadline = Date.now() + 8000
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

let time: EmulatorTime
let elb: FakeElb
let ecs: EcsService
let group: string

beforeEach(() => {
  time = new EmulatorTime(0.01)
  elb = new FakeElb()
  group = elb.addGroup('web')
  ecs = new EcsService({
    time,
    account: { region: 'us-east-1', accountId: '000000000000' },
    elb,
    timings: { schedulerIntervalSeconds: 1, taskStartSeconds: 3, taskStopSeconds: 1, stopTimeoutSeconds: 2 }
  })
})

afterEach(async () => {
  await ecs.stop()
  elb.close()
  time.stop()
})

async function register(version: string, env: Record<string, string> = {}): Promise<string> {
  const { taskDefinition } = await ecs.handle('RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [
      {
        name: 'app',
        image: `shop:${version}`,
        portMappings: [{ containerPort: 8080 }],
        environment: Object.entries(env).map(([name, value]) => ({ name, value }))
      }
    ]
  })
  return taskDefinition.taskDefinitionArn
}

async function service(): Promise<any> {
  const { services } = await ecs.handle('DescribeServices', { cluster: 'default', services: ['web'] })
  return services[0]
}

async function tasks(filter: Record<string, string> = {}): Promise<any[]> {
  const { taskArns } = await ecs.handle('ListTasks', { serviceName: 'web', ...filter })
  if (taskArns.length === 0) return []
  return (await ecs.handle('DescribeTasks', { tasks: taskArns })).tasks
}

async function createWeb(taskDefinition: string, extra: Record<string, unknown> = {}): Promise<void> {
  await ecs.handle('CreateService', {
    serviceName: 'web',
    taskDefinition,
    desiredCount: 2,
    loadBalancers: [{ targetGroupArn: group, containerName: 'app', containerPort: 8080 }],
    ...extra
  })
}

async function completed(taskDefinition: string): Promise<any> {
  return waitFor(`a COMPLETED deployment of ${taskDefinition}`, async () => {
    const current = await service()
    const primary = current.deployments[0]
    return current.deployments.length === 1 &&
      primary.taskDefinition === taskDefinition &&
      primary.rolloutState === 'COMPLETED'
      ? current
      : undefined
  })
}

describe('rolling deployment', () => {
  it('replaces every task without dropping below the desired healthy count', async () => {
    const v1 = await register('v1')
    const v2 = await register('v2')
    await createWeb(v1)
    const first = await completed(v1)
    expect(first.runningCount).toBe(2)
    expect(elb.healthy(group)).toHaveLength(2)
    const v1Tasks = await tasks()

    elb.resetWatch()
    const { service: updated } = await ecs.handle('UpdateService', { service: 'web', taskDefinition: v2 })
    const [primary, previous] = updated.deployments
    expect(primary).toMatchObject({ status: 'PRIMARY', taskDefinition: v2, rolloutState: 'IN_PROGRESS' })
    expect(primary.id).toMatch(/^ecs-svc\/\d{19}$/)
    expect(primary.rolloutStateReason).toBe(`ECS deployment ${primary.id} in progress.`)
    expect(previous).toMatchObject({ status: 'ACTIVE', taskDefinition: v1, rolloutState: 'COMPLETED' })

    const done = await completed(v2)
    expect(elb.lowestHealthy.get(group)).toBeGreaterThanOrEqual(2)
    expect(done.deployments[0]).toMatchObject({
      id: primary.id,
      desiredCount: 2,
      runningCount: 2,
      pendingCount: 0,
      failedTasks: 0,
      rolloutStateReason: `ECS deployment ${primary.id} completed.`
    })

    // Every running task is a v2 task of the new deployment, serving v2.
    const running = await tasks()
    expect(running).toHaveLength(2)
    for (const task of running) {
      expect(task).toMatchObject({
        lastStatus: 'RUNNING',
        startedBy: primary.id,
        group: 'service:web',
        taskDefinitionArn: v2
      })
      const port = task.containers[0].networkBindings[0].hostPort
      expect((await getJson(port)).version).toBe('v2')
    }

    // The old tasks drained and stopped, attributed to the new deployment.
    const stopped = await waitFor('the v1 tasks to stop', async () => {
      const list = await tasks({ desiredStatus: 'STOPPED' })
      return list.length === 2 && list.every((task) => task.lastStatus === 'STOPPED') && list
    })
    expect(stopped.map((task: any) => task.taskArn).sort()).toEqual(
      v1Tasks.map((task) => task.taskArn).sort()
    )
    for (const task of stopped) {
      expect(task).toMatchObject({
        stopCode: 'ServiceSchedulerInitiated',
        stoppedReason: `Scaling activity initiated by (deployment ${primary.id})`
      })
      expect(task.containers[0]).toMatchObject({ lastStatus: 'STOPPED', exitCode: 0 })
      expect(task.stoppedAt.getTime()).toBeGreaterThanOrEqual(task.stoppingAt.getTime())
    }

    const messages: string[] = done.events.map((event: any) => event.message)
    expect(messages[0]).toBe('(service web) has reached a steady state.')
    expect(messages[1]).toBe(`(service web) (deployment ${primary.id}) deployment completed.`)
    const started = running.map((task) => `(task ${task.taskArn.split('/').pop()})`)
    expect(messages).toContain(`(service web) has started 2 tasks: ${started.join(' ')}.`)
    expect(messages).toContain(`(service web) registered 1 targets in (target-group ${group})`)
    expect(messages).toContain(`(service web) deregistered 1 targets in (target-group ${group})`)
    expect(messages).toContain('(service web) has begun draining connections on 1 tasks.')
  })

  it('changes only the PRIMARY desired count when desiredCount alone changes', async () => {
    const v1 = await register('v1')
    await createWeb(v1)
    const before = await completed(v1)
    await ecs.handle('UpdateService', { service: 'web', desiredCount: 3 })
    const after = await waitFor('three running tasks', async () => {
      const current = await service()
      return current.runningCount === 3 && elb.healthy(group).length === 3 && current
    })
    expect(after.deployments).toHaveLength(1)
    expect(after.deployments[0]).toMatchObject({ id: before.deployments[0].id, desiredCount: 3 })
  })

  it('honours maximumPercent 100 by stopping before starting', async () => {
    const v1 = await register('v1')
    const v2 = await register('v2')
    await createWeb(v1, { deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 100 } })
    await completed(v1)
    elb.resetWatch()
    let most = 0
    const sampler = setInterval(async () => {
      const live = await tasks()
      most = Math.max(most, live.length)
    }, 5)
    try {
      await ecs.handle('UpdateService', { service: 'web', taskDefinition: v2 })
      await completed(v2)
    } finally {
      clearInterval(sampler)
    }
    expect(most).toBeLessThanOrEqual(2)
    expect(elb.lowestHealthy.get(group)).toBeGreaterThanOrEqual(1)
  })
})

describe('deployment circuit breaker', () => {
  it('fails a crashing version and rolls back to the last completed task definition', async () => {
    const v1 = await register('v1')
    const bad = await register('v2', { CRASH_AFTER_MS: '0' })
    await createWeb(v1, {
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } }
    })
    const stable = await completed(v1)
    const stableId = stable.deployments[0].id
    elb.resetWatch()

    const { service: updated } = await ecs.handle('UpdateService', { service: 'web', taskDefinition: bad })
    const failedId = updated.deployments[0].id
    const rolledBack = await waitFor('the rollback deployment', async () => {
      const current = await service()
      return current.deployments[0].id !== failedId && current
    })
    const [rollback, failed] = rolledBack.deployments
    expect(rollback).toMatchObject({
      status: 'PRIMARY',
      taskDefinition: v1,
      rolloutState: 'IN_PROGRESS',
      rolloutStateReason: `ECS deployment circuit breaker: rolling back to deploymentId ${stableId}.`
    })
    expect(rollback.id).not.toBe(stableId)
    expect(failed).toMatchObject({
      id: failedId,
      status: 'ACTIVE',
      taskDefinition: bad,
      rolloutState: 'FAILED',
      rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.'
    })
    // The threshold is min(200, max(3, ceil(0.5 * 2))) = 3; a task failing alongside the third counts too.
    expect(failed.failedTasks).toBeGreaterThanOrEqual(3)
    expect(failed.failedTasks).toBeLessThanOrEqual(4)
    expect(rolledBack.taskDefinition).toBe(v1)
    const messages = rolledBack.events.map((event: any) => event.message)
    expect(messages).toContain(
      `(service web) (deployment ${failedId}) deployment failed: tasks failed to start.`
    )
    expect(messages).toContain(`(service web) rolling back to deployment ${stableId}.`)

    const stopped = (await tasks({ desiredStatus: 'STOPPED' })).filter((task) => task.startedBy === failedId)
    // The tasks that tripped the breaker crashed; one started after them may be scaled in by the rollback
    // before its own crash, as ECS would.
    const crashed = stopped.filter((task) => task.stopCode === 'EssentialContainerExited')
    expect(crashed.length).toBeGreaterThanOrEqual(3)
    for (const task of crashed) {
      expect(task.stoppedReason).toBe('Essential container in task exited')
      expect(task.containers[0]).toMatchObject({ exitCode: 1, lastStatus: 'STOPPED', image: 'shop:v2' })
    }
    for (const task of stopped.filter((task) => !crashed.includes(task))) {
      expect(task).toMatchObject({
        stopCode: 'ServiceSchedulerInitiated',
        stoppedReason: `Scaling activity initiated by (deployment ${rollback.id})`
      })
    }

    const final = await completed(v1)
    expect(final.deployments[0].id).toBe(rollback.id)
    expect(elb.lowestHealthy.get(group)).toBeGreaterThanOrEqual(2)
  })

  it('replaces a task failing ELB health checks after the grace period and counts it as failed', async () => {
    const v1 = await register('v1')
    const sick = await register('v2', { UNHEALTHY: '1' })
    await createWeb(v1, {
      healthCheckGracePeriodSeconds: 10,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } }
    })
    await completed(v1)
    elb.resetWatch()
    const { service: updated } = await ecs.handle('UpdateService', { service: 'web', taskDefinition: sick })
    const failedId = updated.deployments[0].id

    const failed = await waitFor('the breaker to fail the deployment', async () => {
      const current = await service()
      return current.deployments[0].rolloutState === 'FAILED' && current
    })
    expect(failed.deployments[0]).toMatchObject({ id: failedId, status: 'PRIMARY' })
    expect(failed.deployments[0].failedTasks).toBeGreaterThanOrEqual(3)
    expect(failed.deployments[1]).toMatchObject({ taskDefinition: v1, runningCount: 2 })

    const replaced = (await tasks({ desiredStatus: 'STOPPED' })).filter((task) => task.startedBy === failedId)
    expect(replaced.length).toBeGreaterThanOrEqual(3)
    for (const task of replaced) {
      expect(task).toMatchObject({
        stopCode: 'ServiceSchedulerInitiated',
        stoppedReason: `Task failed ELB health checks in (target-group ${group})`
      })
      // Not before the grace period (10 AWS seconds = 100 ms here).
      expect(task.stoppingAt.getTime() - task.startedAt.getTime()).toBeGreaterThanOrEqual(100)
    }
    const messages: string[] = failed.events.map((event: any) => event.message)
    expect(
      messages.some((message) =>
        /^\(service web\) \(port \d+\) is unhealthy in \(target-group .+\) due to \(reason Health checks failed with these codes: \[503\]\)\.$/.test(
          message
        )
      )
    ).toBe(true)

    // A failed deployment without rollback launches nothing more, and the old version keeps serving.
    const live = await waitFor('the failed tasks to go', async () => {
      const list = await tasks()
      return list.every((task) => task.startedBy !== failedId) && list
    })
    for (let pass = 0; pass < 10; pass++) ecs.reconcile()
    expect((await tasks()).map((task) => task.taskArn).sort()).toEqual(
      live.map((task: any) => task.taskArn).sort()
    )
    expect(elb.lowestHealthy.get(group)).toBeGreaterThanOrEqual(2)
  })

  it('uses a COUNT threshold when configured', async () => {
    const v1 = await register('v1')
    const bad = await register('v2', { CRASH_AFTER_MS: '0' })
    await createWeb(v1, {
      deploymentConfiguration: {
        deploymentCircuitBreaker: {
          enable: true,
          rollback: false,
          thresholdConfiguration: { type: 'COUNT', value: 1 }
        }
      }
    })
    await completed(v1)
    await ecs.handle('UpdateService', { service: 'web', taskDefinition: bad })
    const failed = await waitFor('a FAILED deployment', async () => {
      const current = await service()
      return current.deployments[0].rolloutState === 'FAILED' && current
    })
    expect(failed.deployments[0].failedTasks).toBeGreaterThanOrEqual(1)
  })
})

describe('stopping tasks', () => {
  it('StopTask stops a task for the user and the service replaces it, not as a failure', async () => {
    const v1 = await register('v1')
    await createWeb(v1, {
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } }
    })
    await completed(v1)
    const [victim] = await tasks()
    const { task } = await ecs.handle('StopTask', { task: victim.taskArn, reason: 'maintenance' })
    expect(task).toMatchObject({
      desiredStatus: 'STOPPED',
      stopCode: 'UserInitiated',
      stoppedReason: 'maintenance'
    })
    const after = await waitFor('a replacement', async () => {
      const current = await service()
      const live = await tasks()
      return (
        live.length === 2 &&
        !live.some((t) => t.taskArn === victim.taskArn) &&
        current.runningCount === 2 &&
        current
      )
    })
    expect(after.deployments[0].failedTasks).toBe(0)
    const stopped = await waitFor('STOPPED', async () => {
      const [described] = (await ecs.handle('DescribeTasks', { tasks: [victim.taskArn] })).tasks
      return described.lastStatus === 'STOPPED' && described
    })
    expect(stopped.containers[0].exitCode).toBe(0)
  })

  it('killTask makes the essential container exit and the service replaces the task', async () => {
    const v1 = await register('v1')
    await createWeb(v1)
    await completed(v1)
    const [victim] = await tasks()
    ecs.killTask(victim.taskArn, { reason: 'OutOfMemoryError: Container killed due to memory usage' })
    const stopped = await waitFor('the killed task to stop', async () => {
      const [described] = (await ecs.handle('DescribeTasks', { tasks: [victim.taskArn] })).tasks
      return described.lastStatus === 'STOPPED' && described
    })
    expect(stopped).toMatchObject({
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited'
    })
    expect(stopped.containers[0]).toMatchObject({
      exitCode: 137,
      reason: 'OutOfMemoryError: Container killed due to memory usage'
    })
    const healed = await waitFor('two healthy tasks again', async () => {
      const current = await service()
      return current.runningCount === 2 && elb.healthy(group).length === 2 && current
    })
    // It had been healthy: not a deployment failure.
    expect(healed.deployments[0].failedTasks).toBe(0)
    expect(() => ecs.killTask('arn:aws:ecs:us-east-1:000000000000:task/default/nope')).toThrow(/not found/)
  })

  it('DeleteService with force drains every task, then the service is INACTIVE', async () => {
    const v1 = await register('v1')
    await createWeb(v1)
    await completed(v1)
    const { service: deleted } = await ecs.handle('DeleteService', { service: 'web', force: true })
    expect(deleted).toMatchObject({ status: 'DRAINING', desiredCount: 0 })
    await waitFor('INACTIVE', async () => (await service()).status === 'INACTIVE')
    expect(await tasks()).toHaveLength(0)
    expect((await ecs.handle('ListServices', {})).serviceArns).toHaveLength(0)
  })

  it('stop() ends every task app at once', async () => {
    const v1 = await register('v1')
    await createWeb(v1)
    await completed(v1)
    const ports = (await tasks()).map((task) => task.containers[0].networkBindings[0].hostPort)
    await ecs.stop()
    for (const port of ports) await expect(getJson(port)).rejects.toThrow(/ECONNREFUSED/)
  })
})

describe('awsvpc tasks', () => {
  const SUBNET = 'subnet-0123456789abcdef0'

  it('report their ENI in an ElasticNetworkInterface attachment, at the address their target has', async () => {
    const { taskDefinition } = await ecs.handle('RegisterTaskDefinition', {
      family: 'web',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [{ name: 'app', image: 'shop:v1', portMappings: [{ containerPort: 8080 }] }]
    })
    await createWeb(taskDefinition.taskDefinitionArn, {
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: [SUBNET, 'subnet-1'] } }
    })
    ecs.reconcile()
    // Just launched: the interface is not created yet, only its subnet is known.
    const [provisioning] = await tasks()
    expect(provisioning.lastStatus).toBe('PROVISIONING')
    expect(provisioning.attachments).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
        type: 'ElasticNetworkInterface',
        status: 'PRECREATED',
        details: [{ name: 'subnetId', value: SUBNET }]
      }
    ])

    await completed(taskDefinition.taskDefinitionArn)
    const [task] = await tasks()
    const [attachment] = task.attachments
    expect(attachment).toEqual({
      id: provisioning.attachments[0].id,
      type: 'ElasticNetworkInterface',
      status: 'ATTACHED',
      details: [
        { name: 'subnetId', value: SUBNET },
        { name: 'networkInterfaceId', value: expect.stringMatching(/^eni-[0-9a-f]{17}$/) },
        { name: 'macAddress', value: expect.stringMatching(/^02(:[0-9a-f]{2}){5}$/) },
        { name: 'privateDnsName', value: 'ip-127-0-0-1.ec2.internal' },
        { name: 'privateIPv4Address', value: '127.0.0.1' }
      ]
    })
    expect(task.containers[0].networkInterfaces).toEqual([
      { attachmentId: attachment.id, privateIpv4Address: '127.0.0.1' }
    ])
    // What deploy scripts and the actions' target gate match: the ENI address and the bound port.
    const [target] = elb.healthy(group)
    expect(target).toMatchObject({ id: '127.0.0.1', port: task.containers[0].networkBindings[0].hostPort })

    await ecs.handle('StopTask', { task: task.taskArn })
    const stopped = await waitFor('STOPPED', async () => {
      const [described] = (await ecs.handle('DescribeTasks', { tasks: [task.taskArn] })).tasks
      return described.lastStatus === 'STOPPED' && described
    })
    expect(stopped.attachments[0]).toMatchObject({ id: attachment.id, status: 'DELETED' })
  })

  it('are the only ones with attachments', async () => {
    await createWeb(await register('v1'), { desiredCount: 1 })
    ecs.reconcile()
    const [task] = await tasks()
    expect(task.attachments).toEqual([])
  })
})

describe('services without a load balancer', () => {
  it('count RUNNING tasks as healthy and complete', async () => {
    const v1 = await register('v1')
    await ecs.handle('CreateService', {
      serviceName: 'web',
      taskDefinition: v1,
      desiredCount: 2,
      launchType: 'FARGATE'
    })
    const done = await completed(v1)
    expect(done).toMatchObject({ runningCount: 2, launchType: 'FARGATE', loadBalancers: [] })
    const [task] = await tasks()
    expect(task.containers[0].networkInterfaces[0].privateIpv4Address).toBe('127.0.0.1')
    expect(task.launchType).toBe('FARGATE')
  })
})
