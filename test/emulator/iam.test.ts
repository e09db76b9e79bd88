/**
 * The emulator holding callers to IAM policies, through the unmodified SDK clients: each service answers a call
 * outside the policy the way AWS does (ECS AccessDeniedException, ELBv2 AccessDenied in XML, CloudWatch
 * AccessDenied), changes nothing, and logs the caller's role and the IAM actions it asked for.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch'
import {
  CreateClusterCommand,
  ECSClient,
  ListClustersCommand,
  RegisterTaskDefinitionCommand
} from '@aws-sdk/client-ecs'
import { DeleteRuleCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2'
import { startEmulator, type Emulator } from '../../emulator/index.ts'

let emulator: Emulator
const role = 'deploy'

const clientConfig = (accessKeyId: string) => ({
  endpoint: emulator.endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId, secretAccessKey: 'x' },
  maxAttempts: 1
})

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.01 })
  emulator.iam.bind(role, {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['ecs:RegisterTaskDefinition', 'ecs:List*'], Resource: '*' },
      {
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: 'arn:aws:iam::000000000000:role/app-*',
        Condition: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } }
      }
    ]
  })
})

afterAll(async () => {
  await emulator?.stop()
})

test('ECS: AccessDeniedException naming the role, the action and the resource; nothing is created', async () => {
  const ecs = new ECSClient(clientConfig('emulator-as-deploy'))
  const admin = new ECSClient(clientConfig('emulator'))
  try {
    await expect(ecs.send(new CreateClusterCommand({ clusterName: 'denied' }))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message:
        'User: arn:aws:sts::000000000000:assumed-role/deploy/GitHubActions is not authorized to perform: ' +
        'ecs:CreateCluster on resource: * because no identity-based policy allows the ecs:CreateCluster action'
    })
    const { clusterArns = [] } = await admin.send(new ListClustersCommand({}))
    expect(clusterArns.some((arn) => arn.endsWith('/denied'))).toBe(false)
    const last = emulator.calls.at(-2)!
    expect(last).toMatchObject({ operation: 'CreateCluster', role, actions: ['ecs:CreateCluster'] })
    expect(last.error).toBe('AccessDeniedException')
    // The administrator's calls are not held to anything, and carry no role.
    expect(emulator.calls.at(-1)!.role).toBeUndefined()
  } finally {
    ecs.destroy()
    admin.destroy()
  }
})

test('ECS: RegisterTaskDefinition asks iam:PassRole for each role it names', async () => {
  const ecs = new ECSClient(clientConfig('emulator-as-deploy'))
  const definition = (taskRoleArn: string) =>
    new RegisterTaskDefinitionCommand({
      family: 'iam',
      taskRoleArn,
      containerDefinitions: [{ name: 'app', image: 'demo:v1' }]
    })
  try {
    await expect(ecs.send(definition('arn:aws:iam::000000000000:role/app-task'))).resolves.toBeDefined()
    expect(emulator.calls.at(-1)!.actions).toEqual(['ecs:RegisterTaskDefinition', 'iam:PassRole'])
    await expect(ecs.send(definition('arn:aws:iam::000000000000:role/admin'))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining(
        'not authorized to perform: iam:PassRole on resource: arn:aws:iam::000000000000:role/admin'
      )
    })
  } finally {
    ecs.destroy()
  }
})

test('ELBv2 and CloudWatch: AccessDenied, HTTP 403', async () => {
  const elb = new ElasticLoadBalancingV2Client(clientConfig('emulator-as-deploy'))
  const cloudwatch = new CloudWatchClient(clientConfig('emulator-as-deploy'))
  const ruleArn = 'arn:aws:elasticloadbalancing:us-east-1:000000000000:listener-rule/app/web/1/2/3'
  try {
    await expect(elb.send(new DeleteRuleCommand({ RuleArn: ruleArn }))).rejects.toMatchObject({
      name: 'AccessDenied',
      $metadata: { httpStatusCode: 403 },
      message: expect.stringContaining(`elasticloadbalancing:DeleteRule on resource: ${ruleArn}`)
    })
    const query = new GetMetricDataCommand({
      MetricDataQueries: [],
      StartTime: new Date(0),
      EndTime: new Date()
    })
    await expect(cloudwatch.send(query)).rejects.toMatchObject({
      name: 'AccessDenied',
      $metadata: { httpStatusCode: 403 },
      message: expect.stringContaining('cloudwatch:GetMetricData on resource: *')
    })
  } finally {
    elb.destroy()
    cloudwatch.destroy()
  }
})
