import { quote } from '../core/errors.ts'
import {
  boolean,
  httpUrl,
  invalidInputs,
  optional,
  readInputs,
  required,
  text,
  withDefault,
  type InputReader,
  type Parser
} from '../core/inputs.ts'
import { pairLock } from '../pair/pair.ts'
import {
  planRollback,
  rollback,
  type RollbackOptions,
  type RollbackReport
} from '../strategies/rollback/index.ts'
import {
  ecsName,
  familyRevision,
  githubInputs,
  listenerRuleArn,
  lockInputs,
  runOf,
  taskDefinitionArn,
  watchInputs
} from './inputs.ts'
import { lockOfService, runRollout, type ActionDefinition, type RunOverrides } from './run.ts'
import { nativeServiceGiven } from './native.ts'
import { nativeRollbackAction } from './native-rollback.ts'
import { releaseInputs } from '../preflight/inputs.ts'

/** `previous`, a task definition ARN, or `family:revision`. */
const rollbackTarget: Parser<string> = (raw) => {
  if (raw === 'previous' || familyRevision.test(raw)) return raw
  if (raw.startsWith('arn:')) return taskDefinitionArn(raw)
  throw new Error(
    `${quote(raw)} is not previous, a task definition ARN or family:revision (e.g. web:42; a revision is 1 to 10 digits)`
  )
}

/** Every input of actions/rollback/action.yml, declared once (defaults are action.yml's). */
export const rollbackInputs = {
  cluster: required('cluster', ecsName('cluster')),
  service: optional('service', ecsName('service')),
  blueService: optional('blue-service', ecsName('service')),
  greenService: optional('green-service', ecsName('service')),
  listenerRule: optional('listener-rule', listenerRuleArn),
  to: withDefault('to', 'previous', rollbackTarget),
  reason: optional('reason', text),
  ...watchInputs,
  ...releaseInputs,
  healthCheckUrl: optional('health-check-url', httpUrl),
  dryRun: withDefault('dry-run', 'false', boolean),
  ...lockInputs,
  ...githubInputs
}

export const rollbackOutputs = [
  'status',
  'live-color',
  'task-definition-arn',
  'rolled-back-from',
  'rollout'
] as const

/** The inputs as strategy options: a service, or the three inputs of a pair. */
export function rollbackOptions(read: InputReader, env: NodeJS.ProcessEnv = process.env): RollbackOptions {
  const inputs = readInputs(rollbackInputs, read)
  const pairNames = {
    'blue-service': inputs.blueService,
    'green-service': inputs.greenService,
    'listener-rule': inputs.listenerRule
  }
  const given = Object.entries(pairNames)
    .filter(([, value]) => value)
    .map(([name]) => name)
  if (inputs.service && given.length > 0) {
    throw invalidInputs([
      `service and ${given.join(', ')}: give a service, or a pair (blue-service, green-service, listener-rule), not both`
    ])
  }
  if (!inputs.service && given.length < 3) {
    const missing = Object.keys(pairNames).filter((name) => !given.includes(name))
    throw invalidInputs([
      given.length === 0
        ? 'service, or blue-service, green-service and listener-rule, is required'
        : `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required with ${given.join(' and ')}`
    ])
  }
  const { cluster } = inputs
  return {
    cluster,
    service: inputs.service,
    pair: inputs.service
      ? undefined
      : {
          cluster,
          blueService: inputs.blueService!,
          greenService: inputs.greenService!,
          listenerRule: inputs.listenerRule!
        },
    to: inputs.to,
    reason: inputs.reason,
    alarms: inputs.alarms,
    healthCheckUrl: inputs.healthCheckUrl,
    waitTimeoutMs: inputs.waitTimeout,
    pollIntervalMs: inputs.pollInterval,
    dryRun: inputs.dryRun,
    run: runOf(env),
    lockTimeoutMs: inputs.lockTimeout,
    githubToken: inputs.githubToken
  }
}

const rollbackAction: ActionDefinition<RollbackOptions, RollbackReport> = {
  name: 'Rollback',
  id: 'rollback',
  preempts: true,
  lock: async (options, ports) => {
    if (options.dryRun) return undefined
    return options.pair ? pairLock(options.pair) : lockOfService(ports, options.cluster, options.service!)
  },
  check: planRollback,
  options: (read) => rollbackOptions(read),
  deploy: rollback,
  title: (report) =>
    `Rollback of ${report.service ?? `${report.blueService} / ${report.greenService}`}${report.status === 'dry-run' ? ' (dry run)' : ''}`,
  outputs: (report) =>
    ({
      status: report.status,
      'live-color': report.liveColor,
      'task-definition-arn': report.taskDefinitionArn,
      'rolled-back-from': report.rolledBackFrom,
      rollout: report
    }) satisfies Record<(typeof rollbackOutputs)[number], unknown>,
  facts: (report) => {
    const { switchSeconds, trafficSeconds } = report.durations
    const moved =
      switchSeconds === undefined
        ? undefined
        : `${trafficSeconds}s after the start (the rule change itself: ${switchSeconds}s)`
    return [
      ['Cluster', report.cluster],
      ['Service', report.service],
      ['Pair', report.blueService ? `${report.blueService} / ${report.greenService}` : undefined],
      ['Rolled back from', report.rolledBackFrom],
      ['To', report.taskDefinitionArn],
      ['Asked for', report.to],
      ['Reason', report.rollbackReason && quote(report.rollbackReason, 200, '')],
      ['By run', report.run],
      ['Path', report.path],
      ['Live', report.liveColor],
      ['Traffic moved', moved]
    ]
  }
}

export const run = async (given?: RunOverrides): Promise<void> => {
  const { native, overrides } = await nativeServiceGiven(given, (read) => rollbackOptions(read))
  return native
    ? runRollout(
        nativeRollbackAction((read) => rollbackOptions(read)),
        overrides
      )
    : runRollout(rollbackAction, overrides)
}
