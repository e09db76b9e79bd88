/** What a preview run is given, and what it reports. */
import type { PreviewRulePort } from '../../aws/preview-rules.ts'
import type { TaskDefinitionSource } from '../../aws/task-definition.ts'
import type { Timeline } from '../../core/timeline.ts'
import type { PullRequest } from '../../github/event.ts'
import type { GithubPort } from '../../github/port.ts'
import type { Color, PairAddress } from '../../pair/pair.ts'
import type { PairRunPorts } from '../../pair/run.ts'
import type { RolloutReport } from '../../rollout/report.ts'
import type { GateRow } from '../../rollout/rollout.ts'
import type { PreviewAddress } from './address.ts'

export type PreviewMode = 'deploy' | 'cleanup'

export interface PreviewOptions extends PairAddress {
  mode: PreviewMode
  /** The listener that gets the preview rule; default: the production rule's. */
  previewListener?: string
  /** Rendered for this pull request. */
  address: PreviewAddress
  pr: PullRequest
  taskDefinition?: TaskDefinitionSource
  allowFamilyChange: boolean
  desiredCount: number
  alarms: string[]
  healthCheckUrl?: string
  verifyCommand?: string
  environment: string
  /** Replace another PR's preview on the idle color. */
  takeover: boolean
  waitTimeoutMs: number
  pollIntervalMs: number
  run: string
  lockTimeoutMs?: number
  /** Write the PR comment. */
  comment: boolean
  /** The token GitHub is told with (the run skeleton builds the GitHub port from it). */
  githubToken?: string
}

export interface PreviewPorts extends PairRunPorts {
  previewRules: PreviewRulePort
  github?: GithubPort
}

export interface PreviewReport extends RolloutReport {
  action: 'preview'
  mode: PreviewMode
  pr: number
  cluster: string
  blueService: string
  greenService: string
  url?: string
  color?: Color
  taskDefinitionArn?: string
  ruleArn?: string
  deploymentId?: number
  run: string
}

export interface PreviewResult {
  report: PreviewReport
  timeline: Timeline
  gates: GateRow[]
}
