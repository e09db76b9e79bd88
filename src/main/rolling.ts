import * as core from '@actions/core'
import { alarmPort } from '../aws/cloudwatch.ts'
import { createClients, type AwsClients } from '../aws/clients.ts'
import { ecsPort } from '../aws/ecs.ts'
import { elbPort } from '../aws/elb.ts'
import type { TaskDefinitionSource } from '../aws/task-definition.ts'
import { systemClock, type Clock } from '../core/clock.ts'
import { formatDuration } from '../core/duration.ts'
import {
  boolean,
  duration,
  invalidInputs,
  oneOf,
  optional,
  readInputs,
  required,
  withDefault,
  type InputReader
} from '../core/inputs.ts'
import { actionLog, publish, runAction } from '../core/run.ts'
import { renderSummary } from '../core/summary.ts'
import { rollingDeploy, type RollingOptions } from '../strategies/rolling.ts'
import {
  ecsName,
  givenTaskDefinition,
  taskCount,
  runOf,
  taskDefinitionInputs,
  watchInputs,
  type TaskDefinitionInputValues
} from './shared-inputs.ts'

/** Every input of actions/rolling/action.yml, declared once (defaults are action.yml's). */
export const rollingInputs = {
  cluster: required('cluster', ecsName('cluster')),
  service: required('service', ecsName('service')),
  ...taskDefinitionInputs,
  desiredCount: optional('desired-count', taskCount),
  forceNewDeployment: withDefault('force-new-deployment', 'false', boolean),
  ...watchInputs,
  bakeTime: withDefault('bake-time', '0', duration()),
  onFailure: withDefault('on-failure', 'rollback', oneOf(['rollback', 'stop'] as const))
}

export const rollingOutputs = [
  'task-definition-arn',
  'previous-task-definition-arn',
  'deployment-id',
  'status',
  'rollout'
] as const

/** The inputs as strategy options, with the checks that involve more than one input. */
export function rollingOptions(read: InputReader, env: NodeJS.ProcessEnv = process.env): RollingOptions {
  const inputs = readInputs(rollingInputs, read)
  return {
    cluster: inputs.cluster,
    service: inputs.service,
    taskDefinition: taskDefinitionSource(inputs, env.GITHUB_WORKSPACE ?? '.'),
    allowFamilyChange: inputs.allowFamilyChange,
    desiredCount: inputs.desiredCount,
    forceNewDeployment: inputs.forceNewDeployment,
    alarms: inputs.alarms,
    waitTimeoutMs: inputs.waitTimeout,
    pollIntervalMs: inputs.pollInterval,
    bakeTimeMs: inputs.bakeTime,
    onFailure: inputs.onFailure,
    run: runOf(env)
  }
}

function taskDefinitionSource(
  inputs: TaskDefinitionInputValues & { forceNewDeployment: boolean },
  workspace: string
): TaskDefinitionSource {
  const given = givenTaskDefinition(inputs, workspace)
  if (given) return given
  if (inputs.forceNewDeployment) return { kind: 'current' }
  throw invalidInputs([
    'task-definition, task-definition-arn or image (with container) is required (or force-new-deployment: true to redeploy the current task definition)'
  ])
}

/** What tests replace: time and the AWS clients. */
export interface RunOverrides {
  clock?: Clock
  clients?: AwsClients
}

export async function run(overrides: RunOverrides = {}): Promise<void> {
  await runAction(async (signal) => {
    const options = rollingOptions((name) => core.getInput(name))
    const clients = overrides.clients ?? createClients()
    const ports = {
      ecs: ecsPort(clients.ecs),
      elb: elbPort(clients.elb),
      cloudwatch: alarmPort(clients.cloudwatch)
    }
    const { record, timeline } = await rollingDeploy(options, ports, {
      clock: overrides.clock ?? systemClock,
      log: actionLog,
      signal
    })
    const summary = renderSummary({
      title: `Rolling update of ${record.service}`,
      status: record.status,
      reason: record.reason,
      facts: [
        ['Cluster', record.cluster],
        ['Service', record.service],
        ['Task definition', record.taskDefinitionArn],
        ['Previous task definition', record.previousTaskDefinitionArn],
        ['Deployment', record.deploymentId],
        ['Duration', formatDuration(record.durations.totalSeconds * 1000)],
        ['On failure', options.onFailure]
      ],
      timeline: timeline.entries
    })
    await publish(
      {
        'task-definition-arn': record.taskDefinitionArn,
        'previous-task-definition-arn': record.previousTaskDefinitionArn,
        'deployment-id': record.deploymentId,
        status: record.status,
        rollout: record
      } satisfies Record<(typeof rollingOutputs)[number], unknown>,
      summary
    )
    if (record.status !== 'succeeded')
      throw new Error(`Rolling update ${record.status.replace('-', ' ')}: ${record.reason}`)
  })
}
