/**
 * `npm run bench -- summaries`: real runs of the bundled actions on the emulator, under load, whose job summaries are
 * kept as the runner wrote them (bench/results/summaries/<action>-<outcome>.md): a good and a failed run of
 * rolling, blue-green and canary, and a rollback by hand. `npm run summary-images` draws two of them for the README.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startEmulator } from '../emulator/index.ts'
import {
  createColorPair,
  createErrorAlarm,
  createRollingApp,
  patientTargetGroupTiming as timing,
  writeTaskDefinitionFile
} from '../emulator/rehearsal/infrastructure.ts'
import { startLoad } from '../emulator/rehearsal/load.ts'
import { runAction } from '../emulator/rehearsal/runner.ts'

const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'summaries')
mkdirSync(out, { recursive: true })
const emulator = await startEmulator({ port: 0, timeScale: 0.05 })
let runId = 2000

/** Runs one action under load through `url` and keeps its summary as `<name>.md`. */
async function kept(name: string, url: string, action: string, inputs: Record<string, string>, rate = 20) {
  const load = startLoad({ url, ratePerSecond: rate, maxDurationMs: 120_000 })
  const run = await runAction(action, {
    inputs: { 'poll-interval': '250ms', ...inputs },
    env: { ...emulator.env(), GITHUB_RUN_ID: String(++runId) }
  })
  const traffic = await load.stop()
  writeFileSync(join(out, `${name}.md`), run.summary)
  const failures = new Map<string, number>()
  for (const sample of traffic.failures) {
    const kind = sample.error ?? `HTTP ${sample.status}`
    failures.set(kind, (failures.get(kind) ?? 0) + 1)
  }
  const kinds = [...failures].map(([kind, count]) => `${count} ${kind}`).join(', ')
  console.log(
    `${name}: status=${run.outputs.status ?? '(none)'} exit ${run.exitCode}, ${traffic.failed} of ${traffic.sent} requests failed${kinds ? ` (${kinds})` : ''}`
  )
}

try {
  const web = await createRollingApp(
    { endpoint: emulator.endpoint },
    'web',
    { image: 'shop/web:2.0.0', desiredCount: 3 },
    timing
  )
  const rolling = { cluster: web.cluster, service: web.service }
  await kept('rolling-succeeded', web.url, 'rolling', {
    ...rolling,
    container: 'app',
    image: 'shop/web:2.1.0'
  })
  await kept('rolling-rolled-back', web.url, 'rolling', {
    ...rolling,
    'task-definition': writeTaskDefinitionFile('web', 'shop/web:2.2.0', { CRASH_AFTER_MS: '1500' })
  })

  const shop = await createColorPair(
    { endpoint: emulator.endpoint },
    'shop',
    { image: 'shop/api:1.4.0', desiredCount: 3 },
    { timing }
  )
  await createErrorAlarm(shop, 'shop-5xx')
  const pair = {
    cluster: shop.cluster,
    'blue-service': shop.blueService,
    'green-service': shop.greenService,
    'listener-rule': shop.ruleArn
  }
  await kept('blue-green-succeeded', shop.url, 'blue-green', {
    ...pair,
    alarms: 'shop-5xx',
    container: 'app',
    image: 'shop/api:1.5.0',
    'bake-time': '3s',
    'scale-down': 'never'
  })
  await kept('blue-green-rolled-back', shop.url, 'blue-green', {
    ...pair,
    alarms: 'shop-5xx',
    'task-definition': writeTaskDefinitionFile('shop', 'shop/api:1.6.0', { FAIL_RATE: '0.1' }),
    'bake-time': '30s'
  })
  await kept('rollback-succeeded', shop.url, 'rollback', {
    ...pair,
    reason: 'shop/api:1.5.0 breaks the basket'
  })

  const api = await createColorPair(
    { endpoint: emulator.endpoint },
    'api',
    { image: 'shop/search:3.0.0', desiredCount: 3 },
    { timing }
  )
  const canary = {
    cluster: api.cluster,
    'blue-service': api.blueService,
    'green-service': api.greenService,
    'listener-rule': api.ruleArn,
    'min-requests': '50',
    'wait-timeout': '5m',
    'bake-time': '2s'
  }
  await kept(
    'canary-succeeded',
    api.url,
    'canary',
    { ...canary, container: 'app', image: 'shop/search:3.1.0', steps: '10@60s, 50@60s' },
    40
  )
  await kept(
    'canary-rolled-back',
    api.url,
    'canary',
    {
      ...canary,
      'task-definition': writeTaskDefinitionFile('api', 'shop/search:3.2.0', { FAIL_RATE: '0.03' }),
      steps: '10@120s, 50@60s'
    },
    40
  )
} finally {
  await emulator.stop()
}
