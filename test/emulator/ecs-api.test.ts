/** The emulated ECS API: shapes, defaults and AWS's error codes (rollout behaviour: ecs-deployments.test.ts). */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { LoadBalancingPort, TargetGroupView } from '../../emulator/core/contracts.ts'
import { EmulatorTime } from '../../emulator/core/time.ts'
import { EcsService } from '../../emulator/ecs/service.ts'
import { MAX_TASKS_PER_SERVICE, optionalDesiredCount } from '../../emulator/ecs/input.ts'

const ACCOUNT = { region: 'eu-west-1', accountId: '123456789012' }
const TG_ATTACHED = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/1'
const TG_LONELY = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/lonely/2'

/** Target groups only: these tests run no task long enough to need health. */
const elb: LoadBalancingPort = {
  targetGroup: (arn) =>
    (
      ({
        [TG_ATTACHED]: { arn, name: 'web', port: 80, loadBalancerArns: ['arn:lb'] },
        [TG_LONELY]: { arn, name: 'lonely', port: 80, loadBalancerArns: [] }
      }) as Record<string, TargetGroupView>
    )[arn],
  register: () => {},
  deregister: async () => {},
  health: () => undefined
}

let time: EmulatorTime
let ecs: EcsService

beforeEach(() => {
  time = new EmulatorTime(0.01)
  ecs = new EcsService({ time, account: ACCOUNT, elb })
})

afterEach(async () => {
  await ecs.stop()
  time.stop()
})

async function errorOf(operation: string, input: unknown): Promise<{ code: string; message: string }> {
  try {
    await ecs.handle(operation, input)
  } catch (error: any) {
    return { code: error.code, message: error.message }
  }
  throw new Error(`${operation} did not fail`)
}

const web = (image = 'shop:v1', extra: Record<string, unknown> = {}) => ({
  family: 'web',
  containerDefinitions: [{ name: 'app', image, portMappings: [{ containerPort: 8080 }] }],
  ...extra
})

describe('clusters', () => {
  it('has a default cluster, creates others idempotently and reports missing ones as failures', async () => {
    const { cluster } = await ecs.handle('CreateCluster', {
      clusterName: 'prod',
      tags: [{ key: 'team', value: 'a' }]
    })
    expect(cluster).toMatchObject({
      clusterArn: 'arn:aws:ecs:eu-west-1:123456789012:cluster/prod',
      clusterName: 'prod',
      status: 'ACTIVE',
      activeServicesCount: 0
    })
    expect((await ecs.handle('CreateCluster', { clusterName: 'prod' })).cluster.clusterArn).toBe(
      cluster.clusterArn
    )
    const described = await ecs.handle('DescribeClusters', {
      clusters: ['default', cluster.clusterArn, 'nope'],
      include: ['TAGS']
    })
    expect(described.clusters.map((c: any) => c.clusterName)).toEqual(['default', 'prod'])
    expect(described.clusters[1].tags).toEqual([{ key: 'team', value: 'a' }])
    expect(described.failures).toEqual([
      { arn: 'arn:aws:ecs:eu-west-1:123456789012:cluster/nope', reason: 'MISSING' }
    ])
    expect((await ecs.handle('DescribeClusters', {})).clusters[0].clusterName).toBe('default')
  })
})

describe('task definitions', () => {
  it('registers revisions with AWS defaults and describes them by family, family:revision or ARN', async () => {
    const first = (
      await ecs.handle('RegisterTaskDefinition', web('shop:v1', { tags: [{ key: 'app', value: 'shop' }] }))
    ).taskDefinition
    const second = (await ecs.handle('RegisterTaskDefinition', web('shop:v2'))).taskDefinition
    expect(first).toMatchObject({
      taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:1',
      family: 'web',
      revision: 1,
      status: 'ACTIVE',
      compatibilities: ['EC2']
    })
    expect(first.containerDefinitions[0]).toMatchObject({
      essential: true,
      environment: [],
      portMappings: [{ containerPort: 8080, protocol: 'tcp' }]
    })
    expect(first.registeredAt).toBeInstanceOf(Date)
    expect(second.revision).toBe(2)

    const latest = await ecs.handle('DescribeTaskDefinition', { taskDefinition: 'web' })
    expect(latest.taskDefinition.revision).toBe(2)
    expect(latest.tags).toBeUndefined()
    const byRevision = await ecs.handle('DescribeTaskDefinition', {
      taskDefinition: 'web:1',
      include: ['TAGS']
    })
    expect(byRevision.tags).toEqual([{ key: 'app', value: 'shop' }])
    const byArn = await ecs.handle('DescribeTaskDefinition', { taskDefinition: first.taskDefinitionArn })
    expect(byArn.taskDefinition.containerDefinitions[0].image).toBe('shop:v1')
  })

  it('deregisters to INACTIVE: still describable by revision, skipped by family and ACTIVE listings', async () => {
    await ecs.handle('RegisterTaskDefinition', web('shop:v1'))
    await ecs.handle('RegisterTaskDefinition', web('shop:v2'))
    await ecs.handle('RegisterTaskDefinition', { ...web('api:v1'), family: 'api' })
    const { taskDefinition } = await ecs.handle('DeregisterTaskDefinition', { taskDefinition: 'web:2' })
    expect(taskDefinition).toMatchObject({ status: 'INACTIVE', revision: 2 })
    expect(taskDefinition.deregisteredAt).toBeInstanceOf(Date)
    expect(
      (await ecs.handle('DescribeTaskDefinition', { taskDefinition: 'web' })).taskDefinition.revision
    ).toBe(1)
    expect(
      (await ecs.handle('DescribeTaskDefinition', { taskDefinition: 'web:2' })).taskDefinition.status
    ).toBe('INACTIVE')
    const arn = (family: string, revision: number) =>
      `arn:aws:ecs:eu-west-1:123456789012:task-definition/${family}:${revision}`
    expect((await ecs.handle('ListTaskDefinitions', {})).taskDefinitionArns).toEqual([
      arn('api', 1),
      arn('web', 1)
    ])
    expect(
      (await ecs.handle('ListTaskDefinitions', { familyPrefix: 'web', status: 'INACTIVE' }))
        .taskDefinitionArns
    ).toEqual([arn('web', 2)])
    expect(
      (await ecs.handle('ListTaskDefinitions', { sort: 'DESC', maxResults: 1 })).taskDefinitionArns
    ).toEqual([arn('web', 1)])
  })

  it('answers ClientException for a task definition that does not exist or is malformed', async () => {
    expect(await errorOf('DescribeTaskDefinition', { taskDefinition: 'ghost:3' })).toEqual({
      code: 'ClientException',
      message: 'Unable to describe task definition.'
    })
    expect(
      (await errorOf('RegisterTaskDefinition', { family: 'x', containerDefinitions: [{ name: 'a' }] })).code
    ).toBe('ClientException')
    expect(
      (await errorOf('RegisterTaskDefinition', { ...web(), requiresCompatibilities: ['FARGATE'] })).message
    ).toMatch(/awsvpc/)
  })

  it('refuses image references ECS refuses: too long, whitespace, other characters, bad digests', async () => {
    const registry = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
    const digest = `sha256:${'ab'.repeat(32)}`
    const accepted = [
      'shop',
      `${registry}/team/shop_api:v1.2-rc3#build`,
      'Shop:V1',
      'x'.repeat(255),
      `${registry}/shop@${digest}`,
      // Only the name before `@` counts toward the 255 characters.
      `${'x'.repeat(255)}@${digest}`
    ]
    for (const image of accepted) {
      const { taskDefinition } = await ecs.handle('RegisterTaskDefinition', web(image))
      expect(taskDefinition.containerDefinitions[0].image).toBe(image)
    }
    const tooLong = { code: 'ClientException', message: 'Container.image should be 255 characters or less' }
    const invalid = { code: 'ClientException', message: 'Container.image contains invalid characters.' }
    const refused: [unknown, object][] = [
      ['x'.repeat(256), tooLong],
      [`${'x'.repeat(256)}@${digest}`, tooLong],
      ['shop:v1\n', invalid],
      ['shop:v1 ', invalid],
      [' shop:v1', invalid],
      ['shop:\tv1', invalid],
      ['shop:v1\r\nX-Injected: 1', invalid],
      ['shop$(id):v1', invalid],
      ['shop:v1?', invalid],
      ['shop@sha256:abc', invalid],
      [`shop@md5:${'ab'.repeat(32)}`, invalid],
      [42, invalid],
      ['', { code: 'ClientException', message: 'Container.image should not be null or empty.' }]
    ]
    for (const [image, error] of refused) {
      expect([image, await errorOf('RegisterTaskDefinition', web(image as string))]).toEqual([image, error])
    }
  })
})

describe('services', () => {
  beforeEach(async () => {
    await ecs.handle('RegisterTaskDefinition', web())
  })

  it('creates a service with AWS defaults and one PRIMARY deployment', async () => {
    const { service } = await ecs.handle('CreateService', {
      serviceName: 'web',
      taskDefinition: 'web',
      desiredCount: 0,
      loadBalancers: [{ targetGroupArn: TG_ATTACHED, containerName: 'app', containerPort: 8080 }],
      healthCheckGracePeriodSeconds: 30,
      tags: [{ key: 'color', value: 'blue' }]
    })
    expect(service).toMatchObject({
      serviceArn: 'arn:aws:ecs:eu-west-1:123456789012:service/default/web',
      clusterArn: 'arn:aws:ecs:eu-west-1:123456789012:cluster/default',
      status: 'ACTIVE',
      desiredCount: 0,
      runningCount: 0,
      pendingCount: 0,
      launchType: 'EC2',
      taskDefinition: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:1',
      healthCheckGracePeriodSeconds: 30,
      schedulingStrategy: 'REPLICA',
      deploymentController: { type: 'ECS' },
      deploymentConfiguration: {
        deploymentCircuitBreaker: { enable: false, rollback: false },
        maximumPercent: 200,
        minimumHealthyPercent: 100,
        strategy: 'ROLLING'
      },
      events: []
    })
    expect(service.deployments).toHaveLength(1)
    expect(service.deployments[0]).toMatchObject({
      status: 'PRIMARY',
      rolloutState: 'IN_PROGRESS',
      desiredCount: 0
    })
    expect(service.createdAt).toBeInstanceOf(Date)

    const described = await ecs.handle('DescribeServices', { services: ['web', 'gone'], include: ['TAGS'] })
    expect(described.services[0].tags).toEqual([{ key: 'color', value: 'blue' }])
    expect(described.failures).toEqual([
      { arn: 'arn:aws:ecs:eu-west-1:123456789012:service/default/gone', reason: 'MISSING' }
    ])
    expect((await ecs.handle('DescribeServices', { services: ['web'] })).services[0].tags).toBeUndefined()
  })

  it('keeps the strategy settings, and merges deployment configuration updates', async () => {
    await ecs.handle('CreateService', {
      serviceName: 'web',
      taskDefinition: 'web',
      desiredCount: 0,
      deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 }
    })
    const { service } = await ecs.handle('UpdateService', {
      service: 'web',
      deploymentConfiguration: {
        deploymentCircuitBreaker: { enable: true, rollback: true },
        minimumHealthyPercent: 50
      }
    })
    expect(service.deploymentConfiguration).toMatchObject({
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 5,
      minimumHealthyPercent: 50,
      maximumPercent: 200,
      deploymentCircuitBreaker: { enable: true, rollback: true }
    })
    expect(service.deployments).toHaveLength(1)
  })

  it('starts a new deployment for a new task definition or forceNewDeployment, not for desiredCount', async () => {
    await ecs.handle('CreateService', { serviceName: 'web', taskDefinition: 'web', desiredCount: 0 })
    await ecs.handle('RegisterTaskDefinition', web('shop:v2'))
    const scaled = (await ecs.handle('UpdateService', { service: 'web', desiredCount: 0 })).service
    expect(scaled.deployments).toHaveLength(1)
    const updated = (await ecs.handle('UpdateService', { service: 'web', taskDefinition: 'web:2' })).service
    expect(updated.deployments.map((d: any) => [d.status, d.taskDefinition.split('/')[1]])).toEqual([
      ['PRIMARY', 'web:2'],
      ['ACTIVE', 'web:1']
    ])
    const forced = (await ecs.handle('UpdateService', { service: 'web', forceNewDeployment: true })).service
    expect(forced.deployments[0].id).not.toBe(updated.deployments[0].id)
    expect(forced.deployments[0].taskDefinition).toBe(updated.deployments[0].taskDefinition)
  })

  it('answers AWS error codes', async () => {
    expect(
      await errorOf('CreateService', { cluster: 'nope', serviceName: 'web', taskDefinition: 'web' })
    ).toEqual({
      code: 'ClusterNotFoundException',
      message: 'Cluster not found.'
    })
    expect(await errorOf('CreateService', { serviceName: 'web', taskDefinition: 'ghost' })).toEqual({
      code: 'ClientException',
      message: 'TaskDefinition not found.'
    })
    expect(
      await errorOf('CreateService', {
        serviceName: 'web',
        taskDefinition: 'web',
        loadBalancers: [{ targetGroupArn: TG_LONELY, containerName: 'app', containerPort: 8080 }]
      })
    ).toEqual({
      code: 'InvalidParameterException',
      message: `The target group with targetGroupArn ${TG_LONELY} does not have an associated load balancer.`
    })
    expect(
      (
        await errorOf('CreateService', {
          serviceName: 'web',
          taskDefinition: 'web',
          loadBalancers: [{ targetGroupArn: TG_ATTACHED, containerName: 'app', containerPort: 9999 }]
        })
      ).code
    ).toBe('InvalidParameterException')
    expect(await errorOf('UpdateService', { service: 'ghost', desiredCount: 1 })).toEqual({
      code: 'ServiceNotFoundException',
      message: 'Service not found.'
    })
    expect((await errorOf('DescribeServices', { cluster: 'nope', services: ['web'] })).code).toBe(
      'ClusterNotFoundException'
    )
    expect((await errorOf('ListTasks', { serviceName: 'ghost' })).code).toBe('ServiceNotFoundException')
    expect(await errorOf('StopTask', { task: 'abc' })).toEqual({
      code: 'InvalidParameterException',
      message: 'The referenced task was not found.'
    })
    expect((await errorOf('Frobnicate', {})).code).toBe('UnknownOperationException')

    await ecs.handle('CreateService', { serviceName: 'web', taskDefinition: 'web', desiredCount: 1 })
    expect(
      (await errorOf('CreateService', { serviceName: 'web', taskDefinition: 'web', desiredCount: 3 })).message
    ).toBe('Creation of service was not idempotent.')
    expect((await errorOf('DeleteService', { service: 'web' })).message).toBe(
      'The service cannot be stopped while it is scaled above 0.'
    )
    await ecs.handle('DeleteService', { service: 'web', force: true })
    expect(await errorOf('UpdateService', { service: 'web', desiredCount: 1 })).toEqual({
      code: 'ServiceNotActiveException',
      message: 'Service was not ACTIVE.'
    })
    expect((await errorOf('CreateService', { serviceName: 'web', taskDefinition: 'web' })).message).toBe(
      'Unable to Start a service that is still Draining.'
    )
  })

  it('takes a desiredCount from 0 to the tasks-per-service quota (5000), as ECS does', async () => {
    const exceeds = { code: 'InvalidParameterException', message: 'Desired count exceeds limit.' }
    const negative = {
      code: 'InvalidParameterException',
      message: 'desiredCount must be a non-negative integer.'
    }
    expect(
      await errorOf('CreateService', { serviceName: 'big', taskDefinition: 'web', desiredCount: 5001 })
    ).toEqual(exceeds)
    expect(
      await errorOf('CreateService', { serviceName: 'neg', taskDefinition: 'web', desiredCount: -1 })
    ).toEqual(negative)
    expect(
      (await errorOf('CreateService', { serviceName: 'half', taskDefinition: 'web', desiredCount: 1.5 })).code
    ).toBe('InvalidParameterException')
    await ecs.handle('CreateService', { serviceName: 'web', taskDefinition: 'web', desiredCount: 0 })
    expect(await errorOf('UpdateService', { service: 'web', desiredCount: 5001 })).toEqual(exceeds)
    expect(await errorOf('UpdateService', { service: 'web', desiredCount: -2 })).toEqual(negative)
    expect((await ecs.handle('DescribeServices', { services: ['web'] })).services[0].desiredCount).toBe(0)
    // The boundary itself, without launching 5000 task apps.
    expect(MAX_TASKS_PER_SERVICE).toBe(5000)
    expect(optionalDesiredCount({ desiredCount: 5000 })).toBe(5000)
  })

  it('lists services a page at a time', async () => {
    for (const name of ['a', 'b', 'c']) {
      await ecs.handle('CreateService', { serviceName: name, taskDefinition: 'web', desiredCount: 0 })
    }
    const first = await ecs.handle('ListServices', { maxResults: 2 })
    expect(first.serviceArns.map((arn: string) => arn.split('/').pop())).toEqual(['a', 'b'])
    const second = await ecs.handle('ListServices', { maxResults: 2, nextToken: first.nextToken })
    expect(second.serviceArns.map((arn: string) => arn.split('/').pop())).toEqual(['c'])
    expect(second.nextToken).toBeUndefined()
  })
})

describe('tags', () => {
  it('tags, lists and untags services, clusters and task definitions', async () => {
    const { taskDefinition } = await ecs.handle('RegisterTaskDefinition', web())
    const { service } = await ecs.handle('CreateService', {
      serviceName: 'web',
      taskDefinition: 'web',
      desiredCount: 0
    })
    for (const arn of [
      service.serviceArn,
      taskDefinition.taskDefinitionArn,
      'arn:aws:ecs:eu-west-1:123456789012:cluster/default'
    ]) {
      await ecs.handle('TagResource', {
        resourceArn: arn,
        tags: [
          { key: 'rollout', value: 'v1' },
          { key: 'keep', value: 'yes' }
        ]
      })
      await ecs.handle('TagResource', { resourceArn: arn, tags: [{ key: 'rollout', value: 'v2' }] })
      await ecs.handle('UntagResource', { resourceArn: arn, tagKeys: ['keep'] })
      expect((await ecs.handle('ListTagsForResource', { resourceArn: arn })).tags).toEqual([
        { key: 'rollout', value: 'v2' }
      ])
    }
    expect(
      (
        await errorOf('TagResource', {
          resourceArn: 'arn:aws:ecs:eu-west-1:123456789012:service/default/ghost',
          tags: [{ key: 'a', value: 'b' }]
        })
      ).code
    ).toBe('ResourceNotFoundException')
    expect(
      (
        await errorOf('TagResource', {
          resourceArn: service.serviceArn,
          tags: [{ key: 'aws:x', value: 'b' }]
        })
      ).code
    ).toBe('InvalidParameterException')
  })
})

describe('tasks', () => {
  it('takes startedBy only as the sole filter, as ECS documents', async () => {
    expect(await ecs.handle('ListTasks', { startedBy: 'ecs-svc/1' })).toEqual({ taskArns: [] })
    for (const other of [{ serviceName: 'web' }, { desiredStatus: 'STOPPED' }, { family: 'web' }]) {
      expect(await errorOf('ListTasks', { startedBy: 'ecs-svc/1', ...other })).toEqual({
        code: 'InvalidParameterException',
        message: 'When you specify startedBy as the filter, it must be the only filter that you use.'
      })
    }
  })
})
