/**
 * The rolling action end to end inside one process: inputs through a mocked @actions/core, AWS through
 * aws-sdk-client-mock (a scripted service that advances one step per poll), time through a fake clock.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RegisterTaskDefinitionCommand, type Tag } from '@aws-sdk/client-ecs'
import * as core from '../fixtures/core.ts'
import { freshWorldEachTest } from './support/fresh-world.ts'
import { FakeAws, taskDefinitionArn, webListenerArn } from './support/fake-aws.ts'
import { lockPriority } from '../../src/state/lock.ts'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../src/main/rolling.ts')

const world = freshWorldEachTest((clock) => new FakeAws(clock))
let workspace: string

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'rolling-'))
  process.env.GITHUB_WORKSPACE = workspace
})

afterEach(() => {
  rmSync(workspace, { recursive: true, force: true })
  delete process.env.GITHUB_WORKSPACE
})

const described = {
  taskDefinition: {
    taskDefinitionArn: taskDefinitionArn(7),
    family: 'web',
    revision: 7,
    status: 'ACTIVE',
    compatibilities: ['EC2', 'FARGATE'],
    requiresAttributes: [{ name: 'ecs.capability.execution-role-awslogs' }],
    registeredAt: '2026-11-01T10:00:00.000Z',
    registeredBy: 'arn:aws:iam::123456789012:user/ci',
    networkMode: 'awsvpc',
    containerDefinitions: [
      {
        name: 'web',
        image: 'registry.example/web:2.0',
        essential: true,
        portMappings: [{ containerPort: 8080 }]
      }
    ]
  }
}

/** Deploys image web:2.0 into container web, with these other inputs. */
const deployNewImage = (inputs: Record<string, string> = {}) =>
  deploy({ image: 'registry.example/web:2.0', container: 'web', ...inputs })

function writeFile(name: string, content: string): string {
  writeFileSync(join(workspace, name), content)
  return name
}

async function deploy(inputs: Record<string, string>) {
  core.reset({ cluster: 'prod', service: 'web', ...inputs })
  const started = world.clock.now()
  await run({ clock: world.clock, clients: world.aws.clients, every: () => () => {} })
  const outputs = core.outputs()
  return {
    outputs,
    rollout: outputs.rollout ? JSON.parse(outputs.rollout) : undefined,
    failure: core.setFailed.mock.calls.map(([message]) => String(message)),
    elapsedMs: world.clock.now() - started,
    log: core.info.mock.calls.map(([line]) => line)
  }
}

describe('a deployment that goes well', () => {
  test('registers the file, updates the service with the circuit breaker on, and reports success', async () => {
    const file = writeFile('task-definition.json', JSON.stringify(described))
    const result = await deploy({ 'task-definition': file })

    expect(result.failure).toEqual([])
    expect(result.outputs.status).toBe('succeeded')
    expect(result.outputs['task-definition-arn']).toBe(taskDefinitionArn(8))
    expect(result.outputs['previous-task-definition-arn']).toBe(taskDefinitionArn(7))
    expect(result.outputs['deployment-id']).toBe(world.aws.service.deployments![0].id)
    expect(result.rollout).toMatchObject({
      action: 'rolling',
      status: 'succeeded',
      cluster: 'prod',
      service: 'web',
      taskDefinitionArn: taskDefinitionArn(8),
      startedAt: '2026-11-25T10:00:00.000Z'
    })
    expect(result.rollout.durations.totalSeconds).toBeGreaterThan(0)
    expect(result.rollout.reason).toMatch(/completed in .*2\/2 running; 2\/2 new targets healthy/)

    // Read-only fields are dropped before registering; everything else is kept.
    const registered = world.aws.ecs.commandCalls(RegisterTaskDefinitionCommand)[0].args[0]
      .input as unknown as Record<string, unknown>
    for (const field of [
      'taskDefinitionArn',
      'revision',
      'status',
      'compatibilities',
      'requiresAttributes',
      'registeredAt',
      'registeredBy'
    ]) {
      expect(registered).not.toHaveProperty(field)
    }
    expect(registered).toMatchObject({ family: 'web', networkMode: 'awsvpc' })

    const [update] = world.aws.updates()
    expect(update).toMatchObject({
      cluster: 'prod',
      service: 'web',
      taskDefinition: taskDefinitionArn(8),
      deploymentConfiguration: {
        maximumPercent: 200,
        minimumHealthyPercent: 100,
        deploymentCircuitBreaker: { enable: true, rollback: true }
      }
    })
    const commands = world.aws.commands()
    expect(commands.indexOf('RegisterTaskDefinition')).toBeLessThan(commands.indexOf('UpdateService'))
    expect(commands).not.toContain('DescribeAlarms')
  })

  test('logs a progress line only when something observable changes, and summarises the timeline', async () => {
    const result = await deployNewImage()
    expect(result.outputs.status).toBe('succeeded')
    const progress = result.log.filter((line) => /^\[\+/.test(line))
    const bodies = progress.map((line) => line.replace(/^\[\+\S+\] /, ''))
    // Consecutive polls that saw the same thing log nothing new.
    for (let i = 1; i < bodies.length; i++) expect(bodies[i]).not.toBe(bodies[i - 1])
    // While ECS deploys and nothing failed, its counts say the progress; targets are read once it completes.
    expect(bodies).toContainEqual('tasks: 2/2 running')
    expect(bodies).toContainEqual('targets: read once ECS reports the deployment complete')
    expect(bodies).toContainEqual('event: (service web) has reached a steady state.')
    expect(core.summary.text).toContain('## ✅ Succeeded · Rolling update of web')
    expect(core.summary.text).toContain('| Task definition | `' + taskDefinitionArn(8) + '` |')
    expect(core.summary.text).toMatch(/\| \d\d:\d\d:\d\d \| \+\d+s \| targets \| 2\/2 new targets healthy \|/)
    // The same run as a chart: the deploy phase from its start to its end, then the result.
    expect(core.summary.text).toMatch(
      /```mermaid\ngantt\n[^`]* {4}deploy \S+ :done, p1, \d+, \d+\n[^`]*✔ succeeded :milestone/
    )
  })

  test('image + container registers the current definition with only that image changed', async () => {
    await deploy({ image: 'registry.example/web:3.1', container: 'web' })
    const registered = world.aws.taskDefinitions.get(taskDefinitionArn(8))!
    expect(registered.containerDefinitions).toEqual([
      {
        name: 'web',
        image: 'registry.example/web:3.1',
        portMappings: [{ containerPort: 8080 }],
        essential: true
      },
      { name: 'log-router', image: 'registry.example/fluent-bit:2', essential: false }
    ])
    expect(registered).toMatchObject({ cpu: '256', memory: '512', tags: [{ key: 'team', value: 'web' }] })
  })

  test('task-definition-arn deploys an existing revision without registering anything', async () => {
    world.aws.taskDefinitions.set(taskDefinitionArn(6), {
      ...world.aws.taskDefinitions.get(taskDefinitionArn(7))!,
      revision: 6
    })
    const result = await deploy({ 'task-definition-arn': taskDefinitionArn(6), 'desired-count': '3' })
    expect(result.outputs.status).toBe('succeeded')
    expect(world.aws.commands()).not.toContain('RegisterTaskDefinition')
    expect(world.aws.updates()[0]).toMatchObject({ taskDefinition: taskDefinitionArn(6), desiredCount: 3 })
    expect(result.rollout.reason).toContain('3/3 running')
  })

  test('leaves a circuit breaker the service configures itself as it is', async () => {
    world.aws.service.deploymentConfiguration = {
      deploymentCircuitBreaker: { enable: true, rollback: false }
    }
    await deployNewImage()
    expect(world.aws.updates()[0].deploymentConfiguration).toBeUndefined()
  })

  test('bake-time keeps watching after completion and succeeds when no gate fails', async () => {
    world.aws.alarms.set('web-5xx', { state: 'OK', reason: 'Threshold Crossed: no datapoints' })
    const result = await deployNewImage({
      alarms: 'web-5xx',
      'bake-time': '2m'
    })
    expect(result.outputs.status).toBe('succeeded')
    expect(result.rollout.durations.bakeSeconds).toBe(120)
    expect(result.rollout.reason).toContain('no gate failed during 2m of bake-time')
  })

  test('re-running with the task definition already deployed starts nothing new and succeeds', async () => {
    const result = await deploy({ 'task-definition-arn': taskDefinitionArn(7) })
    expect(result.outputs.status).toBe('succeeded')
    expect(world.aws.service.deployments).toHaveLength(1)
    expect(result.log).toContainEqual(expect.stringContaining('no new deployment'))
  })
})

describe('a deployment that fails', () => {
  test('ECS circuit breaker rollback: said plainly, and the service is not updated a second time', async () => {
    world.aws.behaviours.set(taskDefinitionArn(8), 'breaker')
    const result = await deployNewImage()
    expect(result.outputs.status).toBe('rolled-back')
    expect(world.aws.updates()).toHaveLength(1)
    expect(result.failure).toHaveLength(1)
    expect(result.failure[0]).toMatch(
      /^Rolling update rolled back: the ECS deployment circuit breaker failed deployment ecs-svc\/\d+ \(rolloutState FAILED: ECS deployment circuit breaker: tasks failed to start\.\)/
    )
    expect(result.failure[0]).toContain(
      `the ECS circuit breaker rolled the service back to ${taskDefinitionArn(7)}`
    )
    expect(world.aws.service.taskDefinition).toBe(taskDefinitionArn(7))
    expect(world.aws.service.deployments).toEqual([expect.objectContaining({ rolloutState: 'COMPLETED' })])
    expect(result.rollout.durations.rollbackSeconds).toBeGreaterThan(0)
  })

  test('a stopped task: its reason, stop code, container reason and exit code; then a rollback', async () => {
    world.aws.behaviours.set(taskDefinitionArn(8), 'crash')
    const result = await deployNewImage()
    expect(result.outputs.status).toBe('rolled-back')
    expect(result.failure[0]).toMatch(
      /1 task stopped: EssentialContainerExited: Essential container in task exited; container web: exit code 137, OutOfMemoryError: Container killed due to memory usage \(task task\d+\)/
    )
    expect(result.failure[0]).toContain(`rolled the service back to ${taskDefinitionArn(7)}`)
    expect(world.aws.updates()).toEqual([
      expect.objectContaining({ taskDefinition: taskDefinitionArn(8) }),
      expect.objectContaining({ taskDefinition: taskDefinitionArn(7) })
    ])
    expect(world.aws.service.deployments).toEqual([
      expect.objectContaining({ taskDefinition: taskDefinitionArn(7), rolloutState: 'COMPLETED' })
    ])
  })

  test('an alarm in ALARM: its name and state reason', async () => {
    world.aws.alarms.set('web-5xx', { state: 'OK', reason: 'fine' })
    world.aws.at(2, () =>
      world.aws.alarms.set('web-5xx', {
        state: 'ALARM',
        reason: 'Threshold Crossed: 1 datapoint [12.0] > 5.0'
      })
    )
    const result = await deployNewImage({ alarms: 'web-5xx' })
    expect(result.outputs.status).toBe('rolled-back')
    expect(result.failure[0]).toContain(
      'alarm web-5xx is in ALARM: Threshold Crossed: 1 datapoint [12.0] > 5.0'
    )
  })

  test('a timeout says what was observed last, and never waits past the deadline', async () => {
    world.aws.behaviours.set(taskDefinitionArn(8), 'unhealthy')
    const result = await deployNewImage({
      'wait-timeout': '2m',
      'on-failure': 'stop'
    })
    expect(result.outputs.status).toBe('failed')
    expect(result.failure[0]).toMatch(/deployment ecs-svc\/\d+ not done within wait-timeout 2m: deployment: /)
    expect(result.failure[0]).toMatch(
      /0\/2 new targets healthy; 10\.0\.0\.\d+:8080 in web unhealthy \(Target\.FailedHealthChecks: Health checks failed with these codes: \[503\]\)/
    )
    expect(result.elapsedMs).toBe(120_000)
    // One look each poll interval, the reaction time to a failure, whether or not anything changes.
    expect(Math.max(...world.clock.sleeps)).toBe(5000)
  })

  test('on-failure: stop leaves the service as it is (and asks ECS not to roll back either)', async () => {
    world.aws.behaviours.set(taskDefinitionArn(8), 'crash')
    const result = await deployNewImage({ 'on-failure': 'stop' })
    expect(result.outputs.status).toBe('failed')
    expect(result.failure[0]).toMatch(/^Rolling update failed: 1 task stopped: .*on-failure: stop/)
    expect(world.aws.updates()).toHaveLength(1)
    expect(world.aws.updates()[0].deploymentConfiguration?.deploymentCircuitBreaker).toEqual({
      enable: true,
      rollback: false
    })
  })

  test('a gate failing during bake-time rolls back', async () => {
    world.aws.alarms.set('web-latency', { state: 'OK', reason: 'fine' })
    world.aws.at(6, () => world.aws.alarms.set('web-latency', { state: 'ALARM', reason: 'p99 above 2s' }))
    const result = await deployNewImage({
      alarms: 'web-latency',
      'bake-time': '10m'
    })
    expect(result.outputs.status).toBe('rolled-back')
    expect(result.failure[0]).toMatch(
      /during bake-time, after \d+s: alarm web-latency is in ALARM: p99 above 2s/
    )
    expect(world.aws.updates().map((update) => update.taskDefinition)).toEqual([
      taskDefinitionArn(8),
      taskDefinitionArn(7)
    ])
  })

  test('an alarm during bake-time while ECS calls are slow: rolled back at once, without waiting for them', async () => {
    world.aws.alarms.set('web-latency', { state: 'OK', reason: 'fine' })
    // Every ListTasks takes 20 s to answer (throttled, retried with back-off).
    world.aws.latency = (operation) => (operation === 'ListTasks' ? 20_000 : undefined)
    let alarmAt = 0
    world.aws.at(6, () => {
      world.aws.alarms.set('web-latency', { state: 'ALARM', reason: 'p99 above 2s' })
      alarmAt = world.clock.now()
    })
    const result = await deployNewImage({ alarms: 'web-latency', 'bake-time': '10m' })
    expect(result.outputs.status).toBe('rolled-back')
    expect(result.failure[0]).toMatch(
      /during bake-time, after \S+: alarm web-latency is in ALARM: p99 above 2s/
    )
    const rollback = world.aws.sent.find(
      (call) => call.operation === 'UpdateService' && call.input.taskDefinition === taskDefinitionArn(7)
    )!
    expect(rollback.at).toBe(alarmAt)
  })

  test('a rollback that does not complete is reported as failed', async () => {
    world.aws.behaviours.set(taskDefinitionArn(8), 'crash')
    world.aws.behaviours.set(taskDefinitionArn(7), 'stuck')
    const result = await deployNewImage({ 'wait-timeout': '1m' })
    expect(result.outputs.status).toBe('failed')
    expect(result.failure[0]).toMatch(
      /the rollback to .*:7 did not complete: deployment ecs-svc\/\d+ not done within wait-timeout 1m: /
    )
  })
})

describe('bad input changes nothing', () => {
  const cases: [string, Record<string, string>, RegExp, (aws: FakeAws) => void][] = [
    ['no inputs', { cluster: '', service: '' }, /^Invalid input: service is required$/, () => {}],
    [
      'missing file',
      { 'task-definition': 'nope.json' },
      /^Invalid input task-definition: ".*nope\.json": file not found$/,
      () => {}
    ],
    [
      'malformed JSON',
      { 'task-definition': 'bad.json' },
      /^Invalid input task-definition: ".*bad\.json": not valid JSON/,
      () => {
        writeFile('bad.json', '{"family": "web",')
      }
    ],
    [
      'no containers',
      { 'task-definition': 'empty.json' },
      /"containerDefinitions" is missing or empty/,
      () => {
        writeFile('empty.json', '{"family": "web", "containerDefinitions": []}')
      }
    ],
    [
      'unknown container',
      { image: 'x:1', container: 'api' },
      /^Invalid input container: "api" is not a container of task definition web \(containers: web, log-router\)$/,
      () => {}
    ],
    [
      'unknown service',
      { service: 'api', image: 'x:1', container: 'web' },
      /^Invalid input service: service "api" was not found in cluster "prod"$/,
      () => {}
    ],
    [
      'unknown cluster',
      { image: 'x:1', container: 'web' },
      /^Invalid input cluster: cluster "prod" was not found$/,
      (aws) => {
        aws.clusterExists = false
      }
    ],
    [
      'draining service',
      { image: 'x:1', container: 'web' },
      /service "web" is DRAINING/,
      (aws) => {
        aws.service.status = 'DRAINING'
      }
    ],
    [
      'CodeDeploy service',
      { image: 'x:1', container: 'web' },
      /uses the CODE_DEPLOY deployment controller/,
      (aws) => {
        aws.service.deploymentController = { type: 'CODE_DEPLOY' }
      }
    ],
    [
      'ECS blue/green service',
      { image: 'x:1', container: 'web' },
      /uses the ECS BLUE_GREEN deployment strategy/,
      (aws) => {
        aws.service.deploymentConfiguration = { strategy: 'BLUE_GREEN' }
      }
    ],
    [
      'file and image',
      { 'task-definition': 'td.json', image: 'x:1', container: 'web' },
      /^Invalid input: task-definition and image: give only one of them$/,
      () => {}
    ],
    [
      'image without container',
      { image: 'x:1' },
      /^Invalid input: container is required with image$/,
      () => {}
    ],
    [
      'container without image',
      { container: 'web' },
      /^Invalid input: image is required with container$/,
      () => {}
    ],
    [
      'no task definition at all',
      {},
      /task-definition, task-definition-arn or image \(with container\) is required/,
      () => {}
    ],
    [
      'bad duration',
      { image: 'x:1', container: 'web', 'wait-timeout': '5x' },
      /^Invalid input: wait-timeout "5x" is not a duration \(examples: 90s, 5m, 1h; a bare number is seconds\)$/,
      () => {}
    ],
    [
      'several bad inputs',
      { image: 'x:1', container: 'web', 'bake-time': 'soon', 'on-failure': 'pray', 'desired-count': '-1' },
      /^Invalid inputs: desired-count "-1" is less than 1; bake-time "soon" is not a duration .*; on-failure "pray" is not one of rollback, stop$/,
      () => {}
    ],
    [
      'bad boolean',
      { image: 'x:1', container: 'web', 'force-new-deployment': 'yes' },
      /force-new-deployment "yes" is not a boolean/,
      () => {}
    ],
    [
      'bad ARN',
      { 'task-definition-arn': 'web:8' },
      /^Invalid input: task-definition-arn "web:8" is not an ARN of the form arn:aws:ecs:<region>:<account>:task-definition\/\.\.\.$/,
      () => {}
    ],
    [
      'unknown revision',
      { 'task-definition-arn': taskDefinitionArn(99) },
      /^Invalid input task-definition-arn: ".*:99" cannot be described/,
      () => {}
    ],
    [
      'unknown alarm',
      { image: 'x:1', container: 'web', alarms: 'web-5xx, nope' },
      /^Invalid input alarms: no CloudWatch alarm named "nope"$/,
      (aws) => {
        aws.alarms.set('web-5xx', { state: 'OK', reason: '' })
      }
    ],
    [
      'alarm already firing',
      { image: 'x:1', container: 'web', alarms: 'web-5xx' },
      /^input alarms: web-5xx is already in ALARM \(state reason: too many 5xx\); nothing was deployed$/,
      (aws) => {
        aws.alarms.set('web-5xx', { state: 'ALARM', reason: 'too many 5xx' })
      }
    ]
  ]

  test.each(cases)('%s', async (_name, inputs, message, setup) => {
    setup(world.aws)
    const result = await deploy(inputs)
    expect(result.failure).toHaveLength(1)
    expect(result.failure[0]).toMatch(message)
    expect(world.aws.mutations()).toEqual([])
    expect(core.setOutput).not.toHaveBeenCalled()
  })

  test('input errors fail before any AWS call', async () => {
    await deploy({ image: 'x:1', container: 'web', 'poll-interval': 'often' })
    expect(world.aws.commands()).toEqual([])
  })
})

describe('the lock of the service', () => {
  test('made on the first listener of the load balancer its target group is behind, held while it deploys', async () => {
    const result = await deployNewImage()
    expect(result.failure).toEqual([])
    const lockCalls = world.aws.lockSent.map((call) => call.operation)
    expect(lockCalls.slice(0, 3)).toEqual(['DescribeTargetGroups', 'DescribeListeners', 'CreateRule'])
    expect(lockCalls.at(-1)).toBe('DeleteRule')
    expect(world.aws.unfencedChanges()).toEqual([])
    expect(world.aws.calls('UpdateService')).toHaveLength(1)
    const created = world.aws.lockSent.find((call) => call.operation === 'CreateRule')!.input
    expect(created).toMatchObject({
      ListenerArn: webListenerArn,
      Priority: lockPriority(world.aws.service.serviceArn!)
    })
    expect(world.aws.lockRules.rules.size).toBe(0)
  })

  test('before the lock the service is read once; once the run holds it, once more; a revision is described once', async () => {
    const result = await deployNewImage()
    expect(result.failure).toEqual([])
    const operations = world.aws.journal.map((call) => call.operation)
    const locked = operations.indexOf('CreateRule')
    const reads = (from: number, to: number) =>
      operations.slice(from, to).filter((operation) => operation === 'DescribeServices').length
    expect(reads(0, locked)).toBe(1)
    expect(reads(locked, operations.indexOf('UpdateService'))).toBe(1)
    expect(operations.filter((operation) => operation === 'DescribeTaskDefinition')).toHaveLength(1)
  })

  test('a service behind no listener: one warning, and the update runs without a lock', async () => {
    Object.assign(world.aws, { listeners: () => [] })
    const result = await deployNewImage()
    expect(result.outputs.status).toBe('succeeded')
    expect(core.warning).toHaveBeenCalledWith(
      'service web is behind no load balancer listener, so no lock keeps another run from changing it at the same time; use a concurrency group'
    )
    expect(world.aws.lockSent.map((call) => call.operation)).toEqual(['DescribeTargetGroups'])
  })

  test('another run of the service holds it: refused in one line, nothing deployed', async () => {
    const service = world.aws.service.serviceArn!
    world.aws.lockRules.hold(webListenerArn, service, {
      run: 'https://github.com/example/app/actions/runs/9/attempts/1',
      action: 'rolling',
      expires: '2026-11-25T10:00:20.000Z'
    })
    const result = await deployNewImage()
    expect(result.failure).toEqual([
      'service web is locked by run https://github.com/example/app/actions/runs/9/attempts/1 (rolling); this run changed nothing (runs of one service must not overlap: share a concurrency group with the other workflow, or give lock-timeout to wait)'
    ])
    expect(world.aws.mutations()).toEqual([])
  })
})

describe('the rollout record on the service', () => {
  const runUrl = 'https://github.com/example/app/actions/runs/42/attempts/1'

  beforeEach(() => {
    Object.assign(process.env, {
      GITHUB_REPOSITORY: 'example/app',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '1'
    })
  })

  afterEach(() => {
    for (const name of ['GITHUB_REPOSITORY', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT']) delete process.env[name]
  })

  const serviceTags = (): Record<string, string> =>
    Object.fromEntries(
      (world.aws.tags[world.aws.service.serviceArn!] ?? []).map((tag) => [tag.key!, tag.value!])
    )

  /** Makes every call of `operation` fail with an error of that name. */
  const failing = (operation: string, name: string, message: string): void => {
    world.aws.fail = (sent) => (sent === operation ? Object.assign(new Error(message), { name }) : undefined)
  }

  /** The status each TagResource call wrote, in order. */
  const recordedStatuses = (): string[] =>
    world.aws
      .calls('TagResource')
      .map((input) => (input.tags as Tag[]).find((tag) => tag.key === 'ecs-deploy:status')?.value ?? '')

  test('a success: deploying before the service changes, then succeeded, with the versions and the run', async () => {
    const result = await deployNewImage()
    expect(result.outputs.status).toBe('succeeded')
    expect(recordedStatuses()).toEqual(['deploying', 'succeeded'])
    expect(world.aws.mutations()).toEqual([
      'RegisterTaskDefinition',
      'TagResource',
      'UpdateService',
      'TagResource'
    ])
    expect(world.aws.calls('TagResource')[0].resourceArn).toBe(world.aws.service.serviceArn)
    expect(serviceTags()).toEqual({
      'ecs-deploy:status': 'succeeded',
      'ecs-deploy:task-definition': taskDefinitionArn(8),
      'ecs-deploy:previous-task-definition': taskDefinitionArn(7),
      'ecs-deploy:step': '1',
      'ecs-deploy:run': runUrl,
      'ecs-deploy:updated': new Date(world.clock.now()).toISOString(),
      'ecs-deploy:action': 'rolling',
      'ecs-deploy:history': 'web:8 7'
    })
  })

  test('a rollback: the record ends rolled-back, naming what was tried and what it went back to', async () => {
    world.aws.behaviours.set(taskDefinitionArn(8), 'crash')
    const result = await deployNewImage()
    expect(result.outputs.status).toBe('rolled-back')
    expect(recordedStatuses()).toEqual(['deploying', 'rolled-back'])
    expect(serviceTags()).toMatchObject({
      'ecs-deploy:status': 'rolled-back',
      'ecs-deploy:task-definition': taskDefinitionArn(8),
      'ecs-deploy:previous-task-definition': taskDefinitionArn(7)
    })
  })

  test('a task definition ECS refuses to register: no record, and the service is not touched', async () => {
    failing('RegisterTaskDefinition', 'ClientException', 'Invalid setting for container')
    const result = await deployNewImage()
    expect(result.failure).toEqual(['ClientException: Invalid setting for container'])
    expect(world.aws.mutations()).toEqual(['RegisterTaskDefinition'])
    expect(world.aws.tags[world.aws.service.serviceArn!]).toBeUndefined()
  })

  test('an update ECS refuses: the record written before it says failed', async () => {
    failing('UpdateService', 'ClientException', 'Unable to update the service')
    const result = await deployNewImage()
    expect(result.failure).toEqual(['ClientException: Unable to update the service'])
    expect(recordedStatuses()).toEqual(['deploying', 'failed'])
    expect(serviceTags()['ecs-deploy:status']).toBe('failed')
  })

  test('a role that may not tag: one warning, and the rollout goes on as if nothing happened', async () => {
    failing('TagResource', 'AccessDeniedException', 'User is not authorized to perform: ecs:TagResource')
    const result = await deployNewImage()
    expect(result.failure).toEqual([])
    expect(result.outputs.status).toBe('succeeded')
    expect(world.aws.calls('TagResource')).toHaveLength(1)
    expect(core.warning.mock.calls.map(([message]) => String(message))).toEqual([
      'the rollout record was not written on service web (the role needs ecs:TagResource): AccessDeniedException: User is not authorized to perform: ecs:TagResource'
    ])
  })

  test("another tagging error is the rollout's: it fails before the service changes", async () => {
    failing('TagResource', 'ThrottlingException', 'Rate exceeded')
    const result = await deployNewImage()
    expect(result.failure).toEqual(['ThrottlingException: Rate exceeded'])
    expect(world.aws.updates()).toEqual([])
  })
})

test("no cluster input means ECS's default cluster, as with the official deploy action", async () => {
  const result = await deployNewImage({ cluster: '' })
  expect(result.failure).toEqual([])
  expect(result.outputs.status).toBe('succeeded')
  const named = world.aws.sent
    .filter((call) => ['DescribeServices', 'UpdateService'].includes(call.operation))
    .map((call) => (call.input as { cluster?: string }).cluster)
  expect(named.length).toBeGreaterThan(1)
  expect(new Set(named)).toEqual(new Set(['default']))
})
