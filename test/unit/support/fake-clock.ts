import type { Clock } from '../../../src/core/clock.ts'
import { throwIfCancelled } from '../../../src/core/clock.ts'

/** A clock whose sleeps return at once and move time forward; `onSleep` lets a test world advance. */
export class FakeClock implements Clock {
  time: number
  readonly sleeps: number[] = []
  onSleep: () => void = () => {}

  constructor(start = Date.parse('2026-11-25T10:00:00.000Z')) {
    this.time = start
  }

  now(): number {
    return this.time
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    throwIfCancelled(signal)
    this.sleeps.push(ms)
    this.time += ms
    this.onSleep()
    throwIfCancelled(signal)
  }
}
