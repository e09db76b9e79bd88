/**
 * The preflight of the bundled `rolling` action against the emulator, its policy enforced: a release whose ECR tag,
 * secret or load balancer port is missing is refused before any change; without the ECR right the same release
 * warns, deploys, fails on the task's CannotPullContainerError and is rolled back with no request failing; a good
 * release shows its changes in the summary, and `keep-revisions` leaves exactly the revisions it must. Also proves
 * the preflight's rights (src/iam/preflight-rights.ts): every one of them is used, none is denied.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  CreateServiceCommand,
  DescribeServicesCommand,
  ListTaskDefinitionsCommand,
  RegisterTaskDefinitionCommand
} from '@aws-sdk/client-ecs'
import { DescribeRulesCommand } from '@aws-sdk/client-elastic-load-balancing-v2'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import {
  containerDefinition,
  createRollingApp,
  fastTargetGroupTiming,
  type RollingApp
} from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad } from '../../emulator/rehearsal/load.ts'
import { runAction, type ActionRun } from '../../emulator/rehearsal/runner.ts'
import { PREFLIGHT_RIGHTS } from '../../src/iam/rights.ts'
import { actionsCalledBy, enforcePolicies, EXECUTION_ROLE, roleArn, TASK_ROLE } from './support/iam.ts'

let emulator: Emulator
let app: RollingApp
let registry: string
let secretArn: string
const files = mkdtempSync(join(tmpdir(), 'preflight-e2e-'))

interface Release {
  image: string
  secrets?: { name: string; valueFrom: string }[]
  port?: number
  logGroup?: string
  roles?: boolean
}

/** A task definition file of the app's family, as `aws ecs describe-task-definition` prints it. */
function taskDefinitionFile(name: string, release: Release): string {
  const container = {
    ...containerDefinition('app', { image: release.image }),
    portMappings: [{ containerPort: release.port ?? 8080 }],
    secrets: release.secrets,
    logConfiguration: release.logGroup
      ? {
          logDriver: 'awslogs',
          options: { 'awslogs-group': release.logGroup, 'awslogs-region': 'us-east-1' }
        }
      : undefined
  }
  const taskDefinition = {
    family: app.family,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    ...(release.roles
      ? { taskRoleArn: roleArn(emulator, TASK_ROLE), executionRoleArn: roleArn(emulator, EXECUTION_ROLE) }
      : {}),
    containerDefinitions: [container]
  }
  const path = join(files, `${name}.json`)
  writeFileSync(path, JSON.stringify({ taskDefinition }))
  return path
}

const rolling = (inputs: Record<string, string>) =>
  runAction('rolling', {
    inputs: {
      cluster: app.cluster,
      service: app.service,
      'poll-interval': '250ms',
      'wait-timeout': '30s',
      ...inputs
    },
    env: emulator.env()
  })

async function currentTaskDefinition(): Promise<string> {
  const { services } = await app.clients.ecs.send(
    new DescribeServicesCommand({ cluster: app.cluster, services: [app.service] })
  )
  return services![0].taskDefinition!
}

/** What the action changed since call `since`: the ECS changes, and the lock's create and delete. */
const changesSince = (since: number) =>
  emulator.calls
    .slice(since)
    .filter((call) => call.role === 'rolling' && !/^(Describe|List|Get)/.test(call.operation))
    .map((call) => call.operation)

async function rulesLeft(): Promise<number> {
  const { Rules } = await app.clients.elb.send(new DescribeRulesCommand({ ListenerArn: app.listenerArn }))
  return Rules!.filter((rule) => !rule.IsDefault).length
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.05 })
  // Health checks that a busy machine answers in time (the old version must stay healthy while the new one fails).
  const timing = { ...fastTargetGroupTiming, healthCheckIntervalSeconds: 10, healthCheckTimeoutSeconds: 8 }
  app = await createRollingApp(
    { endpoint: emulator.endpoint },
    'shop',
    { image: 'shop:v1', desiredCount: 2 },
    timing
  )
  enforcePolicies(emulator, [app])
  registry = emulator.ecr.registryHost
  // What the good release refers to, set up in process as an account's other pipelines would have.
  emulator.ecr.handle('CreateRepository', { repositoryName: 'shop' })
  emulator.ecr.handle('PutImage', { repositoryName: 'shop', imageTag: 'v2', imageManifest: '{"v":"2"}' })
  secretArn = (emulator.secretsManager.handle('CreateSecret', { Name: 'shop/db', SecretString: 's' }) as any)
    .ARN
  emulator.ssm.handle('PutParameter', { Name: '/shop/key', Value: 'k', Type: 'SecureString' })
  emulator.logs.handle('CreateLogGroup', { logGroupName: '/ecs/shop' })
}, 60_000)

afterAll(async () => {
  await emulator?.stop()
})

describe('refused before any change: no register, no update, no lock left', () => {
  const cases: [string, () => Release, RegExp][] = [
    [
      'an ECR tag that was never pushed',
      () => ({ image: `${registry}/shop:v404` }),
      /image \S+\/shop:v404 is not in Amazon ECR/
    ],
    [
      'a missing secret',
      () => ({ image: `${registry}/shop:v2`, secrets: [{ name: 'DB', valueFrom: '/shop/nope' }] }),
      /container app: secret DB from \/shop\/nope does not exist in SSM Parameter Store/
    ],
    [
      'a container port the service no longer matches',
      () => ({ image: `${registry}/shop:v2`, port: 3000 }),
      /container app has no port 8080 \(it maps 3000\), but the service's load balancer sends traffic to app:8080/
    ]
  ]
  test.each(cases)(
    '%s',
    async (name, release, message) => {
      const [since, before] = [emulator.calls.length, await currentTaskDefinition()]
      const run = await rolling({
        'task-definition': taskDefinitionFile(name.replace(/\W/g, '-'), release())
      })
      expect(run.exitCode).toBe(1)
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toMatch(message)
      expect(run.errors[0]).toMatch(
        /^preflight refused shop \(new revision\) for service shop: .*; nothing was deployed$/
      )
      expect(changesSince(since).filter((operation) => !/Rule$/.test(operation))).toEqual([])
      expect(await rulesLeft()).toBe(0)
      expect(await currentTaskDefinition()).toBe(before)
    },
    60_000
  )
})

test('without the ECR right, the same release warns, deploys, fails on CannotPullContainerError and is rolled back; no request fails', async () => {
  enforcePolicies(emulator, [app], { rolling: { without: ['ecr:DescribeImages'] } })
  const before = await currentTaskDefinition()
  const load = startLoad({ url: app.url, ratePerSecond: 40, maxDurationMs: 60_000 })
  let run: ActionRun
  try {
    run = await rolling({
      'task-definition': taskDefinitionFile('no-right', { image: `${registry}/shop:v404` })
    })
  } finally {
    enforcePolicies(emulator, [app])
  }
  const report = await load.stop()
  expect(run.stdout).toMatch(
    /::warning::preflight: images in Amazon ECR not checked: ecr:DescribeImages \(right PreflightImages\) is not granted/
  )
  expect(run.outputs.status).toBe('rolled-back')
  expect(run.errors).toHaveLength(1)
  expect(run.errors[0]).toMatch(/CannotPullContainerError: pull image manifest has been retried 5 time\(s\)/)
  expect(run.errors[0]).toMatch(/shop:v404/)
  expect(await currentTaskDefinition()).toBe(before)
  expect(report.failures).toEqual([])
}, 90_000)

test('a good release shows what it changes; keep-revisions: 3 keeps the newest, a running one and the history', async () => {
  // Older revisions: one that another service of the cluster runs, two nothing needs.
  const register = async (image: string) =>
    (
      await app.clients.ecs.send(
        new RegisterTaskDefinitionCommand({
          family: app.family,
          containerDefinitions: [containerDefinition('app', { image })]
        })
      )
    ).taskDefinition!.taskDefinitionArn!
  const worker = await register('shop-worker:v1')
  await register('shop:v1.1')
  await register('shop:v1.2')
  await app.clients.ecs.send(
    new CreateServiceCommand({
      cluster: app.cluster,
      serviceName: 'shop-worker',
      taskDefinition: worker,
      desiredCount: 0
    })
  )
  const since = emulator.calls.length
  const file = taskDefinitionFile('good', {
    image: `${registry}/shop:v2`,
    secrets: [
      { name: 'DB', valueFrom: `${secretArn}:password::` },
      { name: 'KEY', valueFrom: '/shop/key' }
    ],
    logGroup: '/ecs/shop',
    roles: true
  })
  const run = await rolling({ 'task-definition': file, 'keep-revisions': '3' })
  expect(run.errors).toEqual([])
  expect(run.outputs.status).toBe('succeeded')
  expect(run.outputs['task-definition-arn']).toMatch(/shop:6$/)
  expect(run.summary).toContain('### What the release changes')
  expect(run.summary).toContain('Compared against shop:1:')
  expect(run.summary).toContain(`- container app: image shop:v1 -> ${registry}/shop:v2; secrets +DB +KEY`)
  expect(run.stdout).toMatch(
    /preflight: shop \(new revision\) passed \(checked ports, CPU and memory; images in Amazon ECR; secrets in Secrets Manager; parameters in SSM Parameter Store; roles; log groups\)/
  )
  // 6 is new, 5 and 4 the next newest; 3 runs in shop-worker, 1 is in the record's history; 2 (the refused-at-start release) goes.
  const { taskDefinitionArns } = await app.clients.ecs.send(
    new ListTaskDefinitionsCommand({ familyPrefix: app.family, status: 'ACTIVE' })
  )
  expect(taskDefinitionArns!.map((arn) => arn.split(':').pop())).toEqual(['1', '3', '4', '5', '6'])
  expect(run.stdout).toMatch(
    /keep-revisions: 3 newest of 6 ACTIVE revisions of shop kept; deregistered shop:2; also kept shop:3, shop:1/
  )
  expect(
    emulator.calls.slice(since).filter((call) => call.operation === 'DeregisterTaskDefinition')
  ).toHaveLength(1)
}, 90_000)

test('rolling used every right of the preflight and keep-revisions, and none was denied', () => {
  const called = actionsCalledBy(emulator.calls, 'rolling')
  for (const action of PREFLIGHT_RIGHTS.flatMap((right) => right.actions))
    expect([action, called.has(action)]).toEqual([action, true])
  const denied = emulator.calls.filter(
    (call) => call.role === 'rolling' && /AccessDenied/.test(call.error ?? '')
  )
  expect(denied.map((call) => call.operation)).toEqual(['DescribeImages'])
})
