import { setTimeout as delay } from 'node:timers/promises'
import { CancelledError } from './errors.ts'

/** Time as the strategies see it: injectable so unit tests never wait. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  /** Resolves after `ms`; rejects with CancelledError as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  async sleep(ms, signal) {
    throwIfCancelled(signal)
    try {
      await delay(ms, undefined, { signal })
    } catch (error) {
      if (signal?.aborted) throw cancellation(signal)
      throw error
    }
  }
}

/** Calls `tick` every `ms` until the returned function is called (a lock's heartbeat); injectable like the clock. */
export type Every = (ms: number, tick: () => void) => () => void

/** Real timers that do not keep the process alive. */
export const realEvery: Every = (ms, tick) => {
  const timer = setInterval(tick, ms)
  timer.unref()
  return () => clearInterval(timer)
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancellation(signal)
}

/** The error a cancelled signal stands for. */
export function cancellation(signal: AbortSignal): CancelledError {
  return signal.reason instanceof CancelledError ? signal.reason : new CancelledError('cancelled')
}

/**
 * Runs `body` with a signal of its own, aborted once `body` has settled (or as soon as `parent` aborts): calls it
 * started and no longer waits for (a slow AWS call backing off, a probe) stop instead of running on after it.
 */
export async function withOwnSignal<T>(
  parent: AbortSignal | undefined,
  body: (signal: AbortSignal) => Promise<T>
): Promise<T> {
  const done = new AbortController()
  try {
    return await body(parent ? AbortSignal.any([parent, done.signal]) : done.signal)
  } finally {
    done.abort()
  }
}
