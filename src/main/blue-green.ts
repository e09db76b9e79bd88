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
import {
  blueGreenDeploy,
  prepareBlueGreen,
  type BlueGreenOptions,
  type BlueGreenReport
} from '../strategies/blue-green/index.ts'
import { pairLock } from '../pair/pair.ts'
import { runRollout, type ActionDefinition, type RunOverrides } from './run.ts'
import {
  givenTaskDefinition,
  lockInputs,
  pairInputs,
  runOf,
  taskCount,
  taskDefinitionInputs,
  watchInputs
} from './inputs.ts'

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
  onFailure: withDefault('on-failure', 'rollback', oneOf(['rollback', 'stop'] as const)),
  ...lockInputs
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
    run: runOf(env),
    lockTimeoutMs: inputs.lockTimeout
  }
}

const blueGreen: ActionDefinition<BlueGreenOptions, BlueGreenReport> = {
  name: 'Blue-green',
  id: 'blue-green',
  lock: async (options) => pairLock(options),
  check: prepareBlueGreen,
  options: (read) => blueGreenOptions(read),
  deploy: blueGreenDeploy,
  title: (report) =>
    `Blue-green ${report.mode === 'promote' ? 'promotion' : 'deploy'} of ${report.blueService} / ${report.greenService}`,
  outputs: (report) =>
    ({
      'live-color': report.liveColor,
      'idle-color': report.idleColor,
      'previous-color': report.previousColor,
      'task-definition-arn': report.taskDefinitionArn,
      'previous-task-definition-arn': report.previousTaskDefinitionArn,
      status: report.status,
      rollout: report
    }) satisfies Record<(typeof blueGreenOutputs)[number], unknown>,
  facts: (report) => {
    const service = (color: string) => (color === 'blue' ? report.blueService : report.greenService)
    return [
      ['Cluster', report.cluster],
      ['Listener rule', report.listenerRule],
      ['Live', `${report.liveColor} (${service(report.liveColor)})`],
      ['Idle', `${report.idleColor} (${service(report.idleColor)})`],
      ['Task definition', report.taskDefinitionArn],
      ['Previous task definition', report.previousTaskDefinitionArn],
      ['Switched at', report.switchedAt],
      ['Switched back at', report.switchedBackAt],
      ['Mode', report.mode]
    ]
  }
}

export const run = (overrides?: RunOverrides): Promise<void> => runRollout(blueGreen, overrides)
