/** The `pair` action: its inputs as options, its report as outputs and summary facts. */
import { oneOf, optional, readInputs, required, withDefault, type InputReader } from '../core/inputs.ts'
import { pairLock } from '../pair/pair.ts'
import {
  findSetup,
  pairSetupRun,
  preparePairSetup,
  type PairSetupOptions,
  type PairSetupReport
} from '../strategies/pair/index.ts'
import { ecsName, listenerRuleArn, lockInputs, runOf, watchInputs } from './inputs.ts'
import { actionLog, runRollout, type ActionDefinition, type RunOverrides } from './run.ts'

/** Every input of actions/pair/action.yml, declared once (defaults are action.yml's). */
export const pairSetupInputs = {
  cluster: required('cluster', ecsName('cluster')),
  service: required('service', ecsName('service')),
  listenerRule: optional('listener-rule', listenerRuleArn),
  greenService: optional('green-service', ecsName('service')),
  mode: withDefault('mode', 'check', oneOf(['create', 'check', 'delete'] as const)),
  failOn: withDefault('fail-on', 'never', oneOf(['warning', 'never'] as const)),
  waitTimeout: watchInputs.waitTimeout,
  pollInterval: watchInputs.pollInterval,
  ...lockInputs
}

export const pairSetupOutputs = [
  'blue-service',
  'green-service',
  'listener-rule',
  'blue-target-group',
  'green-target-group',
  'status',
  'findings',
  'rollout'
] as const

export function pairSetupOptions(read: InputReader, env: NodeJS.ProcessEnv = process.env): PairSetupOptions {
  const inputs = readInputs(pairSetupInputs, read)
  return {
    mode: inputs.mode,
    cluster: inputs.cluster,
    service: inputs.service,
    greenService: inputs.greenService ?? `${inputs.service.split('/').pop()}-green`,
    listenerRule: inputs.listenerRule,
    failOn: inputs.failOn,
    waitTimeoutMs: inputs.waitTimeout,
    pollIntervalMs: inputs.pollInterval,
    run: runOf(env),
    lockTimeoutMs: inputs.lockTimeout
  }
}

const pair: ActionDefinition<PairSetupOptions, PairSetupReport> = {
  name: 'Pair',
  id: 'pair',
  // Check changes nothing and takes no lock; create and delete take the lock every run on the pair takes.
  lock: async (options, ports) => {
    if (options.mode === 'check') return undefined
    const setup = await findSetup(ports, options)
    return pairLock({
      cluster: options.cluster,
      blueService: setup.blue.serviceName,
      greenService: setup.greenName,
      listenerRule: setup.ruleInput
    })
  },
  check: (options, ports) => preparePairSetup(options, ports, actionLog),
  options: (read) => pairSetupOptions(read),
  deploy: pairSetupRun,
  title: (report) => `Pair ${report.mode} of ${report.blueService}`,
  outputs: (report) =>
    ({
      'blue-service': report.blueService,
      'green-service': report.greenService,
      'listener-rule': report.listenerRule,
      'blue-target-group': report.blueTargetGroup,
      'green-target-group': report.greenTargetGroup,
      status: report.status,
      findings: report.findings,
      rollout: report
    }) satisfies Record<(typeof pairSetupOutputs)[number], unknown>,
  facts: (report) => [
    ['Cluster', report.cluster],
    ['Blue service', report.blueService],
    ['Green service', report.greenService],
    ['Listener rule', report.listenerRule],
    ['Blue target group', report.blueTargetGroup],
    ['Green target group', report.greenTargetGroup]
  ]
}

export const run = (overrides?: RunOverrides): Promise<void> => runRollout(pair, overrides)
