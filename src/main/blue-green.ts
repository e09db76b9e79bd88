import * as core from '@actions/core'
import * as exec from '@actions/exec'
import { alarmPort } from '../aws/cloudwatch.ts'
import { createClients, type AwsClients } from '../aws/clients.ts'
import { ecsPort } from '../aws/ecs.ts'
import { elbPort } from '../aws/elb.ts'
import { rulePort } from '../aws/listener-rules.ts'
import { systemClock, type Clock } from '../core/clock.ts'
import { formatDuration } from '../core/duration.ts'
import {
  duration,
  httpUrl,
  invalidInputs,
  oneOf,
  optional,
  readInputs,
  text,
  withDefault,
  type InputReader
} from '../core/inputs.ts'
import { actionLog, publish, runAction } from '../core/run.ts'
import { renderSummary } from '../core/summary.ts'
import type { CommandRunner } from '../gates/command.ts'
import type { Fetch } from '../gates/http-probe.ts'
import { blueGreenDeploy, type BlueGreenOptions, type BlueGreenRecord } from '../strategies/blue-green.ts'
import { pairInputs } from './pair-inputs.ts'
import { givenTaskDefinition, runOf, taskCount, taskDefinitionInputs, watchInputs } from './shared-inputs.ts'

/** Every input of actions/blue-green/action.yml, declared once (defaults are action.yml's). */
export const blueGreenInputs = {
  ...pairInputs,
  ...taskDefinitionInputs,
  mode: withDefault('mode', 'full', oneOf(['full', 'deploy', 'promote'] as const)),
  desiredCount: optional('desired-count', taskCount),
  ...watchInputs,
  healthCheckUrl: optional('health-check-url', httpUrl),
  verifyCommand: optional('verify-command', text),
  bakeTime: withDefault('bake-time', '5m', duration()),
  scaleDown: withDefault('scale-down', 'after-bake', oneOf(['after-bake', 'never'] as const)),
  onFailure: withDefault('on-failure', 'rollback', oneOf(['rollback', 'stop'] as const))
}

export const blueGreenOutputs = [
  'live-color',
  'idle-color',
  'previous-color',
  'task-definition-arn',
  'previous-task-definition-arn',
  'status',
  'rollout'
] as const

/** The inputs as strategy options, with the checks that involve more than one input. */
export function blueGreenOptions(read: InputReader, env: NodeJS.ProcessEnv = process.env): BlueGreenOptions {
  const inputs = readInputs(blueGreenInputs, read)
  const source = givenTaskDefinition(inputs, env.GITHUB_WORKSPACE ?? '.')
  if (inputs.mode === 'promote') {
    if (source && source.kind !== 'arn') {
      throw invalidInputs([
        `${source.kind === 'file' ? 'task-definition' : 'image'} is not used with mode promote, which promotes the version the paused deploy verified (task-definition-arn may name it, as a check)`
      ])
    }
    if (inputs.desiredCount !== undefined)
      throw invalidInputs(['desired-count is not used with mode promote'])
  } else if (!source) {
    throw invalidInputs([
      `task-definition, task-definition-arn or image (with container) is required with mode ${inputs.mode}`
    ])
  }
  return {
    cluster: inputs.cluster,
    blueService: inputs.blueService,
    greenService: inputs.greenService,
    listenerRule: inputs.listenerRule,
    testListenerRule: inputs.testListenerRule,
    mode: inputs.mode,
    taskDefinition: inputs.mode === 'promote' ? undefined : source,
    allowFamilyChange: inputs.allowFamilyChange,
    expectedTaskDefinitionArn: inputs.mode === 'promote' ? inputs.taskDefinitionArn : undefined,
    desiredCount: inputs.desiredCount,
    alarms: inputs.alarms,
    healthCheckUrl: inputs.healthCheckUrl,
    verifyCommand: inputs.verifyCommand,
    bakeTimeMs: inputs.bakeTime,
    scaleDown: inputs.scaleDown,
    waitTimeoutMs: inputs.waitTimeout,
    pollIntervalMs: inputs.pollInterval,
    onFailure: inputs.onFailure,
    run: runOf(env)
  }
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

/** What tests replace: time, the AWS clients, the command runner and fetch. */
export interface RunOverrides {
  clock?: Clock
  clients?: AwsClients
  runCommand?: CommandRunner
  fetch?: Fetch
}

export async function run(overrides: RunOverrides = {}): Promise<void> {
  await runAction(async (signal) => {
    const options = blueGreenOptions((name) => core.getInput(name))
    const clients = overrides.clients ?? createClients()
    const ports = {
      ecs: ecsPort(clients.ecs),
      elb: elbPort(clients.elb),
      rules: rulePort(clients.elb),
      cloudwatch: alarmPort(clients.cloudwatch),
      runCommand: overrides.runCommand ?? bashCommand,
      fetch: overrides.fetch
    }
    const { record, timeline, gates } = await blueGreenDeploy(options, ports, {
      clock: overrides.clock ?? systemClock,
      log: actionLog,
      signal
    })
    await publish(
      {
        'live-color': record.liveColor,
        'idle-color': record.idleColor,
        'previous-color': record.previousColor,
        'task-definition-arn': record.taskDefinitionArn,
        'previous-task-definition-arn': record.previousTaskDefinitionArn,
        status: record.status,
        rollout: record
      } satisfies Record<(typeof blueGreenOutputs)[number], unknown>,
      renderSummary({
        title: `Blue-green ${record.mode === 'promote' ? 'promotion' : 'deploy'} of ${record.blueService} / ${record.greenService}`,
        status: record.status,
        reason: record.reason,
        facts: facts(record, options),
        gates,
        timeline: timeline.entries
      })
    )
    if (record.status !== 'succeeded' && record.status !== 'paused')
      throw new Error(`Blue-green ${record.status.replace('-', ' ')}: ${record.reason}`)
  })
}

function facts(record: BlueGreenRecord, options: BlueGreenOptions): [string, string | undefined][] {
  const service = (color: string) => (color === 'blue' ? record.blueService : record.greenService)
  return [
    ['Cluster', record.cluster],
    ['Listener rule', record.listenerRule],
    ['Live', `${record.liveColor} (${service(record.liveColor)})`],
    ['Idle', `${record.idleColor} (${service(record.idleColor)})`],
    ['Task definition', record.taskDefinitionArn],
    ['Previous task definition', record.previousTaskDefinitionArn],
    ['Switched at', record.switchedAt],
    ['Switched back at', record.switchedBackAt],
    ['Mode', record.mode],
    ['Duration', formatDuration(record.durations.totalSeconds * 1000)],
    ['On failure', options.onFailure]
  ]
}
