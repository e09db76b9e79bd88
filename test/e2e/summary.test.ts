/**
 * The job summary of real runs of the bundled blue-green action, held to its IAM policy, under load: a version that
 * fails 20% of its requests is rolled back by a real alarm on the load balancer's 5xx count during the bake; the
 * summary names the versions by image and tag first, counts the 5xx answers users got during the run from
 * CloudWatch, marks the failed phase and its gate in a chart that Mermaid parses. Without the optional right, one
 * line says the counts were not read.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import {
  createColorPair,
  createErrorAlarm,
  patientTargetGroupTiming,
  writeTaskDefinitionFile,
  type ColorPair
} from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad } from '../../emulator/rehearsal/load.ts'
import { decoded } from '../../emulator/rehearsal/inspect.ts'
import { runAction, uniqueName } from '../../emulator/rehearsal/runner.ts'
import { parseCharts } from '../unit/support/mermaid.ts'
import { enforcePolicies } from './support/iam.ts'

let emulator: Emulator
let pair: ColorPair
let denied: ColorPair

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.05 })
  const spec = { image: 'shop/web:2.0.0', desiredCount: 2 }
  const target = { endpoint: emulator.endpoint }
  const timing = { timing: patientTargetGroupTiming }
  pair = await createColorPair(target, uniqueName('sum'), spec, timing)
  denied = await createColorPair(target, uniqueName('sum-denied'), spec, timing)
  enforcePolicies(emulator, [pair, denied])
}, 60_000)

afterAll(async () => {
  await emulator?.stop()
})

const deploy = (target: ColorPair, inputs: Record<string, string>) =>
  runAction('blue-green', {
    inputs: {
      cluster: target.cluster,
      'blue-service': target.blueService,
      'green-service': target.greenService,
      'listener-rule': target.ruleArn,
      'poll-interval': '250ms',
      'wait-timeout': '60s',
      ...inputs
    },
    env: emulator.env()
  })

test('a version rolled back by its 5xx alarm: versions first, the 5xx answers counted, the failed bake red', async () => {
  const alarm = uniqueName('sum-5xx')
  await createErrorAlarm(pair, alarm)
  const load = startLoad({ url: pair.url, ratePerSecond: 50, maxDurationMs: 60_000 })
  const run = await deploy(pair, {
    'task-definition': writeTaskDefinitionFile(pair.family, 'shop/web:2.1.0', { FAIL_RATE: '0.2' }),
    alarms: alarm,
    'bake-time': '10m'
  })
  const traffic = await load.stop()
  expect(run.outputs.status).toBe('rolled-back')
  const summary = decoded(run.summary)
  const top = summary.split('\n').slice(0, 9).join('\n')
  expect(top).toMatch(/^## ↩️ Rolled back · Blue-green deploy of /)
  expect(top).toMatch(
    /\| \*\*Version\*\* \| `shop\/web:2\.0\.0` → `shop\/web:2\.1\.0` · task definition `\S+:1` → `\S+:2` \|/
  )
  expect(top).toMatch(
    /\| \*\*Production traffic\*\* \| all on `shop\/web:2\.0\.0` \(`\S+:1`\), blue \(\S+\) \|/
  )
  expect(top).toMatch(
    new RegExp(`\\| \\*\\*Why\\*\\* \\| alarm ${alarm} is in ALARM \\(during bake, after \\S+\\) \\|`)
  )
  // The alarm went off on the load balancer's published count of the new version's 5xx: those answers are counted.
  const counted = /\*\*(\d+) 5xx answers\*\*: (\d+) from its tasks/.exec(top)
  expect(counted).not.toBeNull()
  expect(Number(counted![2])).toBeGreaterThan(5)
  expect(Number(counted![2])).toBeLessThanOrEqual(traffic.failed)

  const gantt = (await parseCharts(summary)).find((chart) => chart.type === 'gantt')!
  const red = gantt.tasks!.filter((task) => task.crit)
  expect(red.map((task) => task.task.trim())).toEqual([
    expect.stringMatching(/^bake \S+ ✖$/),
    '✖ alarms failed',
    '↩ rolled back'
  ])
  expect(summary).not.toMatch(/watching|no look yet/)
  expect(summary).toMatch(/<details><summary>Event log \(\d+ entries\)<\/summary>/)
}, 120_000)

test('without the optional right to read metrics, one line says what users saw was not read', async () => {
  enforcePolicies(emulator, [pair, denied], { 'blue-green': { requiredOnly: true } })
  const run = await deploy(denied, { container: 'app', image: 'shop/web:2.1.0', 'bake-time': '10s' })
  expect(run.outputs.status).toBe('succeeded')
  expect(decoded(run.summary)).toContain(
    '| **What users saw** | not read: the role may not call cloudwatch:GetMetricData (an optional right) |'
  )
}, 180_000)
