import type { Clock } from './clock.ts'

/** How a rollout ended, as the `status` output says it (paused: stopped on purpose, waiting to be promoted). */
export type RolloutStatus = 'succeeded' | 'paused' | 'rolled-back' | 'failed'

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

/** Milliseconds as the record's durations give them: seconds, to a tenth. */
export const toSeconds = (ms: number): number => Math.round(ms / 100) / 10

/** Runs one phase of a rollout and adds its duration (`<phase>Seconds`) to `durations`, even when it fails. */
export async function timePhase<T>(
  clock: Clock,
  durations: Record<string, number>,
  phase: string,
  body: (now: number) => Promise<T>
): Promise<T> {
  const started = clock.now()
  try {
    return await body(started)
  } finally {
    durations[`${phase}Seconds`] = toSeconds(clock.now() - started)
  }
}
