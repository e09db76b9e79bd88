import { CancelledError, isThrottling } from './errors.ts'
import { cancellation, throwIfCancelled, type Clock } from './clock.ts'

/**
 * What one check found: a final value, or "not yet" (whether anything observable changed, and when something is
 * next expected to, if the check knows).
 */
export type Tick<T> = { done: true; value: T } | { done: false; changed: boolean; wakeAt?: number }

export const finished = <T>(value: T): Tick<T> => ({ done: true, value })
export const notYet = (changed: boolean, wakeAt?: number): Tick<never> => ({ done: false, changed, wakeAt })

export type PollResult<T> = { done: true; value: T } | { done: false; timedOut: true }

export interface PollOptions {
  clock: Clock
  /** Pause after a check that saw a change. */
  intervalMs: number
  /** Pauses grow by half while nothing changes, up to this (default: three intervals). */
  maxIntervalMs?: number
  /** Clock time after which the poller stops; it never sleeps past it and checks once more at it. */
  deadline: number
  /** The first check comes this long after the start (default: at once). */
  firstCheckAfterMs?: number
  signal?: AbortSignal
  /**
   * Errors of single checks are tolerated this many times in a row (default 3), then thrown. A throttled check is
   * not counted: the account is busy, not broken; the pause doubles instead (up to eight intervals) and the deadline
   * still bounds the poll.
   */
  toleratedErrors?: number
  onError?: (error: unknown) => void
}

/**
 * Calls `check` until it returns a final value or the deadline passes. A final value is returned at once;
 * while nothing changes the pause grows (bounded), and any change brings it back to the interval; a check that
 * knows when something is next expected to change is called again then, if that is sooner.
 */
export async function poll<T>(check: () => Promise<Tick<T>>, options: PollOptions): Promise<PollResult<T>> {
  const { clock, intervalMs, deadline, signal } = options
  const maxIntervalMs = Math.max(intervalMs, options.maxIntervalMs ?? intervalMs * 3)
  const toleratedErrors = options.toleratedErrors ?? 3
  let pause = intervalMs
  let errorsInARow = 0
  const wait = Math.min(options.firstCheckAfterMs ?? 0, deadline - clock.now())
  if (wait > 0) await clock.sleep(wait, signal)
  for (;;) {
    throwIfCancelled(signal)
    let tick: Tick<T>
    let throttled = false
    try {
      tick = await untilCancelled(check(), signal)
      errorsInARow = 0
    } catch (error) {
      if (error instanceof CancelledError) throw error
      throttled = isThrottling(error)
      if (!throttled && ++errorsInARow > toleratedErrors) throw error
      options.onError?.(error)
      tick = notYet(false)
    }
    if (tick.done) return tick
    const left = deadline - clock.now()
    if (left <= 0) return { done: false, timedOut: true }
    if (throttled) pause = Math.min(pause * 2, intervalMs * 8)
    else pause = tick.changed ? intervalMs : Math.min(Math.round(pause * 1.5), maxIntervalMs)
    // Something expected sooner is looked at then (never less than 100 ms ahead).
    const sooner =
      tick.wakeAt === undefined ? pause : Math.min(pause, Math.max(100, tick.wakeAt - clock.now()))
    await clock.sleep(Math.min(sooner, left), signal)
  }
}

/**
 * The check, or a CancelledError as soon as `signal` aborts: a look in flight (an HTTP probe of a hung version, a
 * throttled AWS call backing off) can outlast the seconds the runner leaves to put traffic back. A late answer is
 * ignored.
 */
function untilCancelled<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work
  work.catch(() => undefined)
  let onAbort = (): void => {}
  const cancelled = new Promise<never>((_, reject) => {
    onAbort = () => reject(cancellation(signal))
    if (signal.aborted) onAbort()
    else signal.addEventListener('abort', onAbort, { once: true })
  })
  return Promise.race([work, cancelled]).finally(() => signal.removeEventListener('abort', onAbort))
}
