/**
 * ECS's own BLUE_GREEN, LINEAR and CANARY deployments in the emulator, through the real SDK clients: every
 * lifecycle stage in order, the production rule's weights as ECS rewrites them while load flows, and the
 * target groups swapping roles. Rollbacks, stops and hooks are in ecs-native-rollback.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DescribeServiceRevisionsCommand, DescribeServicesCommand } from '@aws-sdk/client-ecs'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import { startLoad } from '../../emulator/rehearsal/load.ts'
import type { NativeServiceOptions } from '../../emulator/rehearsal/native-service.ts'
import { createService, deploy, follow, versionAt, weights } from './support/native.ts'

let emulator: Emulator
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
      const app = await createService(emulator, options)
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
