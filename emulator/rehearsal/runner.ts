/**
 * Runs a bundled action the way the GitHub runner does: `INPUT_*` variables formed from the input names
 * (defaults taken from the action's action.yml), the `GITHUB_OUTPUT` / `GITHUB_STEP_SUMMARY` / `GITHUB_ENV` /
 * `GITHUB_STATE` files, `RUNNER_TEMP`, and `node <runs.main>` started from the workspace. Cancelling follows
 * the runner too: SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after that; a lost runner is a SIGKILL.
 * As a workflow gives each deploy step its own role, an action given the emulator's credentials calls as the role
 * named after it (`emulator-as-<action>`): an emulator that binds that role to a policy holds the action to it.
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { EMULATOR_ACCESS_KEY, roleAccessKey } from '../iam/access.ts'

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export interface ActionRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  outputs: Record<string, string>
  summary: string
  stdout: string
  stderr: string
  /** The `::error::` lines the action wrote (what the runner shows as annotations). */
  errors: string[]
  durationMs: number
  /** When the run was cancelled (SIGINT sent; epoch milliseconds), if it was. */
  cancelledAt?: number
  /** What the runner itself warned about before starting the step (inputs the action does not declare). */
  runnerWarnings: string[]
}

export interface RunOptions {
  /** The action's inputs by their action.yml names; omitted ones take action.yml's defaults. */
  inputs?: Record<string, string>
  /** Extra environment (AWS endpoint variables, credentials, region, ...). */
  env?: Record<string, string>
  /** The event that started the workflow (GITHUB_EVENT_NAME). */
  eventName?: string
  /** The event's payload, written to the file GITHUB_EVENT_PATH names, as the runner does. */
  eventPayload?: Record<string, unknown>
  /** Cancel the run this many milliseconds after it started, as the runner cancels a job. */
  cancelAfterMs?: number
  /** Cancel the run (the same way) when this promise settles, resolved or rejected, if the run is still going. */
  cancelWhen?: Promise<unknown>
  /** Kill the run (SIGKILL, as when the runner is lost) when this promise settles, if the run is still going. */
  killWhen?: Promise<unknown>
  /** Called with every line the action prints, as it prints it. */
  onLine?: (line: string) => void
  /** Where action folders live (default: this project's actions/). */
  actionsDir?: string
  /**
   * An input the action does not declare: `refuse` (the default, so a test's typo fails it) or `warn`, as the
   * runner does: it warns, passes the input all the same, and runs the step.
   */
  unexpectedInputs?: 'refuse' | 'warn'
}

interface ActionMetadata {
  inputs?: Record<string, { default?: string | number | boolean }>
  runs: { using: string; main: string }
}

export function readActionMetadata(
  action: string,
  actionsDir = join(projectRoot, 'actions')
): ActionMetadata {
  return parseYaml(readFileSync(join(actionsDir, action, 'action.yml'), 'utf8')) as ActionMetadata
}

/** The runner's naming: spaces become underscores, then upper case (hyphens stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

export async function runAction(action: string, options: RunOptions = {}): Promise<ActionRun> {
  const actionsDir = options.actionsDir ?? join(projectRoot, 'actions')
  const metadata = readActionMetadata(action, actionsDir)
  const declared = metadata.inputs ?? {}
  const runnerWarnings: string[] = []
  const unexpected = Object.keys(options.inputs ?? {}).filter((name) => !(name in declared))
  if (unexpected.length > 0 && options.unexpectedInputs !== 'warn')
    throw new Error(`action ${action} has no input named ${unexpected.join(', ')}`)
  if (unexpected.length > 0) runnerWarnings.push(unexpectedInputsWarning(unexpected, Object.keys(declared)))

  const temp = mkdtempSync(join(tmpdir(), `run-${action}-`))
  const files = {
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    GITHUB_ENV: join(temp, 'env'),
    GITHUB_STATE: join(temp, 'state'),
    GITHUB_PATH: join(temp, 'path')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const eventPath = join(temp, 'event.json')
  writeFileSync(eventPath, JSON.stringify(options.eventPayload ?? {}))

  const inputEnv: Record<string, string> = {}
  for (const [name, spec] of Object.entries(declared)) {
    if (spec?.default !== undefined) inputEnv[inputVariable(name)] = String(spec.default)
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) inputEnv[inputVariable(name)] = value

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: projectRoot,
    GITHUB_REPOSITORY: 'example/app',
    GITHUB_REPOSITORY_OWNER: 'example',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_RUN_ID: String(Date.now()),
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_JOB: 'deploy',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    ...clockVariables(process.env),
    ...files,
    ...inputEnv,
    ...options.env
  }

  if (env.AWS_ACCESS_KEY_ID === EMULATOR_ACCESS_KEY) env.AWS_ACCESS_KEY_ID = roleAccessKey(action)

  const main = resolve(actionsDir, action, metadata.runs.main)
  const started = Date.now()
  const child = spawn(process.execPath, [main], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  const lineBuffer = { out: '', err: '' }
  const feed = (key: 'out' | 'err', chunk: string): void => {
    if (!options.onLine) return
    lineBuffer[key] += chunk
    const lines = lineBuffer[key].split('\n')
    lineBuffer[key] = lines.pop() ?? ''
    for (const line of lines) options.onLine(line)
  }
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
    feed('out', chunk)
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
    feed('err', chunk)
  })

  const timers: NodeJS.Timeout[] = []
  let closed = false
  let cancelledAt: number | undefined
  const cancel = (): void => {
    if (closed || cancelledAt !== undefined) return
    cancelledAt = Date.now()
    child.kill('SIGINT')
    timers.push(setTimeout(() => child.kill('SIGTERM'), 7500))
    timers.push(setTimeout(() => child.kill('SIGKILL'), 10000))
  }
  if (options.cancelAfterMs !== undefined) timers.push(setTimeout(cancel, options.cancelAfterMs))
  options.cancelWhen?.then(cancel, cancel)
  const kill = (): void => {
    if (!closed) child.kill('SIGKILL')
  }
  options.killWhen?.then(kill, kill)
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.on('close', (code, sig) => done([code, sig]))
  )
  closed = true
  for (const timer of timers) clearTimeout(timer)

  const result: ActionRun = {
    exitCode,
    signal,
    outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    stdout,
    stderr,
    errors: stdout
      .split('\n')
      .filter((line) => line.startsWith('::error'))
      .map((line) => line.replace(/^::error[^:]*::/, '')),
    durationMs: Date.now() - started,
    cancelledAt,
    runnerWarnings
  }
  rmSync(temp, { recursive: true, force: true })
  return result
}

/** The runner's words when a step passes inputs its action.yml does not declare (it runs the step all the same). */
export function unexpectedInputsWarning(unexpected: string[], valid: string[]): string {
  return `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${valid.join("', '")}']`
}

/**
 * The variables through which Debian's `faketime` (libfaketime) shifts a process's clock. The GitHub runner
 * passes its whole environment to an action, so an action started under `faketime` sees the same shifted
 * clock as the test that started it; these carry that over into the otherwise scrubbed environment.
 */
export function clockVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  const inherited: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) {
    const isClockVariable =
      name === 'LD_PRELOAD' || name.startsWith('FAKETIME') || name === 'DONT_FAKE_MONOTONIC'
    if (isClockVariable && value !== undefined) inherited[name] = value
  }
  return inherited
}

/** Parses a GITHUB_OUTPUT-style file: `name=value` lines and `name<<DELIMITER ... DELIMITER` blocks. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const body: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i])
      values[name] = body.join('\n')
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      values[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return values
}

/** A unique name for test resources. */
export const uniqueName = (prefix: string): string => `${prefix}-${randomUUID().slice(0, 8)}`
