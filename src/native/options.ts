/** What a run on a service with a native ECS strategy is given, and what it reports. */
import type { TaskDefinitionSource } from '../aws/task-definition.ts'
import type { Timeline } from '../core/timeline.ts'
import type { AnalysisSettings, StepAnalysis } from '../gates/analysis.ts'
import type { RolloutReport } from '../rollout/report.ts'
import type { GateRow, OnFailure } from '../rollout/rollout.ts'
import type { EcsPort } from '../aws/ecs.ts'
import type { ElbPort } from '../aws/elb.ts'
import type { RulePort } from '../aws/listener-rules.ts'
import type { AlarmPort, MetricsPort } from '../aws/cloudwatch.ts'
import type { CommandRunner } from '../gates/command.ts'
import type { Fetch } from '../gates/http-probe.ts'
import type { NativeAction } from './service.ts'

export type NativeMode = 'full' | 'deploy' | 'promote' | 'abort'

export interface NativeOptions {
  action: NativeAction
  cluster: string
  service: string
  /**
   * full; deploy: end held at the service's PAUSE hook; promote: continue a held deployment; abort: stop the one in
   * flight with ROLLBACK.
   */
  mode: NativeMode
  /** The new version (full, deploy). */
  taskDefinition?: TaskDefinitionSource
  /** A rollback's deployment: the history drops the version rolled back from. */
  rollingBack?: boolean
  /** With promote: the held deployment must deploy this version. */
  expectedTaskDefinitionArn?: string
  allowFamilyChange: boolean
  desiredCount?: number
  alarms: string[]
  healthCheckUrl?: string
  verifyCommand?: string
  /** The canary's metric analysis (new target group against the old one), for canary. */
  analysis?: AnalysisSettings
  waitTimeoutMs: number
  pollIntervalMs: number
  onFailure: OnFailure
  run: string
  lockTimeoutMs?: number
}

export interface NativePorts {
  ecs: EcsPort
  elb: ElbPort
  rules: RulePort
  cloudwatch: AlarmPort
  metrics: MetricsPort
  runCommand?: CommandRunner
  fetch?: Fetch
}

export interface NativeReport extends RolloutReport {
  mode: NativeMode
  cluster: string
  service: string
  /** BLUE_GREEN, LINEAR or CANARY. */
  strategy: string
  serviceDeploymentArn?: string
  /** The ECS deployment (`ecs-svc/...`) whose tasks run the new revision. */
  deploymentId?: string
  /** Each lifecycle stage seen, with the seconds since the run began. */
  stages: { stage: string; atSeconds: number; between?: true }[]
  /** Target groups (by name) as the production rule has them at the end, and before the run. */
  liveColor?: string
  idleColor?: string
  previousColor?: string
  /** The production weight (percent) of the new revision when the run ended. */
  weight?: number
  taskDefinitionArn: string
  previousTaskDefinitionArn: string
  analysis?: StepAnalysis[]
  run: string
}

export interface NativeResult {
  report: NativeReport
  timeline: Timeline
  gates: GateRow[]
}
