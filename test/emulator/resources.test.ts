/**
 * What tasks need to start, emulated (ECR, Secrets Manager, SSM Parameter Store, IAM roles, CloudWatch Logs),
 * through the unmodified SDK clients; and tasks that cannot start stop as ECS stops them.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImagesCommand,
  ECRClient,
  PutImageCommand
} from '@aws-sdk/client-ecr'
import {
  CreateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import {
  GetParameterCommand,
  GetParametersCommand,
  PutParameterCommand,
  SSMClient
} from '@aws-sdk/client-ssm'
import { CreateRoleCommand, GetRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  DescribeLogGroupsCommand
} from '@aws-sdk/client-cloudwatch-logs'
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeTasksCommand,
  ECSClient,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  type ContainerDefinition
} from '@aws-sdk/client-ecs'
import { startEmulator, type Emulator } from '../../emulator/index.ts'

let emulator: Emulator
let config: {
  endpoint: string
  region: string
  credentials: { accessKeyId: string; secretAccessKey: string }
}
let ecr: ECRClient

beforeAll(async () => {
  emulator = await startEmulator({ timeScale: 0.01, rateLimits: false })
  config = {
    endpoint: emulator.endpoint,
    region: emulator.account.region,
    credentials: { accessKeyId: 'emulator', secretAccessKey: 'emulator' }
  }
  ecr = new ECRClient(config)
})

afterAll(() => emulator.stop())

const manifest = (version: string) => JSON.stringify({ schemaVersion: 2, config: { digest: version } })

async function errorOf(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await promise
  } catch (error: any) {
    return { name: error.name, message: error.message }
  }
  throw new Error('the call did not fail')
}

describe('ECR', () => {
  test('repositories and images by tag and digest', async () => {
    const { repository } = await ecr.send(new CreateRepositoryCommand({ repositoryName: 'shop' }))
    expect(repository).toMatchObject({
      repositoryName: 'shop',
      repositoryUri: `000000000000.dkr.ecr.us-east-1.amazonaws.com/shop`,
      repositoryArn: 'arn:aws:ecr:us-east-1:000000000000:repository/shop'
    })
    const { image } = await ecr.send(
      new PutImageCommand({ repositoryName: 'shop', imageManifest: manifest('v1'), imageTag: 'v1' })
    )
    const digest = image!.imageId!.imageDigest!
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    for (const imageId of [{ imageTag: 'v1' }, { imageDigest: digest }]) {
      const { imageDetails } = await ecr.send(
        new DescribeImagesCommand({ repositoryName: 'shop', imageIds: [imageId] })
      )
      expect(imageDetails).toEqual([expect.objectContaining({ imageDigest: digest, imageTags: ['v1'] })])
      expect(imageDetails![0].imagePushedAt).toBeInstanceOf(Date)
    }
    expect(
      await errorOf(
        ecr.send(new DescribeImagesCommand({ repositoryName: 'shop', imageIds: [{ imageTag: 'v9' }] }))
      )
    ).toEqual({
      name: 'ImageNotFoundException',
      message: expect.stringContaining("imageTag:'v9'")
    })
    expect((await errorOf(ecr.send(new DescribeImagesCommand({ repositoryName: 'none' })))).name).toBe(
      'RepositoryNotFoundException'
    )
    const batch = await ecr.send(
      new BatchGetImageCommand({ repositoryName: 'shop', imageIds: [{ imageTag: 'v1' }, { imageTag: 'v2' }] })
    )
    expect(batch.images!.map((found) => found.imageManifest)).toEqual([manifest('v1')])
    expect(batch.failures).toEqual([
      {
        imageId: { imageTag: 'v2' },
        failureCode: 'ImageNotFound',
        failureReason: 'Requested image not found'
      }
    ])
  })
})

test('Secrets Manager: by name, ARN and partial ARN; a missing secret is ResourceNotFoundException', async () => {
  const secrets = new SecretsManagerClient(config)
  const created = await secrets.send(
    new CreateSecretCommand({ Name: 'shop/db', SecretString: '{"password":"p"}' })
  )
  expect(created.ARN).toMatch(
    /^arn:aws:secretsmanager:us-east-1:000000000000:secret:shop\/db-[A-Za-z0-9]{6}$/
  )
  for (const id of ['shop/db', created.ARN!, created.ARN!.slice(0, -7)]) {
    expect(await secrets.send(new DescribeSecretCommand({ SecretId: id }))).toMatchObject({ Name: 'shop/db' })
  }
  expect((await secrets.send(new GetSecretValueCommand({ SecretId: 'shop/db' }))).SecretString).toBe(
    '{"password":"p"}'
  )
  expect(await errorOf(secrets.send(new DescribeSecretCommand({ SecretId: 'shop/none' })))).toEqual({
    name: 'ResourceNotFoundException',
    message: "Secrets Manager can't find the specified secret."
  })
})

test('SSM Parameter Store: by name and ARN; GetParameters lists the missing ones', async () => {
  const ssm = new SSMClient(config)
  await ssm.send(new PutParameterCommand({ Name: '/shop/url', Value: 'postgres://db', Type: 'String' }))
  const { Parameter } = await ssm.send(new GetParameterCommand({ Name: '/shop/url' }))
  expect(Parameter).toMatchObject({ Name: '/shop/url', Value: 'postgres://db', Version: 1 })
  const arn = 'arn:aws:ssm:us-east-1:000000000000:parameter/shop/url'
  const both = await ssm.send(new GetParametersCommand({ Names: [arn, '/shop/none'] }))
  expect(both.Parameters!.map((parameter) => parameter.ARN)).toEqual([arn])
  expect(both.InvalidParameters).toEqual(['/shop/none'])
  expect((await errorOf(ssm.send(new GetParameterCommand({ Name: '/shop/none' })))).name).toBe(
    'ParameterNotFound'
  )
})

test('IAM roles (awsQuery): created, read, and NoSuchEntity for a missing one', async () => {
  const iam = new IAMClient(config)
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [] })
  const { Role } = await iam.send(
    new CreateRoleCommand({ RoleName: 'shop-task', AssumeRolePolicyDocument: trust })
  )
  expect(Role).toMatchObject({ RoleName: 'shop-task', Arn: 'arn:aws:iam::000000000000:role/shop-task' })
  expect((await iam.send(new GetRoleCommand({ RoleName: 'shop-task' }))).Role!.CreateDate).toBeInstanceOf(
    Date
  )
  expect(await errorOf(iam.send(new GetRoleCommand({ RoleName: 'none' })))).toEqual({
    name: 'NoSuchEntityException',
    message: 'The role with name none cannot be found.'
  })
})

test('CloudWatch Logs: log groups by prefix', async () => {
  const logs = new CloudWatchLogsClient(config)
  await logs.send(new CreateLogGroupCommand({ logGroupName: '/ecs/shop' }))
  await logs.send(new CreateLogGroupCommand({ logGroupName: '/ecs/other' }))
  const { logGroups } = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/ecs/shop' }))
  expect(logGroups!.map((group) => group.logGroupName)).toEqual(['/ecs/shop'])
  expect(typeof logGroups![0].creationTime).toBe('number')
  expect((await errorOf(logs.send(new CreateLogGroupCommand({ logGroupName: '/ecs/shop' })))).name).toBe(
    'ResourceAlreadyExistsException'
  )
})

describe('tasks that cannot start', () => {
  const ecs = () => new ECSClient(config)
  const registry = '000000000000.dkr.ecr.us-east-1.amazonaws.com'

  /** Runs one task of `container` in a service and waits for it to stop (or to run: then undefined). */
  async function firstTask(name: string, container: ContainerDefinition) {
    const client = ecs()
    await client.send(new CreateClusterCommand({ clusterName: name }))
    const registered = await client.send(
      new RegisterTaskDefinitionCommand({
        family: name,
        containerDefinitions: [{ ...container, name: 'app' }]
      })
    )
    await client.send(
      new CreateServiceCommand({
        cluster: name,
        serviceName: name,
        taskDefinition: registered.taskDefinition!.taskDefinitionArn,
        desiredCount: 1
      })
    )
    for (let look = 0; look < 200; look++) {
      for (const desiredStatus of ['STOPPED', 'RUNNING'] as const) {
        const { taskArns } = await client.send(new ListTasksCommand({ cluster: name, desiredStatus }))
        if (taskArns!.length === 0) continue
        const { tasks } = await client.send(new DescribeTasksCommand({ cluster: name, tasks: taskArns }))
        const task = tasks![0]
        if (task.lastStatus === 'RUNNING') return task
        if (task.lastStatus === 'STOPPED') return task
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`no task of ${name} ran or stopped`)
  }

  test('an image tag the emulated ECR lacks: CannotPullContainerError', async () => {
    const task = await firstTask('pull', { image: `${registry}/shop:v404` })
    expect(task).toMatchObject({
      lastStatus: 'STOPPED',
      stopCode: 'TaskFailedToStart',
      stoppedReason: `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${registry}/shop:v404: ${registry}/shop:v404: not found`
    })
    expect(task.containers![0].reason).toBe(task.stoppedReason)
  })

  test('a missing secret: ResourceInitializationError', async () => {
    const task = await firstTask('secret', {
      image: `${registry}/shop:v1`,
      secrets: [{ name: 'DB', valueFrom: '/shop/password' }]
    })
    expect(task).toMatchObject({ lastStatus: 'STOPPED', stopCode: 'TaskFailedToStart' })
    expect(task.stoppedReason).toMatch(
      /^ResourceInitializationError: unable to pull secrets or registry auth: .*invalid ssm parameters: \/shop\/password$/
    )
  })

  test('an image of the emulated ECR that is there, with its secret, runs; so does an image of another registry', async () => {
    await new SSMClient(config).send(
      new PutParameterCommand({ Name: '/shop/key', Value: 'k', Type: 'SecureString' })
    )
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'pushed' }))
    await ecr.send(
      new PutImageCommand({ repositoryName: 'pushed', imageManifest: manifest('p1'), imageTag: 'p1' })
    )
    const pushed = await firstTask('pushed', {
      image: `${registry}/pushed:p1`,
      secrets: [{ name: 'KEY', valueFrom: '/shop/key' }]
    })
    expect(pushed.lastStatus).toBe('RUNNING')
    expect((await firstTask('elsewhere', { image: 'demo:v1' })).lastStatus).toBe('RUNNING')
  })
})
