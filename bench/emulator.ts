/**
 * `npm run bench -- emulator`: the emulated load balancer's own figures, the ones every deploy measurement
 * rests on. Through one listener with a blue and a green service:
 *   1. a 90/10 weighted split over 2,000+ requests: each group's share;
 *   2. a switch of weights 100/0 -> 0/100 halfway through 10+ s of steady load: requests sent, failed, and
 *      how long both versions answered side by side.
 * Writes bench/results/emulator.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { RegisterTaskDefinitionCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs'
import { startEmulator } from '../emulator/index.ts'
import {
  containerDefinition,
  createColorPair,
  setPairWeights,
  waitUntilServing
} from '../emulator/rehearsal/infrastructure.ts'
import { startLoad } from '../emulator/rehearsal/load.ts'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const emulator = await startEmulator({ port: 0, timeScale: 0.02 })
try {
  const pair = await createColorPair({ endpoint: emulator.endpoint }, 'lb', {
    image: 'lb:v1',
    desiredCount: 2
  })
  const { ecs } = pair.clients
  await ecs.send(
    new RegisterTaskDefinitionCommand({
      family: 'lb-v2',
      containerDefinitions: [containerDefinition('app', { image: 'lb:v2' })]
    })
  )
  await ecs.send(
    new UpdateServiceCommand({
      cluster: pair.cluster,
      service: pair.greenService,
      taskDefinition: 'lb-v2',
      desiredCount: 2
    })
  )
  await waitUntilServing(pair.clients, pair.cluster, [pair.greenService], [pair.greenTargetGroupArn], 2)

  // 1. The split.
  await setPairWeights(pair, 90, 10)
  const splitLoad = startLoad({ url: pair.url, ratePerSecond: 400, maxDurationMs: 10_000 })
  await pause(6_000)
  const split = await splitLoad.stop()
  const answered = (split.byVersion.v1 ?? 0) + (split.byVersion.v2 ?? 0)
  const greenShare = (split.byVersion.v2 ?? 0) / answered

  // 2. The switch under steady load.
  await setPairWeights(pair, 100, 0)
  const load = startLoad({ url: pair.url, ratePerSecond: 150, maxDurationMs: 30_000 })
  await pause(5_000)
  const switchedAt = Date.now()
  await setPairWeights(pair, 0, 100)
  await pause(5_500)
  const report = await load.stop()
  const lastBlue = report.samples.filter((s) => s.version === 'v1').at(-1)?.at ?? switchedAt
  const result = {
    benchmark: 'emulator',
    date: new Date().toISOString(),
    node: process.version,
    split: {
      weights: '90/10',
      requests: answered,
      failed: split.failed,
      greenSharePercent: Math.round(greenShare * 1000) / 10
    },
    switch: {
      durationMs: report.durationMs,
      requestsPerSecond: Math.round(report.sent / (report.durationMs / 1000)),
      sent: report.sent,
      failed: report.failed,
      blueAnsweredAfterSwitchMs: Math.max(0, lastBlue - switchedAt)
    }
  }
  console.log(
    `weighted split 90/10: ${answered} requests, green ${result.split.greenSharePercent}% (target 10%), ${split.failed} failed`
  )
  console.log(
    `switch 100/0 -> 0/100 under load: ${report.sent} requests in ${(report.durationMs / 1000).toFixed(1)} s (${result.switch.requestsPerSecond}/s), ${report.failed} failed; blue answered until ${result.switch.blueAnsweredAfterSwitchMs} ms after the switch`
  )
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/emulator.json', JSON.stringify(result, null, 2) + '\n')
  if (split.failed > 0 || report.failed > 0 || Math.abs(greenShare - 0.1) > 0.03) process.exitCode = 1
} finally {
  await emulator.stop()
}
