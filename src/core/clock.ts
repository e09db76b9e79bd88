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

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancellation(signal)
}

/** The error a cancelled signal stands for. */
export function cancellation(signal: AbortSignal): CancelledError {
  return signal.reason instanceof CancelledError ? signal.reason : new CancelledError('cancelled')
}
