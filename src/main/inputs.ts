/** Inputs that several actions share, declared once with their action.yml names, and their parsers. */
import { resolve } from 'node:path'
import { imageProblem, type TaskDefinitionSource } from '../aws/task-definition.ts'
import { quote } from '../core/errors.ts'
import {
  arn,
  boolean,
  duration,
  httpUrl,
  integer,
  invalidInputs,
  list,
  oneOf,
  optional,
  required,
  text,
  withDefault,
  type InputValues,
  type Parser
} from '../core/inputs.ts'
import type { PairRunOptions } from '../pair/run.ts'

/** ECS runs at most this many tasks per service (a service quota AWS does not raise). */
export const maxTasksPerService = 5000

/** A task count ECS accepts, from 1 (0 tasks cannot be verified) to the service quota. */
export const taskCount = integer({ min: 1, max: maxTasksPerService })

const nameOfEcs = /^[A-Za-z0-9_-]{1,255}$/

/**
 * An ECS cluster or service: its name (up to 255 letters, digits, hyphens, underscores) or its ARN (whose names are
 * too: `cluster/<name>`, `service/<name>` or `service/<cluster>/<name>`).
 */
export function ecsName(kind: 'cluster' | 'service'): Parser<string> {
  const byArn = arn('ecs', kind)
  return (raw) => {
    if (raw.startsWith('arn:')) {
      const names = byArn(raw)
        .slice(raw.indexOf(`:${kind}/`) + kind.length + 2)
        .split('/')
      if (names.length <= (kind === 'service' ? 2 : 1) && names.every((name) => nameOfEcs.test(name)))
        return raw
    } else if (nameOfEcs.test(raw)) return raw
    throw new Error(
      `${quote(raw)} is not a ${kind} name (up to 255 letters, digits, hyphens and underscores) or ${kind} ARN`
    )
  }
}

/** An image reference as ECS takes it. */
export const imageReference: Parser<string> = (raw) => {
  const problem = imageProblem(raw)
  if (problem) throw new Error(`${quote(raw)} ${problem}`)
  return raw
}

/** `family:revision` as ECS holds it: a family of up to 255 letters, digits, hyphens, underscores; 1 to 10 digits. */
export const familyRevision = /^[A-Za-z0-9_-]{1,255}:\d{1,10}$/

const anyTaskDefinitionArn = arn('ecs', 'task-definition')

/** A task definition ARN, ending in `task-definition/<family>:<revision>` as ECS holds it. */
export const taskDefinitionArn: Parser<string> = (raw) => {
  anyTaskDefinitionArn(raw)
  if (familyRevision.test(raw.slice(raw.indexOf(':task-definition') + ':task-definition/'.length))) return raw
  throw new Error(
    `${quote(raw)} does not end in task-definition/<family>:<revision> (a family of up to 255 letters, digits, hyphens and underscores, a revision of 1 to 10 digits)`
  )
}

/** The inputs that name the new version, shared by every action that deploys one (action.yml names). */
export const taskDefinitionInputs = {
  taskDefinition: optional('task-definition', text),
  taskDefinitionArn: optional('task-definition-arn', taskDefinitionArn),
  image: optional('image', imageReference),
  container: optional('container', text),
  allowFamilyChange: withDefault('allow-family-change', 'false', boolean)
}

/** How long a run waits while another run holds the lock of what it changes (action.yml name). */
export const lockInputs = {
  lockTimeout: withDefault('lock-timeout', '0', duration())
}

/** The inputs that say how a rollout is watched, shared by every action that deploys (action.yml names). */
export const watchInputs = {
  alarms: withDefault('alarms', '', list),
  waitTimeout: withDefault('wait-timeout', '15m', duration({ min: 1000 })),
  pollInterval: withDefault('poll-interval', '5s', duration({ min: 100, max: 300_000 }))
}

export interface TaskDefinitionInputValues {
  taskDefinition?: string
  taskDefinitionArn?: string
  image?: string
  container?: string
}

/**
 * The new version from at most one of task-definition (a file in the workspace), task-definition-arn or image
 * (with container); undefined when none is given.
 */
export function givenTaskDefinition(
  inputs: TaskDefinitionInputValues,
  workspace: string
): TaskDefinitionSource | undefined {
  const sources = {
    'task-definition': inputs.taskDefinition,
    'task-definition-arn': inputs.taskDefinitionArn,
    image: inputs.image
  }
  const given = Object.entries(sources).flatMap(([name, value]) => (value ? [name] : []))
  if (given.length > 1) throw invalidInputs([`${given.join(' and ')}: give only one of them`])
  if (inputs.image && !inputs.container) throw invalidInputs(['container is required with image'])
  if (inputs.container && !inputs.image) throw invalidInputs(['image is required with container'])
  if (inputs.taskDefinition) return { kind: 'file', path: resolve(workspace, inputs.taskDefinition) }
  if (inputs.taskDefinitionArn) return { kind: 'arn', arn: inputs.taskDefinitionArn }
  if (inputs.image) return { kind: 'image', image: inputs.image, container: inputs.container! }
  return undefined
}

/** The workflow run, as a link (what the rollout record on a service names). */
export function runOf(env: NodeJS.ProcessEnv): string {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT } = env
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return 'local'
  const attempt = GITHUB_RUN_ATTEMPT ? `/attempts/${GITHUB_RUN_ATTEMPT}` : ''
  return `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}${attempt}`
}

/** An Application Load Balancer listener rule ARN, or a listener ARN (meaning its default rule). */
export const listenerRuleArn: Parser<string> = (raw) => {
  if (/^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:listener(-rule)?\/app\/.+$/.test(raw))
    return raw
  throw new Error(
    `${quote(raw)} is not the ARN of an Application Load Balancer listener rule (arn:aws:elasticloadbalancing:<region>:<account>:listener-rule/app/...) or listener (.../listener/app/...)`
  )
}

/**
 * The token GitHub is told with (a PR comment, a deployment): the workflow's by default. An expression left
 * unexpanded (a run outside GitHub's runner) is no token.
 */
export const githubToken: Parser<string | undefined> = (raw) => (raw.startsWith('${{') ? undefined : raw)

export const githubInputs = {
  githubToken: withDefault('github-token', '${{ github.token }}', githubToken)
}

/** The inputs that locate a blue/green pair, shared by the actions that work on one (action.yml names). */
export const pairInputs = {
  cluster: required('cluster', ecsName('cluster')),
  blueService: required('blue-service', ecsName('service')),
  greenService: required('green-service', ecsName('service')),
  listenerRule: required('listener-rule', listenerRuleArn),
  testListenerRule: optional('test-listener-rule', listenerRuleArn)
}

/** What the actions on a pair check the new version with and do after it is out (action.yml names). */
export const pairRolloutInputs = {
  healthCheckUrl: optional('health-check-url', httpUrl),
  verifyCommand: optional('verify-command', text),
  bakeTime: withDefault('bake-time', '5m', duration()),
  scaleDown: withDefault('scale-down', 'after-bake', oneOf(['after-bake', 'never'] as const)),
  onFailure: withDefault('on-failure', 'rollback', oneOf(['rollback', 'stop'] as const)),
  ...lockInputs,
  ...githubInputs
}

type PairRunInputs = InputValues<typeof pairInputs & typeof watchInputs & typeof pairRolloutInputs> &
  TaskDefinitionInputValues & { mode: string; desiredCount?: number; allowFamilyChange: boolean }

/**
 * The options every run on a pair takes, from its inputs: the new version (none with the modes of `continuing`, each
 * with what it does, which act on the rollout in progress; task-definition-arn may name it with promote, as a
 * check), checked as a whole before any change.
 */
export function pairRunOptions<Mode extends string>(
  inputs: PairRunInputs & { mode: Mode },
  env: NodeJS.ProcessEnv,
  continuing: Partial<Record<string, string>>
): PairRunOptions & {
  mode: Mode
  taskDefinition?: TaskDefinitionSource
  allowFamilyChange: boolean
  expectedTaskDefinitionArn?: string
  desiredCount?: number
  bakeTimeMs: number
} {
  const source = givenTaskDefinition(inputs, env.GITHUB_WORKSPACE ?? '.')
  const continues = continuing[inputs.mode] !== undefined
  if (continues) {
    if (source && (source.kind !== 'arn' || inputs.mode !== 'promote')) {
      const names: Record<string, string> = {
        file: 'task-definition',
        image: 'image',
        arn: 'task-definition-arn'
      }
      const given = names[source.kind]
      const check = inputs.mode === 'promote' ? ' (task-definition-arn may name it, as a check)' : ''
      throw invalidInputs([
        `${given} is not used with mode ${inputs.mode}, which ${continuing[inputs.mode]}${check}`
      ])
    }
    if (inputs.desiredCount !== undefined)
      throw invalidInputs([`desired-count is not used with mode ${inputs.mode}`])
  } else if (!source) {
    throw invalidInputs([
      `task-definition, task-definition-arn or image (with container) is required with mode ${inputs.mode}`
    ])
  }
  return {
    cluster: inputs.cluster,
    blueService: inputs.blueService,
    greenService: inputs.greenService,
    listenerRule: inputs.listenerRule,
    testListenerRule: inputs.testListenerRule,
    mode: inputs.mode,
    taskDefinition: continues ? undefined : source,
    allowFamilyChange: inputs.allowFamilyChange,
    expectedTaskDefinitionArn: inputs.mode === 'promote' ? inputs.taskDefinitionArn : undefined,
    desiredCount: inputs.desiredCount,
    alarms: inputs.alarms,
    healthCheckUrl: inputs.healthCheckUrl,
    verifyCommand: inputs.verifyCommand,
    bakeTimeMs: inputs.bakeTime,
    scaleDown: inputs.scaleDown,
    waitTimeoutMs: inputs.waitTimeout,
    pollIntervalMs: inputs.pollInterval,
    onFailure: inputs.onFailure,
    run: runOf(env),
    lockTimeoutMs: inputs.lockTimeout,
    githubToken: inputs.githubToken
  }
}
