/**
 * `npm run demo`: the emulator, services behind a load balancer under steady load, and the bundled actions
 * run exactly as the GitHub runner runs them.
 *   rolling:    a good version, then one that crashes (rolled back by the circuit breaker and the action);
 *   pair:       a running service made a blue/green pair under load, then a blue-green deploy on the pair it made;
 *   blue-green: a good version switched in one rule change, a broken one caught by its probe on the test
 *               listener before the switch, and one that turns bad under production traffic: a real alarm
 *               on the load balancer's 5xx count fires during the bake and traffic goes back;
 *   rollback:   a release that passed its bake, rolled back by hand (traffic back in one rule change).
 *   the lock:   a second deploy started while the first holds the pair's lock is refused at once.
 *   canary:     a good version to 100% step by step, one that fails 3% of its requests (caught at its first step,
 *               traffic back on stable), and one with no traffic (inconclusive, not passed).
 *   preview:    a pull request's version on the idle color behind its own host, its PR comment, its cleanup.
 *   native:     blue-green on a service with ECS's own BLUE_GREEN strategy: a good version followed through every
 *               lifecycle stage, and one whose alarm fires during ECS's bake (stopped with ROLLBACK).
 * Prints what happened to each deploy and to the traffic.
 */
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { startEmulator } from '../emulator/index.ts'
import {
  createColorPair,
  createErrorAlarm,
  createRollingApp,
  writeTaskDefinitionFile
} from '../emulator/rehearsal/infrastructure.ts'
import { startLoad, type LoadReport } from '../emulator/rehearsal/load.ts'
import { runAction, type ActionRun } from '../emulator/rehearsal/runner.ts'
import { previewDemo } from './demo-preview.ts'
import { demoNative } from './demo-native.ts'
import { demoPair } from './demo-pair.ts'

const say = (line: string): void => console.log(line)
const timeScale = 0.05

const emulator = await startEmulator({ port: 0, timeScale })
try {
  say(`emulator at ${emulator.endpoint} (AWS time runs ${1 / timeScale}x faster)`)

  /** Runs one action under load through `url`, echoing its progress lines (service events left out). */
  const deploy = async (
    title: string,
    url: string,
    action: string,
    inputs: Record<string, string>,
    onLine: (line: string) => void = () => {},
    ratePerSecond = 50
  ) => {
    say(`\n== ${title}`)
    const load = startLoad({ url, ratePerSecond, maxDurationMs: 120_000 })
    const run = await runAction(action, {
      inputs: { 'poll-interval': '250ms', ...inputs },
      env: { ...emulator.env(), GITHUB_RUN_ID: String(++runId) },
      onLine: (line) => {
        if (!line.startsWith('::') && !/\] event: /.test(line)) say(`   | ${line}`)
        onLine(line)
      }
    })
    report(run, await load.stop())
    return run
  }
  let runId = 1000

  // Rolling: one service, 3 tasks, behind the listener's default action.
  const web = await createRollingApp({ endpoint: emulator.endpoint }, 'web', {
    image: 'web:v1',
    desiredCount: 3
  })
  say(`\nrolling: service web runs 3 tasks of web:v1 behind ${web.url}`)
  const rolling = { cluster: web.cluster, service: web.service }
  await deploy('rolling: web:v2, a good version', web.url, 'rolling', {
    ...rolling,
    container: 'app',
    image: 'web:v2'
  })
  await deploy(
    'rolling: web:v3, crashes 100 ms after it starts, before its health checks pass',
    web.url,
    'rolling',
    {
      ...rolling,
      'task-definition': writeTaskDefinitionFile('web', 'web:v3', { CRASH_AFTER_MS: '100' })
    }
  )

  await demoPair(emulator, deploy, say)

  // Blue-green: a pair of services behind one weighted production rule, plus a test listener on the idle color.
  const shop = await createColorPair(
    { endpoint: emulator.endpoint },
    'shop',
    { image: 'shop:v1', desiredCount: 3 },
    { testListener: true }
  )
  await createErrorAlarm(shop, 'shop-5xx')
  say(`\nblue-green: shop-blue runs 3 tasks of shop:v1 behind ${shop.url} (test listener ${shop.testUrl})`)
  const blueGreen = {
    cluster: shop.cluster,
    'blue-service': shop.blueService,
    'green-service': shop.greenService,
    'listener-rule': shop.ruleArn,
    'test-listener-rule': shop.testListenerArn!,
    'health-check-url': shop.testUrl!,
    alarms: 'shop-5xx'
  }
  await deploy('blue-green: shop:v2, a good version', shop.url, 'blue-green', {
    ...blueGreen,
    container: 'app',
    image: 'shop:v2',
    'bake-time': '3s'
  })
  await deploy(
    'blue-green: shop:v3, answers 500 to everything (caught before the switch)',
    shop.url,
    'blue-green',
    {
      ...blueGreen,
      'task-definition': writeTaskDefinitionFile('shop', 'shop:v3', { FAIL_RATE: '1' })
    }
  )
  await deploy(
    'blue-green: shop:v4, healthy on the test listener, but 10% of requests fail (the alarm fires during the bake)',
    shop.url,
    'blue-green',
    {
      ...blueGreen,
      'health-check-url': '',
      'task-definition': writeTaskDefinitionFile('shop', 'shop:v4', { FAIL_RATE: '0.1' }),
      'bake-time': '30s'
    }
  )

  // Rollback by hand, and the lock, on the same pair, once the 5xx alarm shop:v4 set off has cleared.
  const cleared = Date.now()
  while (Date.now() - cleared < 60_000) {
    const { MetricAlarms = [] } = await shop.clients.cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmNames: ['shop-5xx'] })
    )
    if (MetricAlarms[0]?.StateValue !== 'ALARM') break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  say(
    `\n(the shop-5xx alarm cleared ${((Date.now() - cleared) / 1000).toFixed(1)} s after shop:v4 was rolled back)`
  )
  const pair = {
    cluster: shop.cluster,
    'blue-service': shop.blueService,
    'green-service': shop.greenService,
    'listener-rule': shop.ruleArn
  }
  await deploy(
    'blue-green: shop:v5, passes its bake (scale-down: never keeps the old color running)',
    shop.url,
    'blue-green',
    {
      ...blueGreen,
      container: 'app',
      image: 'shop:v5',
      'bake-time': '3s',
      'scale-down': 'never'
    }
  )
  await deploy(
    'rollback: users report that shop:v5 breaks the basket; rolled back by hand (the old color still runs: one rule change)',
    shop.url,
    'rollback',
    { ...pair, reason: 'shop:v5 breaks the basket' }
  )
  let second: Promise<ActionRun> | undefined
  await deploy(
    'the lock: shop:v6 deploys; while it bakes, a second deploy (shop:v7) starts on the same pair',
    shop.url,
    'blue-green',
    { ...blueGreen, container: 'app', image: 'shop:v6', 'bake-time': '4s' },
    (line) => {
      if (second || !/\bbake: watching/.test(line)) return
      second = runAction('blue-green', {
        inputs: { ...blueGreen, container: 'app', image: 'shop:v7', 'poll-interval': '250ms' },
        env: { ...emulator.env(), GITHUB_RUN_ID: String(++runId) }
      })
    }
  )
  const refused = await second!
  say(`\n== the second deploy (shop:v7), started during that bake`)
  say(`   outcome:  exit code ${refused.exitCode} after ${refused.durationMs} ms, nothing changed`)
  say(`   error:    ${refused.errors.join(' | ')}`)

  // Canary: another pair; the load balancer publishes its metrics per minute, a minute late, as on AWS.
  const api = await createColorPair({ endpoint: emulator.endpoint }, 'api', {
    image: 'api:v1',
    desiredCount: 3
  })
  say(`\ncanary: api-blue runs 3 tasks of api:v1 behind ${api.url}`)
  const canary = {
    cluster: api.cluster,
    'blue-service': api.blueService,
    'green-service': api.greenService,
    'listener-rule': api.ruleArn,
    'min-requests': '50',
    'wait-timeout': '20s',
    'bake-time': '2s'
  }
  await deploy(
    'canary: api:v2, a good version, 10% then 50% then 100%',
    api.url,
    'canary',
    { ...canary, container: 'app', image: 'api:v2', steps: '10@4s, 50@4s' },
    undefined,
    100
  )
  await deploy(
    'canary: api:v3, fails 3% of its requests (caught at its first step)',
    api.url,
    'canary',
    {
      ...canary,
      'task-definition': writeTaskDefinitionFile('api', 'api:v3', { FAIL_RATE: '0.03' }),
      steps: '10@60s, 50@10s'
    },
    undefined,
    100
  )
  await deploy(
    'canary: api:v4 with no traffic at all (inconclusive: not passed)',
    api.url,
    'canary',
    { ...canary, container: 'app', image: 'api:v4', steps: '10@2s', 'wait-timeout': '6s' },
    undefined,
    0
  )

  await previewDemo(emulator, say)

  await demoNative(emulator, deploy, say)
} finally {
  await emulator.stop()
}

function report(run: ActionRun, load: LoadReport): void {
  say(`   outcome:  status=${run.outputs.status ?? '(none)'}, exit code ${run.exitCode}`)
  if (run.errors.length > 0) say(`   error:    ${run.errors.join(' | ')}`)
  say(`   duration: ${(run.durationMs / 1000).toFixed(1)} s`)
  const versions = Object.entries(load.byVersion)
    .map(([version, n]) => `${version}: ${n}`)
    .join(', ')
  const failedBy = load.failures.reduce<Record<string, number>>((counts, sample) => {
    const key = sample.error ?? `HTTP ${sample.status}`
    counts[key] = (counts[key] ?? 0) + 1
    return counts
  }, {})
  const failures = Object.entries(failedBy)
    .map(([what, n]) => `${n} ${what}`)
    .join(', ')
  say(
    `   traffic:  ${load.succeeded} requests served (${versions}), ${load.failed} failed${failures ? ` (${failures})` : ''}`
  )
}
