/**
 * Cancellation must not wait for a look in flight: the runner kills the process 10 s after SIGINT, and a look can
 * take that long by itself (an HTTP probe of a hung version waits up to 10 s; a throttled AWS call backs off).
 */
import { describe, expect, test } from '@jest/globals'
import { CancelledError } from '../../src/core/errors.ts'
import { notYet, poll, type Tick } from '../../src/core/poller.ts'
import type { Fetch } from '../../src/gates/http-probe.ts'
import type { BlueGreenOptions } from '../../src/strategies/blue-green/index.ts'
import { FakeClock } from './support/fake-clock.ts'
import { freshWorldEachTest } from './support/fresh-world.ts'
import { FakePair, targetGroupArns } from './support/fake-pair.ts'
import { pairAddress, runBlueGreen } from './support/run-blue-green.ts'

/** Settles with `body`, or with 'still waiting' when it has not settled within a few turns of the event loop. */
async function settledSoon<T>(body: Promise<T>): Promise<T | 'still waiting'> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'still waiting'>((resolve) => {
    timer = setTimeout(() => resolve('still waiting'), 200)
  })
  try {
    return await Promise.race([body, late])
  } finally {
    clearTimeout(timer)
  }
}

/** A check or a request that answers only when released. */
function hanging<T>(answer: T) {
  let release = () => {}
  const promise = new Promise<T>((resolve) => (release = () => resolve(answer)))
  return { promise, release: () => release() }
}

describe('poll', () => {
  test('a cancellation during a check in flight ends the poll at once', async () => {
    const clock = new FakeClock()
    const controller = new AbortController()
    const stuck = hanging<Tick<string>>(notYet(false))
    let checks = 0
    const polling = poll(
      () => {
        checks++
        if (checks === 2) controller.abort(new CancelledError('cancelled (SIGINT)'))
        return checks === 1 ? Promise.resolve(notYet(true)) : stuck.promise
      },
      { clock, intervalMs: 1000, deadline: clock.now() + 60_000, signal: controller.signal }
    )
    const outcome = await settledSoon(
      polling.then(
        () => 'returned',
        (error: Error) => error.message
      )
    )
    stuck.release()
    expect(outcome).toBe('cancelled (SIGINT)')
  })
})

describe('blue-green', () => {
  const world = freshWorldEachTest((clock) => new FakePair(clock))

  const options: BlueGreenOptions = {
    ...pairAddress,
    mode: 'full',
    taskDefinition: { kind: 'image', container: 'web', image: 'registry.example/web:2.0' },
    alarms: [],
    healthCheckUrl: 'https://web.example.com/health',
    bakeTimeMs: 60_000,
    scaleDown: 'after-bake',
    waitTimeoutMs: 600_000,
    pollIntervalMs: 5000,
    onFailure: 'rollback',
    run: 'local'
  }

  test('SIGINT while a bake probe hangs: traffic goes back without waiting for the probe', async () => {
    const controller = new AbortController()
    const stuck = hanging({ status: 200 })
    let probes = 0
    const fetch: Fetch = () => {
      probes++
      // The verify look and the first bake look answer; the second bake look hangs, and the runner cancels.
      if (probes < 3) return Promise.resolve({ status: 200 })
      controller.abort(new CancelledError('cancelled (SIGINT)'))
      return stuck.promise
    }
    const running = runBlueGreen(world, options, { fetch, signal: controller.signal })
    const outcome = await settledSoon(running)
    stuck.release()
    const result = outcome === 'still waiting' ? await running : outcome
    expect({ settledSoon: outcome !== 'still waiting', status: result.report.status }).toEqual({
      settledSoon: true,
      status: 'rolled-back'
    })
    expect(world.aws.ruleChanges.at(-1)?.weights).toEqual({
      [targetGroupArns.blue]: 100,
      [targetGroupArns.green]: 0
    })
  })
})
