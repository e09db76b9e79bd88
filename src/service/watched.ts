/** What a watch of one ECS service deployment is given, and how it ends. */
import type { Deployment } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import type { Clock } from '../core/clock.ts'
import type { Timeline } from '../core/timeline.ts'
import type { Gate, GateReport } from '../gates/gate.ts'

/** How following a deployment ended. */
export type DeploymentVerdict =
  | { ok: true; reason: string }
  | {
      ok: false
      reason: string
      /** gate: a gate failed; circuit-breaker: ECS failed it; superseded: another deployment replaced it. */
      cause: 'gate' | 'circuit-breaker' | 'superseded' | 'timeout'
      /** The gate that failed (cause `gate`). */
      gate?: string
      /** The deployment ECS started to roll back, when it did. */
      ecsRollback?: Deployment
    }

/** One deployment of one ECS service. */
export interface DeploymentRef {
  ecs: EcsPort
  cluster: string
  /** The service's name or ARN. */
  service: string
  deploymentId: string
  /** Tasks that had already stopped before the watch began (a deployment that existed before this run). */
  ignoredTasks?: Set<string>
}

/** One ECS service deployment under watch, and everything needed to look at it. */
export interface WatchedDeployment extends DeploymentRef {
  /** How many tasks the rollout deployed: what the gates expect, whatever the service's desired count becomes. */
  expectedCount: number
  /** Checked on every poll with the deployment's tasks; may be empty. */
  gates: Gate[]
  timeline: Timeline
  clock: Clock
  signal?: AbortSignal
  /** The longest pause between two looks: the reaction time to a failure. */
  intervalMs: number
  /** The deployment is verified or baked: its tasks and targets are read on every look (else once it completes). */
  settled?: boolean
  /** How long the service's targets take to turn healthy and to drain (to look when ECS can have moved on). */
  timings?: TargetTimings
  /** Service events already known before the rollout (not logged again). */
  seenEvents: Set<string>
  /** Told the gate reports of every look (those that came in time). */
  onReports?: (reports: GateReport[]) => void
}

/** From the target groups' settings, each read when first needed: health checks until healthy, deregistration delay. */
export interface TargetTimings {
  healthyAfterMs(): Promise<number>
  drainMs(): Promise<number>
}
