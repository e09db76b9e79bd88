/**
 * How ECS's own deployments end other than well, in the emulator through the real SDK: its alarm rollback,
 * StopServiceDeployment (ROLLBACK, ABORT, and its errors), lifecycle hooks that fail or pause, and the
 * reconciliation of a service a stopped deployment left with two revisions.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  ContinueServiceDeploymentCommand,
  DescribeServicesCommand,
  InvalidParameterException,
  StopServiceDeploymentCommand
} from '@aws-sdk/client-ecs'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import { createErrorAlarm } from '../../emulator/rehearsal/infrastructure.ts'
import { startLoad } from '../../emulator/rehearsal/load.ts'
import type { NativeService } from '../../emulator/rehearsal/native-service.ts'
import { createService, deploy, describeDeployment, follow, versionAt, weights } from './support/native.ts'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.02 })
})

afterAll(async () => {
  await emulator?.stop()
})

async function taskDefinitionOf(app: NativeService): Promise<string> {
  const described = await app.clients.ecs.send(
    new DescribeServicesCommand({ cluster: app.cluster, services: [app.service] })
  )
  return described.services![0].taskDefinition!.split('/')[1]
}

async function errorOf(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await promise
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message }
  }
  throw new Error('expected an error')
}

describe('ECS rolls back by itself', () => {
  it('when a deployment alarm fires during the bake: traffic back on blue, the reason names the alarm', async () => {
    const app = await createService(emulator, {
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 5,
      alarmNames: ['native-errors']
    })
    await createErrorAlarm(app, 'native-errors')
    const load = startLoad({ url: app.url, ratePerSecond: 80, maxDurationMs: 40_000 })
    const arn = await deploy(app, 'v2')
    let fired = false
    const followed = await follow(app, arn, async (deployment) => {
      if (deployment.lifecycleStage === 'BAKE_TIME' && !fired) {
        fired = true
        emulator.cloudwatch.setAlarmState('native-errors', 'ALARM', 'errors', { hold: true })
      }
    })
    const report = await load.stop()
    const final = followed.final
    expect(final.status).toBe('ROLLBACK_SUCCESSFUL')
    expect(final.statusReason).toContain('native-errors')
    expect(final.alarms).toMatchObject({ status: 'TRIGGERED', triggeredAlarmNames: ['native-errors'] })
    expect(final.rollback!.reason).toContain('native-errors')
    expect(final.rollback!.serviceRevisionArn).toBe(final.sourceServiceRevisions![0].arn)
    expect(followed.weights.map(({ blue, green }) => [blue, green])).toEqual([
      [100, 0],
      [0, 100],
      [100, 0]
    ])
    expect(await weights(app, app.testRuleArn)).toEqual([100, 0])
    expect(report.failed).toBe(0)
    expect(report.samples.at(-1)!.version).toBe('v1')
    expect(await taskDefinitionOf(app)).toBe(`${app.family}:1`)
    expect(final.targetServiceRevision!.runningTaskCount).toBe(0)
  }, 60_000)
})

describe('ECS rolls back on its own alarm, from real metrics', () => {
  it('a version answering 500s fires the 5xx alarm during the bake: rolled back, reported with the alarm', async () => {
    const app = await createService(emulator, {
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 30,
      alarmNames: ['native-5xx']
    })
    await createErrorAlarm(app, 'native-5xx', 5)
    const load = startLoad({ url: app.url, ratePerSecond: 80, maxDurationMs: 40_000 })
    const followed = await follow(app, await deploy(app, 'v2', { FAIL_RATE: '0.5' }))
    const report = await load.stop()
    expect(followed.final.status).toBe('ROLLBACK_SUCCESSFUL')
    expect(followed.final.statusReason).toBe('CloudWatch alarm(s) in ALARM state: native-5xx.')
    expect(followed.stages).toContain('BAKE_TIME')
    expect(followed.weights.at(-1)).toMatchObject({ blue: 100, green: 0 })
    // The only failures are v2's own 500s: no 502/503 from the load balancer while traffic moved both ways.
    expect(report.failures.every((failure) => failure.status === 500)).toBe(true)
    expect(report.samples.at(-1)).toMatchObject({ status: 200, version: 'v1' })
  }, 60_000)
})

describe('StopServiceDeployment', () => {
  it('ROLLBACK during the bake puts traffic back with 0 failed requests; a finished deployment cannot be stopped', async () => {
    const app = await createService(emulator, {
      strategy: 'CANARY',
      bakeTimeInMinutes: 5,
      canaryConfiguration: { canaryPercent: 20, canaryBakeTimeInMinutes: 1 }
    })
    const load = startLoad({ url: app.url, ratePerSecond: 80, maxDurationMs: 40_000 })
    const arn = await deploy(app, 'v2')
    const statuses: string[] = []
    const followed = await follow(app, arn, async (deployment) => {
      if (statuses.at(-1) !== deployment.status) statuses.push(deployment.status!)
      if (deployment.lifecycleStage === 'BAKE_TIME' && deployment.status === 'IN_PROGRESS') {
        const stopped = await app.clients.ecs.send(
          new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' })
        )
        expect(stopped.serviceDeploymentArn).toBe(arn)
        // Answered at once; ECS then takes the request up on its next look.
        expect(['ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS']).toContain(
          (await describeDeployment(app, arn)).status
        )
      }
    })
    const report = await load.stop()
    expect(followed.final.status).toBe('ROLLBACK_SUCCESSFUL')
    expect(followed.final.statusReason).toBe('Service deployment rolled back by StopServiceDeployment.')
    expect(statuses.filter((status) => status !== 'ROLLBACK_REQUESTED')).toEqual([
      'IN_PROGRESS',
      'ROLLBACK_IN_PROGRESS'
    ])
    expect(followed.weights.map(({ green }) => green)).toEqual([0, 20, 100, 0])
    expect(report.failed).toBe(0)
    expect(report.samples.at(-1)!.version).toBe('v1')

    expect(
      await errorOf(app.clients.ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn })))
    ).toEqual({
      name: 'ConflictException',
      message: `The service deployment ${arn} can't be stopped: its status is ROLLBACK_SUCCESSFUL. Only a deployment that is PENDING or IN_PROGRESS can be stopped.`
    })
    const missing = arn.replace(/[^/]+$/, 'AAAAAAAAAAAAAAAAAAAAAA')
    expect(
      (
        await errorOf(
          app.clients.ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: missing }))
        )
      ).name
    ).toBe('ServiceDeploymentNotFoundException')
    expect(
      (
        await errorOf(
          app.clients.ecs.send(
            new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'PAUSE' as 'ABORT' })
          )
        )
      ).name
    ).toBe('InvalidParameterException')
  }, 60_000)

  it('ABORT stops where it is; the next deployment reconciles the service first', async () => {
    const app = await createService(emulator, { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 1 })
    const arn = await deploy(app, 'v2')
    const aborted = await follow(app, arn, async (deployment) => {
      if (deployment.lifecycleStage === 'POST_TEST_TRAFFIC_SHIFT' && deployment.status === 'IN_PROGRESS') {
        await app.clients.ecs.send(
          new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ABORT' })
        )
      }
    })
    expect(aborted.final).toMatchObject({
      status: 'STOPPED',
      lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT',
      statusReason: 'Service deployment stopped by StopServiceDeployment (ABORT).'
    })
    expect(aborted.final.stoppedAt).toBeInstanceOf(Date)
    // Stopped where it was: production on blue, test on green, both revisions running.
    expect(await weights(app)).toEqual([100, 0])
    expect(await weights(app, app.testRuleArn)).toEqual([0, 100])
    expect(aborted.final.targetServiceRevision!.runningTaskCount).toBe(2)

    const load = startLoad({ url: app.url, ratePerSecond: 60, maxDurationMs: 40_000 })
    const next = await deploy(app, 'v3')
    const reconciled = await follow(app, next)
    const report = await load.stop()
    expect(reconciled.final.status).toBe('SUCCESSFUL')
    expect(reconciled.stages[0]).toBe('RECONCILE_SERVICE')
    expect(reconciled.stages.at(-1)).toBe('CLEAN_UP')
    expect(reconciled.final.sourceServiceRevisions).toHaveLength(2)
    expect(report.failed).toBe(0)
    expect(report.byVersion.v2 ?? 0).toBe(0)
    expect(await versionAt(app.url)).toBe('v3')
  }, 60_000)
})

/** A stand-in for a hook's Lambda function: answers `answers` in turn (the last one from then on). */
async function hookServer(answers: object[]) {
  const calls: any[] = []
  const server = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      calls.push(JSON.parse(body))
      response.setHeader('content-type', 'application/json')
      response.end(JSON.stringify(answers[Math.min(calls.length, answers.length) - 1]))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  return { url, calls, close: () => new Promise((resolve) => server.close(resolve)) }
}

describe('lifecycle hooks', () => {
  it('a hook that answers IN_PROGRESS, then FAILED, rolls the deployment back before production moves', async () => {
    const hook = await hookServer([{ hookStatus: 'IN_PROGRESS', callBackDelay: 5 }, { hookStatus: 'FAILED' }])
    try {
      const app = await createService(emulator, {
        strategy: 'LINEAR',
        bakeTimeInMinutes: 1,
        lifecycleHooks: [
          {
            hookTargetArn: hook.url,
            roleArn: 'arn:aws:iam::000000000000:role/ecs-hooks',
            lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'],
            hookDetails: { suite: 'smoke' }
          }
        ]
      })
      const arn = await deploy(app, 'v2')
      const followed = await follow(app, arn)
      expect(followed.final.status).toBe('ROLLBACK_SUCCESSFUL')
      expect(followed.final.statusReason).toBe(
        `Lifecycle hook ${hook.url} at POST_TEST_TRAFFIC_SHIFT returned FAILED.`
      )
      expect(followed.final.lifecycleHookDetails).toMatchObject([
        { targetType: 'AWS_LAMBDA', status: 'FAILED' }
      ])
      expect(followed.weights).toHaveLength(1)
      expect(hook.calls).toHaveLength(2)
      expect(hook.calls[0]).toMatchObject({
        serviceArn: expect.stringContaining(`:service/${app.cluster}/${app.service}`),
        targetServiceRevisionArn: followed.final.targetServiceRevision!.arn,
        lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT',
        hookDetails: { suite: 'smoke' }
      })
      expect(Object.values(hook.calls[0].testTrafficWeights)).toEqual([0, 100])
      expect(await taskDefinitionOf(app)).toBe(`${app.family}:1`)
    } finally {
      await hook.close()
    }
  }, 60_000)

  it('a PAUSE hook holds the deployment until ContinueServiceDeployment', async () => {
    const app = await createService(emulator, {
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 0,
      lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'] }]
    })
    const arn = await deploy(app, 'v2')
    let pausedSince: number | undefined
    const followed = await follow(app, arn, async (deployment) => {
      const paused = deployment.lifecycleHookDetails?.find((hook) => hook.status === 'AWAITING_ACTION')
      if (!paused) return
      pausedSince ??= Date.now()
      // Held well past the stage's own time before the go-ahead.
      if (Date.now() - pausedSince < 1000)
        return expect(deployment.lifecycleStage).toBe('POST_TEST_TRAFFIC_SHIFT')
      await app.clients.ecs.send(
        new ContinueServiceDeploymentCommand({
          serviceDeploymentArn: arn,
          hookId: paused.hookId,
          action: 'CONTINUE'
        })
      )
    })
    expect(pausedSince).toBeDefined()
    expect(followed.final.status).toBe('SUCCESSFUL')
    expect(await versionAt(app.url)).toBe('v2')
    const late = await errorOf(
      app.clients.ecs.send(
        new ContinueServiceDeploymentCommand({ serviceDeploymentArn: arn, hookId: 'nope' })
      )
    )
    expect(late.name).toBe('InvalidParameterException')
  }, 60_000)
})

describe('StopServiceDeployment while a PAUSE hook waits', () => {
  it('ROLLBACK ends the hook FAILED and the monitors, sets stoppedAt; Continue on the finished deployment is refused', async () => {
    const app = await createService(emulator, {
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 0,
      alarmNames: ['paused-errors'],
      lifecycleHooks: [{ targetType: 'PAUSE', lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'] }]
    })
    await createErrorAlarm(app, 'paused-errors')
    const arn = await deploy(app, 'v2')
    let hookId: string | undefined
    const followed = await follow(app, arn, async (deployment) => {
      const paused = deployment.lifecycleHookDetails?.find((hook) => hook.status === 'AWAITING_ACTION')
      if (!paused || hookId) return
      hookId = paused.hookId
      expect(deployment.alarms?.status).toBe('MONITORING')
      await app.clients.ecs.send(
        new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' })
      )
    })
    expect(hookId).toBeDefined()
    expect(followed.final).toMatchObject({
      status: 'ROLLBACK_SUCCESSFUL',
      statusReason: 'Service deployment rolled back by StopServiceDeployment.',
      lifecycleHookDetails: [{ hookId, targetType: 'PAUSE', status: 'FAILED' }],
      alarms: { status: 'MONITORING_COMPLETE' },
      deploymentCircuitBreaker: { status: 'DISABLED' }
    })
    expect(followed.final.stoppedAt).toBeInstanceOf(Date)
    expect(await versionAt(app.url)).toBe('v1')

    // ContinueServiceDeployment declares InvalidParameterException (and no ConflictException).
    const refused = await app.clients.ecs
      .send(new ContinueServiceDeploymentCommand({ serviceDeploymentArn: arn, hookId, action: 'CONTINUE' }))
      .catch((error: Error) => error)
    expect(refused).toBeInstanceOf(InvalidParameterException)
    expect((refused as Error).message).toBe(
      `The service deployment ${arn} is ROLLBACK_SUCCESSFUL; only a deployment paused at a lifecycle hook can be continued.`
    )
  }, 60_000)
})

describe('stopping the emulator', () => {
  it('ends a deployment in progress where it is, and nothing keeps running', async () => {
    const own = await startEmulator({ port: 0, timeScale: 0.02 })
    const app = await createService(own, { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 60 })
    const arn = await deploy(app, 'v2')
    for (let stage = ''; stage !== 'BAKE_TIME'; await new Promise((resolve) => setTimeout(resolve, 20)))
      stage = (await describeDeployment(app, arn)).lifecycleStage ?? ''
    const started = Date.now()
    await own.stop()
    // The event loop is free: a timer fires on time.
    const timer = Date.now()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(Date.now() - timer).toBeLessThan(500)
    expect(Date.now() - started).toBeLessThan(5000)
  }, 60_000)
})
