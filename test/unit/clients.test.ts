import { expect, test } from '@jest/globals'
import { createClients } from '../../src/aws/clients.ts'

test('standard retries with more attempts, and AWS_DEFAULT_REGION when AWS_REGION is not set', async () => {
  const { ecs, elb, cloudwatch } = createClients({ AWS_DEFAULT_REGION: 'eu-west-3' })
  for (const client of [ecs, elb, cloudwatch]) {
    expect(await client.config.region()).toBe('eu-west-3')
    expect(await client.config.maxAttempts()).toBe(8)
    expect(((await client.config.retryStrategy()) as { mode?: string }).mode).toBe('standard')
  }
})

test('AWS_RETRY_MODE and AWS_MAX_ATTEMPTS, when set, are left to the SDK', async () => {
  // The SDK reads them from process.env itself; here they are absent there, so its own defaults show.
  const { ecs } = createClients({
    AWS_REGION: 'us-west-2',
    AWS_RETRY_MODE: 'standard',
    AWS_MAX_ATTEMPTS: '2'
  })
  expect(await ecs.config.maxAttempts()).toBe(3)
  expect(((await ecs.config.retryStrategy()) as { mode?: string }).mode).toBe('standard')
})
