import { readFileSync } from 'node:fs'
import { InputError, quote } from '../core/errors.ts'
import {
  boolean,
  httpUrl,
  invalidInputs,
  oneOf,
  optional,
  readInputs,
  required,
  text,
  withDefault,
  type InputReader,
  type Parser
} from '../core/inputs.ts'
import { pullRequestOf, type PullRequest } from '../github/event.ts'
import { pairLock } from '../pair/pair.ts'
import { checkTemplate, parseHeader, render, renderAddress } from '../strategies/preview/address.ts'
import {
  preparePreview,
  previewRun,
  type PreviewOptions,
  type PreviewReport
} from '../strategies/preview/index.ts'
import {
  ecsName,
  givenTaskDefinition,
  githubInputs,
  listenerRuleArn,
  lockInputs,
  runOf,
  taskCount,
  taskDefinitionInputs,
  watchInputs
} from './inputs.ts'
import { runRollout, type ActionDefinition, type RunOverrides } from './run.ts'
import { releaseInputs } from '../preflight/inputs.ts'

/** An Application Load Balancer listener ARN (not a rule's). */
const listenerArn: Parser<string> = (raw) => {
  if (!/:listener\/app\//.test(raw))
    throw new Error(`${quote(raw)} is not the ARN of an Application Load Balancer listener`)
  return listenerRuleArn(raw)
}

const template =
  (extra: string[] = []): Parser<string> =>
  (raw) =>
    checkTemplate(raw, extra)

/** Every input of actions/preview/action.yml, declared once (defaults are action.yml's). */
export const previewInputs = {
  cluster: required('cluster', ecsName('cluster')),
  blueService: required('blue-service', ecsName('service')),
  greenService: required('green-service', ecsName('service')),
  listenerRule: required('listener-rule', listenerRuleArn),
  mode: withDefault('mode', 'deploy', oneOf(['deploy', 'cleanup'] as const)),
  previewListener: optional('preview-listener', listenerArn),
  host: optional('host', template()),
  header: optional('header', parseHeader),
  url: optional('url', template(['host'])),
  ...taskDefinitionInputs,
  desiredCount: withDefault('desired-count', '1', taskCount),
  ...watchInputs,
  ...releaseInputs,
  healthCheckUrl: optional('health-check-url', template(['host'])),
  verifyCommand: optional('verify-command', text),
  ...githubInputs,
  comment: withDefault('comment', 'true', boolean),
  environment: withDefault('environment', 'preview', environmentName),
  allowForks: withDefault('allow-forks', 'false', boolean),
  takeover: withDefault('takeover', 'false', boolean),
  ...lockInputs
}

export const previewOutputs = [
  'url',
  'color',
  'task-definition-arn',
  'rule-arn',
  'status',
  'deployment-id',
  'rollout'
] as const

function environmentName(raw: string): string {
  if (raw.length > 255) throw new Error(`${quote(raw)} is longer than 255 characters`)
  return raw
}

/** The event's pull request (GITHUB_EVENT_NAME, and the payload the runner wrote to GITHUB_EVENT_PATH). */
export function eventPullRequest(env: NodeJS.ProcessEnv): PullRequest {
  let payload: unknown
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
    } catch (error) {
      throw new InputError(
        `The event payload ${env.GITHUB_EVENT_PATH} (GITHUB_EVENT_PATH) was not read: ${(error as Error).message}`
      )
    }
  }
  return pullRequestOf(env.GITHUB_EVENT_NAME, payload)
}

/** The inputs and the event as strategy options, checked as a whole before any change. */
export function previewOptions(read: InputReader, env: NodeJS.ProcessEnv = process.env): PreviewOptions {
  const inputs = readInputs(previewInputs, read)
  if (!inputs.host && !inputs.header) {
    throw invalidInputs([
      'host or header is required: how the preview is reached (e.g. host: pr-{pr}.preview.example.com, header: "X-Preview: pr-{pr}")'
    ])
  }
  // Cleanup ignores the version, so that one step can serve both modes.
  const source =
    inputs.mode === 'deploy' ? givenTaskDefinition(inputs, env.GITHUB_WORKSPACE ?? '.') : undefined
  if (inputs.mode === 'deploy' && !source) {
    throw invalidInputs([
      'task-definition, task-definition-arn or image (with container) is required with mode deploy'
    ])
  }
  const pr = eventPullRequest(env)
  if (inputs.mode === 'deploy' && pr.fork && !inputs.allowForks) {
    throw new InputError(
      `No preview of pull request #${pr.number}: its head is in ${pr.headRepository}, a fork, and its code would run with this workflow's AWS role; set allow-forks: true to deploy forks' pull requests`
    )
  }
  const facts = { pr: String(pr.number), sha: pr.headSha.slice(0, 7) }
  let address
  try {
    address = renderAddress(inputs, facts)
  } catch (error) {
    throw invalidInputs([(error as Error).message])
  }
  let healthCheckUrl: string | undefined
  if (inputs.healthCheckUrl) {
    try {
      healthCheckUrl = httpUrl(render(inputs.healthCheckUrl, { ...facts, host: address.host ?? '' }))
    } catch (error) {
      throw invalidInputs([`health-check-url ${(error as Error).message}`])
    }
  }
  return {
    cluster: inputs.cluster,
    blueService: inputs.blueService,
    greenService: inputs.greenService,
    listenerRule: inputs.listenerRule,
    mode: inputs.mode,
    previewListener: inputs.previewListener,
    address,
    pr,
    taskDefinition: source,
    allowFamilyChange: inputs.allowFamilyChange,
    desiredCount: inputs.desiredCount,
    alarms: inputs.alarms,
    healthCheckUrl,
    verifyCommand: inputs.verifyCommand,
    environment: inputs.environment,
    takeover: inputs.takeover,
    comment: inputs.comment,
    waitTimeoutMs: inputs.waitTimeout,
    pollIntervalMs: inputs.pollInterval,
    run: runOf(env),
    lockTimeoutMs: inputs.lockTimeout,
    githubToken: inputs.githubToken
  }
}

const preview: ActionDefinition<PreviewOptions, PreviewReport> = {
  name: 'Preview',
  id: 'preview',
  lock: async (options) => pairLock(options),
  check: preparePreview,
  options: (read) => previewOptions(read),
  deploy: previewRun,
  title: (report) =>
    `Preview of pull request #${report.pr} (${report.mode === 'cleanup' ? 'cleanup' : 'deploy'})`,
  outputs: (report) =>
    ({
      url: report.url,
      color: report.color,
      'task-definition-arn': report.taskDefinitionArn,
      'rule-arn': report.ruleArn,
      status: report.status,
      'deployment-id': report.deploymentId === undefined ? undefined : String(report.deploymentId),
      rollout: report
    }) satisfies Record<(typeof previewOutputs)[number], unknown>,
  facts: (report) => [
    ['Pull request', `#${report.pr}`],
    ['URL', report.url],
    ['Color', report.color],
    ['Version', report.taskDefinitionArn],
    ['Preview rule', report.ruleArn],
    ['GitHub deployment', report.deploymentId === undefined ? undefined : String(report.deploymentId)]
  ]
}

export const run = (overrides?: RunOverrides): Promise<void> => runRollout(preview, overrides)
