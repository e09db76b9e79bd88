/**
 * One client serves both the looks (DescribeTargetHealth, DescribeRules: the account's shared describe budget) and
 * the traffic switch (ModifyRule). Throttled looks must not hold back the next call: on a busy account that call
 * is the switch back to the old color.
 */
import { afterEach, beforeEach, expect, jest, test } from '@jest/globals'
import { createClients } from '../../src/aws/clients.ts'

/** The part of the SDK's retry strategy a request goes through. */
interface RetryStrategy {
  acquireInitialRetryToken(scope: string): Promise<unknown>
  refreshRetryTokenForRetry(token: unknown, errorInfo: unknown): Promise<unknown>
  recordSuccess(token: unknown): void
}

const throttled = {
  errorType: 'THROTTLING',
  error: Object.assign(new Error('Rate exceeded'), { name: 'Throttling', $metadata: { httpStatusCode: 400 } })
}

beforeEach(() => {
  jest.useFakeTimers({ now: Date.parse('2026-11-25T10:00:00.000Z') })
})
afterEach(() => {
  jest.useRealTimers()
})

/** Lets fake time pass, 10 ms at a time, until the promise settles. */
async function waitFor<T>(promise: Promise<T>): Promise<T> {
  let settled = false
  promise.then(
    () => (settled = true),
    () => (settled = true)
  )
  while (!settled) await jest.advanceTimersByTimeAsync(10)
  return promise
}

/** Whether the promise settles without any time passing. */
async function settlesAtOnce(promise: Promise<unknown>): Promise<boolean> {
  let settled = false
  promise.then(
    () => (settled = true),
    () => (settled = true)
  )
  await jest.advanceTimersByTimeAsync(0)
  return settled
}

test('after a burst of throttled looks, the next call on the same client is sent at once', async () => {
  const { elb } = createClients({ AWS_REGION: 'us-east-1' })
  const strategy = (await elb.config.retryStrategy()) as unknown as RetryStrategy
  // Forty looks four times a second, a third of them throttled once and retried (as on an account where many
  // rollouts poll).
  for (let look = 0; look < 40; look++) {
    let token = await waitFor(strategy.acquireInitialRetryToken('elasticloadbalancing'))
    if (look % 3 === 0) token = await waitFor(strategy.refreshRetryTokenForRetry(token, throttled))
    strategy.recordSuccess(token)
    await jest.advanceTimersByTimeAsync(250)
  }
  expect(await settlesAtOnce(strategy.acquireInitialRetryToken('elasticloadbalancing'))).toBe(true)
})

test('throttling is still retried, with more attempts than the SDK default', async () => {
  const { ecs, elb, cloudwatch } = createClients({ AWS_REGION: 'us-east-1' })
  for (const client of [ecs, elb, cloudwatch]) expect(await client.config.maxAttempts()).toBe(8)
})
