/**
 * `npm run bench -- native`: the time from a failing gate (an alarm named in `alarms` turning to ALARM during the
 * bake) to 100% of production traffic back on the old version, for blue-green on a single service with ECS's own
 * BLUE_GREEN strategy (the run calls StopServiceDeployment ROLLBACK; ECS rewrites the rule) and on a pair (the run
 * rewrites the rule itself), under load on the emulator, a few trials each. Writes bench/results/native.json.
 *
 *   npx node bench/native.ts -- --tasks 2 --time-scale 0.05 --rate 100 --trials 3 --poll-interval 250ms
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { DescribeRulesCommand } from '@aws-sdk/client-elastic-load-balancing-v2'
import { benchArgs, pause } from './args.ts'
import { startEmulator, type Emulator } from '../emulator/index.ts'
import {
  createColorPair,
  createErrorAlarm,
  type LoadBalancedApp
} from '../emulator/rehearsal/infrastructure.ts'
import { recordUnderLoad } from '../emulator/rehearsal/series.ts'
import { chartPathFor, timeScaleNote, writeChart } from './chart.ts'
import { createNativeService } from '../emulator/rehearsal/native-service.ts'
import { runAction } from '../emulator/rehearsal/runner.ts'
import { spread } from './figures.ts'

const { tasks, scale, rate, trials, pollInterval, out } = benchArgs('native', { tasks: '2' })

interface Form {
  app: LoadBalancedApp
  ruleArn: string
  /** The target group serving before each trial: what the rollback returns to. */
  oldGroup: string
  inputs: Record<string, string>
  /** The log line after which the bake is under way. */
  baking: RegExp
}

const emulator = await startEmulator({ port: 0, timeScale: scale })
try {
  const spec = { image: 'bench:v1', desiredCount: tasks }
  const native = await createNativeService({ endpoint: emulator.endpoint }, 'bench-native', spec, {
    strategy: 'BLUE_GREEN',
    bakeTimeInMinutes: 2
  })
  const pair = await createColorPair({ endpoint: emulator.endpoint }, 'bench-native-pair', spec)
  const forms: Record<'native' | 'pair', Form> = {
    native: {
      app: native,
      ruleArn: native.productionRuleArn,
      oldGroup: native.targetGroupArn,
      inputs: { service: native.service },
      baking: /stage: BAKE_TIME/
    },
    pair: {
      app: pair,
      ruleArn: pair.ruleArn,
      oldGroup: pair.blueTargetGroupArn,
      inputs: {
        'blue-service': pair.blueService,
        'green-service': pair.greenService,
        'listener-rule': pair.ruleArn,
        'bake-time': '60s'
      },
      baking: /bake: watching/
    }
  }
  const results: Record<string, unknown[]> = { native: [], pair: [] }
  for (const [name, form] of Object.entries(forms)) {
    const alarmName = `bench-native-${name}-5xx`
    await createErrorAlarm(form.app, alarmName)
    for (let trial = 1; trial <= trials; trial++)
      results[name].push(await measure(emulator, form, alarmName, trial))
  }
  const summary = Object.fromEntries(
    Object.entries(results).map(([name, runs]) => {
      const backs = (runs as { gateToTrafficBackMs: number | null }[]).map(
        (run) => run.gateToTrafficBackMs ?? Infinity
      )
      return [name, spread(backs)]
    })
  )
  const result = {
    benchmark: 'native',
    date: new Date().toISOString(),
    node: process.version,
    tasks,
    timeScale: scale,
    requestsPerSecond: rate,
    pollInterval,
    gateToTrafficBackMs: summary,
    trials: results
  }
  console.log(
    `failing gate -> traffic back (time scale ${scale}; ${rate} req/s; poll ${pollInterval}; ${tasks} tasks)`
  )
  for (const [name, runs] of Object.entries(results)) {
    for (const run of runs as {
      trial: number
      gateToTrafficBackMs: number
      failedRequests: number
      status: string
    }[])
      console.log(
        `  ${name} (${run.trial}): ${run.gateToTrafficBackMs} ms, ${run.failedRequests} failed requests, ${run.status}`
      )
    const { min, median, max } = summary[name]
    console.log(`  ${name}: min ${min} ms, median ${median} ms, max ${max} ms`)
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n')
  for (const [name, runs] of Object.entries(results)) {
    const first = runs[0] as Awaited<ReturnType<typeof measure>>
    await writeChart(
      chartPathFor(out, name),
      {
        text: `${name === 'native' ? 'Native BLUE_GREEN service' : 'Blue/green pair'}: an alarm during the bake, ${first.status}`,
        subtitle: `alarm to traffic back: ${first.gateToTrafficBackMs} ms; ${tasks} tasks, ${rate} req/s, poll ${pollInterval}; ${timeScaleNote(scale)}`
      },
      first.series,
      [{ t: first.alarmAtSecond, label: 'alarm raised' }]
    )
  }
  console.log(`  written: ${out} and its charts (.svg)`)
  const all = Object.values(results).flat() as { failedRequests: number; status: string }[]
  if (all.some((run) => run.failedRequests > 0 || run.status !== 'rolled-back')) process.exitCode = 1
} finally {
  await emulator.stop()
}

/** One deploy whose alarm fires a second into the bake; the time until the old group has all production traffic. */
async function measure(emulator: Emulator, form: Form, alarmName: string, trial: number) {
  emulator.cloudwatch.setAlarmState(alarmName, 'OK', 'bench: reset')
  const recording = recordUnderLoad(
    emulator,
    { url: form.app.url, ratePerSecond: rate, maxDurationMs: 120_000 },
    { ruleArn: form.ruleArn, bucketMs: 250 }
  )
  let alarmAt = 0
  let backAt = 0
  let watching: Promise<void> | undefined
  const run = await runAction('blue-green', {
    inputs: {
      cluster: form.app.cluster,
      container: 'app',
      image: `bench:v2-${trial}`,
      alarms: alarmName,
      'poll-interval': pollInterval,
      ...form.inputs
    },
    env: emulator.env(),
    onLine: (line) => {
      if (watching || !form.baking.test(line)) return
      watching = (async () => {
        await pause(1000 + Math.random() * 500)
        alarmAt = Date.now()
        emulator.cloudwatch.setAlarmState(alarmName, 'ALARM', 'Threshold Crossed: bench', { hold: true })
        while (Date.now() - alarmAt < 30_000) {
          if ((await oldWeight(form)) === 100) {
            backAt = Date.now()
            return
          }
          await pause(5)
        }
      })()
    }
  })
  await watching
  await pause(300)
  const { traffic: report, series } = await recording.stop()
  emulator.cloudwatch.setAlarmState(alarmName, 'OK', 'bench: trial over')
  return {
    trial,
    status: run.outputs.status,
    gateToTrafficBackMs: backAt ? backAt - alarmAt : null,
    runDurationMs: run.durationMs,
    failedRequests: report.failed,
    servedBy: report.byVersion,
    alarmAtSecond: (alarmAt - report.startedAt) / 1000,
    series
  }
}

async function oldWeight(form: Form): Promise<number> {
  const { Rules } = await form.app.clients.elb.send(new DescribeRulesCommand({ RuleArns: [form.ruleArn] }))
  const groups = Rules![0].Actions![0].ForwardConfig!.TargetGroups!
  return groups.find((group) => group.TargetGroupArn === form.oldGroup)?.Weight ?? 0
}
