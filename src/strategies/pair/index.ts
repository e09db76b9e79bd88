/**
 * The `pair` action's strategy: find the setup and refuse what cannot be changed safely (./setup.ts), judge it
 * (./check.ts), then make the pair (./create.ts) or undo it (./delete.ts). Check changes nothing; create runs the
 * check first, and `fail-on: warning` stops it there.
 */
import { InputError, LockLost, oneLine } from '../../core/errors.ts'
import type { Log } from '../../core/log.ts'
import { Timeline } from '../../core/timeline.ts'
import { targetGroupName } from '../../gates/target-health.ts'
import { toSeconds, type RolloutStatus } from '../../rollout/report.ts'
import type { RolloutContext } from '../../rollout/rollout.ts'
import { checkSetup, findingsTable } from './check.ts'
import { createPair } from './create.ts'
import { deletePair, refuseDelete } from './delete.ts'
import type { Finding } from './findings.ts'
import type { PairSetupOptions, PairSetupPorts, PairSetupResult } from './options.ts'
import { findSetup, isPaired, ruleLabel, type Setup } from './setup.ts'

export type { PairSetupOptions, PairSetupPorts, PairSetupReport, PairMode } from './options.ts'
export { findSetup } from './setup.ts'

/**
 * What a run refuses before it takes the lock, read-only: the setup (./setup.ts), a delete that would move traffic,
 * and a create whose check finds warnings with `fail-on: warning` (its findings are logged first).
 */
export async function preparePairSetup(
  options: PairSetupOptions,
  ports: PairSetupPorts,
  log: Log
): Promise<void> {
  const setup = await findSetup(ports, options)
  if (options.mode === 'delete') await refuseDelete(ports, setup)
  if (options.mode !== 'create' || options.failOn !== 'warning') return
  const { findings: found } = await checkSetup(ports, options, setup)
  const failing = failingOf(options, logFindings(found, log))
  if (failing) throw new InputError(`${failing}; nothing was changed`)
}

function logFindings(found: Finding[], log: Log): Finding[] {
  for (const finding of found) {
    const line = `${finding.id}: ${finding.evidence}. Fix: ${finding.fix}`
    if (finding.severity === 'warning') log.warning(line)
    else log.info(`notice: ${line}`)
  }
  return found
}

/** Why the findings fail the step (`fail-on: warning` and a warning among them), if they do. */
function failingOf(options: PairSetupOptions, found: Finding[]): string | undefined {
  const warnings = found.filter((finding) => finding.severity === 'warning')
  if (options.failOn !== 'warning' || warnings.length === 0) return undefined
  return `${warnings.length} warning${warnings.length > 1 ? 's' : ''} (${warnings.map((one) => one.id).join(', ')}) with fail-on: warning`
}

export async function pairSetupRun(
  options: PairSetupOptions,
  ports: PairSetupPorts,
  context: RolloutContext
): Promise<PairSetupResult> {
  const { clock, log } = context
  const timeline = new Timeline(clock, log)
  const started = clock.now()
  const setup = await findSetup(ports, options)
  const checked = await checkSetup(ports, options, setup)
  const found = logFindings(checked.findings, log)
  if (checked.notChecked) log.info(checked.notChecked)
  const failing = failingOf(options, found)
  let status: RolloutStatus = 'succeeded'
  let reason: string
  let changes: string[] = []
  let greenGroupArn = setup.greenGroup?.TargetGroupArn
  if (failing) {
    status = 'failed'
    reason = options.mode === 'check' ? failing : `${failing}; nothing was changed`
  } else if (options.mode === 'check') {
    reason = describe(setup, found)
  } else {
    try {
      if (options.mode === 'create') {
        const made = await createPair(ports, options, context, setup, timeline)
        changes = made.changes
        greenGroupArn = made.greenGroupArn
        reason =
          changes.length === 0
            ? `${setup.blue.serviceName} and ${setup.greenName} are a pair already; nothing was changed`
            : `${setup.blue.serviceName} (blue) and ${setup.greenName} (green) are a pair: production stays on blue`
      } else {
        changes = await deletePair(ports, options, context, setup, timeline)
        reason =
          changes.length === 0
            ? `${setup.blue.serviceName} is one service already; nothing was changed`
            : `${setup.blue.serviceName} is one service again`
      }
    } catch (error) {
      if (error instanceof InputError || error instanceof LockLost) throw error
      status = options.mode === 'create' ? 'rolled-back' : 'failed'
      reason = `${oneLine(error)}${options.mode === 'create' ? '; what this run made was undone' : ''}`
    }
  }
  timeline.phase(options.mode, started, status !== 'succeeded')
  const finishedAt = clock.now()
  const paired =
    options.mode === 'create' ? status === 'succeeded' : options.mode === 'check' && isPaired(setup)
  return {
    report: {
      action: 'pair',
      mode: options.mode,
      status,
      reason,
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date(finishedAt).toISOString(),
      durations: {
        [options.mode]: toSeconds(finishedAt - started),
        totalSeconds: toSeconds(finishedAt - started)
      },
      cluster: options.cluster,
      blueService: setup.blue.serviceName,
      greenService: setup.greenName,
      listenerRule: setup.ruleInput,
      blueTargetGroup: setup.blueGroup.TargetGroupArn,
      greenTargetGroup: paired || options.mode === 'check' ? greenGroupArn : undefined,
      changes,
      findings: found
    },
    timeline,
    details: [
      ...(changes.length ? ['### Changes', '', ...changes.map((what) => `- ${what}`), ''] : []),
      ...findingsTable(found),
      ...(checked.notChecked ? [checked.notChecked, ''] : [])
    ]
  }
}

function describe(setup: Setup, found: Finding[]): string {
  const counted = found.length === 0 ? 'no findings' : `${found.length} finding${found.length > 1 ? 's' : ''}`
  if (isPaired(setup))
    return `${setup.blue.serviceName} and ${setup.greenName} are a pair on ${ruleLabel(setup)}: ${counted}`
  return `${setup.blue.serviceName} is one service behind ${targetGroupName(setup.blueGroup.TargetGroupArn)} (${ruleLabel(setup)}); mode: create makes it a pair: ${counted}`
}
