/**
 * `npx node bench/rollback.ts`: the bundled rollback action on the emulator, under load through the production
 * listener, and what the lock and cancellation cost.
 *   1. Fast path (the old color still runs, a few trials) and slow path (it was scaled down: redeployed): time from
 *      starting `rollback` to the rule change and to the last answer of the bad version, failed requests, API calls.
 *   2. SIGINT (the runner's cancel) to a blue-green run in its bake: time to traffic back, and to the process exit.
 *   3. A second run started while another holds the lock: how soon it is refused.
 * Prints the figures and writes them to bench/results/rollback.json.
 *
 *   npx node bench/rollback.ts -- --tasks 4 --time-scale 0.05 --rate 100 --trials 3 --poll-interval 250ms
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { benchArgs, pause } from './args.ts'
import type { ApiCall } from '../emulator/core/contracts.ts'
import { startEmulator } from '../emulator/index.ts'
import { createColorPair } from '../emulator/rehearsal/infrastructure.ts'
import { startLoad } from '../emulator/rehearsal/load.ts'
import { recordUnderLoad } from '../emulator/rehearsal/series.ts'
import { runAction, type RunOptions } from '../emulator/rehearsal/runner.ts'
import { chartPathFor, timeScaleNote, writeChart } from './chart.ts'
import { median } from './figures.ts'

const { tasks, scale, rate, trials, pollInterval, out } = benchArgs('rollback', { tasks: '4' })

const emulator = await startEmulator({ port: 0, timeScale: scale })
try {
  const pair = await createColorPair({ endpoint: emulator.endpoint }, 'bench-rb', {
    image: 'bench:v1',
    desiredCount: tasks
  })
  const pairInputs = {
    cluster: pair.cluster,
    'blue-service': pair.blueService,
    'green-service': pair.greenService,
    'listener-rule': pair.ruleArn,
    'poll-interval': pollInterval
  }
  const run = (action: string, inputs: Record<string, string>, extra: Partial<RunOptions> = {}) =>
    runAction(action, { inputs: { ...pairInputs, ...inputs }, env: emulator.env(), ...extra })
  let release = 1
  const deploy = (inputs: Record<string, string>, extra: Partial<RunOptions> = {}) =>
    run('blue-green', { container: 'app', image: `bench:v${++release}`, 'bake-time': '1s', ...inputs }, extra)

  /** One rollback under load after a release that kept the old color (`scale-down: never`) or scaled it down. */
  async function trial(path: 'fast' | 'slow') {
    const deployed = await deploy(path === 'fast' ? { 'scale-down': 'never' } : {})
    if (deployed.exitCode !== 0) throw new Error(`the release failed: ${deployed.errors.join(' ')}`)
    const bad = `v${release}`
    const recording = recordUnderLoad(
      emulator,
      { url: pair.url, ratePerSecond: rate, maxDurationMs: 120_000 },
      { ruleArn: pair.ruleArn, bucketMs: 250 }
    )
    await pause(500)
    const mark = emulator.calls.length
    const started = Date.now()
    const rolled = await run('rollback', { reason: `bench ${path}` })
    await pause(300)
    const { traffic, series } = await recording.stop()
    const calls = emulator.calls.slice(mark)
    const change = calls.find(
      (call) => call.operation === 'ModifyRule' && call.input?.RuleArn === pair.ruleArn
    )
    const lastBad = traffic.samples.filter((sample) => sample.version === bad).at(-1)?.at
    return {
      path: JSON.parse(rolled.outputs.rollout ?? '{}').path,
      status: rolled.outputs.status,
      startToRuleChangeMs: change ? change.at.getTime() - started : null,
      startToLastBadAnswerMs: lastBad === undefined ? null : Math.max(0, lastBad - started),
      wallMs: rolled.durationMs,
      failedRequests: traffic.failed,
      requests: traffic.sent,
      apiCalls: countCalls(calls),
      series,
      startedAtSecond: (started - traffic.startedAt) / 1000
    }
  }

  const fast = []
  const slow = []
  for (let i = 0; i < trials; i++) fast.push(await trial('fast'))
  for (let i = 0; i < trials; i++) slow.push(await trial('slow'))

  // SIGINT during a bake: traffic back, then the process exits (the runner sends SIGKILL after 10 s).
  const cancels = []
  for (let i = 0; i < trials; i++) {
    const load = startLoad({ url: pair.url, ratePerSecond: rate, maxDurationMs: 120_000 })
    const mark = emulator.calls.length
    let baking: () => void = () => {}
    const cancelWhen = new Promise<void>((resolve) => (baking = resolve))
    const started = Date.now()
    const cancelled = await deploy(
      { 'bake-time': '60s' },
      {
        cancelWhen,
        onLine: (line) => {
          if (/bake: watching/.test(line)) void pause(700).then(baking)
        }
      }
    )
    const traffic = await load.stop()
    const back = emulator.calls
      .slice(mark)
      .filter((call) => call.operation === 'ModifyRule' && call.input?.RuleArn === pair.ruleArn)
      .at(-1)
    cancels.push({
      status: cancelled.outputs.status,
      sigintToTrafficBackMs: back && cancelled.cancelledAt ? back.at.getTime() - cancelled.cancelledAt : null,
      sigintToExitMs: cancelled.cancelledAt ? started + cancelled.durationMs - cancelled.cancelledAt : null,
      exitSignal: cancelled.signal,
      failedRequests: traffic.failed
    })
  }

  // A second run while the first holds the lock.
  const refusals = []
  for (let i = 0; i < trials; i++) {
    let baking: () => void = () => {}
    const inBake = new Promise<void>((resolve) => (baking = resolve))
    const first = deploy({ 'bake-time': '4s' }, { onLine: (line) => /bake: watching/.test(line) && baking() })
    await inBake
    const second = await deploy({})
    await first
    refusals.push({ exitCode: second.exitCode, refusedAfterMs: second.durationMs, error: second.errors[0] })
  }

  const result = {
    benchmark: 'rollback',
    date: new Date().toISOString(),
    node: process.version,
    tasks,
    timeScale: scale,
    requestsPerSecond: rate,
    pollInterval,
    fastPath: {
      trials: fast,
      startToRuleChangeMsMedian: median(fast.map((t) => t.startToRuleChangeMs ?? Infinity))
    },
    slowPath: {
      trials: slow,
      startToRuleChangeMsMedian: median(slow.map((t) => t.startToRuleChangeMs ?? Infinity))
    },
    sigintDuringBake: cancels,
    refusedWhileLocked: refusals
  }
  console.log(
    `rollback on ${tasks} tasks (time scale ${scale}; ${rate} req/s through the listener; poll ${pollInterval})`
  )
  for (const t of [...fast, ...slow]) {
    console.log(
      `  ${t.path} path: rule change ${t.startToRuleChangeMs} ms after the start, last answer of the bad version at ${t.startToLastBadAnswerMs} ms, done in ${t.wallMs} ms; ${t.failedRequests}/${t.requests} failed; ${t.apiCalls.total} API calls (${t.apiCalls.changes} changes)`
    )
  }
  for (const c of cancels) {
    console.log(
      `  SIGINT in the bake: traffic back ${c.sigintToTrafficBackMs} ms after it, process exited after ${c.sigintToExitMs} ms (${c.exitSignal ?? 'by itself'}); ${c.failedRequests} failed requests`
    )
  }
  for (const r of refusals)
    console.log(`  second run while locked: exit ${r.exitCode} after ${r.refusedAfterMs} ms`)
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n')
  const setup = `${tasks} tasks, ${rate} req/s, poll ${pollInterval}; ${timeScaleNote(scale)}`
  for (const [name, t] of [
    [undefined, fast[0]],
    ['slow', slow[0]]
  ] as const) {
    await writeChart(
      chartPathFor(out, name),
      {
        text: `Rollback, ${t.path} path (the old color ${t.path === 'fast' ? 'still ran' : 'was scaled down'}): ${t.status}`,
        subtitle: `the rule changed ${t.startToRuleChangeMs} ms after the start; ${setup}`
      },
      t.series,
      [{ t: t.startedAtSecond, label: 'rollback started' }]
    )
  }
  console.log(`  written: ${out} and its charts (.svg)`)
  const failed = [...fast, ...slow, ...cancels].reduce((sum, t) => sum + t.failedRequests, 0)
  const slowFast = fast.some((t) => t.path !== 'fast' || (t.startToRuleChangeMs ?? Infinity) > 3000)
  const lateCancel = cancels.some(
    (c) => (c.sigintToTrafficBackMs ?? Infinity) > 5000 || (c.sigintToExitMs ?? Infinity) > 10_000
  )
  const lateRefusal = refusals.some((r) => r.exitCode !== 1 || r.refusedAfterMs > 5000)
  if (failed > 0 || slowFast || lateCancel || lateRefusal) process.exitCode = 1
} finally {
  await emulator.stop()
}

/** The calls the action made, by kind. */
function countCalls(calls: ApiCall[]) {
  const changes = calls.filter((call) => !/^(Describe|List|Get)/.test(call.operation)).length
  return { total: calls.length, changes, byService: countBy(calls.map((call) => call.service)) }
}

function countBy(items: string[]): Record<string, number> {
  return items.reduce<Record<string, number>>(
    (counts, item) => ({ ...counts, [item]: (counts[item] ?? 0) + 1 }),
    {}
  )
}
