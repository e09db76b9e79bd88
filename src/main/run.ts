/**
 * The run skeleton every action shares: read the inputs into options, build the AWS ports, run the strategy with
 * the runner's cancellation, then publish the report as outputs and a job summary, and fail the step on a failed
 * rollout. Each action (src/main/<name>.ts) only maps inputs to options and the report to outputs and facts.
 * An action that changes a pair or a service holds its lock (src/state/lock.ts) while the strategy runs, and the
 * strategy gets ports whose every change is fenced by it.
 */
import * as core from '@actions/core'
import * as exec from '@actions/exec'
import { createClients, type AwsClients } from '../aws/clients.ts'
import type { EcsPort } from '../aws/ecs.ts'
import type { Fetch } from '../gates/http-probe.ts'
import { realEvery, systemClock, type Clock, type Every } from '../core/clock.ts'
import { CancelledError, oneLine } from '../core/errors.ts'
import type { InputReader } from '../core/inputs.ts'
import type { Log } from '../core/log.ts'
import type { Timeline } from '../core/timeline.ts'
import { lazyGithubPort } from '../github/lazy.ts'
import type { GithubPort } from '../github/port.ts'
import type { CommandRunner } from '../gates/command.ts'
import type { RolloutReport } from '../rollout/report.ts'
import type { GateRow, RolloutContext } from '../rollout/rollout.ts'
import { serviceLock } from '../service/service.ts'
import { fencePorts } from '../state/fence.ts'
import { withLock } from '../state/acquire.ts'
import type { Fence, LockTarget } from '../state/lock.ts'
import { checkingPorts, portsOf, type AllPorts } from './ports.ts'
import { readForSummary } from '../summary/reads.ts'
import { renderSummary } from '../summary/summary.ts'
import { releaseGuard, type LookupsPort } from '../preflight/release.ts'

/** What tests replace: time (the clock, and the timer of the lock's heartbeat), the AWS clients, the command runner and fetch. */
export interface RunOverrides {
  clock?: Clock
  every?: Every
  clients?: AwsClients
  runCommand?: CommandRunner
  fetch?: Fetch
  github?: GithubPort
  /** The ECS reads made before the lock so far (choosing the path to run), to be shared, not repeated. */
  ecsBeforeLock?: EcsPort
  lookups?: LookupsPort
}

/** What the skeleton reads of every action's options. */
export interface RunOptions {
  onFailure?: string
  /** This workflow run, as the lock names its holder. */
  run: string
  pollIntervalMs: number
  /** How long to wait for another run's lock (lock-timeout); 0 refuses at once. */
  lockTimeoutMs?: number
  /** The token of the GitHub port (github-token). */
  githubToken?: string
}

/** One action: how it reads its inputs, which strategy it runs, and how it tells what happened. */
export interface ActionDefinition<Options extends RunOptions, Report extends RolloutReport> {
  /** How the failure line names the rollout: `Rolling update`, `Blue-green`. */
  name: string
  /** How the lock names the action: `rolling`, `blue-green`, `rollback`. */
  id: string
  /** What the run locks, found with read-only calls; undefined when it changes nothing (a dry run). */
  lock?(options: Options, ports: AllPorts): Promise<LockTarget | undefined>
  /** Takes the lock from a deploy that holds it (rollback). */
  preempts?: boolean
  /**
   * The strategy's read-only checks, run before the lock is taken so that a refusal changes nothing, not even the
   * lock; once the run holds the lock, the strategy reads everything again (another run may have changed it).
   */
  check?(options: Options, ports: AllPorts): Promise<unknown>
  options(read: InputReader): Options
  deploy(
    options: Options,
    ports: AllPorts,
    context: RolloutContext
  ): Promise<{ report: Report; timeline: Timeline; gates?: GateRow[]; details?: string[] }>
  outputs(report: Report): Record<string, unknown>
  title(report: Report): string
  /** Label and value rows of the summary (the skeleton adds the duration and on-failure). */
  facts(report: Report, options: Options): [string, string | undefined][]
}

/** Runs an action as the runner starts it; any error is one `setFailed` line. */
export async function runRollout<Options extends RunOptions, Report extends RolloutReport>(
  action: ActionDefinition<Options, Report>,
  overrides: RunOverrides = {}
): Promise<void> {
  await runAction(async (signal) => {
    const options = action.options((name) => core.getInput(name))
    const clients = overrides.clients ?? createClients()
    const release = releaseGuard((name) => core.getInput(name), clients.ecs, actionLog, overrides.lookups)
    const ports = portsOf(clients, {
      preflight: release.preflight,
      runCommand: overrides.runCommand ?? bashCommand,
      fetch: overrides.fetch,
      github: overrides.github ?? githubOf(options.githubToken)
    })
    const context = { clock: overrides.clock ?? systemClock, log: actionLog, signal }
    const checking = checkingPorts(ports, overrides.ecsBeforeLock)
    const target = await action.lock?.(options, checking)
    if (target) await action.check?.(options, checking)
    const story: string[] = []
    // The summary's reads (versions, the load balancer's counts) are the last before the lock goes.
    const deploy = async (given: AllPorts, fence?: Fence) => {
      const result = await release.after(await action.deploy(options, given, { ...context, fence }))
      return { ...result, read: await readForSummary(result.report, ports, target?.listenerArn) }
    }
    const { report, timeline, gates, details, read } = target
      ? await withLock(
          ports.lockRules,
          target,
          {
            run: options.run,
            action: action.id,
            preempt: action.preempts ?? false,
            timeoutMs: options.lockTimeoutMs ?? 0,
            pollIntervalMs: options.pollIntervalMs
          },
          { ...context, every: overrides.every ?? realEvery },
          (lock) => {
            if (!lock) return deploy(ports)
            for (const line of lock.story) actionLog.info(`lock: ${line}`)
            story.push(...lock.story)
            return deploy(fencePorts(ports, lock), lock)
          }
        )
      : await deploy(ports)
    const facts = action.facts(report, options)
    facts.push(['On failure', options.onFailure], ['Lock', story.join('; ') || undefined])
    await publish(
      action.outputs(report),
      renderSummary({
        title: action.title(report),
        report,
        ...read,
        facts,
        gates,
        details,
        timeline: timeline.entries,
        phases: timeline.phases
      })
    )
    if (!['succeeded', 'paused', 'dry-run'].includes(report.status))
      throw new Error(`${action.name} ${report.status.replace('-', ' ')}: ${report.reason}`)
  })
}

/** The GitHub port of the run's repository, with the token given (none without one). */
function githubOf(token: string | undefined): GithubPort | undefined {
  const repository = process.env.GITHUB_REPOSITORY
  return token && repository ? lazyGithubPort(token, repository) : undefined
}

/** The lock of a single service; a service behind no listener has none, and the run says so once. */
export async function lockOfService(
  ports: AllPorts,
  cluster: string,
  service: string
): Promise<LockTarget | undefined> {
  const target = await serviceLock(ports, cluster, service)
  if (!target) {
    actionLog.warning(
      `service ${service} is behind no load balancer listener, so no lock keeps another run from changing it at the same time; use a concurrency group`
    )
  }
  return target
}

/** verify-command runs in bash, as a workflow's `run:` step does, with the job's environment plus the rollout's. */
export const bashCommand: CommandRunner = (command, env) =>
  exec.exec('bash', ['-e', '-o', 'pipefail', '-c', command], {
    ignoreReturnCode: true,
    env: { ...definedEnv(process.env), ...env }
  })

function definedEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined)
  )
}

/** The job log through @actions/core. */
export const actionLog: Log = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message)
}

/**
 * Runs one action's body: any error becomes one `setFailed` line (the stack only with step debug on), and the
 * runner's cancellation (SIGINT, then SIGTERM) aborts the signal handed to the body so it can clean up.
 */
export async function runAction(body: (signal: AbortSignal) => Promise<void>): Promise<void> {
  const controller = new AbortController()
  const cancel = (signal: NodeJS.Signals): void => {
    if (!controller.signal.aborted) controller.abort(new CancelledError(`cancelled (${signal})`))
  }
  process.on('SIGINT', cancel)
  process.on('SIGTERM', cancel)
  try {
    await body(controller.signal)
  } catch (error) {
    core.setFailed(oneLine(error))
    if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack)
  } finally {
    process.off('SIGINT', cancel)
    process.off('SIGTERM', cancel)
  }
}

/** Sets outputs (objects as JSON) and writes the job summary; a missing summary file is not an error. */
export async function publish(outputs: Record<string, unknown>, summaryMarkdown: string): Promise<void> {
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue
    core.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value))
  }
  try {
    await core.summary.addRaw(summaryMarkdown, true).write()
  } catch (error) {
    core.debug(`job summary not written: ${oneLine(error)}`)
  }
}
