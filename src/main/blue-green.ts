import { oneOf, optional, readInputs, withDefault, type InputReader } from '../core/inputs.ts'
import {
  blueGreenDeploy,
  prepareBlueGreen,
  type BlueGreenOptions,
  type BlueGreenReport
} from '../strategies/blue-green/index.ts'
import { pairLock } from '../pair/pair.ts'
import { colorOf, pairFacts } from '../summary/summary.ts'
import { runRollout, type ActionDefinition, type RunOverrides } from './run.ts'
import { byService, nativeDefinition, nativeOptions, pairOrServiceInputs, requirePair } from './native.ts'
import { pairRolloutInputs, pairRunOptions, taskCount, taskDefinitionInputs, watchInputs } from './inputs.ts'
import { releaseInputs } from '../preflight/inputs.ts'

/** Every input of actions/blue-green/action.yml, declared once (defaults are action.yml's). */
export const blueGreenInputs = {
  ...pairOrServiceInputs,
  ...taskDefinitionInputs,
  mode: withDefault('mode', 'full', oneOf(['full', 'deploy', 'promote'] as const)),
  desiredCount: optional('desired-count', taskCount),
  ...watchInputs,
  ...releaseInputs,
  ...pairRolloutInputs
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
  return pairRunOptions(requirePair(readInputs(blueGreenInputs, read)), env, {
    promote: 'promotes the version the paused deploy verified'
  })
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
  facts: (report) => pairFacts(report, ['Idle', colorOf(report, report.idleColor)])
}

/** Blue-green on a single service whose ECS strategy is BLUE_GREEN: ECS moves the traffic, the run follows it. */
const nativeBlueGreen = nativeDefinition(
  'blue-green',
  'Blue-green',
  (read) =>
    nativeOptions('blue-green', readInputs(blueGreenInputs, read), read, [
      blueGreenInputs.bakeTime,
      blueGreenInputs.scaleDown
    ]),
  (report) =>
    ({
      'live-color': report.liveColor,
      'idle-color': report.idleColor,
      'previous-color': report.previousColor,
      'task-definition-arn': report.taskDefinitionArn,
      'previous-task-definition-arn': report.previousTaskDefinitionArn,
      status: report.status,
      rollout: report
    }) satisfies Record<(typeof blueGreenOutputs)[number], unknown>
)

export const run = (overrides?: RunOverrides): Promise<void> =>
  byService(
    () => runRollout(blueGreen, overrides),
    () => runRollout(nativeBlueGreen, overrides)
  )
