/**
 * The canary strategy: the same pair, discovery and refusals as blue-green; the idle color gets the new version and a
 * growing share of production traffic, each step judged against the live (stable) color by the load balancer's own
 * metrics (./steps.ts).
 */
import { checkAlarms } from '../../gates/alarms.ts'
import { discoverRun } from '../../pair/pair.ts'
import type { RolloutContext } from '../../rollout/rollout.ts'
import { resolveLive } from '../../pair/traffic.ts'
import type { CanaryOptions, CanaryPorts, CanaryResult } from './options.ts'
import { planAbort, planCanary } from './plan.ts'
import { CanaryRun } from './steps.ts'

export type { CanaryOptions, CanaryPorts, CanaryReport, CanaryResult, CanaryStep } from './options.ts'

/** Checks every input and the whole pair with read-only calls, then runs the rollout (refusals change nothing). */
export async function canaryDeploy(
  options: CanaryOptions,
  ports: CanaryPorts,
  context: RolloutContext
): Promise<CanaryResult> {
  const { restore, ...roles } = await prepareCanary(options, ports)
  return new CanaryRun(options, ports, context, roles).run(restore)
}

/** What canaryDeploy checks and decides before its first change, with read-only calls (refusals throw). */
export async function prepareCanary(options: CanaryOptions, ports: CanaryPorts) {
  const { pair, testRule } = await discoverRun(ports, options)
  if (options.mode === 'abort') return { pair, testRule, restore: false, ...planAbort(pair) }
  const { live, restore } = resolveLive(pair)
  if (options.verifyCommand && !ports.runCommand) throw new Error('verify-command needs a command runner')
  const plan = await planCanary(pair, live, restore, options, ports.ecs)
  await checkAlarms(ports.cloudwatch, options.alarms)
  return { pair, testRule, live, restore, plan }
}
