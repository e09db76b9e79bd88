/**
 * After traffic moved back: the alarms must leave ALARM and the probe must answer, within wait-timeout. A rollback
 * that does not bring them back fails the step (traffic stays where it is: there is nowhere better to send it).
 */
import { formatDuration } from '../../core/duration.ts'
import { finished, notYet, poll } from '../../core/poller.ts'
import { AlarmsGate } from '../../gates/alarms.ts'
import { checkGates, overall, type Gate } from '../../gates/gate.ts'
import { probeGates } from '../../gates/sets.ts'
import type { Ending, Rollout, RolloutContext } from '../../rollout/rollout.ts'
import type { RollbackOptions, RollbackPorts } from './options.ts'

/** The gates that say the rollback fixed it: the user's alarms and probe. */
export function confirmationGates(ports: RollbackPorts, options: RollbackOptions): Gate[] {
  const alarms = options.alarms.length > 0 ? [new AlarmsGate(ports.cloudwatch, options.alarms)] : []
  return [...alarms, ...probeGates(ports, options.healthCheckUrl, options.pollIntervalMs)]
}

/** Watches `gates` until every one passes; a failed ending when wait-timeout runs out first. */
export async function confirm(
  gates: Gate[],
  rollout: Rollout,
  context: RolloutContext,
  options: RollbackOptions
): Promise<Ending | void> {
  if (gates.length === 0) return
  const { clock, signal } = context
  const names = gates.map((gate) => gate.name).join(', ')
  rollout.timeline.note(
    'confirm',
    `watching ${names} until they pass (up to ${formatDuration(options.waitTimeoutMs)})`
  )
  const result = await rollout.timed('confirm', (now) =>
    poll(
      async () => {
        const reports = await checkGates(gates, {
          tasks: async () => [],
          expectedCount: 1,
          signal: signal ?? new AbortController().signal
        })
        rollout.keep('confirm', reports)
        let changed = false
        for (const report of reports)
          changed = rollout.timeline.observe(report.gate, report.observed) || changed
        return overall(reports) === 'passed' ? finished(true) : notYet(changed)
      },
      { clock, intervalMs: options.pollIntervalMs, deadline: now + options.waitTimeoutMs, signal }
    )
  )
  if (result.done) return rollout.say(`${names} passed after the rollback`)
  const seen = rollout.gates
    .filter((row) => row.phase === 'confirm' && row.state !== 'passed')
    .map((row) => row.observed)
  return {
    status: 'failed',
    reason: rollout.sayAlso(
      `but ${names} did not pass within wait-timeout ${formatDuration(options.waitTimeoutMs)} after it: ${seen.join('; ')}`
    )
  }
}
