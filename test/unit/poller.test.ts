import { describe, expect, test } from '@jest/globals'
import { CancelledError } from '../../src/core/errors.ts'
import { finished, notYet, poll, type Tick } from '../../src/core/poller.ts'
import { FakeClock } from './support/fake-clock.ts'

/** A check that answers the given ticks in turn (then keeps answering the last one). */
function script(...ticks: (Tick<string> | Error)[]) {
  let calls = 0
  const check = async (): Promise<Tick<string>> => {
    const tick = ticks[Math.min(calls++, ticks.length - 1)]
    if (tick instanceof Error) throw tick
    return tick
  }
  return { check, calls: () => calls }
}

describe('poll', () => {
  test('returns a final value at once, without sleeping', async () => {
    const clock = new FakeClock()
    const result = await poll(script(finished('done')).check, {
      clock,
      intervalMs: 5000,
      deadline: clock.now() + 60_000
    })
    expect(result).toEqual({ done: true, value: 'done' })
    expect(clock.sleeps).toEqual([])
  })

  test('backs off by half while nothing changes, bounded, and returns to the interval on a change', async () => {
    const clock = new FakeClock()
    const { check } = script(
      notYet(true),
      notYet(false),
      notYet(false),
      notYet(false),
      notYet(false),
      notYet(true),
      finished('done')
    )
    await poll(check, { clock, intervalMs: 1000, maxIntervalMs: 3000, deadline: clock.now() + 60_000 })
    expect(clock.sleeps).toEqual([1000, 1500, 2250, 3000, 3000, 1000])
  })

  test('never sleeps past the deadline and checks once more at it', async () => {
    const clock = new FakeClock()
    const start = clock.now()
    const { check, calls } = script(notYet(true))
    const result = await poll(check, { clock, intervalMs: 4000, deadline: start + 10_000 })
    expect(result).toEqual({ done: false, timedOut: true })
    expect(clock.sleeps).toEqual([4000, 4000, 2000])
    expect(clock.now()).toBe(start + 10_000)
    expect(calls()).toBe(4)
  })

  test('tolerates a few failing checks in a row, then throws', async () => {
    const clock = new FakeClock()
    const seen: unknown[] = []
    const flaky = script(new Error('Rate exceeded'), notYet(true), new Error('Rate exceeded'), finished('ok'))
    const options = {
      clock,
      intervalMs: 1000,
      deadline: clock.now() + 60_000,
      onError: (e: unknown) => seen.push(e)
    }
    await expect(poll(flaky.check, options)).resolves.toEqual({ done: true, value: 'ok' })
    expect(seen).toHaveLength(2)

    const broken = script(new Error('AccessDenied'))
    await expect(poll(broken.check, { ...options, toleratedErrors: 2 })).rejects.toThrow('AccessDenied')
    expect(broken.calls()).toBe(3)
  })

  test('a throttled check is not an error that ends the poll: it backs off, doubling up to eight intervals', async () => {
    const clock = new FakeClock()
    const throttled = () =>
      Object.assign(new Error('Rate exceeded'), { name: 'Throttling', $metadata: { httpStatusCode: 400 } })
    const seen: unknown[] = []
    const { check, calls } = script(
      throttled(),
      throttled(),
      throttled(),
      throttled(),
      throttled(),
      notYet(true),
      finished('ok')
    )
    const result = await poll(check, {
      clock,
      intervalMs: 1000,
      deadline: clock.now() + 120_000,
      onError: (e) => seen.push(e)
    })
    expect(result).toEqual({ done: true, value: 'ok' })
    expect(clock.sleeps).toEqual([2000, 4000, 8000, 8000, 8000, 1000])
    expect(seen).toHaveLength(5)
    expect(calls()).toBe(7)

    // Other errors still count, throttled ones in between or not.
    const mixed = script(
      new Error('AccessDenied'),
      throttled(),
      new Error('AccessDenied'),
      new Error('AccessDenied')
    )
    await expect(
      poll(mixed.check, { clock, intervalMs: 1000, deadline: clock.now() + 120_000, toleratedErrors: 2 })
    ).rejects.toThrow('AccessDenied')
  })

  test('stops at once when cancelled', async () => {
    const clock = new FakeClock()
    const controller = new AbortController()
    let calls = 0
    const check = async () => {
      if (++calls === 2) controller.abort(new CancelledError('cancelled (SIGINT)'))
      return notYet(false)
    }
    await expect(
      poll(check, { clock, intervalMs: 1000, deadline: clock.now() + 60_000, signal: controller.signal })
    ).rejects.toThrow('cancelled (SIGINT)')
    expect(calls).toBe(2)
  })
})
