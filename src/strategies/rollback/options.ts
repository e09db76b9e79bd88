/** What a rollback is given, and what it reports. */
import type { AlarmPort } from '../../aws/cloudwatch.ts'
import type { EcsPort } from '../../aws/ecs.ts'
import type { ElbPort } from '../../aws/elb.ts'
import type { RulePort } from '../../aws/listener-rules.ts'
import type { Clock } from '../../core/clock.ts'
import type { Timeline } from '../../core/timeline.ts'
import type { GatePorts } from '../../gates/sets.ts'
import type { Color, PairAddress } from '../../pair/pair.ts'
import type { PreviewPorts } from '../../pair/preview.ts'
import type { RolloutReport } from '../../rollout/report.ts'
import type { Ending, GateRow, Rollout } from '../../rollout/rollout.ts'

export interface RollbackOptions {
  cluster: string
  /** A single service (as `rolling` deploys it)... */
  service?: string
  /** ...or a pair. */
  pair?: PairAddress
  /** `previous`: the last version that succeeded before the one serving; else a task definition ARN or family:revision. */
  to: string
  /** Why, in the user's words: kept in the saved state and shown in the summary. */
  reason?: string
  /** Watched after traffic moved, until none is in ALARM (within wait-timeout). */
  alarms: string[]
  /** Probed after traffic moved, until it answers 2xx or 3xx (within wait-timeout). */
  healthCheckUrl?: string
  waitTimeoutMs: number
  pollIntervalMs: number
  /** Say exactly what would be done; change nothing. */
  dryRun: boolean
  /** This workflow run, as the saved state names it. */
  run: string
  lockTimeoutMs?: number
  /** Tells a preview's PR that this rollback replaced it (the run skeleton builds the GitHub port from it). */
  githubToken?: string
}

export interface RollbackPorts extends GatePorts, PreviewPorts {
  ecs: EcsPort
  elb: ElbPort
  rules: RulePort
  cloudwatch: AlarmPort
}

/**
 * fast: the other color ran the target, healthy: one rule change; slow: the target redeployed on the idle color,
 * verified, switched; abort: the target serves already, a rollout in progress was stopped; rolling: a single
 * service updated to the target; none: nothing to do.
 */
export type RollbackPath = 'fast' | 'slow' | 'abort' | 'rolling' | 'none'

export interface RollbackReport extends RolloutReport {
  cluster: string
  service?: string
  blueService?: string
  greenService?: string
  listenerRule?: string
  path: RollbackPath
  /** The color production traffic is on at the end (pairs). */
  liveColor?: Color
  /** What serves now (on a dry run: what would). */
  taskDefinitionArn: string
  /** The version rolled back from. */
  rolledBackFrom: string
  /** What `to` asked for. */
  to: string
  rollbackReason?: string
  run: string
  /** When production traffic was on the target (pairs). */
  switchedAt?: string
  /** A dry run: what it would do, in order. */
  plan?: string[]
}

export interface RollbackResult {
  report: RollbackReport
  timeline: Timeline
  gates: GateRow[]
}

/** What a rollback decided, as its report names it. */
export interface RollbackFacts {
  path: RollbackPath
  target: string
  from: string
  liveColor?: Color
  switchedAt?: number
  plan?: string[]
}

/** The report of a rollback run (or of a dry run, whose `plan` says what it would do). */
export function rollbackReport(
  options: RollbackOptions,
  rollout: Rollout,
  ending: Ending,
  facts: RollbackFacts,
  clock: Clock
): RollbackReport {
  const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())
  const { pair } = options
  return {
    action: 'rollback',
    ...ending,
    startedAt: new Date(rollout.startedAt).toISOString(),
    finishedAt: new Date(clock.now()).toISOString(),
    durations: rollout.durations,
    cluster: options.cluster,
    service: options.service,
    blueService: pair?.blueService,
    greenService: pair?.greenService,
    listenerRule: pair?.listenerRule,
    path: facts.path,
    liveColor: facts.liveColor,
    taskDefinitionArn: facts.target,
    rolledBackFrom: facts.from,
    to: options.to,
    rollbackReason: options.reason,
    run: options.run,
    switchedAt: iso(facts.switchedAt),
    plan: facts.plan
  }
}

/** A dry run: what it would do, in one sentence, as the rollout's ending (nothing changed). */
export function dryRun(rollout: Rollout, plan: string[]): Promise<Ending> {
  const reason = `dry run, nothing changed; would ${plan.join('; then ')}`
  return rollout.run([{ name: 'plan', run: async () => ({ status: 'dry-run', reason }) }])
}
