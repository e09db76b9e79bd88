/**
 * A PAUSE hook on its own clock: without a timeout configuration it waits AWS's default of 1440 minutes, then
 * times out and rolls the deployment back (at time scale 1e-5 a day lasts 864 real ms).
 */
import { afterEach, expect, test } from '@jest/globals'
import { EmulatorTime } from '../../emulator/core/time.ts'
import { RollbackNeeded, runHooks } from '../../emulator/ecs/lifecycle-hooks.ts'
import type { ServiceDeploymentRecord } from '../../emulator/ecs/native-model.ts'

const time = new EmulatorTime(0.00001)
afterEach(() => time.stop())

test('a PAUSE hook without timeoutConfiguration times out after 1440 minutes, with the action ROLLBACK', async () => {
  const record = {
    configuration: { lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['POST_SCALE_UP'] }] },
    hooks: [],
    updatedAt: time.now()
  } as unknown as ServiceDeploymentRecord
  const started = time.now().getTime()
  const context = { time, check: () => {}, pollSeconds: 60, signal: new AbortController().signal }
  const ended = await runHooks(record, 'POST_SCALE_UP', context).catch((error: Error) => error)

  expect(ended).toBeInstanceOf(RollbackNeeded)
  expect((ended as Error).message).toMatch(/^Lifecycle hook .* at POST_SCALE_UP timed out\.$/)
  expect(record.hooks).toMatchObject([
    { targetType: 'PAUSE', status: 'TIMED_OUT', timeoutAction: 'ROLLBACK' }
  ])
  expect(record.hooks[0].expiresAt!.getTime() - started).toBeCloseTo(time.ms(1440 * 60), -1)
  expect(Date.now() - started).toBeGreaterThanOrEqual(time.ms(1440 * 60) - 5)
})
