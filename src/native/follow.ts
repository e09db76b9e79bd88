/**
 * Following one ECS service deployment (BLUE_GREEN, LINEAR, CANARY) through its lifecycle stages to a verdict,
 * with our gates where they mean something: the probe and the user's command once the test listener rule points
 * at the new revision, the alarms, the probe and the canary analysis while production traffic shifts and bakes.
 * ECS moves the traffic; this only watches, and says so on every stage.
 */
import type { ServiceDeployment } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import type { Clock } from '../core/clock.ts'
import { formatDuration } from '../core/duration.ts'
import { finished, notYet, poll } from '../core/poller.ts'
import type { Timeline } from '../core/timeline.ts'
import { checkGates, type Gate, type GateContext, type GateReport } from '../gates/gate.ts'

/** ECS's lifecycle stages of a service deployment, in order. */
export const stages = [
  'RECONCILE_SERVICE',
  'PRE_SCALE_UP',
  'SCALE_UP',
  'POST_SCALE_UP',
  'TEST_TRAFFIC_SHIFT',
  'POST_TEST_TRAFFIC_SHIFT',
  'PRE_PRODUCTION_TRAFFIC_SHIFT',
  'PRODUCTION_TRAFFIC_SHIFT',
  'POST_PRODUCTION_TRAFFIC_SHIFT',
  'BAKE_TIME',
  'CLEAN_UP'
] as const

const stageIndex = (stage: string | undefined) => stages.indexOf(stage as (typeof stages)[number])

/** From this stage on the test listener rule sends its traffic to the new revision. */
export const testedFrom = stageIndex('POST_TEST_TRAFFIC_SHIFT')
/** Production traffic may reach the new revision from this stage on, until CLEAN_UP (no way back then). */
export const shiftingFrom = stageIndex('PRE_PRODUCTION_TRAFFIC_SHIFT')
const cleanUp = stageIndex('CLEAN_UP')

/** A deployment that is over, as ECS reports it. */
export const endedStatuses = ['SUCCESSFUL', 'STOPPED', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED']
/** ECS is rolling the deployment back (on its own or because it was asked). */
export const rollingBack = ['ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS', 'STOP_REQUESTED']

export interface StageWatch {
  ecs: EcsPort
  /** The service deployment's ARN. */
  arn: string
  timeline: Timeline
  clock: Clock
  signal?: AbortSignal
  intervalMs: number
  deadline: number
  /** Run once, set by set, as soon as the test rule points at the new revision. */
  verify: Gate[][]
  /** Looked at on every poll while production traffic shifts and bakes. */
  watch: Gate[]
  /** The new revision's tasks, for gates that read them. */
  gateContext: Omit<GateContext, 'signal'>
  /** Told each stage when it begins, and each new production weight of the new revision. */
  onStage?(stage: string, deployment: ServiceDeployment): Promise<void> | void
  onWeight?(weight: number): void
  onReports?(phase: string, reports: GateReport[]): void
  /**
   * ECS holds the deployment at a PAUSE hook (our gates of the look passed): `continue` (the callback answered the
   * hook) or `hold` (the run ends paused, a later run continues it).
   */
  onPause?(hook: PausedHook): Promise<'continue' | 'hold'>
  /** PAUSE hooks already answered (a promote's). */
  answered?: string[]
}

/** A PAUSE lifecycle hook awaiting action, and the stage ECS holds the deployment at. */
export interface PausedHook {
  hookId: string
  stage: string
  /** Our verify gates have run (the test rule pointed at the new revision). */
  verified: boolean
}

export type StageVerdict =
  | { ok: true; deployment: ServiceDeployment; reason: string; paused?: PausedHook }
  | { ok: false; cause: 'gate'; gate: string; stage: string; reason: string }
  | { ok: false; cause: 'ecs'; deployment: ServiceDeployment; reason: string }
  | { ok: false; cause: 'timeout'; reason: string }

/** The stages seen, with when each began (milliseconds on the run's clock), or when a look found them passed. */
export type StagesSeen = { stage: string; at: number; between?: true }[]

/** The stages every deployment goes through (RECONCILE_SERVICE happens only sometimes; the rest are hook stages). */
const always = [
  'PRE_SCALE_UP',
  'SCALE_UP',
  'POST_SCALE_UP',
  'TEST_TRAFFIC_SHIFT',
  'POST_TEST_TRAFFIC_SHIFT',
  'PRODUCTION_TRAFFIC_SHIFT',
  'POST_PRODUCTION_TRAFFIC_SHIFT',
  'BAKE_TIME',
  'CLEAN_UP'
]

/** The stages a deployment went through between the one seen last and `stage`, going forward. */
function skippedStages(last: string | undefined, stage: string, status: string): string[] {
  if (status !== 'IN_PROGRESS' && status !== 'SUCCESSFUL') return []
  // Before the first look, or at RECONCILE_SERVICE: nothing of `always` passed yet.
  const from = last === undefined || last === 'RECONCILE_SERVICE' ? -1 : always.indexOf(last)
  const to = always.indexOf(stage)
  if (to < 0 || (from < 0 && last !== undefined && last !== 'RECONCILE_SERVICE') || to <= from) return []
  return always.slice(from + 1, to)
}

/** Follows the deployment until ECS ends it or one of our gates fails; the stages seen are pushed to `seen`. */
export async function followStages(watch: StageWatch, seen: StagesSeen): Promise<StageVerdict> {
  let verified = watch.verify.every((set) => set.length === 0)
  let lastWeight: number | undefined
  const answered = new Set<string>(watch.answered)
  const started = watch.clock.now()
  const result = await poll<StageVerdict>(
    async () => {
      const deployment = await watch.ecs.describeServiceDeployment(watch.arn, watch.signal)
      if (!deployment) throw new Error(`ECS does not know service deployment ${watch.arn}`)
      const stage = deployment.lifecycleStage ?? 'PENDING'
      const status = deployment.status ?? 'PENDING'
      let changed = false
      if (deployment.lifecycleStage && seen.at(-1)?.stage !== stage) {
        // A stage shorter than a poll interval is passed between two looks: ECS's stages come in one order.
        for (const skipped of skippedStages(seen.at(-1)?.stage, stage, status)) {
          seen.push({ stage: skipped, at: watch.clock.now(), between: true })
          watch.timeline.note('stage', `${skipped} (passed between two looks)`)
        }
        seen.push({ stage, at: watch.clock.now() })
        await watch.onStage?.(stage, deployment)
        changed = true
      }
      changed = watch.timeline.observe('stage', `${stage} (${status})`) || changed
      const weight = deployment.targetServiceRevision?.requestedProductionTrafficWeight
      if (weight !== undefined && weight !== lastWeight) {
        lastWeight = weight
        watch.onWeight?.(weight)
      }
      changed = watch.timeline.observe('traffic', trafficOf(deployment)) || changed
      if (endedStatuses.includes(status) || rollingBack.includes(status)) {
        if (status === 'SUCCESSFUL') {
          const took = formatDuration(watch.clock.now() - started)
          return finished({ ok: true, deployment, reason: `ECS completed ${shortArn(watch.arn)} in ${took}` })
        }
        // ECS rolls back on its own (its alarms, its circuit breaker, a hook): the verdict comes at the end.
        if (!endedStatuses.includes(status)) return notYet(changed)
        return finished({ ok: false, cause: 'ecs', deployment, reason: ecsEnding(deployment) })
      }
      const at = stageIndex(stage)
      const context = { ...watch.gateContext, signal: watch.signal ?? new AbortController().signal }
      if (!verified && at >= testedFrom && at < cleanUp) {
        for (const set of watch.verify.filter((gates) => gates.length > 0)) {
          const failed = await failing(set, context, 'verify', watch)
          if (failed) return finished({ ok: false, cause: 'gate', stage, ...failed })
        }
        verified = true
        changed = true
      }
      if (at >= shiftingFrom && at < cleanUp && watch.watch.length > 0) {
        const failed = await failing(watch.watch, context, stage, watch)
        if (failed) return finished({ ok: false, cause: 'gate', stage, ...failed })
      }
      const paused = pausedHook(deployment, answered)
      if (paused && watch.onPause) {
        const hook = { hookId: paused, stage, verified }
        watch.timeline.note('hook', `ECS holds the deployment at a PAUSE hook during ${stage}`)
        if ((await watch.onPause(hook)) === 'hold') {
          return finished({ ok: true, deployment, reason: `held at ${stage}`, paused: hook })
        }
        answered.add(paused)
        changed = true
      }
      return notYet(changed)
    },
    {
      clock: watch.clock,
      intervalMs: watch.intervalMs,
      maxIntervalMs: watch.intervalMs,
      deadline: watch.deadline,
      signal: watch.signal,
      onError: (error) => watch.timeline.note('error', `${(error as Error).message} (will retry)`)
    }
  )
  if (result.done) return result.value
  return {
    ok: false,
    cause: 'timeout',
    reason: `service deployment ${shortArn(watch.arn)} not done within wait-timeout (plus the bake and step times ECS takes): ${watch.timeline.latest(['stage', 'traffic'])}`
  }
}

/** The first gate not passing (a gate still waiting fails too: ECS does not wait for it), with what it saw. */
async function failing(
  gates: Gate[],
  context: GateContext,
  phase: string,
  watch: StageWatch
): Promise<{ gate: string; reason: string } | undefined> {
  const reports = await checkGates(gates, context)
  watch.onReports?.(phase, reports)
  for (const report of reports) watch.timeline.observe(report.gate, report.observed)
  const bad = reports.find((report) => report.state === 'failed') ?? reports.find((r) => r.state !== 'passed')
  return bad ? { gate: bad.gate, reason: bad.observed } : undefined
}

/** The id of a PAUSE hook awaiting action that this run has not answered yet. */
function pausedHook(deployment: ServiceDeployment, answered: Set<string>): string | undefined {
  return deployment.lifecycleHookDetails?.find(
    (hook) =>
      hook.targetType === 'PAUSE' &&
      hook.status === 'AWAITING_ACTION' &&
      hook.hookId &&
      !answered.has(hook.hookId)
  )?.hookId
}

/** How ECS ended a deployment it did not complete: its status, its reason, and its rollback's. */
export function ecsEnding(deployment: ServiceDeployment): string {
  const id = shortArn(deployment.serviceDeploymentArn)
  const why = deployment.statusReason ? `: ${deployment.statusReason}` : ''
  const rollback = deployment.rollback?.reason ? ` (rollback: ${deployment.rollback.reason})` : ''
  return `ECS ended service deployment ${id} with ${deployment.status}${why}${rollback}`
}

/** The production and test weights ECS requested for the new revision and the old ones. */
export function trafficOf(deployment: ServiceDeployment): string {
  const target = deployment.targetServiceRevision
  const sources = deployment.sourceServiceRevisions ?? []
  const old = (key: 'requestedProductionTrafficWeight' | 'requestedTestTrafficWeight') =>
    sources.reduce((sum, source) => sum + (source[key] ?? 0), 0)
  const production = `production ${target?.requestedProductionTrafficWeight ?? 0}% new / ${old('requestedProductionTrafficWeight')}% old`
  const test = `test ${target?.requestedTestTrafficWeight ?? 0}% new`
  const tasks = `${target?.runningTaskCount ?? 0}/${target?.requestedTaskCount ?? 0} new tasks running`
  return `${production}, ${test}, ${tasks}`
}

/** The last part of a service deployment's ARN. */
export function shortArn(arn: string | undefined): string {
  return arn?.split('/').pop() ?? '?'
}
