/**
 * The rollback strategy: a pair or a single service back to the last version that succeeded before the one
 * serving (or the version `to` names), from AWS facts alone. Everything is checked with read-only calls first; a
 * refusal, or a dry run, changes nothing.
 */
import { discoverPair } from '../../pair/pair.ts'
import { Rollout, type RolloutContext } from '../../rollout/rollout.ts'
import {
  dryRun,
  rollbackReport,
  type RollbackOptions,
  type RollbackPorts,
  type RollbackResult
} from './options.ts'
import { planPairRollback } from './pair-plan.ts'
import { PairRollback } from './pair-steps.ts'
import { planServiceRollback, rollbackService } from './service.ts'

export type { RollbackOptions, RollbackPorts, RollbackReport, RollbackResult } from './options.ts'

/** What a rollback will do, decided with read-only calls; a refusal (InputError) changes nothing. */
export async function planRollback(options: RollbackOptions, ports: RollbackPorts) {
  if (options.service) {
    const service = { ...options, service: options.service }
    return { kind: 'service' as const, options: service, plan: await planServiceRollback(service, ports) }
  }
  if (!options.pair) throw new Error('rollback needs a service or a pair')
  const pair = await discoverPair(ports, options.pair)
  return { kind: 'pair' as const, pair, plan: await planPairRollback(pair, options, ports) }
}

export async function rollback(
  options: RollbackOptions,
  ports: RollbackPorts,
  context: RolloutContext
): Promise<RollbackResult> {
  const planned = await planRollback(options, ports)
  if (planned.kind === 'service') return rollbackService(planned.options, ports, context, planned.plan)
  const { pair, plan } = planned
  if (!options.dryRun) return new PairRollback(options, ports, context, pair, plan).run()
  const rollout = new Rollout(context, 'rollback')
  const facts = {
    path: plan.path,
    target: plan.target,
    from: plan.from,
    liveColor: plan.live,
    plan: plan.steps
  }
  const report = rollbackReport(options, rollout, await dryRun(rollout, plan.steps), facts, context.clock)
  return { report, timeline: rollout.timeline, gates: [] }
}
