import { silentLog } from '../../../src/core/log.ts'
import type { CommandRunner } from '../../../src/gates/command.ts'
import type { Fetch } from '../../../src/gates/http-probe.ts'
import { blueGreenDeploy, type BlueGreenOptions } from '../../../src/strategies/blue-green/index.ts'
import { ruleArn, type FakePair } from './fake-pair.ts'
import type { World } from './fresh-world.ts'

/** The scripted pair as blue-green options name it: the cluster, both services and the production rule. */
export const pairAddress = {
  cluster: 'prod',
  blueService: 'web-blue',
  greenService: 'web-green',
  listenerRule: ruleArn
}

/** A full run of a new image to the idle color, as most tests start from. */
export const blueGreenDefaults: BlueGreenOptions = {
  ...pairAddress,
  mode: 'full',
  taskDefinition: { kind: 'image', container: 'web', image: 'registry.example/web:2.0' },
  alarms: [],
  bakeTimeMs: 30_000,
  scaleDown: 'after-bake',
  waitTimeoutMs: 600_000,
  pollIntervalMs: 5000,
  onFailure: 'rollback',
  run: 'https://github.com/example/app/actions/runs/42/attempts/1'
}

/** What a run may take besides its options: a cancellation signal, and what the command and probe gates run. */
export interface RunExtras {
  signal?: AbortSignal
  runCommand?: CommandRunner
  fetch?: Fetch
}

/** Runs the blue-green strategy against the scripted pair on its fake clock, logging nothing. */
export function runBlueGreen(
  { aws, clock }: World<FakePair>,
  options: BlueGreenOptions,
  extras: RunExtras = {}
) {
  const ports = { ...aws.ports(), runCommand: extras.runCommand, fetch: extras.fetch }
  return blueGreenDeploy(options, ports, { clock, log: silentLog, signal: extras.signal })
}
