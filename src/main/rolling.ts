import type { TaskDefinitionSource } from '../aws/task-definition.ts'
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
import { lockOfService, runRollout, type ActionDefinition, type RunOverrides } from './run.ts'
import { nativeDefinition, nativeOptions, nativeServiceGiven } from './native.ts'
import {
  prepareRolling,
  rollingDeploy,
  type RollingOptions,
  type RollingReport
} from '../strategies/rolling/rolling.ts'
import {
  ecsName,
  lockInputs,
  givenTaskDefinition,
  taskCount,
  runOf,
  taskDefinitionInputs,
  watchInputs,
  type TaskDefinitionInputValues
} from './inputs.ts'
import { releaseInputs } from '../preflight/inputs.ts'

/** Every input of actions/rolling/action.yml, declared once (defaults are action.yml's). */
export const rollingInputs = {
  // ECS's own default cluster when none is named, as the official deploy action and the AWS CLI do.
  cluster: withDefault('cluster', 'default', ecsName('cluster')),
  service: required('service', ecsName('service')),
  ...taskDefinitionInputs,
  desiredCount: optional('desired-count', taskCount),
  forceNewDeployment: withDefault('force-new-deployment', 'false', boolean),
  ...watchInputs,
  ...releaseInputs,
  bakeTime: withDefault('bake-time', '0', duration()),
  onFailure: withDefault('on-failure', 'rollback', oneOf(['rollback', 'stop'] as const)),
  ...lockInputs
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
    run: runOf(env),
    lockTimeoutMs: inputs.lockTimeout
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

const rolling: ActionDefinition<RollingOptions, RollingReport> = {
  name: 'Rolling update',
  id: 'rolling',
  lock: (options, ports) => lockOfService(ports, options.cluster, options.service),
  check: prepareRolling,
  options: (read) => rollingOptions(read),
  deploy: rollingDeploy,
  title: (report) => `Rolling update of ${report.service}`,
  outputs: (report) =>
    ({
      'task-definition-arn': report.taskDefinitionArn,
      'previous-task-definition-arn': report.previousTaskDefinitionArn,
      'deployment-id': report.deploymentId,
      status: report.status,
      rollout: report
    }) satisfies Record<(typeof rollingOutputs)[number], unknown>,
  facts: (report) => [
    ['Cluster', report.cluster],
    ['Service', report.service],
    ['Task definition', report.taskDefinitionArn],
    ['Previous task definition', report.previousTaskDefinitionArn],
    ['Deployment', report.deploymentId]
  ]
}

/** A rolling update of a service whose ECS strategy is not ROLLING: ECS runs its own deployment, the run follows it. */
const nativeRolling = nativeDefinition(
  'rolling',
  'Rolling update',
  (read) =>
    nativeOptions('rolling', readInputs(rollingInputs, read), read, [
      rollingInputs.forceNewDeployment,
      rollingInputs.bakeTime
    ]),
  (report) =>
    ({
      'task-definition-arn': report.taskDefinitionArn,
      'previous-task-definition-arn': report.previousTaskDefinitionArn,
      'deployment-id': report.deploymentId,
      status: report.status,
      rollout: report
    }) satisfies Record<(typeof rollingOutputs)[number], unknown>
)

export const run = async (given?: RunOverrides): Promise<void> => {
  const { native, overrides } = await nativeServiceGiven(given, (read) => rollingOptions(read))
  return native ? runRollout(nativeRolling, overrides) : runRollout(rolling, overrides)
}
