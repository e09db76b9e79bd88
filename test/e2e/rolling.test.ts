/**
 * The bundled `rolling` action, run as the GitHub runner runs it, against the emulator with load flowing
 * through the listener the whole time.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DescribeServicesCommand, ListTagsForResourceCommand } from '@aws-sdk/client-ecs'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import {
  writeTaskDefinitionFile,
  createRollingApp,
  type RollingApp
} from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad, type LoadReport } from '../../emulator/rehearsal/load.ts'
import { runAction, type ActionRun } from '../../emulator/rehearsal/runner.ts'
import { enforcePolicies } from './support/iam.ts'

let emulator: Emulator
let app: RollingApp
const files = mkdtempSync(join(tmpdir(), 'rolling-e2e-'))

const taskDefinitionFile = (image: string, environment: Record<string, string> = {}) =>
  writeTaskDefinitionFile(app.family, image, environment, files)

async function deployUnderLoad(
  inputs: Record<string, string>
): Promise<{ run: ActionRun; load: LoadReport }> {
  const load = startLoad({ url: app.url, ratePerSecond: 60, maxDurationMs: 60_000 })
  const run = await runAction('rolling', {
    inputs: {
      cluster: app.cluster,
      service: app.service,
      'poll-interval': '0.25s',
      'wait-timeout': '30s',
      ...inputs
    },
    env: emulator.env()
  })
  return { run, load: await load.stop() }
}

async function describeService() {
  const described = await app.clients.ecs.send(
    new DescribeServicesCommand({ cluster: app.cluster, services: [app.service] })
  )
  return described.services![0]
}

async function currentTaskDefinition(): Promise<string> {
  return (await describeService()).taskDefinition!
}

/** The service's tags, by key. */
async function serviceTags(): Promise<Record<string, string>> {
  const { serviceArn } = await describeService()
  const { tags = [] } = await app.clients.ecs.send(
    new ListTagsForResourceCommand({ resourceArn: serviceArn })
  )
  return Object.fromEntries(tags.map((tag) => [tag.key!, tag.value!]))
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.02 })
  app = await createRollingApp({ endpoint: emulator.endpoint }, 'shop', { image: 'shop:v1', desiredCount: 2 })
  enforcePolicies(emulator, [app])
}, 60_000)

afterAll(async () => {
  await emulator?.stop()
})

describe('rolling, bundled, under load', () => {
  test('a good version succeeds and no request fails', async () => {
    const { run, load } = await deployUnderLoad({ container: 'app', image: 'shop:v2' })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('succeeded')
    expect(run.outputs['task-definition-arn']).toMatch(/task-definition\/shop:2$/)
    expect(run.outputs['previous-task-definition-arn']).toMatch(/task-definition\/shop:1$/)
    const rollout = JSON.parse(run.outputs.rollout)
    expect(rollout).toMatchObject({ status: 'succeeded', deploymentId: run.outputs['deployment-id'] })
    expect(run.summary).toMatch(/succeeded/)
    expect(load.failures).toEqual([])
    expect(load.byVersion.v2).toBeGreaterThan(0)
    expect(await currentTaskDefinition()).toBe(run.outputs['task-definition-arn'])
    expect(await serviceTags()).toMatchObject({
      'ecs-deploy:status': 'succeeded',
      'ecs-deploy:task-definition': run.outputs['task-definition-arn'],
      'ecs-deploy:previous-task-definition': run.outputs['previous-task-definition-arn']
    })
  }, 60_000)

  test('a crashing version is rolled back with its stop reason and exit code; no request fails', async () => {
    const before = await currentTaskDefinition()
    const { run, load } = await deployUnderLoad({
      'task-definition': taskDefinitionFile('shop:v3', { CRASH_AFTER_MS: '100' })
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('rolled-back')
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/Essential container in task exited/)
    expect(run.errors[0]).toMatch(/EssentialContainerExited/)
    expect(run.errors[0]).toMatch(/exit code 1/)
    expect(load.failures).toEqual([])
    expect(load.byVersion.v3 ?? 0).toBe(0)
    expect(await currentTaskDefinition()).toBe(before)
  }, 60_000)

  test('a version that never becomes healthy fails within wait-timeout and the service is back', async () => {
    const before = await currentTaskDefinition()
    const { run, load } = await deployUnderLoad({
      'task-definition': taskDefinitionFile('shop:v4', { UNHEALTHY: 'true' }),
      'wait-timeout': '8s'
    })
    expect(run.exitCode).toBe(1)
    expect(['rolled-back', 'failed']).toContain(run.outputs.status)
    expect(run.errors[0]).toMatch(/unhealthy|health/i)
    // wait-timeout bounds the deploy; the rollback has its own wait on top.
    expect(run.durationMs).toBeLessThan(30_000)
    expect(await currentTaskDefinition()).toBe(before)
    // Unhealthy targets get no traffic while healthy ones exist (fail-open applies only when none is healthy).
    expect(load.failures).toEqual([])
  }, 60_000)
})

describe('bad inputs: one clear line, exit code 1, nothing changed in AWS', () => {
  const mutating = (since: number) =>
    emulator.calls
      .slice(since)
      .filter((call) => !/^(Describe|List|Get)/.test(call.operation))
      .map((c) => c.operation)

  const cases: [string, () => Record<string, string>, RegExp][] = [
    [
      'a missing task definition file',
      () => ({ 'task-definition': join(files, 'nope.json') }),
      /task-definition.*nope\.json/
    ],
    [
      'malformed JSON',
      () => {
        const path = join(files, 'broken.json')
        writeFileSync(path, '{ "family": "shop", ')
        return { 'task-definition': path }
      },
      /task-definition.*JSON/i
    ],
    ['an unknown container', () => ({ container: 'web', image: 'shop:v9' }), /container.*web.*app/],
    [
      'a service that does not exist',
      () => ({ service: 'ghost', container: 'app', image: 'shop:v9' }),
      /ghost/
    ],
    [
      'a cluster that does not exist',
      () => ({ cluster: 'nowhere', container: 'app', image: 'shop:v9' }),
      /nowhere/
    ],
    [
      'both task-definition and image',
      () => ({ 'task-definition': taskDefinitionFile('shop:v9'), container: 'app', image: 'shop:v9' }),
      /task-definition.*image|image.*task-definition/
    ],
    [
      'a bad duration',
      () => ({ container: 'app', image: 'shop:v9', 'wait-timeout': 'soon' }),
      /wait-timeout.*soon/
    ]
  ]

  test.each(cases)(
    '%s',
    async (_title, inputs, message) => {
      const since = emulator.calls.length
      const before = await currentTaskDefinition()
      const run = await runAction('rolling', {
        inputs: { cluster: app.cluster, service: app.service, ...inputs() },
        env: emulator.env()
      })
      expect(run.exitCode).toBe(1)
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).not.toContain('\n')
      expect(run.errors[0]).toMatch(message)
      expect(mutating(since)).toEqual([])
      expect(await currentTaskDefinition()).toBe(before)
    },
    30_000
  )
})
