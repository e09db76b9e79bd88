/**
 * `npm run bench -- compare`: our `rolling` against the usual way of waiting today, `UpdateService` followed by the
 * SDK's `waitUntilServicesStable` (what `aws ecs wait services-stable` and the official deploy action use), both
 * from the same SDK, on the emulator at AWS speed (time scale 1) with short health checks (5 s interval, 2 checks,
 * 5 s deregistration delay) and 2 tasks, alternating, `--runs` times each per scenario. For each: time to a
 * verdict, its delay after ECS's own completion (the event's timestamp), whether the verdict is right, whether
 * the message says why, and the API calls by operation. Writes bench/results/compare.json and prints a table.
 *
 *   npm run bench -- compare                 (3 runs each, about half an hour)
 *   node bench/compare.ts --runs 1 --scenarios good
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import {
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  DescribeServicesCommand,
  waitUntilServicesStable
} from '@aws-sdk/client-ecs'
import { startEmulator, type Emulator } from '../emulator/index.ts'
import {
  containerDefinition,
  createRollingApp,
  fastTargetGroupTiming,
  type RollingApp
} from '../emulator/rehearsal/infrastructure.ts'
import { runAction, uniqueName } from '../emulator/rehearsal/runner.ts'
import { byOperation } from './figures.ts'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    scenarios: { type: 'string', default: 'good,crash-on-start,never-healthy,healthy-then-crash' },
    out: { type: 'string', default: 'bench/results/compare.json' }
  }
})
const runs = Number(values.runs)
const timing = { ...fastTargetGroupTiming, deregistrationDelaySeconds: 5 }
/** Both ways give up after this long (a version whose targets never turn healthy). */
const waitSeconds = 120

interface Scenario {
  name: string
  /** The new version's container environment (the demo app's behaviours). */
  environment: Record<string, string>
  /** Whether the version should be deployed (the right verdict). */
  good: boolean
  /** What a failure message must name to say why. */
  why?: RegExp
}

const scenarios = (
  [
    { name: 'good', environment: {}, good: true },
    {
      name: 'crash-on-start',
      environment: { CRASH_AFTER_MS: '1000' },
      good: false,
      why: /EssentialContainerExited|exit code 1/
    },
    {
      name: 'never-healthy',
      environment: { UNHEALTHY: '1' },
      good: false,
      why: /unhealthy|health checks/i
    },
    {
      name: 'healthy-then-crash',
      environment: { CRASH_AFTER_MS: '20000' },
      good: false,
      why: /EssentialContainerExited|exit code 1/
    }
  ] as Scenario[]
).filter((scenario) => values.scenarios.split(',').includes(scenario.name))

interface Outcome {
  tool: 'rolling' | 'waiter'
  scenario: string
  verdictMs: number
  /** The verdict came this long after ECS's own completion event (the good scenario). */
  afterEcsMs?: number
  succeeded: boolean
  right: boolean
  saysWhy: boolean
  message: string
  calls: number
  callsByOperation: Record<string, number>
}

async function newVersion(app: RollingApp, scenario: Scenario): Promise<string> {
  const { taskDefinition } = await app.clients.ecs.send(
    new RegisterTaskDefinitionCommand({
      family: app.family,
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        containerDefinition('app', { image: 'bench:v2', environment: scenario.environment })
      ]
    })
  )
  return taskDefinition!.taskDefinitionArn!
}

/** When ECS itself said the deployment completed (its event's own timestamp). */
async function ecsCompletedAt(app: RollingApp): Promise<number | undefined> {
  const { services } = await app.clients.ecs.send(
    new DescribeServicesCommand({ cluster: app.cluster, services: [app.service] })
  )
  const event = services?.[0]?.events?.find((candidate) =>
    / deployment completed\.$/.test(candidate.message ?? '')
  )
  return event?.createdAt?.getTime()
}

async function withRolling(emulator: Emulator, app: RollingApp, arn: string) {
  const run = await runAction('rolling', {
    inputs: {
      cluster: app.cluster,
      service: app.service,
      'task-definition-arn': arn,
      'wait-timeout': `${waitSeconds}s`
    },
    env: emulator.env()
  })
  const message = run.errors.join(' ') || run.outputs.status || ''
  return { succeeded: run.exitCode === 0, message, endedAt: Date.now() }
}

/** What the official action and `aws ecs wait services-stable` do: update, then wait until "stable". */
async function withWaiter(app: RollingApp, arn: string) {
  await app.clients.ecs.send(
    new UpdateServiceCommand({
      cluster: app.cluster,
      service: app.service,
      taskDefinition: arn,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } }
    })
  )
  try {
    const result = await waitUntilServicesStable(
      { client: app.clients.ecs, maxWaitTime: waitSeconds },
      { cluster: app.cluster, services: [app.service] }
    )
    return { succeeded: true, message: String(result.state), endedAt: Date.now() }
  } catch (error) {
    return { succeeded: false, message: (error as Error).message.slice(0, 200), endedAt: Date.now() }
  }
}

async function trial(emulator: Emulator, tool: Outcome['tool'], scenario: Scenario): Promise<Outcome> {
  const app = await createRollingApp(
    { endpoint: emulator.endpoint },
    uniqueName('cmp'),
    { image: 'bench:v1', desiredCount: 2, circuitBreaker: true },
    timing
  )
  const arn = await newVersion(app, scenario)
  const firstCall = emulator.calls.length
  const started = Date.now()
  const ended = tool === 'rolling' ? await withRolling(emulator, app, arn) : await withWaiter(app, arn)
  const calls = emulator.calls.slice(firstCall)
  const completedAt = scenario.good ? await ecsCompletedAt(app) : undefined
  const callsByOperation = byOperation(calls)
  return {
    tool,
    scenario: scenario.name,
    verdictMs: ended.endedAt - started,
    afterEcsMs: completedAt === undefined ? undefined : ended.endedAt - completedAt,
    succeeded: ended.succeeded,
    right: ended.succeeded === scenario.good,
    saysWhy: scenario.good || (scenario.why?.test(ended.message) ?? false),
    message: ended.message,
    calls: calls.length,
    callsByOperation
  }
}

const median = (numbers: number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const seconds = (ms: number) => (ms / 1000).toFixed(1)

/** The table of every outcome so far, printed and written (after each trial, so a stopped run keeps its figures). */
function summarise(print: boolean): void {
  const rows = scenarios.flatMap((scenario) =>
    (['rolling', 'waiter'] as const).map((tool) => {
      const mine = outcomes.filter((outcome) => outcome.scenario === scenario.name && outcome.tool === tool)
      const times = mine.map((outcome) => outcome.verdictMs)
      const after = mine.flatMap((outcome) => (outcome.afterEcsMs === undefined ? [] : [outcome.afterEcsMs]))
      return {
        scenario: scenario.name,
        tool,
        runs: mine.length,
        medianSeconds: Number(seconds(median(times))),
        minSeconds: Number(seconds(Math.min(...times))),
        maxSeconds: Number(seconds(Math.max(...times))),
        medianAfterEcsSeconds: after.length > 0 ? Number(seconds(median(after))) : undefined,
        right: mine.filter((outcome) => outcome.right).length,
        saysWhy: mine.filter((outcome) => outcome.saysWhy).length,
        medianCalls: median(mine.map((outcome) => outcome.calls))
      }
    })
  )
  if (print)
    console.log(
      '\n| scenario | tool | time to verdict, median (min-max) | after ECS completed | right verdict | says why | API calls (median) |'
    )
  if (print) console.log('|---|---|---|---|---|---|---|')
  for (const row of print ? rows : []) {
    const after = row.medianAfterEcsSeconds === undefined ? '' : `${row.medianAfterEcsSeconds} s`
    console.log(
      `| ${row.scenario} | ${row.tool} | ${row.medianSeconds} s (${row.minSeconds}-${row.maxSeconds}) | ${after} | ${row.right}/${row.runs} | ${row.saysWhy}/${row.runs} | ${row.medianCalls} |`
    )
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(
    values.out,
    JSON.stringify(
      { benchmark: 'compare', date: new Date().toISOString(), node: process.version, timing, rows, outcomes },
      null,
      2
    ) + '\n'
  )
  if (print) console.log(`written: ${values.out}`)
}

const emulator = await startEmulator({ port: 0, timeScale: 1 })
const outcomes: Outcome[] = []
try {
  for (const scenario of scenarios) {
    for (let run = 0; run < runs; run++) {
      for (const tool of ['rolling', 'waiter'] as const) {
        const outcome = await trial(emulator, tool, scenario)
        outcomes.push(outcome)
        summarise(false)
        const after = outcome.afterEcsMs === undefined ? '' : `, ${seconds(outcome.afterEcsMs)} s after ECS`
        console.log(
          `  ${scenario.name} #${run + 1} ${tool}: ${outcome.succeeded ? 'success' : 'failure'} after ${seconds(outcome.verdictMs)} s${after}, ${outcome.calls} calls${outcome.right ? '' : ' (WRONG verdict)'}`
        )
      }
    }
  }
} finally {
  await emulator.stop()
}
summarise(true)
