/**
 * The blue-green strategy: every input and the whole pair checked with read-only calls (a refusal changes
 * nothing), what to do decided from the pair, its saved state and the inputs (src/pair/plan.ts), then the steps run
 * (./steps.ts).
 */
import { checkAlarms } from '../../gates/alarms.ts'
import { discoverRun } from '../../pair/pair.ts'
import type { RolloutContext } from '../../rollout/rollout.ts'
import { resolveLive } from '../../pair/traffic.ts'
import type { BlueGreenOptions, BlueGreenPorts, BlueGreenResult } from './options.ts'
import { planDeployment, planPromotion } from '../../pair/plan.ts'
import { BlueGreenRun } from './steps.ts'

export type { BlueGreenOptions, BlueGreenPorts, BlueGreenReport, BlueGreenResult } from './options.ts'

/** Checks every input and the whole pair with read-only calls, then runs the rollout (refusals change nothing). */
export async function blueGreenDeploy(
  options: BlueGreenOptions,
  ports: BlueGreenPorts,
  context: RolloutContext
): Promise<BlueGreenResult> {
  const { restore, ...roles } = await prepareBlueGreen(options, ports)
  return new BlueGreenRun(options, ports, context, roles).run(restore)
}

/** What blueGreenDeploy checks and decides before its first change, with read-only calls (refusals throw). */
export async function prepareBlueGreen(options: BlueGreenOptions, ports: BlueGreenPorts) {
  const { pair, testRule } = await discoverRun(ports, options)
  const { live, restore } = resolveLive(pair)
  if (options.verifyCommand && !ports.runCommand) throw new Error('verify-command needs a command runner')
  const plan =
    options.mode === 'promote'
      ? planPromotion(pair, live, restore, options)
      : await planDeployment(pair, live, restore, options, ports.ecs)
  await checkAlarms(ports.cloudwatch, options.alarms)
  return { pair, testRule, live, restore, plan }
}
