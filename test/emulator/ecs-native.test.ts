/**
 * ECS's own BLUE_GREEN, LINEAR and CANARY deployments in the emulator, through the real SDK clients: every
 * lifecycle stage in order, the production rule's weights as ECS rewrites them while load flows, the target
 * groups swapping roles, and the rollbacks (alarm, StopServiceDeployment, failing lifecycle hook).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import {
  DescribeServiceDeploymentsCommand,
  DescribeServiceRevisionsCommand,
  DescribeServicesCommand,
  ListServiceDeploymentsCommand,
  UpdateServiceCommand,
  type ServiceDeployment
} from '@aws-sdk/client-ecs'
import { DescribeRulesCommand } from '@aws-sdk/client-elastic-load-balancing-v2'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import { fastTargetGroupTiming, registerTaskDefinition } from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad } from '../../emulator/rehearsal/load.ts'
import {
  createNativeService,
  type NativeService,
  type NativeServiceOptions
} from '../../emulator/rehearsal/native-service.ts'

let emulator: Emulator
let names = 0
const ALL_STAGES = [
  'PRE_SCALE_UP',
  'SCALE_UP',
  'POST_SCALE_UP',
  'TEST_TRAFFIC_SHIFT',
  'POST_TEST_TRAFFIC_SHIFT',
  'PRODUCTION_TRAFFIC_SHIFT',
  'POST_PRODUCTION_TRAFFIC_SHIFT',
  'BAKE_TIME',
  'CLEAN_UP'
]

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.02 })
})

afterAll(async () => {
  await emulator?.stop()
})

/**
 * Health checks every 10 s with a 9 s timeout: at this time scale 180 real ms, so that a busy machine does not
 * fail healthy tasks.
 */
const timing = { ...fastTargetGroupTiming, healthCheckIntervalSeconds: 10, healthCheckTimeoutSeconds: 9 }

function create(options: NativeServiceOptions, version = 'v1'): Promise<NativeService> {
  return createNativeService(
    { endpoint: emulator.endpoint },
    `native-${++names}`,
    { image: `demo:${version}`, desiredCount: 2 },
    { timing, ...options }
  )
}

/** Registers `version` and updates the service to it; returns the new service deployment's ARN. */
async function deploy(app: NativeService, version: string): Promise<string> {
  const taskDefinition = await registerTaskDefinition(app.clients, app.family, { image: `demo:${version}` })
  await app.clients.ecs.send(
    new UpdateServiceCommand({ cluster: app.cluster, service: app.service, taskDefinition })
  )
  const listed = await app.clients.ecs.send(
    new ListServiceDeploymentsCommand({ cluster: app.cluster, service: app.service })
  )
  return listed.serviceDeployments![0].serviceDeploymentArn!
}

async function describe1(app: NativeService, arn: string): Promise<ServiceDeployment> {
  const described = await app.clients.ecs.send(
    new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] })
  )
  return described.serviceDeployments![0]
}

/** The production rule's weights, blue (the service's group when created) first. */
async function weights(app: NativeService, ruleArn = app.productionRuleArn): Promise<[number, number]> {
  const rules = await app.clients.elb.send(new DescribeRulesCommand({ RuleArns: [ruleArn] }))
  const groups = rules.Rules![0].Actions![0].ForwardConfig!.TargetGroups!
  const weightOf = (arn: string) => groups.find((group) => group.TargetGroupArn === arn)!.Weight!
  return [weightOf(app.targetGroupArn), weightOf(app.alternateTargetGroupArn)]
}

interface Followed {
  stages: string[]
  /** Each distinct production weight pair seen, in order, with the stage it was seen in. */
  weights: { stage: string; blue: number; green: number }[]
  final: ServiceDeployment
}

/** Polls the deployment to its end, recording each new stage and each new production split. */
async function follow(
  app: NativeService,
  arn: string,
  onPoll?: (deployment: ServiceDeployment) => Promise<void>,
  timeoutMs = 60_000
): Promise<Followed> {
  const deadline = Date.now() + timeoutMs
  const seen: Followed = { stages: [], weights: [], final: {} }
  const finished = ['SUCCESSFUL', 'STOPPED', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED']
  while (Date.now() < deadline) {
    // Weights first: a shift happens as its stage begins, so the stage read next is the shift's or later.
    const [blue, green] = await weights(app)
    const deployment = await describe1(app, arn)
    const stage = deployment.lifecycleStage ?? ''
    if (stage && seen.stages.at(-1) !== stage) seen.stages.push(stage)
    const last = seen.weights.at(-1)
    if (!last || last.blue !== blue || last.green !== green) seen.weights.push({ stage, blue, green })
    if (finished.includes(deployment.status!)) return { ...seen, final: deployment }
    await onPoll?.(deployment)
    await new Promise((resolve) => setTimeout(resolve, 15))
  }
  throw new Error(`deployment ${arn} not finished after ${timeoutMs} ms: ${JSON.stringify(seen)}`)
}

describe('a good deployment', () => {
  const cases: [string, NativeServiceOptions, number[]][] = [
    ['BLUE_GREEN', { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1 }, [100]],
    [
      'LINEAR',
      {
        strategy: 'LINEAR',
        bakeTimeInMinutes: 1,
        linearConfiguration: { stepPercent: 25, stepBakeTimeInMinutes: 1 }
      },
      [25, 50, 75, 100]
    ],
    [
      'CANARY',
      {
        strategy: 'CANARY',
        bakeTimeInMinutes: 1,
        testTraffic: 'header',
        canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 1 }
      },
      [10, 100]
    ]
  ]

  it.each(cases)(
    '%s: every stage in order, weights as documented, 0 failed requests, target groups swap',
    async (_strategy, options, greenSteps) => {
      const app = await create(options)
      const load = startLoad({ url: app.url, ratePerSecond: 80, maxDurationMs: 40_000 })
      const arn = await deploy(app, 'v2')
      let testAnswers = 0
      const followed = await follow(app, arn, async (deployment) => {
        // Once the test rule points at green, test traffic reaches v2 only.
        if (deployment.lifecycleStage === 'POST_TEST_TRAFFIC_SHIFT' && testAnswers === 0) {
          expect(await weights(app, app.testRuleArn)).toEqual([0, 100])
          const url = app.testUrl ?? app.url
          const headers = app.testHeader ? { [app.testHeader.name]: app.testHeader.value } : undefined
          expect(await versionAt(url, headers)).toBe('v2')
          testAnswers++
        }
      })
      const report = await load.stop()

      expect(followed.final.status).toBe('SUCCESSFUL')
      expect(followed.stages).toEqual(ALL_STAGES)
      expect(testAnswers).toBe(1)
      const shifts = followed.weights.slice(1)
      expect(shifts.map((split) => split.green)).toEqual(greenSteps)
      expect(shifts.every((split) => split.stage === 'PRODUCTION_TRAFFIC_SHIFT')).toBe(true)
      expect(shifts.every((split) => split.blue + split.green === 100)).toBe(true)
      expect(report.failures.slice(0, 3)).toEqual([])
      expect(report.failed).toBe(0)
      expect(report.byVersion.v1).toBeGreaterThan(0)
      expect(report.byVersion.v2).toBeGreaterThan(0)
      expect(report.samples.at(-1)!.version).toBe('v2')

      const [service] = (
        await app.clients.ecs.send(
          new DescribeServicesCommand({ cluster: app.cluster, services: [app.service] })
        )
      ).services!
      expect(service.loadBalancers![0].targetGroupArn).toBe(app.alternateTargetGroupArn)
      expect(service.loadBalancers![0].advancedConfiguration!.alternateTargetGroupArn).toBe(
        app.targetGroupArn
      )
      expect(service.deployments).toHaveLength(1)

      const revisions = await app.clients.ecs.send(
        new DescribeServiceRevisionsCommand({
          serviceRevisionArns: [
            followed.final.targetServiceRevision!.arn!,
            'arn:aws:ecs:us-east-1:0:service-revision/x/y/1'
          ]
        })
      )
      expect(revisions.serviceRevisions![0].containerImages).toEqual([
        { containerName: 'app', image: 'demo:v2' }
      ])
      expect(revisions.failures).toEqual([
        { arn: 'arn:aws:ecs:us-east-1:0:service-revision/x/y/1', reason: 'MISSING' }
      ])
      expect(followed.final.targetServiceRevision!.requestedProductionTrafficWeight).toBe(100)
      expect(followed.final.sourceServiceRevisions![0].runningTaskCount).toBe(0)
    },
    90_000
  )
})

function versionAt(url: string, headers?: Record<string, string>): Promise<string | undefined> {
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
