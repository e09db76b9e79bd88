/**
 * `npm run bench -- fleet`: many services in one account. Ten rollouts at once on one emulator (rolling, blue-green and
 * canary mixed), each run by its bundled action, each service under load through its own emulated ALB, with AWS's API
 * rate limits enforced (emulator/README.md, "Rate limits"). First each kind runs once alone, for reference.
 * Reports failed requests and rollouts, the API calls per second by rate-limit family against the limits (peak and
 * mean), the throttled answers, and how much each rollout slowed down against its kind alone. Writes
 * bench/results/fleet.json.
 *
 *   npm run bench -- fleet
 *   npx node bench/fleet.ts --time-scale 0.1 --tasks 2 --rate 10 --limits scaled|real --out bench/results/fleet.json
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { startEmulator } from '../emulator/index.ts'
import {
  createColorPair,
  createRollingApp,
  type LoadBalancedApp
} from '../emulator/rehearsal/infrastructure.ts'
import type { LoadReport } from '../emulator/rehearsal/load.ts'
import { recordUnderLoad } from '../emulator/rehearsal/series.ts'
import { chartPathFor, timeScaleNote, writeChart } from './chart.ts'
import { runAction, type ActionRun } from '../emulator/rehearsal/runner.ts'
import { ratesByFamily, ratesTable } from './fleet-rates.ts'

const { values } = parseArgs({
  options: {
    'time-scale': { type: 'string', default: '0.1' },
    tasks: { type: 'string', default: '2' },
    rate: { type: 'string', default: '10' },
    limits: { type: 'string', default: 'scaled' },
    out: { type: 'string', default: 'bench/results/fleet.json' }
  },
  allowPositionals: true
})
const scale = Number(values['time-scale'])
const tasks = Number(values.tasks)
const rate = Number(values.rate)
const clock = values.limits === 'real' ? 'real' : 'scaled'
// The actions' default poll interval (5 s) on the emulator's clock, so each one polls at its AWS pace.
const pollInterval = `${Math.round(5000 * scale)}ms`
// ALB's default 30 s health-check interval, a 10 s timeout and five failures to be unhealthy: eleven node processes
// starting at once on a small shared machine stall the emulator for seconds, which tighter checks (at this time scale,
// a fraction of a real second) would take for dead tasks, and ECS would replace them.
const timing = {
  healthCheckIntervalSeconds: 30,
  healthCheckTimeoutSeconds: 10,
  healthyThresholdCount: 2,
  unhealthyThresholdCount: 5,
  deregistrationDelaySeconds: 10
}
const kinds = ['rolling', 'blue-green', 'canary'] as const
type Kind = (typeof kinds)[number]
const fleet: Kind[] = [
  'rolling',
  'blue-green',
  'canary',
  'rolling',
  'blue-green',
  'canary',
  'rolling',
  'blue-green',
  'canary',
  'rolling'
]

interface Service {
  name: string
  kind: Kind
  app: LoadBalancedApp
  inputs: Record<string, string>
}

const emulator = await startEmulator({ port: 0, timeScale: scale, rateLimits: { clock } })
const deadline = setTimeout(() => {
  console.error('fleet: still running after 10 minutes; stopping')
  process.exit(1)
}, 600_000)
try {
  const target = { endpoint: emulator.endpoint }
  const spec = { image: 'fleet:v1', desiredCount: tasks }
  const services: Service[] = await Promise.all(
    fleet.map(async (kind, i): Promise<Service> => {
      const name = `fleet-${i + 1}`
      if (kind === 'rolling') {
        const app = await createRollingApp(target, name, spec, timing)
        return { name, kind, app, inputs: { cluster: app.cluster, service: app.service } }
      }
      const pair = await createColorPair(target, name, spec, { timing })
      const inputs: Record<string, string> = {
        cluster: pair.cluster,
        'blue-service': pair.blueService,
        'green-service': pair.greenService,
        'listener-rule': pair.ruleArn,
        'bake-time': '2s'
      }
      if (kind === 'canary') Object.assign(inputs, { steps: '25@4s, 50@4s', 'min-requests': '20' })
      return { name, kind, app: pair, inputs }
    })
  )

  /** One rollout of `service` to `image`, under load through its listener. */
  async function rollout(service: Service, image: string) {
    const recording = recordUnderLoad(
      emulator,
      { url: service.app.url, ratePerSecond: rate, maxDurationMs: 300_000 },
      { ruleArn: service.inputs['listener-rule'], bucketMs: 500 }
    )
    const run = await runAction(service.kind, {
      inputs: { ...service.inputs, container: 'app', image, 'poll-interval': pollInterval },
      env: emulator.env()
    })
    const { traffic, series } = await recording.stop()
    return { service, run, traffic, series }
  }

  // Each kind alone first, for reference.
  const alone = new Map<Kind, Awaited<ReturnType<typeof rollout>>>()
  for (const kind of kinds)
    alone.set(
      kind,
      await rollout(
        services.find((s) => s.kind === kind)!,
        'fleet:v2'
      )
    )

  // Then all ten at once.
  const first = emulator.calls.length
  const startedAt = Date.now()
  const runs = await Promise.all(services.map((service) => rollout(service, 'fleet:v3')))
  const windowMs = Date.now() - startedAt
  const calls = emulator.calls.slice(first)
  const secondMs = clock === 'real' ? 1000 : 1000 * scale
  const rates = ratesByFamily(calls, emulator.rateLimits!, windowMs, secondMs)

  const outcome = (r: { run: ActionRun; traffic: LoadReport }) => ({
    status: r.run.outputs.status ?? `exit ${r.run.exitCode}`,
    wallMs: r.run.durationMs,
    requests: r.traffic.sent,
    failedRequests: r.traffic.failed,
    failures: countBy(r.traffic.failures.map((f) => f.error ?? String(f.status)))
  })
  const rollouts = runs.map((r) => {
    const solo = alone.get(r.service.kind)!.run.durationMs
    return {
      service: r.service.name,
      kind: r.service.kind,
      ...outcome(r),
      slowdown: round(r.run.durationMs / solo)
    }
  })
  const failedRollouts = [...runs, ...alone.values()].filter((r) => r.run.exitCode !== 0).length
  const failedRequests = [...runs, ...alone.values()].reduce((sum, r) => sum + r.traffic.failed, 0)
  const unit = clock === 'real' ? 'second' : 'AWS second'
  const result = {
    benchmark: 'fleet',
    date: new Date().toISOString(),
    node: process.version,
    timeScale: scale,
    rateLimitClock: clock,
    tasksPerService: tasks,
    requestsPerSecondPerService: rate,
    pollInterval,
    fleetWallMs: windowMs,
    failedRollouts,
    failedRequests,
    throttledAnswers: rates.reduce((sum, r) => sum + r.throttled, 0),
    alone: Object.fromEntries([...alone].map(([kind, r]) => [kind, outcome(r)])),
    rollouts,
    ratesUnit: unit,
    rates
  }

  console.log(
    `fleet: ${services.length} rollouts at once in one account (time scale ${scale}; ${tasks} tasks and ${rate} req/s per service; poll ${pollInterval}; rate limits on the ${clock} clock)`
  )
  console.log(
    `  alone:     ${kinds.map((k) => `${k} ${(alone.get(k)!.run.durationMs / 1000).toFixed(1)} s`).join(', ')}`
  )
  console.log(
    `  together:  ${(windowMs / 1000).toFixed(1)} s for all ten; ${failedRollouts} failed rollouts, ${failedRequests} failed requests`
  )
  console.log('')
  console.log('| rollout | kind | status | wall | alone | slowdown | requests | failed |')
  console.log('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |')
  for (const r of rollouts) {
    const solo = alone.get(r.kind)!.run.durationMs
    console.log(
      `| ${r.service} | ${r.kind} | ${r.status} | ${(r.wallMs / 1000).toFixed(1)} s | ${(solo / 1000).toFixed(1)} s | ×${r.slowdown} | ${r.requests} | ${r.failedRequests} |`
    )
  }
  console.log('')
  console.log(ratesTable(rates, unit))
  console.log('')
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(values.out!, JSON.stringify(result, null, 2) + '\n')
  // One of the ten, drawn: a canary's steps while nine other rollouts share the account.
  const shown = runs.find((r) => r.service.kind === 'canary')!
  await writeChart(
    chartPathFor(values.out!),
    {
      text: `${shown.service.name} (canary) among ten rollouts at once: ${shown.run.outputs.status}`,
      subtitle: `${tasks} tasks, ${rate} req/s each, poll ${pollInterval}; ${timeScaleNote(scale)}`
    },
    shown.series
  )
  console.log(`written: ${values.out} and its chart (.svg)`)
  for (const r of [...runs, ...alone.values()].filter((r) => r.run.exitCode !== 0)) {
    console.log(
      `  ${r.service.name} (${r.service.kind}): ${r.run.errors.join(' / ') || r.run.stderr.slice(-500)}`
    )
  }
  if (failedRollouts > 0 || failedRequests > 0) process.exitCode = 1
} finally {
  clearTimeout(deadline)
  await emulator.stop()
}

function countBy(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1
  return counts
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
