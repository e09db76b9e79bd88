/**
 * `npx node bench/blue-green.ts`: the bundled blue-green action on the emulator, under load through the
 * production listener.
 *   1. A good version: failed requests, the duration of each phase, and the switch itself (the rule change and
 *      the moment the served version flipped).
 *   2. An alarm that turns to ALARM during the bake (a few trials): the time from the alarm to 100% of the
 *      traffic back on the old color, seen in the rule and in the served versions.
 * Prints the figures and writes them to bench/results/blue-green.json.
 *
 *   npx node bench/blue-green.ts -- --tasks 4 --time-scale 0.05 --rate 100 --trials 3 --poll-interval 250ms
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { benchArgs, pause } from './args.ts'
import { DescribeRulesCommand } from '@aws-sdk/client-elastic-load-balancing-v2'
import { startEmulator } from '../emulator/index.ts'
import { createColorPair, createErrorAlarm, type ColorPair } from '../emulator/rehearsal/infrastructure.ts'
import type { LoadReport } from '../emulator/rehearsal/load.ts'
import { recordUnderLoad } from '../emulator/rehearsal/series.ts'
import { runAction } from '../emulator/rehearsal/runner.ts'
import { byOperation, listed, spread } from './figures.ts'
import { chartPathFor, timeScaleNote, writeChart } from './chart.ts'

const { tasks, scale, rate, trials, pollInterval, out } = benchArgs('blue-green', { tasks: '4' })

const emulator = await startEmulator({ port: 0, timeScale: scale })
try {
  const pair = await createColorPair({ endpoint: emulator.endpoint }, 'bench-bg', {
    image: 'bench:v1',
    desiredCount: tasks
  })
  const deploy = (image: string, inputs: Record<string, string>, onLine?: (line: string) => void) =>
    runAction('blue-green', {
      inputs: {
        cluster: pair.cluster,
        'blue-service': pair.blueService,
        'green-service': pair.greenService,
        'listener-rule': pair.ruleArn,
        container: 'app',
        image,
        'poll-interval': pollInterval,
        ...inputs
      },
      env: emulator.env(),
      onLine
    })

  // 1. The switch under load.
  const record = (maxDurationMs: number) =>
    recordUnderLoad(
      emulator,
      { url: pair.url, ratePerSecond: rate, maxDurationMs },
      { ruleArn: pair.ruleArn, bucketMs: 250 }
    )
  const recording = record(300_000)
  const firstCall = emulator.calls.length
  const good = await deploy('bench:v2', { 'bake-time': '2s' })
  const apiCalls = byOperation(emulator.calls.slice(firstCall))
  const { traffic, series } = await recording.stop()
  const rollout = JSON.parse(good.outputs.rollout ?? '{}')
  const ruleChangeMs = Number(/one ModifyRule call, (\d+) ms/.exec(good.stdout)?.[1] ?? NaN)
  const switchResult = {
    status: good.outputs.status,
    exitCode: good.exitCode,
    wallMs: good.durationMs,
    phasesSeconds: rollout.durations,
    ruleChangeMs,
    versionFlipMs: flipWindow(traffic, 'v1', 'v2'),
    requests: traffic.sent,
    failedRequests: traffic.failed,
    servedBy: traffic.byVersion,
    apiCalls: Object.values(apiCalls).reduce((sum, count) => sum + count, 0),
    apiCallsByOperation: apiCalls,
    series
  }

  // 2. An alarm during the bake, a few times over: alarm -> traffic back on the old color.
  const alarmName = 'bench-bg-alarm'
  await createErrorAlarm(pair, alarmName)
  const rollbacks = []
  for (let trial = 1; trial <= trials; trial++) {
    emulator.cloudwatch.setAlarmState(alarmName, 'OK', 'bench: reset')
    const trialRecording = record(120_000)
    let alarmAt = 0
    let backAt = 0
    let watching: Promise<void> | undefined
    const run = await deploy(`bench:v3-${trial}`, { alarms: alarmName, 'bake-time': '60s' }, (line) => {
      if (watching || !/bake: watching/.test(line)) return
      watching = (async () => {
        // Between two looks of the bake, not right at its first one.
        await pause(1000 + Math.random() * 500)
        alarmAt = Date.now()
        emulator.cloudwatch.setAlarmState(alarmName, 'ALARM', 'Threshold Crossed: bench', { hold: true })
        while (Date.now() - alarmAt < 30_000) {
          if ((await weights(pair)).old === 100) {
            backAt = Date.now()
            return
          }
          await pause(5)
        }
      })()
    })
    await watching
    await pause(300)
    const { traffic: report, series: trialSeries } = await trialRecording.stop()
    const lastNew = report.samples.filter((s) => s.version === `v3-${trial}`).at(-1)?.at ?? alarmAt
    rollbacks.push({
      trial,
      status: run.outputs.status,
      alarmToRuleBackMs: backAt ? backAt - alarmAt : null,
      alarmToLastNewVersionRequestMs: lastNew - alarmAt,
      failedRequests: report.failed,
      servedBy: report.byVersion,
      liveAfter: run.outputs['live-color'],
      series: trialSeries,
      alarmAtSecond: (alarmAt - report.startedAt) / 1000
    })
  }

  const backs = rollbacks.map((r) => r.alarmToRuleBackMs ?? Infinity).sort((a, b) => a - b)
  const result = {
    benchmark: 'blue-green',
    date: new Date().toISOString(),
    node: process.version,
    tasks,
    timeScale: scale,
    requestsPerSecond: rate,
    pollInterval,
    switch: switchResult,
    rollbackOnAlarm: {
      trials: rollbacks,
      alarmToTrafficBackMs: spread(backs)
    }
  }
  console.log(
    `blue-green on ${tasks} tasks (time scale ${scale}; ${rate} req/s through the listener; poll ${pollInterval})`
  )
  console.log(
    `  switch under load:  ${good.outputs.status} (exit code ${good.exitCode}), ${traffic.sent} requests, ${traffic.failed} failed`
  )
  const phases = Object.entries(rollout.durations ?? {})
    .map(([phase, s]) => `${phase.replace(/Seconds$/, '')} ${s}s`)
    .join(', ')
  console.log(`  phases:             ${phases}`)
  console.log(`  AWS API calls:      ${switchResult.apiCalls}: ${listed(apiCalls)}`)
  console.log(
    `  rule change:        ${ruleChangeMs} ms (one ModifyRule); versions flipped within ${switchResult.versionFlipMs} ms`
  )
  for (const r of rollbacks) {
    console.log(
      `  alarm -> back (${r.trial}):  ${r.alarmToRuleBackMs} ms in the rule, last new-version answer ${r.alarmToLastNewVersionRequestMs} ms after the alarm; ${r.failedRequests} failed requests; ${r.status}`
    )
  }
  console.log(
    `  alarm -> back:      min ${result.rollbackOnAlarm.alarmToTrafficBackMs.min} ms, median ${result.rollbackOnAlarm.alarmToTrafficBackMs.median} ms, max ${result.rollbackOnAlarm.alarmToTrafficBackMs.max} ms`
  )
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n')
  const setup = `${tasks} tasks, ${rate} req/s, poll ${pollInterval}; ${timeScaleNote(scale)}`
  await writeChart(
    chartPathFor(out),
    { text: `Blue-green deploy of a good version: ${switchResult.status}`, subtitle: `bake 2s; ${setup}` },
    series
  )
  const first = rollbacks[0]
  await writeChart(
    chartPathFor(out, 'rollback'),
    {
      text: `Blue-green deploy with an alarm during the bake: ${first.status}`,
      subtitle: `alarm to the rule back: ${first.alarmToRuleBackMs} ms; ${setup}`
    },
    first.series,
    [{ t: first.alarmAtSecond, label: 'alarm raised' }]
  )
  console.log(`  written:            ${out} and its charts (.svg)`)
  const failed = traffic.failed + rollbacks.reduce((sum, r) => sum + r.failedRequests, 0)
  if (good.exitCode !== 0 || failed > 0 || rollbacks.some((r) => r.status !== 'rolled-back'))
    process.exitCode = 1
} finally {
  await emulator.stop()
}

/** Weight of the color that was live before the trial's switch (the one the rollback returns to). */
async function weights(pair: ColorPair): Promise<{ old: number }> {
  const { Rules } = await pair.clients.elb.send(new DescribeRulesCommand({ RuleArns: [pair.ruleArn] }))
  const groups = Rules![0].Actions![0].ForwardConfig!.TargetGroups!
  // The first good deploy left green live; each trial deploys to blue, so green is the old color.
  return { old: groups.find((group) => group.TargetGroupArn === pair.greenTargetGroupArn)?.Weight ?? 0 }
}

/** From the last answer of `from` after the first answer of `to`, back to that first answer (0: a clean cut). */
function flipWindow(report: LoadReport, from: string, to: string): number {
  const samples = [...report.samples].sort((a, b) => a.at - b.at)
  const firstTo = samples.find((s) => s.version === to)?.at
  if (firstTo === undefined) return NaN
  const lastFrom = samples.filter((s) => s.version === from).at(-1)?.at ?? firstTo
  return Math.max(0, lastFrom - firstTo)
}
