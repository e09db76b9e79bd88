/**
 * The canary strategy: the same pair, discovery and refusals as blue-green; the idle color gets the new version and a
 * growing share of production traffic, each step judged against the live (stable) color by the load balancer's own
 * metrics (./steps.ts).
 */
import { checkAlarms } from '../../gates/alarms.ts'
import { discoverRun } from '../../pair/pair.ts'
import type { RolloutContext } from '../../rollout/rollout.ts'
import { resolveLive } from '../../traffic/pair-traffic.ts'
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
  const { pair, testRule } = await discoverRun(ports, options)
  if (options.mode === 'abort') {
    const { live, plan } = planAbort(pair)
    return new CanaryRun(options, ports, context, { pair, testRule, live, plan }).run(false)
  }
  const { live, restore } = resolveLive(pair)
  if (options.verifyCommand && !ports.runCommand) throw new Error('verify-command needs a command runner')
  const plan = await planCanary(pair, live, restore, options, ports.ecs)
  await checkAlarms(ports.cloudwatch, options.alarms)
  return new CanaryRun(options, ports, context, { pair, testRule, live, plan }).run(restore)
}
