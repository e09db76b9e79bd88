/**
 * Service deployments and revisions of every service (rolling ones too), through the real SDK: what ECS
 * records for an update, a circuit-breaker rollback and a StopServiceDeployment; the checks CreateService
 * makes of a native service's configuration; the circuit breaker of a native deployment; and a second native
 * deployment going back to the first target group.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CreateServiceCommand,
  DeleteServiceCommand,
  DescribeServiceRevisionsCommand,
  ListServiceDeploymentsCommand,
  StopServiceDeploymentCommand,
  UpdateServiceCommand,
  type CreateServiceCommandInput,
  type ServiceDeployment
} from '@aws-sdk/client-ecs'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import {
  createRollingApp,
  fastTargetGroupTiming,
  registerTaskDefinition,
  type RollingApp
} from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad } from '../../emulator/rehearsal/load.ts'
import type { NativeService } from '../../emulator/rehearsal/native-service.ts'
import {
  createService,
  deploy,
  describeDeployment,
  FINISHED,
  follow,
  versionAt,
  weights
} from './support/native.ts'

let emulator: Emulator
const timing = { ...fastTargetGroupTiming, healthCheckIntervalSeconds: 10, healthCheckTimeoutSeconds: 9 }

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.02 })
})

afterAll(async () => {
  await emulator?.stop()
})

async function rollingDeploy(app: RollingApp, version: string, environment?: Record<string, string>) {
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

/** Polls a rolling deployment to its end (its `lifecycleStage` stays unset). */
async function finish(app: RollingApp, arn: string, onPoll?: (d: ServiceDeployment) => Promise<void>) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const deployment = await describeDeployment(app as unknown as NativeService, arn)
    if (FINISHED.includes(deployment.status!)) return deployment
    await onPoll?.(deployment)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`deployment ${arn} not finished`)
}

describe('rolling services', () => {
  it('get a service deployment per update, with source and target revisions', async () => {
    const app = await createRollingApp(
      { endpoint: emulator.endpoint },
      'sd-rolling',
      { image: 'demo:v1' },
      timing
    )
    const arn = await rollingDeploy(app, 'v2')
    const final = await finish(app, arn)
    expect(final).toMatchObject({ status: 'SUCCESSFUL', statusReason: 'Service deployment completed.' })
    expect(final.lifecycleStage).toBeUndefined()
    expect(final.finishedAt!.getTime()).toBeGreaterThanOrEqual(final.startedAt!.getTime())
    const listed = await app.clients.ecs.send(
      new ListServiceDeploymentsCommand({ cluster: app.cluster, service: app.service })
    )
    expect(listed.serviceDeployments!.map((brief) => brief.status)).toEqual(['SUCCESSFUL', 'SUCCESSFUL'])
    const [created] = listed.serviceDeployments!.slice(-1)
    expect(final.sourceServiceRevisions!.map((revision) => revision.arn)).toEqual([
      created.targetServiceRevisionArn
    ])
    const revisions = await app.clients.ecs.send(
      new DescribeServiceRevisionsCommand({ serviceRevisionArns: [final.targetServiceRevision!.arn!] })
    )
    expect(revisions.serviceRevisions![0].taskDefinition).toMatch(/:task-definition\/sd-rolling:2$/)
    const onlySuccessful = await app.clients.ecs.send(
      new ListServiceDeploymentsCommand({
        cluster: app.cluster,
        service: app.service,
        status: ['IN_PROGRESS']
      })
    )
    expect(onlySuccessful.serviceDeployments).toEqual([])
  }, 60_000)

  it('record a circuit-breaker rollback', async () => {
    const app = await createRollingApp(
      { endpoint: emulator.endpoint },
      'sd-breaker',
      { image: 'demo:v1', circuitBreaker: true },
      timing
    )
    const arn = await rollingDeploy(app, 'v2', { CRASH_AFTER_MS: '1' })
    const final = await finish(app, arn)
    expect(final.status).toBe('ROLLBACK_SUCCESSFUL')
    expect(final.statusReason).toBe('ECS deployment circuit breaker: tasks failed to start.')
    expect(final.deploymentCircuitBreaker).toMatchObject({ status: 'TRIGGERED', threshold: 3 })
    expect(final.deploymentCircuitBreaker!.failureCount).toBeGreaterThanOrEqual(3)
    expect(final.rollback!.serviceRevisionArn).toBe(final.sourceServiceRevisions![0].arn)
  }, 60_000)

  it('roll back on StopServiceDeployment, and cannot roll back a first deployment', async () => {
    const app = await createRollingApp(
      { endpoint: emulator.endpoint },
      'sd-stop',
      { image: 'demo:v1' },
      timing
    )
    const arn = await rollingDeploy(app, 'v2', { START_DELAY_MS: '60000' })
    const final = await finish(app, arn, async (deployment) => {
      if (deployment.status === 'IN_PROGRESS')
        await app.clients.ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn }))
    })
    expect(final.status).toBe('ROLLBACK_SUCCESSFUL')
    expect(await versionAt(app.url)).toBe('v1')

    const first = await app.clients.ecs.send(
      new CreateServiceCommand({
        cluster: app.cluster,
        serviceName: 'sd-first',
        taskDefinition: `${app.family}:1`,
        desiredCount: 1
      })
    )
    const listed = await app.clients.ecs.send(
      new ListServiceDeploymentsCommand({ cluster: app.cluster, service: first.service!.serviceName })
    )
    const error = await app.clients.ecs
      .send(
        new StopServiceDeploymentCommand({
          serviceDeploymentArn: listed.serviceDeployments![0].serviceDeploymentArn
        })
      )
      .catch((caught: Error) => caught)
    expect((error as Error).name).toBe('ConflictException')
  }, 60_000)
})

describe('native services', () => {
  it('CreateService checks the strategy, the advanced configuration and the hooks', async () => {
    const app = await createService(emulator, { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 0 })
    const lb = {
      targetGroupArn: app.targetGroupArn,
      containerName: 'app',
      containerPort: 8080,
      advancedConfiguration: {
        alternateTargetGroupArn: app.alternateTargetGroupArn,
        productionListenerRule: app.productionRuleArn,
        roleArn: app.roleArn
      }
    }
    const attempt = async (changes: Partial<CreateServiceCommandInput>) => {
      const input: CreateServiceCommandInput = {
        cluster: app.cluster,
        serviceName: 'checked',
        taskDefinition: `${app.family}:1`,
        loadBalancers: [lb],
        deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1 },
        ...changes
      }
      const error = await app.clients.ecs
        .send(new CreateServiceCommand(input))
        .catch((caught: Error) => caught)
      return `${(error as Error).name}: ${(error as Error).message}`
    }
    expect(await attempt({ deploymentConfiguration: { strategy: 'BLUE_GREEN' } })).toBe(
      'InvalidParameterException: bakeTimeInMinutes must be specified for the BLUE_GREEN deployment strategy.'
    )
    expect(await attempt({ loadBalancers: [{ ...lb, advancedConfiguration: undefined }] })).toMatch(
      /^InvalidParameterException: advancedConfiguration must be specified/
    )
    const testRule = {
      ...lb.advancedConfiguration,
      testListenerRule: app.productionRuleArn.replace(/[^/]+$/, 'nope')
    }
    expect(await attempt({ loadBalancers: [{ ...lb, advancedConfiguration: testRule }] })).toMatch(
      /^InvalidParameterException: The testListenerRule .* does not exist\.$/
    )
    expect(
      await attempt({
        deploymentConfiguration: { strategy: 'CANARY', canaryConfiguration: { canaryPercent: 0.05 } }
      })
    ).toBe(
      'InvalidParameterException: canaryConfiguration.canaryPercent must be a multiple of 0.1 from 0.1 to 100.'
    )
    const lambda = 'arn:aws:lambda:us-east-1:000000000000:function:check'
    expect(
      await attempt({
        deploymentConfiguration: {
          strategy: 'BLUE_GREEN',
          bakeTimeInMinutes: 1,
          lifecycleHooks: [
            { hookTargetArn: lambda, roleArn: app.roleArn, lifecycleStages: ['POST_SCALE_UP'] }
          ]
        }
      })
    ).toMatch(/^InvalidParameterException: hookTargetArn arn:aws:lambda.*give a loopback URL/)
    for (const timeoutInMinutes of [0, 20161]) {
      const hook = {
        targetType: 'PAUSE' as const,
        lifecycleStages: ['POST_SCALE_UP' as const],
        timeoutConfiguration: { timeoutInMinutes, action: 'ROLLBACK' as const }
      }
      expect(
        await attempt({
          deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1, lifecycleHooks: [hook] }
        })
      ).toBe(
        'InvalidParameterException: timeoutConfiguration.timeoutInMinutes must be an integer from 1 to 20160.'
      )
    }
  }, 60_000)

  it('the circuit breaker rolls a native deployment back before production traffic moves', async () => {
    const app = await createService(emulator, { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1 })
    await app.clients.ecs.send(
      new UpdateServiceCommand({
        cluster: app.cluster,
        service: app.service,
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } }
      })
    )
    const arn = await deploy(app, 'v2', { CRASH_AFTER_MS: '1' })
    const followed = await follow(app, arn)
    expect(followed.final.status).toBe('ROLLBACK_SUCCESSFUL')
    expect(followed.final.statusReason).toMatch(
      /^ECS deployment circuit breaker: \d+ tasks failed to start\.$/
    )
    expect(followed.final.deploymentCircuitBreaker!.status).toBe('TRIGGERED')
    expect(followed.stages).toEqual(['PRE_SCALE_UP', 'SCALE_UP'])
    expect(followed.weights).toHaveLength(1)
    expect(await versionAt(app.url)).toBe('v1')
  }, 60_000)

  it('the next deployment goes to the first target group again, with 0 failed requests', async () => {
    const app = await createService(emulator, { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 0 })
    expect((await follow(app, await deploy(app, 'v2'))).final.status).toBe('SUCCESSFUL')
    expect(await weights(app)).toEqual([0, 100])
    const load = startLoad({ url: app.url, ratePerSecond: 60, maxDurationMs: 30_000 })
    const second = await follow(app, await deploy(app, 'v3'))
    const report = await load.stop()
    expect(second.final.status).toBe('SUCCESSFUL')
    expect(second.weights.map(({ blue, green }) => [blue, green])).toEqual([
      [0, 100],
      [100, 0]
    ])
    expect(report.failed).toBe(0)
    expect(report.byVersion.v3).toBeGreaterThan(0)
    expect(await versionAt(app.url)).toBe('v3')
  }, 60_000)

  it('an update during a native deployment supersedes it; the new one reconciles first, with 0 failed requests', async () => {
    const app = await createService(emulator, { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 0 })
    const load = startLoad({ url: app.url, ratePerSecond: 60, maxDurationMs: 30_000 })
    const first = await deploy(app, 'v2')
    let second: string | undefined
    const superseded = await follow(app, first, async (deployment) => {
      if (deployment.lifecycleStage === 'POST_TEST_TRAFFIC_SHIFT' && !second) second = await deploy(app, 'v3')
    })
    expect(superseded.final).toMatchObject({
      status: 'STOPPED',
      statusReason: `Superseded by service deployment ${second}.`
    })
    const next = await follow(app, second!)
    const report = await load.stop()
    expect(next.final.status).toBe('SUCCESSFUL')
    expect(next.stages[0]).toBe('RECONCILE_SERVICE')
    expect(report.failed).toBe(0)
    expect(await versionAt(app.url)).toBe('v3')
  }, 60_000)

  it('deleting the service stops its deployment in progress', async () => {
    const app = await createService(emulator, { strategy: 'LINEAR', bakeTimeInMinutes: 0 })
    const arn = await deploy(app, 'v2')
    let deleted = false
    const followed = await follow(app, arn, async (deployment) => {
      if (deployment.lifecycleStage !== 'POST_SCALE_UP' || deleted) return
      deleted = true
      await app.clients.ecs.send(
        new DeleteServiceCommand({ cluster: app.cluster, service: app.service, force: true })
      )
    })
    expect(followed.final).toMatchObject({ status: 'STOPPED', statusReason: 'The service was deleted.' })
  }, 60_000)
})
