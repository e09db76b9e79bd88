/**
 * `npm run demo`: the emulator, a service behind a load balancer under steady load, and the bundled
 * `rolling` action run exactly as the GitHub runner runs it: first a good version, then a crashing one.
 * Prints what happened to the deploys and to the traffic.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator } from '../emulator/index.ts'
import { containerDefinition, createRollingApp } from '../emulator/rehearsal/infrastructure.ts'
import { startLoad, type LoadReport } from '../emulator/rehearsal/load.ts'
import { runAction, type ActionRun } from '../emulator/rehearsal/runner.ts'

const say = (line: string): void => console.log(line)

const emulator = await startEmulator({ port: 0, timeScale: 0.05 })
try {
  say(`emulator at ${emulator.endpoint} (AWS time runs 20x faster)`)
  const app = await createRollingApp({ endpoint: emulator.endpoint }, 'web', {
    image: 'web:v1',
    desiredCount: 3
  })
  say(`service web: 3 tasks of web:v1 behind ${app.url}`)

  const deploy = async (title: string, inputs: Record<string, string>): Promise<void> => {
    say(`\n== ${title}`)
    const load = startLoad({ url: app.url, ratePerSecond: 50, maxDurationMs: 120_000 })
    const run = await runAction('rolling', {
      inputs: { cluster: app.cluster, service: app.service, 'poll-interval': '1s', ...inputs },
      env: emulator.env(),
      onLine: (line) => {
        if (!line.startsWith('::')) say(`   | ${line}`)
      }
    })
    report(run, await load.stop())
  }

  await deploy('deploy web:v2 (a good version)', { container: 'app', image: 'web:v2' })

  const bad = join(mkdtempSync(join(tmpdir(), 'demo-')), 'task-definition.json')
  writeFileSync(
    bad,
    JSON.stringify({
      family: 'web',
      containerDefinitions: [
        containerDefinition('app', { image: 'web:v3', environment: { CRASH_AFTER_MS: '300' } })
      ]
    })
  )
  await deploy('deploy web:v3 (crashes 300 ms after start)', { 'task-definition': bad })
} finally {
  await emulator.stop()
}

function report(run: ActionRun, load: LoadReport): void {
  say(`   outcome:  status=${run.outputs.status ?? '(none)'} exit code ${run.exitCode}`)
  if (run.errors.length > 0) say(`   error:    ${run.errors.join(' | ')}`)
  say(`   duration: ${(run.durationMs / 1000).toFixed(1)} s`)
  const versions = Object.entries(load.byVersion)
    .map(([version, n]) => `${version}: ${n}`)
    .join(', ')
  say(`   traffic:  ${load.succeeded} requests served (${versions}), ${load.failed} failed`)
}
