/** How a rollout ended, as the `status` output says it. */
export type RolloutStatus = 'succeeded' | 'rolled-back' | 'failed'

/** The `rollout` output: what every action records about its run, plus its own facts. */
export interface RolloutRecord {
  action: string
  status: RolloutStatus
  /** Why it ended this way, in one sentence (also the failure message). */
  reason: string
  startedAt: string
  finishedAt: string
  /** Seconds spent in each phase (e.g. deploy, bake, rollback) and in total. */
  durations: Record<string, number>
}
