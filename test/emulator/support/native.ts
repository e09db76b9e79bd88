/** Native (BLUE_GREEN, LINEAR, CANARY) services in the emulator, driven and observed through the real SDK. */
import http from 'node:http'
import {
  DescribeServiceDeploymentsCommand,
  ListServiceDeploymentsCommand,
  UpdateServiceCommand,
  type ServiceDeployment
} from '@aws-sdk/client-ecs'
import { DescribeRulesCommand } from '@aws-sdk/client-elastic-load-balancing-v2'
import type { Emulator } from '../../../emulator/index.ts'
import { fastTargetGroupTiming, registerTaskDefinition } from '../../../emulator/rehearsal/infrastructure.ts'
import {
  createNativeService,
  type NativeService,
  type NativeServiceOptions
} from '../../../emulator/rehearsal/native-service.ts'

export const FINISHED = ['SUCCESSFUL', 'STOPPED', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED']

/**
 * Health checks every 10 s with a 9 s timeout: at time scale 0.02, 180 real ms, so that a busy machine does not
 * fail healthy tasks.
 */
const timing = { ...fastTargetGroupTiming, healthCheckIntervalSeconds: 10, healthCheckTimeoutSeconds: 9 }
let names = 0

export function createService(
  emulator: Emulator,
  options: NativeServiceOptions,
  version = 'v1'
): Promise<NativeService> {
  return createNativeService(
    { endpoint: emulator.endpoint },
    `native-${++names}`,
    { image: `demo:${version}`, desiredCount: 2 },
    { timing, ...options }
  )
}

/** Registers `version` and updates the service to it; returns the new service deployment's ARN. */
export async function deploy(
  app: NativeService,
  version: string,
  environment?: Record<string, string>
): Promise<string> {
  const taskDefinition = await registerTaskDefinition(app.clients, app.family, {
    image: `demo:${version}`,
    environment
  })
  await app.clients.ecs.send(
    new UpdateServiceCommand({ cluster: app.cluster, service: app.service, taskDefinition })
  )
  const listed = await app.clients.ecs.send(
    new ListServiceDeploymentsCommand({ cluster: app.cluster, service: app.service })
  )
  return listed.serviceDeployments![0].serviceDeploymentArn!
}

export async function describeDeployment(app: NativeService, arn: string): Promise<ServiceDeployment> {
  const described = await app.clients.ecs.send(
    new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] })
  )
  return described.serviceDeployments![0]
}

/** A rule's weights: [the service's first target group, the alternate one]. */
export async function weights(
  app: NativeService,
  ruleArn = app.productionRuleArn
): Promise<[number, number]> {
  const rules = await app.clients.elb.send(new DescribeRulesCommand({ RuleArns: [ruleArn] }))
  const groups = rules.Rules![0].Actions![0].ForwardConfig!.TargetGroups!
  const weightOf = (arn: string) => groups.find((group) => group.TargetGroupArn === arn)!.Weight!
  return [weightOf(app.targetGroupArn), weightOf(app.alternateTargetGroupArn)]
}

export interface Followed {
  stages: string[]
  /** Each distinct production split seen, in order, with the stage it was seen in. */
  weights: { stage: string; blue: number; green: number }[]
  final: ServiceDeployment
}

/** Polls the deployment to its end, recording each new stage and each new production split. */
export async function follow(
  app: NativeService,
  arn: string,
  onPoll?: (deployment: ServiceDeployment) => Promise<void>,
  timeoutMs = 60_000
): Promise<Followed> {
  const deadline = Date.now() + timeoutMs
  const seen: Followed = { stages: [], weights: [], final: {} }
  while (Date.now() < deadline) {
    // Weights first: a shift happens as its stage begins, so the stage read next is the shift's or later.
    const [blue, green] = await weights(app)
    const deployment = await describeDeployment(app, arn)
    const stage = deployment.lifecycleStage ?? ''
    if (stage && seen.stages.at(-1) !== stage) seen.stages.push(stage)
    const last = seen.weights.at(-1)
    if (!last || last.blue !== blue || last.green !== green) seen.weights.push({ stage, blue, green })
    if (FINISHED.includes(deployment.status!)) return { ...seen, final: deployment }
    await onPoll?.(deployment)
    await new Promise((resolve) => setTimeout(resolve, 15))
  }
  throw new Error(`deployment ${arn} not finished after ${timeoutMs} ms: ${JSON.stringify(seen)}`)
}

/** The version the demo app behind `url` reports. */
export function versionAt(url: string, headers?: Record<string, string>): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        let body = ''
        response.on('data', (chunk) => (body += chunk))
        response.on('end', () => resolve(JSON.parse(body).version))
      })
      .on('error', reject)
  })
}
