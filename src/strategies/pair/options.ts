/** What the `pair` action is given, the ports it takes, and what it reports. */
import type { EcsPort } from '../../aws/ecs.ts'
import type { ElbPort } from '../../aws/elb.ts'
import type { RulePort } from '../../aws/listener-rules.ts'
import type { LockRulePort } from '../../aws/lock-rules.ts'
import type { SetupPort } from '../../aws/pair-setup.ts'
import type { RightsPort } from '../../aws/rights.ts'
import type { Timeline } from '../../core/timeline.ts'
import type { RolloutReport } from '../../rollout/report.ts'
import type { Finding } from './findings.ts'

export type PairMode = 'create' | 'check' | 'delete'

export interface PairSetupOptions {
  mode: PairMode
  cluster: string
  /** The existing service: blue. */
  service: string
  greenService: string
  /** The rule that forwards to the service's target group (a listener ARN: its default rule); found when not given. */
  listenerRule?: string
  /** `warning`: findings fail the step; `never`: they are warnings only. */
  failOn: 'warning' | 'never'
  waitTimeoutMs: number
  pollIntervalMs: number
  run: string
  lockTimeoutMs: number
}

export interface PairSetupPorts {
  ecs: EcsPort
  elb: ElbPort
  rules: RulePort
  lockRules: LockRulePort
  setup: SetupPort
  /** The deploy role's rights, checked when given. */
  rights?: RightsPort
}

export interface PairSetupReport extends RolloutReport {
  mode: PairMode
  cluster: string
  blueService: string
  greenService: string
  /** The weighted rule (what blue-green, canary, rollback and preview take as listener-rule). */
  listenerRule: string
  blueTargetGroup: string
  greenTargetGroup?: string
  /** What this run changed, in order (empty: nothing). */
  changes: string[]
  findings: Finding[]
}

export interface PairSetupResult {
  report: PairSetupReport
  timeline: Timeline
  details?: string[]
}
