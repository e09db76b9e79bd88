/**
 * The report: what a run tells its workflow (the `rollout` output and the job summary), as opposed to the state
 * it keeps in AWS for later runs (src/state).
 */

/**
 * How a rollout ended, as the `status` output says it (paused: stopped on purpose, waiting to be promoted; dry-run:
 * said what it would do, changed nothing).
 */
export type RolloutStatus = 'succeeded' | 'paused' | 'rolled-back' | 'failed' | 'dry-run'

/** The `rollout` output: what every action reports about its run, plus its own facts. */
export interface RolloutReport {
  action: string
  status: RolloutStatus
  /** Why it ended this way, in one sentence (also the failure message). */
  reason: string
  startedAt: string
  finishedAt: string
  /** Seconds spent in each phase (e.g. deploy, bake, rollback) and in total. */
  durations: Record<string, number>
}

/** Milliseconds as the report's durations give them: seconds, to a tenth. */
export const toSeconds = (ms: number): number => Math.round(ms / 100) / 10
