/**
 * The rehearsal runner starts an action with the runner's variables only, but passes on the variables
 * through which `faketime` shifts the clock, so an action started under `faketime` sees the test's clock.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clockVariables, runAction } from '../../emulator/rehearsal/runner.ts'

let actionsDir: string

beforeAll(() => {
  actionsDir = mkdtempSync(join(tmpdir(), 'runner-test-'))
  mkdirSync(join(actionsDir, 'clock'))
  writeFileSync(join(actionsDir, 'clock', 'action.yml'), 'runs:\n  using: node24\n  main: main.mjs\n')
  // Reports the action's clock and the environment it was given.
  writeFileSync(
    join(actionsDir, 'clock', 'main.mjs'),
    [
      "import { appendFileSync } from 'node:fs'",
      'appendFileSync(process.env.GITHUB_OUTPUT, `now=${Date.now()}\\n`)',
      'appendFileSync(process.env.GITHUB_OUTPUT, `env=${JSON.stringify(process.env)}\\n`)'
    ].join('\n')
  )
})

afterAll(() => rmSync(actionsDir, { recursive: true, force: true }))

test('LD_PRELOAD and FAKETIME* pass through; other variables do not', () => {
  expect(
    clockVariables({
      LD_PRELOAD: '/usr/$LIB/faketime/libfaketime.so.1',
      FAKETIME: '+400d',
      FAKETIME_SHARED: '/sem /shm',
      FAKETIME_NO_CACHE: '1',
      DONT_FAKE_MONOTONIC: '1',
      HOME: '/root',
      AWS_SECRET_ACCESS_KEY: 'secret',
      MY_FAKETIME: 'x'
    })
  ).toEqual({
    LD_PRELOAD: '/usr/$LIB/faketime/libfaketime.so.1',
    FAKETIME: '+400d',
    FAKETIME_SHARED: '/sem /shm',
    FAKETIME_NO_CACHE: '1',
    DONT_FAKE_MONOTONIC: '1'
  })
})

test('the action reads the same clock as the test (shifted alike under faketime)', async () => {
  const before = Date.now()
  const run = await runAction('clock', { actionsDir })
  const after = Date.now()
  expect(run.exitCode).toBe(0)
  const actionNow = Number(run.outputs.now)
  expect(actionNow).toBeGreaterThanOrEqual(before)
  expect(actionNow).toBeLessThanOrEqual(after)
  const env = JSON.parse(run.outputs.env) as Record<string, string>
  expect(env.LD_PRELOAD).toBe(process.env.LD_PRELOAD)
  expect(env.FAKETIME).toBe(process.env.FAKETIME)
})
