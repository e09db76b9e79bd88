/**
 * blue-green, canary and rolling on a single service whose own ECS strategy (BLUE_GREEN, LINEAR, CANARY) moves its
 * traffic: the same inputs, read into the options of a native run (src/native), and the same outputs.
 */
import * as core from '@actions/core'
import { invalidInputs, optional, type InputReader } from '../core/inputs.ts'
import type { AnalysisSettings } from '../gates/analysis.ts'
import type { NativeMode, NativeOptions, NativeReport } from '../native/options.ts'
import { prepareNative } from '../native/prepare.ts'
import { nativeDeploy } from '../native/deploy.ts'
import { nativeLock, nativeStrategy, routingOf, type NativeAction } from '../native/service.ts'
import {
  ecsName,
  givenTaskDefinition,
  listenerRuleArn,
  pairInputs,
  runOf,
  type TaskDefinitionInputValues
} from './inputs.ts'
import { readsBeforeLock } from './ports.ts'
import type { ActionDefinition, RunOptions, RunOverrides } from './run.ts'
import { createClients } from '../aws/clients.ts'
import { ecsPort } from '../aws/ecs.ts'

/** The pair's inputs, the three that locate a pair optional: a single `service` may take their place. */
export const pairOrServiceInputs = {
  ...pairInputs,
  blueService: optional('blue-service', ecsName('service')),
  greenService: optional('green-service', ecsName('service')),
  listenerRule: optional('listener-rule', listenerRuleArn),
  service: optional('service', ecsName('service'))
}

const pairNames = ['blue-service', 'green-service', 'listener-rule'] as const

/** The pair's three inputs, each required when no `service` is given. */
export function requirePair<T extends { blueService?: string; greenService?: string; listenerRule?: string }>(
  inputs: T
): T & { blueService: string; greenService: string; listenerRule: string } {
  const values = [inputs.blueService, inputs.greenService, inputs.listenerRule]
  const missing = pairNames.filter((_, index) => !values[index])
  if (missing.length > 0) {
    throw invalidInputs(
      missing.map(
        (name) =>
          `${name} is required (or service, for a service whose ECS deployment strategy is not ROLLING)`
      )
    )
  }
  return inputs as T & { blueService: string; greenService: string; listenerRule: string }
}

/** Runs the native action when the workflow gives `service`, else the pair's. */
export function byService(pair: () => Promise<void>, native: () => Promise<void>): Promise<void> {
  return core.getInput('service').trim() ? native() : pair()
}

interface NativeInputValues extends TaskDefinitionInputValues {
  cluster: string
  service?: string
  allowFamilyChange: boolean
  mode?: string
  desiredCount?: number
  alarms: string[]
  waitTimeout: number
  pollInterval: number
  healthCheckUrl?: string
  verifyCommand?: string
  onFailure: 'rollback' | 'stop'
  lockTimeout: number
}

/**
 * The options of a native run, from the action's inputs as read; inputs that only mean something on a pair, and
 * `unused` (ECS takes those from the service's deploymentConfiguration), are refused when given other than their
 * defaults (the runner passes those).
 */
export function nativeOptions(
  action: NativeAction,
  inputs: NativeInputValues,
  read: InputReader,
  unused: { name: string; default?: string }[],
  analysis?: AnalysisSettings,
  env: NodeJS.ProcessEnv = process.env
): NativeOptions {
  const pair = [...pairNames, 'test-listener-rule'].map((name) => ({ name, default: undefined }))
  const given = [...pair, ...unused]
    .filter((input) => {
      const raw = read(input.name).trim()
      return raw !== '' && raw !== input.default
    })
    .map((input) => input.name)
  if (given.length > 0) {
    throw invalidInputs(
      given.map(
        (name) =>
          `${name} is not used with service (ECS runs the deployment from the service's own configuration)`
      )
    )
  }
  const mode = (inputs.mode ?? 'full') as NativeMode
  const taskDefinition = givenTaskDefinition(inputs, env.GITHUB_WORKSPACE ?? '.')
  const continuing = mode === 'promote' || mode === 'abort'
  if (continuing && taskDefinition && !(mode === 'promote' && taskDefinition.kind === 'arn')) {
    throw invalidInputs([
      `mode ${mode} acts on the service deployment in flight: give no new version (task-definition-arn may name it with promote, as a check)`
    ])
  }
  if (!continuing && !taskDefinition) {
    throw invalidInputs([
      `task-definition, task-definition-arn or image (with container) is required with mode ${mode}`
    ])
  }
  return {
    action,
    cluster: inputs.cluster,
    service: inputs.service!,
    mode,
    taskDefinition: continuing ? undefined : taskDefinition,
    expectedTaskDefinitionArn: mode === 'promote' ? inputs.taskDefinitionArn : undefined,
    allowFamilyChange: inputs.allowFamilyChange,
    desiredCount: inputs.desiredCount,
    alarms: inputs.alarms,
    healthCheckUrl: inputs.healthCheckUrl,
    verifyCommand: inputs.verifyCommand,
    analysis,
    waitTimeoutMs: inputs.waitTimeout,
    pollIntervalMs: inputs.pollInterval,
    onFailure: inputs.onFailure,
    run: runOf(env),
    lockTimeoutMs: inputs.lockTimeout
  }
}

/** The summary's facts of a run on a native service. */
export const nativeFacts = (report: NativeReport): [string, string | undefined][] => [
  ['Cluster', report.cluster],
  ['Service', report.service],
  ['Strategy', `ECS ${report.strategy}`],
  ['Service deployment', report.serviceDeploymentArn],
  ['Stages', report.stages.map((seen) => `${seen.stage} (+${seen.atSeconds}s)`).join(' → ') || undefined],
  ['Live target group', report.liveColor],
  ['Task definition', report.taskDefinitionArn],
  ['Previous task definition', report.previousTaskDefinitionArn]
]

/** One action on a native service: its name, its options, and its outputs from the report. */
export function nativeDefinition(
  action: NativeAction,
  name: string,
  options: (read: InputReader) => NativeOptions,
  outputs: (report: NativeReport) => Record<string, unknown>
): ActionDefinition<NativeOptions & RunOptions, NativeReport> {
  return {
    name,
    id: action,
    lock: (options, ports) => nativeLock(ports, options.cluster, options.service),
    check: prepareNative,
    options,
    deploy: nativeDeploy,
    title: (report) => `${name} of ${report.service} (ECS ${report.strategy})`,
    outputs,
    facts: nativeFacts
  }
}

/**
 * Whether the workflow's `service` has a native ECS strategy (any doubt: no, and the usual path says why), and the
 * overrides the chosen path runs with: what this look read is read once before the lock (`ecsBeforeLock`).
 */
export async function nativeServiceGiven(
  overrides: RunOverrides = {},
  /** The usual path's own input checks: an input error is reported by it, before any AWS call. */
  check: (read: InputReader) => unknown = () => undefined
): Promise<{ native: boolean; overrides: RunOverrides }> {
  const cluster = core.getInput('cluster').trim()
  const service = core.getInput('service').trim()
  if (!cluster || !service) return { native: false, overrides }
  const clients = overrides.clients ?? createClients()
  const ecsBeforeLock = readsBeforeLock(ecsPort(clients.ecs))
  const shared = { ...overrides, clients, ecsBeforeLock }
  try {
    check((name) => core.getInput(name))
    const {
      found: [found]
    } = await ecsBeforeLock.describeServicesWithTags(cluster, [service])
    const native =
      found !== undefined && nativeStrategy(found) !== undefined && routingOf(found) !== undefined
    return { native, overrides: shared }
  } catch {
    return { native: false, overrides: shared }
  }
}
