/**
 * Switching from aws-actions/amazon-ecs-deploy-task-definition: a step written for it, as its README shows it, with
 * only the `uses:` line changed, runs the bundled rolling action against the emulator under load and deploys.
 * Its inputs reach the action as the runner passes them (every `with:` value as an INPUT_ variable, the action.yml
 * defaults for the rest), and the inputs rolling does not declare get the runner's warning, not a failure.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DescribeTaskDefinitionCommand } from '@aws-sdk/client-ecs'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import { createRollingApp, type RollingApp } from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad, type LoadReport } from '../../emulator/rehearsal/load.ts'
import {
  readActionMetadata,
  unexpectedInputsWarning,
  type ActionRun
} from '../../emulator/rehearsal/runner.ts'
import { runStep } from '../../emulator/rehearsal/step.ts'
import { describeService } from './support/facts.ts'

const officialUses = 'uses: aws-actions/amazon-ecs-deploy-task-definition@v2'
const ourUses = 'uses: OWNER/REPO/actions/rolling@v1'

let emulator: Emulator
let app: RollingApp
const scratch = mkdtempSync(join(tmpdir(), 'migration-'))

beforeAll(async () => {
  // The step keeps the default 5 s poll interval, which bounds how soon a run ends, so AWS time need not run
  // faster than 10x; slower keeps the scaled health-check timeout (2 s -> 200 ms) clear of a busy machine.
  emulator = await startEmulator({ port: 0, timeScale: 0.1 })
  app = await createRollingApp({ endpoint: emulator.endpoint }, 'legacy', {
    image: 'legacy:v1',
    desiredCount: 2
  })
}, 60_000)

afterAll(async () => {
  await emulator?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

/** The step with only its `uses:` line changed to ours; fails if anything else differs. */
function switched(step: string): string {
  const ours = step.replace(officialUses, ourUses)
  const before = step.split('\n')
  const changed = ours.split('\n').filter((line, i) => line !== before[i])
  expect(changed.map((line) => line.trim())).toEqual([ourUses])
  return ours
}

/** `aws ecs describe-task-definition --query taskDefinition > task-definition.json`: the file users check in. */
async function downloadTaskDefinition(dir: string): Promise<string> {
  const { taskDefinition: arn } = await describeService(app, app.service)
  const { taskDefinition } = await app.clients.ecs.send(
    new DescribeTaskDefinitionCommand({ taskDefinition: arn })
  )
  const path = join(dir, 'task-definition.json')
  writeFileSync(path, JSON.stringify(taskDefinition, null, 2))
  return path
}

/** What aws-actions/amazon-ecs-render-task-definition does: a copy with one container's image replaced, in RUNNER_TEMP. */
function render(file: string, container: string, image: string): string {
  const definition = JSON.parse(readFileSync(file, 'utf8'))
  const target = definition.containerDefinitions.find((c: { name: string }) => c.name === container)
  target.image = image
  const rendered = join(mkdtempSync(join(scratch, 'runner-temp-')), 'task-definition-rendered.json')
  writeFileSync(rendered, JSON.stringify(definition, null, 2))
  return rendered
}

async function runUnderLoad(
  step: string,
  options: Parameters<typeof runStep>[1]
): Promise<{ run: ActionRun; load: LoadReport }> {
  const load = startLoad({ url: app.url, ratePerSecond: 50, maxDurationMs: 80_000 })
  const run = await runStep(step, { ...options, env: { ...emulator.env(), ...options?.env } })
  return { run, load: await load.stop() }
}

const validInputs = Object.keys(readActionMetadata('rolling').inputs ?? {})

/** The run deployed: 0 failed requests, the new version answering at the end, the service on its task definition. */
async function expectDeployed(run: ActionRun, load: LoadReport, version: string): Promise<void> {
  expect(run.errors).toEqual([])
  expect(run.exitCode).toBe(0)
  expect(run.outputs.status).toBe('succeeded')
  expect(load.failures).toEqual([])
  expect(load.byVersion[version]).toBeGreaterThan(0)
  expect(load.samples.slice(-10).map((sample) => sample.version)).toEqual(Array(10).fill(version))
  const service = await describeService(app, app.service)
  expect(service.taskDefinition).toBe(run.outputs['task-definition-arn'])
}

describe('a step written for the official deploy action, with only uses: changed', () => {
  test('render-task-definition, then deploy with wait-for-service-stability: it deploys, no request fails', async () => {
    const checkedIn = await downloadTaskDefinition(mkdtempSync(join(scratch, 'workspace-')))
    const rendered = render(checkedIn, 'app', 'legacy:v2')
    const step = switched(`
    - name: Deploy Amazon ECS task definition
      ${officialUses}
      with:
        task-definition: \${{ steps.task-def.outputs.task-definition }}
        service: ${app.service}
        cluster: ${app.cluster}
        wait-for-service-stability: true
`)
    const { run, load } = await runUnderLoad(step, {
      values: { 'steps.task-def.outputs.task-definition': rendered }
    })
    expect(run.runnerWarnings).toEqual([unexpectedInputsWarning(['wait-for-service-stability'], validInputs)])
    await expectDeployed(run, load, 'v2')
    expect(run.outputs['task-definition-arn']).toMatch(/task-definition\/legacy:2$/)
    const { taskDefinition } = await app.clients.ecs.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: run.outputs['task-definition-arn'] })
    )
    expect(taskDefinition!.containerDefinitions!.map((c) => c.image)).toEqual(['legacy:v2'])
  }, 90_000)

  test('a file in the workspace with desired-count, force-new-deployment and wait-for-minutes', async () => {
    const workspace = mkdtempSync(join(scratch, 'workspace-'))
    const file = await downloadTaskDefinition(workspace)
    const definition = JSON.parse(readFileSync(file, 'utf8'))
    definition.containerDefinitions[0].image = 'legacy:v3'
    writeFileSync(file, JSON.stringify(definition, null, 2))
    const step = switched(`
      - name: Deploy to Amazon ECS
        ${officialUses}
        with:
          task-definition: task-definition.json
          service: ${app.service}
          cluster: ${app.cluster}
          desired-count: 3
          force-new-deployment: true
          wait-for-service-stability: true
          wait-for-minutes: 5
`)
    const { run, load } = await runUnderLoad(step, { env: { GITHUB_WORKSPACE: workspace } })
    expect(run.runnerWarnings).toEqual([
      unexpectedInputsWarning(['wait-for-service-stability', 'wait-for-minutes'], validInputs)
    ])
    await expectDeployed(run, load, 'v3')
    const service = await describeService(app, app.service)
    expect({ desired: service.desiredCount, running: service.runningCount }).toEqual({
      desired: 3,
      running: 3
    })
  }, 90_000)
})
