/**
 * The run skeleton every action shares: read the inputs into options, build the AWS ports, run the strategy with
 * the runner's cancellation, then publish the report as outputs and a job summary, and fail the step on a failed
 * rollout. Each action (src/main/<name>.ts) only maps inputs to options and the report to outputs and facts.
 */
import * as core from '@actions/core'
import * as exec from '@actions/exec'
import { alarmPort, metricsPort, type MetricsPort } from '../aws/cloudwatch.ts'
import { createClients, type AwsClients } from '../aws/clients.ts'
import { ecsPort, type EcsPort } from '../aws/ecs.ts'
import { elbPort, type ElbPort } from '../aws/elb.ts'
import { rulePort, type RulePort } from '../aws/listener-rules.ts'
import type { AlarmPort } from '../aws/cloudwatch.ts'
import { systemClock, type Clock } from '../core/clock.ts'
import { formatDuration } from '../core/duration.ts'
import { CancelledError, oneLine } from '../core/errors.ts'
import type { InputReader } from '../core/inputs.ts'
import type { Log } from '../core/log.ts'
import type { Timeline } from '../core/timeline.ts'
import type { CommandRunner } from '../gates/command.ts'
import type { Fetch } from '../gates/http-probe.ts'
import type { RolloutReport } from '../rollout/report.ts'
import type { GateRow, RolloutContext } from '../rollout/rollout.ts'
import { renderSummary } from './summary.ts'

/** Every port a strategy may take. */
export interface AllPorts {
  ecs: EcsPort
  elb: ElbPort
  rules: RulePort
  cloudwatch: AlarmPort
  metrics: MetricsPort
  runCommand: CommandRunner
  fetch?: Fetch
}

/** What tests replace: time, the AWS clients, the command runner and fetch. */
export interface RunOverrides {
  clock?: Clock
  clients?: AwsClients
  runCommand?: CommandRunner
  fetch?: Fetch
}

/** One action: how it reads its inputs, which strategy it runs, and how it tells what happened. */
export interface ActionDefinition<Options extends { onFailure: string }, Report extends RolloutReport> {
  /** How the failure line names the rollout: `Rolling update`, `Blue-green`. */
  name: string
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
export async function runRollout<Options extends { onFailure: string }, Report extends RolloutReport>(
  action: ActionDefinition<Options, Report>,
  overrides: RunOverrides = {}
): Promise<void> {
  await runAction(async (signal) => {
    const options = action.options((name) => core.getInput(name))
    const clients = overrides.clients ?? createClients()
    const ports: AllPorts = {
      ecs: ecsPort(clients.ecs),
      elb: elbPort(clients.elb),
      rules: rulePort(clients.elb),
      cloudwatch: alarmPort(clients.cloudwatch),
      metrics: metricsPort(clients.cloudwatch),
      runCommand: overrides.runCommand ?? bashCommand,
      fetch: overrides.fetch
    }
    const context = { clock: overrides.clock ?? systemClock, log: actionLog, signal }
    const { report, timeline, gates, details } = await action.deploy(options, ports, context)
    const facts = action.facts(report, options)
    facts.push(
      ['Duration', formatDuration(report.durations.totalSeconds * 1000)],
      ['On failure', options.onFailure]
    )
    await publish(
      action.outputs(report),
      renderSummary({
        title: action.title(report),
        status: report.status,
        reason: report.reason,
        facts,
        gates,
        details,
        timeline: timeline.entries
      })
    )
    if (report.status !== 'succeeded' && report.status !== 'paused')
      throw new Error(`${action.name} ${report.status.replace('-', ' ')}: ${report.reason}`)
  })
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
