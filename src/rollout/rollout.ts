/**
 * The rollout core. Every strategy is a short list of steps (deploy to a service, verify with gates, shift
 * traffic, bake, pause, scale down) that one Rollout runs:
 * - in order, each step's phase timed (`<phase>Seconds` in the report's durations);
 * - with one timeline of what was observed, and the last verdict of each gate;
 * - with one failure policy: what the steps changed is undone, traffic first (one rule change: seconds), then
 *   capacity; `on-failure: stop` undoes nothing, except traffic when the runner cancels the job; a run that lost
 *   its lock (src/state/lock.ts) undoes nothing either; the reason names what failed, why the new version's tasks
 *   stopped, and what was undone.
 *
 * Resuming: a run that died is continued by the next run from what AWS shows, not from memory: a pair's plan
 * (src/pair/plan.ts) reads the saved state and the rule's weights and picks the steps to run (continue a canary at
 * its weight, finish a switch, put traffic back); a service ECS deploys itself is followed where its deployment
 * is. The saved `step` (./record.ts) says where a run was, for people and the summary; no run resumes from it.
 *
 * Adding a strategy touches: src/strategies/<name>/ (its options and its steps, built from the deploy every
 * strategy goes through (./deploy.ts), the pair's traffic router (src/pair/router.ts) and the gates
 * (src/gates)); src/main/<name>.ts (inputs to options, report to outputs and summary) and src/actions/<name>.ts;
 * actions/<name>/action.yml and its entry in test/unit/action-yml.test.ts; its rights in src/iam/rights.ts (then
 * `npm run iam`); its README section with the inputs/outputs markers (then `npm run docs`); `npm run build` for
 * dist/. A step that changes something registers how to undo it (`onFailure`); the step after which nothing may
 * be undone calls `commit`.
 */
import type { Deployment } from '@aws-sdk/client-ecs'
import type { Clock } from '../core/clock.ts'
import { CancelledError, LockLost, oneLine } from '../core/errors.ts'
import type { Log } from '../core/log.ts'
import { Timeline } from '../core/timeline.ts'
import type { GateReport } from '../gates/gate.ts'
import type { Fence } from '../state/lock.ts'
import { stopsOf, withStops, type DeploymentRef, type DeploymentVerdict } from '../service/watch.ts'
import { toSeconds, type RolloutStatus } from './report.ts'

/** What every strategy is given besides its options and ports: time, a log, and the run's cancellation. */
export interface RolloutContext {
  clock: Clock
  log: Log
  signal?: AbortSignal
  /** The run's lock, when it holds one: a failure undoes nothing once another run has taken it. */
  fence?: Fence
}

/** What a strategy does when a gate fails: put the previous version back, or stop and leave things as they are. */
export type OnFailure = 'rollback' | 'stop'

export interface Step {
  /** What the timeline and the saved state call it: deploy, verify, pause, shift, bake, scale-down, ... */
  readonly name: string
  /** Does the step; an ending stops the rollout there (paused, nothing to do). */
  run(): Promise<Ending | void>
}

/** How a rollout ended. */
export interface Ending {
  status: RolloutStatus
  reason: string
}

/** Why a rollout failed, as the failure policy sees it. */
export interface Failure {
  reason: string
  /** gate: a gate failed; circuit-breaker: ECS failed it; superseded: another deployment replaced it. */
  cause: 'gate' | 'circuit-breaker' | 'superseded' | 'timeout' | 'cancelled' | 'error'
  /** The deployment ECS started to roll back with, when it did. */
  ecsRollback?: Deployment
}

/** What undoing one change did: its words for the reason, and whether the previous version serves again. */
export interface Undone {
  said: string
  restored?: boolean
  /** Nothing more may be undone (traffic could not go back: capacity must stay). */
  halt?: boolean
}

/** How to undo one change, given why the rollout failed and whether it may (on-failure, cancellation). */
export interface Undo {
  /** Traffic is undone before capacity. */
  kind: 'traffic' | 'capacity'
  run(failure: Failure, policy: { stop: boolean; cancelled: boolean }): Promise<Undone>
}

/** A step that did not pass: a deployment verdict (a gate, the breaker, a timeout), and where it happened. */
export class RolloutFailure extends Error {
  override name = 'RolloutFailure'
  readonly verdict: DeploymentVerdict & { ok: false }

  constructor(verdict: DeploymentVerdict & { ok: false }, where?: string) {
    super(
      where
        ? `${verdict.gate ? `gate ${verdict.gate} failed ` : ''}${where}: ${verdict.reason}`
        : verdict.reason
    )
    this.verdict = verdict
  }
}

export interface GateRow extends GateReport {
  /** The step whose look gave the verdict (verify, bake, ...). */
  phase: string
}

export class Rollout {
  readonly timeline: Timeline
  readonly durations: Record<string, number> = {}
  /** The step running: what the saved state names. */
  current?: string
  /** The new version's deployment under watch: a failure names why its tasks stopped. */
  watching?: DeploymentRef
  private readonly context: RolloutContext
  private readonly onFailurePolicy: OnFailure
  private readonly gateRows = new Map<string, GateRow>()
  private readonly undos: Undo[] = []
  private readonly said: string[] = []
  private committed = false

  constructor(context: RolloutContext, onFailure: OnFailure) {
    this.context = context
    this.onFailurePolicy = onFailure
    this.timeline = new Timeline(context.clock, context.log)
  }

  /**
   * Runs `steps` in order. An error before anything needed undoing (no undo registered) is thrown as it is:
   * nothing changed that a failure policy could put back.
   */
  async run(steps: Step[]): Promise<Ending> {
    try {
      for (const step of steps) {
        this.current = step.name
        const ending = await step.run()
        if (ending) return this.end(ending)
      }
      return this.end({ status: 'succeeded', reason: this.said.join('; ') })
    } catch (error) {
      if (this.undos.length === 0 && !(error instanceof RolloutFailure || error instanceof CancelledError))
        throw error
      return this.end(await this.fail(error))
    }
  }

  /** Adds to the reason a success gives. */
  say(part: string): void {
    this.said.push(part)
  }

  /** What has been said, and then `part`: the reason of an ending that follows a success. */
  sayAlso(part: string): string {
    return [...this.said, part].join('; ')
  }

  /** Registers how to undo a change a step made (or is about to make), should the rollout fail later. */
  onFailure(undo: Undo): void {
    this.undos.push(undo)
  }

  /** The rollout is done (the bake passed): nothing is undone from here on. */
  commit(): void {
    this.committed = true
  }

  get isCommitted(): boolean {
    return this.committed
  }

  /**
   * Runs one phase and adds its duration (`<phase>Seconds`) to the report and its span to the timeline (for the
   * summary's chart), even when it fails.
   */
  async timed<T>(phase: string, body: (now: number) => Promise<T>): Promise<T> {
    const { clock } = this.context
    const started = clock.now()
    let failed = true
    try {
      const result = await body(started)
      failed = false
      return result
    } finally {
      this.durations[`${phase}Seconds`] = toSeconds(clock.now() - started)
      this.timeline.phase(phase, started, failed)
    }
  }

  /** Keeps the last verdict of each gate, for the summary. */
  keep(phase: string, reports: GateReport[]): void {
    for (const report of reports) this.gateRows.set(report.gate, { ...report, phase })
  }

  get gates(): GateRow[] {
    return [...this.gateRows.values()]
  }

  get startedAt(): number {
    return this.timeline.startedAt
  }

  /**
   * Undoes what the steps changed, traffic first, then capacity (latest change first within each), and says
   * why the new version's tasks stopped. Once committed, a late error is only a warning: the new version serves.
   */
  private async fail(error: unknown): Promise<Ending> {
    if (this.committed) {
      this.context.log.warning(`after the rollout completed: ${oneLine(error)}`)
      return { status: 'succeeded', reason: [...this.said, `afterwards: ${oneLine(error)}`].join('; ') }
    }
    // Another run holds the lock now: whatever this run changed is that run's to finish or undo.
    if (error instanceof LockLost) return { status: 'failed', reason: oneLine(error) }
    const failure = failureOf(error)
    const lost = await this.context.fence?.check().then(
      () => undefined,
      (checked: unknown) => (checked instanceof LockLost ? oneLine(checked) : undefined)
    )
    if (lost) return { status: 'failed', reason: `${failure.reason}; ${lost}` }
    const cancelled = failure.cause === 'cancelled'
    const policy = { stop: this.onFailurePolicy === 'stop' && !cancelled, cancelled }
    let said = ''
    let restored = false
    let stops: Promise<string | undefined> | undefined
    for (const kind of ['traffic', 'capacity'] as const) {
      // Why the tasks stopped is read once traffic is back, alongside the capacity undone.
      if (kind === 'capacity' && this.watching) stops = stopsOf(this.watching).catch(() => undefined)
      for (const undo of this.undos.filter((candidate) => candidate.kind === kind).reverse()) {
        const done = await undo.run(failure, policy)
        said += done.said
        restored ||= done.restored ?? false
        if (done.halt) return { status: 'failed', reason: withStops(failure.reason, await stops) + said }
      }
    }
    return {
      status: restored ? 'rolled-back' : 'failed',
      reason: withStops(failure.reason, await stops) + said
    }
  }

  private end(ending: Ending): Ending {
    const { clock } = this.context
    this.durations.totalSeconds = toSeconds(clock.now() - this.timeline.startedAt)
    this.timeline.note('result', `${ending.status}: ${ending.reason}`)
    return ending
  }
}

function failureOf(error: unknown): Failure {
  if (error instanceof RolloutFailure) {
    const { cause, ecsRollback } = error.verdict
    return { reason: oneLine(error.message), cause, ecsRollback }
  }
  if (error instanceof CancelledError) return { reason: oneLine(error.message), cause: 'cancelled' }
  return { reason: `error: ${oneLine(error)}`, cause: 'error' }
}
