/** The rehearsal runner cancels a run on demand (`cancelWhen`) the way the GitHub runner does: SIGINT first. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../../emulator/rehearsal/runner.ts'

let actionsDir: string

beforeAll(() => {
  actionsDir = mkdtempSync(join(tmpdir(), 'runner-cancel-test-'))
  mkdirSync(join(actionsDir, 'waits'))
  writeFileSync(join(actionsDir, 'waits', 'action.yml'), 'runs:\n  using: node24\n  main: main.mjs\n')
  // Waits; on a signal, records which one and exits 1. Says `started` once it listens for signals.
  writeFileSync(
    join(actionsDir, 'waits', 'main.mjs'),
    [
      "import { appendFileSync } from 'node:fs'",
      'const timer = setTimeout(() => {}, 20000)',
      "for (const name of ['SIGINT', 'SIGTERM']) process.on(name, () => {",
      '  appendFileSync(process.env.GITHUB_OUTPUT, `signal=${name}\\n`)',
      '  clearTimeout(timer)',
      '  process.exitCode = 1',
      '})',
      // Only once the handlers are in place (a signal before them would kill the process outright).
      "console.log('started')"
    ].join('\n')
  )
})

afterAll(() => rmSync(actionsDir, { recursive: true, force: true }))

test('cancelWhen: the run gets SIGINT when the promise resolves', async () => {
  let started!: () => void
  const cancel = new Promise<void>((resolve) => (started = resolve))
  const before = Date.now()
  const run = await runAction('waits', {
    actionsDir,
    cancelWhen: cancel,
    onLine: (line) => line === 'started' && started()
  })
  expect({ exitCode: run.exitCode, signal: run.outputs.signal }).toEqual({ exitCode: 1, signal: 'SIGINT' })
  expect(run.cancelledAt).toBeGreaterThanOrEqual(before)
  expect(run.durationMs).toBeLessThan(5000)
})

test('cancelWhen: a rejected promise cancels too; one that settles after the run ended does nothing', async () => {
  let fail!: (error: Error) => void
  const failing = new Promise<void>((_resolve, reject) => (fail = reject))
  const rejected = await runAction('waits', {
    actionsDir,
    cancelWhen: failing,
    onLine: (line) => line === 'started' && fail(new Error('stop'))
  })
  expect(rejected.outputs.signal).toBe('SIGINT')

  let late!: () => void
  const settlesLate = new Promise<void>((resolve) => (late = resolve))
  const quick = await runAction('waits', {
    actionsDir: mkQuickAction(),
    cancelWhen: settlesLate
  })
  late()
  await settlesLate
  expect({ exitCode: quick.exitCode, cancelledAt: quick.cancelledAt }).toEqual({
    exitCode: 0,
    cancelledAt: undefined
  })
})

/** An action that ends at once. */
function mkQuickAction(): string {
  const dir = join(actionsDir, 'quick')
  mkdirSync(join(dir, 'waits'), { recursive: true })
  writeFileSync(join(dir, 'waits', 'action.yml'), 'runs:\n  using: node24\n  main: main.mjs\n')
  writeFileSync(join(dir, 'waits', 'main.mjs'), "console.log('done')\n")
  return dir
}
