/**
 * Emulated AWS time. Every AWS-side duration (health-check interval, deregistration delay, grace period,
 * task start, scheduler tick, alarm period) is given in AWS seconds and multiplied by `scale` to get real
 * milliseconds, so `scale: 0.01` makes a 10-minute rollout take 6 seconds. Timestamps are wall-clock time
 * from `clock` (the real clock unless a test injects one, so that fixed fixtures never age against the real
 * date). Every timer goes through here so that `stop()` leaves nothing running.
 */
/**
 * The least real time a real server (a task's app, a hook's stand-in) gets to answer, whatever the scale: it answers
 * in real time, and on a busy machine (the load, the tests, other processes on the same cores) its answer is
 * late by hundreds of milliseconds. A scaled 2 s health-check timeout (40 ms at scale 0.02) would fail healthy
 * targets there, and their tasks would be replaced; a scaled 10 s deregistration delay (200 ms) would cut the
 * requests still in flight at a draining target.
 */
export const ANSWER_FLOOR_MS = 1000

export class EmulatorTime {
  scale: number
  private readonly clock: () => Date
  private readonly timers = new Set<NodeJS.Timeout>()
  private stopped = false

  constructor(scale = 1, clock: () => Date = () => new Date()) {
    if (!(scale > 0)) throw new Error(`time scale must be a positive number, got ${scale}`)
    this.scale = scale
    this.clock = clock
  }

  /** Real milliseconds for a duration in AWS seconds. */
  ms(awsSeconds: number): number {
    return Math.max(0, awsSeconds * 1000 * this.scale)
  }

  /** Real milliseconds a real server has to answer within a limit of `awsSeconds` (scaled, at least the floor; 0 is 0). */
  answerMs(awsSeconds: number): number {
    return awsSeconds > 0 ? Math.max(ANSWER_FLOOR_MS, this.ms(awsSeconds)) : 0
  }

  /** The current wall-clock time: every timestamp the emulator writes, and the reference for retention. */
  now(): Date {
    return this.clock()
  }

  /** Runs `fn` once after `awsSeconds`. */
  after(awsSeconds: number, fn: () => void): () => void {
    return this.afterMs(this.ms(awsSeconds), fn)
  }

  /** Runs `fn` once a real server has had its time to answer within a limit of `awsSeconds` (see `answerMs`). */
  timeout(awsSeconds: number, fn: () => void): () => void {
    return this.afterMs(this.answerMs(awsSeconds), fn)
  }

  private afterMs(ms: number, fn: () => void): () => void {
    if (this.stopped) return () => {}
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      fn()
    }, ms)
    this.timers.add(timer)
    return () => {
      clearTimeout(timer)
      this.timers.delete(timer)
    }
  }

  /** Runs `fn` every `awsSeconds` until the returned function is called or time stops. */
  every(awsSeconds: number, fn: () => void): () => void {
    if (this.stopped) return () => {}
    const timer = setInterval(fn, Math.max(1, this.ms(awsSeconds)))
    this.timers.add(timer)
    return () => {
      clearInterval(timer)
      this.timers.delete(timer)
    }
  }

  /** Resolves after `awsSeconds` (at once when time has stopped). */
  sleep(awsSeconds: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.stopped) return resolve()
      this.after(awsSeconds, resolve)
    })
  }

  stop(): void {
    this.stopped = true
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }
}
