import { beforeEach, describe, expect, jest, test } from '@jest/globals'
import * as core from '../fixtures/core.ts'

jest.unstable_mockModule('@actions/core', () => core)
const { publish, runAction } = await import('../../src/main/run.ts')
const { InputError } = await import('../../src/core/errors.ts')

beforeEach(() => core.reset())

describe('runAction', () => {
  test('turns any error into one setFailed line', async () => {
    await runAction(async () => {
      throw new Error('first line\n  second line')
    })
    expect(core.setFailed.mock.calls).toEqual([['first line second line']])
    expect(core.debug).not.toHaveBeenCalled()
  })

  test("keeps an AWS error's name, which says what went wrong", async () => {
    const denied = Object.assign(new Error('User is not authorized to perform: ecs:UpdateService'), {
      name: 'AccessDeniedException'
    })
    await runAction(async () => {
      throw denied
    })
    expect(core.setFailed).toHaveBeenCalledWith(
      'AccessDeniedException: User is not authorized to perform: ecs:UpdateService'
    )
  })

  test('input errors are their message only; the stack is logged only with step debug on', async () => {
    core.isDebug.mockReturnValue(true)
    await runAction(async () => {
      throw new InputError('Invalid input: cluster is required')
    })
    expect(core.setFailed).toHaveBeenCalledWith('Invalid input: cluster is required')
    expect(core.debug).toHaveBeenCalledWith(expect.stringContaining('at '))
  })

  test('succeeds silently, and aborts the signal when the runner cancels', async () => {
    let signal: AbortSignal | undefined
    await runAction(async (given) => {
      signal = given
      process.emit('SIGINT', 'SIGINT')
    })
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(signal?.aborted).toBe(true)
    expect(String(signal?.reason)).toBe('CancelledError: cancelled (SIGINT)')
    expect(process.listenerCount('SIGINT')).toBe(0)
  })
})

describe('publish', () => {
  test('sets outputs (objects as JSON, undefined skipped) and writes the summary', async () => {
    await publish({ status: 'succeeded', missing: undefined, rollout: { a: 1 } }, '## done')
    expect(core.setOutput.mock.calls).toEqual([
      ['status', 'succeeded'],
      ['rollout', '{"a":1}']
    ])
    expect(core.summary.text).toBe('## done')
  })

  test('a summary that cannot be written is not an error', async () => {
    ;(core.summary.write as jest.Mock<() => Promise<unknown>>).mockRejectedValueOnce(
      new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY')
    )
    await expect(publish({ status: 'failed' }, 'text')).resolves.toBeUndefined()
    expect(core.debug).toHaveBeenCalledWith(expect.stringContaining('job summary not written'))
  })
})
