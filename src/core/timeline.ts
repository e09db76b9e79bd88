import type { Clock } from './clock.ts'
import { formatElapsed } from './duration.ts'
import type { Log } from './log.ts'

export interface TimelineEntry {
  /** ISO time of the observation. */
  at: string
  /** Milliseconds since the rollout started. */
  elapsedMs: number
  /** What was looked at: `deployment`, `tasks`, `targets`, `alarms`, `event`, ... */
  subject: string
  observed: string
}

/** One timed phase of a rollout (deploy, verify, step1, bake, rollback, ...), as the timeline chart draws it. */
export interface PhaseSpan {
  name: string
  /** Milliseconds since the epoch. */
  startedAt: number
  endedAt: number
  /** The phase ended with an error (a failed gate, a timeout, a cancellation). */
  failed: boolean
}

/**
 * What a rollout observed, in order. Polls repeat themselves; only changes are kept and logged, so the log
 * shows one progress line whenever something observable changes.
 */
export class Timeline {
  readonly entries: TimelineEntry[] = []
  readonly phases: PhaseSpan[] = []
  readonly startedAt: number
  private readonly last = new Map<string, string>()
  private readonly clock: Clock
  private readonly log: Log

  constructor(clock: Clock, log: Log) {
    this.clock = clock
    this.log = log
    this.startedAt = clock.now()
  }

  /** Records `observed` if it differs from the last observation of `subject`; true when it did. */
  observe(subject: string, observed: string): boolean {
    if (this.last.get(subject) === observed) return false
    this.note(subject, observed)
    return true
  }

  /** Records and logs unconditionally (steps the rollout takes, service events). */
  note(subject: string, observed: string): void {
    const now = this.clock.now()
    const elapsedMs = now - this.startedAt
    this.last.set(subject, observed)
    this.entries.push({ at: new Date(now).toISOString(), elapsedMs, subject, observed })
    this.log.info(`[+${formatElapsed(elapsedMs)}] ${subject}: ${observed}`)
  }

  /** Records a phase that ran from `startedAt` until now. */
  phase(name: string, startedAt: number, failed: boolean): void {
    this.phases.push({ name, startedAt, endedAt: this.clock.now(), failed })
  }

  /** The latest observation of each subject, for "what was seen last" in a timeout message. */
  latest(subjects?: string[]): string {
    return [...this.last]
      .filter(([subject]) => !subjects || subjects.includes(subject))
      .map(([subject, observed]) => `${subject}: ${observed}`)
      .join('; ')
  }
}
