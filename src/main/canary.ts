import { quote } from '../core/errors.ts'
import { parseDuration } from '../core/duration.ts'
import {
  duration,
  integer,
  oneOf,
  optional,
  percentage,
  readInputs,
  withDefault,
  type InputReader,
  type InputValues,
  type Parser
} from '../core/inputs.ts'
import type { AnalysisSettings } from '../gates/analysis.ts'
import { pairLock } from '../pair/pair.ts'
import {
  canaryDeploy,
  prepareCanary,
  type CanaryOptions,
  type CanaryReport
} from '../strategies/canary/index.ts'
import { canaryDetails } from '../summary/canary-summary.ts'
import { pairRolloutInputs, pairRunOptions, taskCount, taskDefinitionInputs, watchInputs } from './inputs.ts'
import { colorOf, pairFacts } from '../summary/summary.ts'
import { runRollout, type ActionDefinition, type RunOverrides } from './run.ts'
import { byService, nativeDefinition, nativeOptions, pairOrServiceInputs, requirePair } from './native.ts'
import { releaseInputs } from '../preflight/inputs.ts'

/** A canary has at most this many steps before 100%. */
export const maxSteps = 20

/** One item of `steps` as written: a weight, and its time when given (`10@2m`). */
export interface StepItem {
  weight: number
  durationMs?: number
}

/**
 * `10@2m, 25@5m, 50`: increasing whole percentages from 1 to 99 (a trailing 100 may be written; 100% comes last
 * anyway), each with its time or none (then step-time); at least one, at most 20.
 */
export const canarySteps: Parser<StepItem[]> = (raw) => {
  const items = raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
  if (items.every((item) => /^100(\.0*)?\s*%?\s*(@.*)?$/.test(item))) {
    throw new Error(
      `${quote(raw)} has no step below 100%: a canary needs at least one (e.g. 10, 25, 50); 100% comes by itself at the end`
    )
  }
  const steps: StepItem[] = []
  for (const [index, item] of items.entries()) {
    const match = /^(\d+(?:\.\d+)?)\s*%?\s*(?:@\s*(.+))?$/.exec(item)
    const bad = (why: string) => new Error(`item ${quote(item)}: ${why}`)
    if (!match) throw bad('not a weight (1 to 99) with an optional @duration, e.g. 10@2m')
    const weight = Number(match[1])
    const durationMs = match[2] === undefined ? undefined : parseDuration(match[2])
    if (match[2] !== undefined && durationMs === undefined)
      throw bad(`${quote(match[2])} is not a duration (examples: 90s, 5m, 1h)`)
    if (weight === 100 && index === items.length - 1 && match[2] === undefined) continue
    if (!Number.isInteger(weight) || weight < 1 || weight > 99)
      throw bad('the weight must be a whole percentage from 1 to 99 (100% comes last, after the steps)')
    const before = steps.at(-1)
    if (before && weight <= before.weight)
      throw bad(`weights must increase, and ${weight} does not follow ${before.weight}`)
    if (durationMs !== undefined && durationMs < 1000) throw bad('a step lasts at least 1s')
    steps.push({ weight, durationMs })
  }
  if (steps.length > maxSteps) throw new Error(`has ${steps.length} steps; at most ${maxSteps}`)
  return steps
}

/** A latency increase: `25%` or `25`, from 0 to 1000. */
const latencyIncrease: Parser<number> = (raw) => {
  const match = /^(\d+(\.\d+)?)\s*%?$/.exec(raw)
  const value = match ? Number(match[1]) : NaN
  if (!(value >= 0 && value <= 1000)) throw new Error(`${quote(raw)} is not a percentage from 0 to 1000`)
  return value
}

/** A confidence level: `95%` or `95`, from 50 to 99.99. */
const confidenceLevel: Parser<number> = (raw) => {
  const match = /^(\d+(\.\d+)?)\s*%?$/.exec(raw)
  const value = match ? Number(match[1]) : NaN
  if (!(value >= 50 && value <= 99.99)) throw new Error(`${quote(raw)} is not a percentage from 50 to 99.99`)
  return value
}

/** Every input of actions/canary/action.yml, declared once (defaults are action.yml's). */
export const canaryInputs = {
  ...pairOrServiceInputs,
  ...taskDefinitionInputs,
  mode: withDefault('mode', 'full', oneOf(['full', 'deploy', 'promote', 'abort'] as const)),
  promote: withDefault('promote', 'step', oneOf(['step', 'full'] as const)),
  desiredCount: optional('desired-count', taskCount),
  steps: withDefault('steps', '10, 25, 50', canarySteps),
  stepTime: withDefault('step-time', '5m', duration({ min: 1000 })),
  canaryScale: withDefault('canary-scale', 'full', oneOf(['full', 'proportional'] as const)),
  maxErrorRate: withDefault('max-error-rate', '5%', percentage),
  maxErrorRateIncrease: withDefault('max-error-rate-increase', '1', percentage),
  maxLatencyIncrease: withDefault('max-latency-increase', '50%', latencyIncrease),
  minRequests: withDefault('min-requests', '100', integer({ min: 1 })),
  confidence: withDefault('confidence', '95%', confidenceLevel),
  onInconclusive: withDefault('on-inconclusive', 'extend', oneOf(['extend', 'fail', 'pass'] as const)),
  ...watchInputs,
  ...releaseInputs,
  ...pairRolloutInputs
}

export const canaryOutputs = [
  'status',
  'live-color',
  'canary-color',
  'previous-color',
  'weight',
  'step',
  'task-definition-arn',
  'previous-task-definition-arn',
  'analysis',
  'rollout'
] as const

/** The inputs as strategy options, with the checks that involve more than one input. */
export function canaryOptions(read: InputReader, env: NodeJS.ProcessEnv = process.env): CanaryOptions {
  const inputs = readInputs(canaryInputs, read)
  return {
    ...pairRunOptions(requirePair(inputs), env, {
      promote: 'continues the rollout in progress',
      abort: 'acts on the rollout in progress'
    }),
    promote: inputs.promote,
    steps: inputs.steps.map((step) => ({
      weight: step.weight,
      durationMs: step.durationMs ?? inputs.stepTime
    })),
    canaryScale: inputs.canaryScale,
    ...analysisSettings(inputs)
  }
}

/** The analysis' thresholds and confidence, as fractions. */
function analysisSettings(inputs: InputValues<typeof canaryInputs>): AnalysisSettings {
  return {
    maxErrorRate: inputs.maxErrorRate / 100,
    maxErrorRateIncrease: inputs.maxErrorRateIncrease / 100,
    maxLatencyIncrease: inputs.maxLatencyIncrease / 100,
    minRequests: inputs.minRequests,
    confidence: inputs.confidence / 100,
    onInconclusive: inputs.onInconclusive
  }
}

const titles = { full: 'deploy', deploy: 'deploy', promote: 'promotion', abort: 'abort' } as const

const canary: ActionDefinition<CanaryOptions, CanaryReport> = {
  name: 'Canary',
  id: 'canary',
  lock: async (options) => pairLock(options),
  check: prepareCanary,
  options: (read) => canaryOptions(read),
  deploy: async (options, ports, context) => {
    const result = await canaryDeploy(options, ports, context)
    // The steps table gives the analysis' verdicts (a look that passes while a step is still open is not one).
    const gates = result.gates.filter((gate) => gate.gate !== 'analysis')
    return {
      ...result,
      gates,
      details: canaryDetails(result.report.analysis, result.samples, result.report.status !== 'paused')
    }
  },
  title: (report) => `Canary ${titles[report.mode]} of ${report.blueService} / ${report.greenService}`,
  outputs: (report) =>
    ({
      status: report.status,
      'live-color': report.liveColor,
      'canary-color': report.canaryColor,
      'previous-color': report.previousColor,
      weight: String(report.weight),
      step: String(report.step),
      'task-definition-arn': report.taskDefinitionArn,
      'previous-task-definition-arn': report.previousTaskDefinitionArn,
      analysis: report.analysis,
      rollout: report
    }) satisfies Record<(typeof canaryOutputs)[number], unknown>,
  facts: (report) =>
    pairFacts(report, ['Canary', `${colorOf(report, report.canaryColor)} at ${report.weight}%`])
}

/** A canary on a single service whose ECS strategy is LINEAR or CANARY: ECS shifts the traffic, the analysis watches. */
const nativeCanary = nativeDefinition(
  'canary',
  'Canary',
  (read) => {
    const inputs = readInputs(canaryInputs, read)
    const { steps, stepTime, canaryScale, promote, bakeTime, scaleDown } = canaryInputs
    const unused = [steps, stepTime, canaryScale, promote, bakeTime, scaleDown]
    return nativeOptions('canary', inputs, read, unused, analysisSettings(inputs))
  },
  (report) =>
    ({
      status: report.status,
      'live-color': report.liveColor,
      'canary-color': report.idleColor,
      'previous-color': report.previousColor,
      weight: report.weight === undefined ? undefined : String(report.weight),
      step: String(report.analysis?.length ?? 0),
      'task-definition-arn': report.taskDefinitionArn,
      'previous-task-definition-arn': report.previousTaskDefinitionArn,
      analysis: report.analysis,
      rollout: report
    }) satisfies Record<(typeof canaryOutputs)[number], unknown>
)

export const run = (overrides?: RunOverrides): Promise<void> =>
  byService(
    () => runRollout(canary, overrides),
    () => runRollout(nativeCanary, overrides)
  )
