/**
 * Who the caller is (STS GetCallerIdentity) and what its policy would decide (IAM SimulatePrincipalPolicy), through
 * the unmodified SDK clients: the simulation decides by the same policies the emulator enforces on real calls.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { CreateRoleCommand, IAMClient, SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam'
import { ECSClient, UpdateServiceCommand } from '@aws-sdk/client-ecs'
import { startEmulator, type Emulator } from '../../emulator/index.ts'
import { roleAccessKey } from '../../emulator/iam/access.ts'

let emulator: Emulator
const account = '000000000000'
const roleArn = (name: string) => `arn:aws:iam::${account}:role/${name}`
const cluster = `arn:aws:ecs:us-east-1:${account}:cluster/shop`
const service = `arn:aws:ecs:us-east-1:${account}:service/shop/web`

const config = (accessKeyId: string) => ({
  endpoint: emulator.endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId, secretAccessKey: 'x' },
  maxAttempts: 1
})

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timeScale: 0.01 })
  emulator.iam.bind('deploy', {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 'ecs:UpdateService',
        Resource: `arn:aws:ecs:us-east-1:${account}:service/shop/*`,
        Condition: { ArnEquals: { 'ecs:cluster': [cluster] } }
      },
      { Effect: 'Allow', Action: ['ecs:Describe*', 'ecs:DeleteService'], Resource: '*' },
      { Effect: 'Deny', Action: 'ecs:DeleteService', Resource: service },
      { Effect: 'Allow', Action: 'iam:SimulatePrincipalPolicy', Resource: roleArn('deploy') }
    ]
  })
  emulator.iam.bind('narrow', {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'ecs:Describe*', Resource: '*' }]
  })
})

afterAll(async () => {
  await emulator?.stop()
})

test('GetCallerIdentity names an assumed role as AWS does, and the administrator key as the root', async () => {
  const asRole = await new STSClient(config(roleAccessKey('narrow'))).send(new GetCallerIdentityCommand({}))
  expect(asRole).toMatchObject({
    Account: account,
    Arn: `arn:aws:sts::${account}:assumed-role/narrow/GitHubActions`,
    UserId: expect.stringMatching(/^AROA[0-9A-Z]{17}:GitHubActions$/)
  })
  const asAdmin = await new STSClient(config('emulator')).send(new GetCallerIdentityCommand({}))
  expect(asAdmin).toMatchObject({ Account: account, Arn: `arn:aws:iam::${account}:root` })
})

test('SimulatePrincipalPolicy decides each action on each resource as the enforced policy does', async () => {
  const iam = new IAMClient(config(roleAccessKey('deploy')))
  const { EvaluationResults = [] } = await iam.send(
    new SimulatePrincipalPolicyCommand({
      PolicySourceArn: roleArn('deploy'),
      ActionNames: ['ecs:UpdateService', 'ecs:DeleteService', 'ecs:CreateService'],
      ResourceArns: [service],
      ContextEntries: [
        { ContextKeyName: 'ecs:cluster', ContextKeyType: 'string', ContextKeyValues: [cluster] }
      ]
    })
  )
  expect(
    EvaluationResults.map((one) => [one.EvalActionName, one.EvalResourceName, one.EvalDecision])
  ).toEqual([
    ['ecs:UpdateService', service, 'allowed'],
    ['ecs:DeleteService', service, 'explicitDeny'],
    ['ecs:CreateService', service, 'implicitDeny']
  ])
  // Without the condition key the call would carry, the conditional statement does not match.
  const bare = await iam.send(
    new SimulatePrincipalPolicyCommand({
      PolicySourceArn: roleArn('deploy'),
      ActionNames: ['ecs:UpdateService']
    })
  )
  expect(bare.EvaluationResults?.map((one) => [one.EvalResourceName, one.EvalDecision])).toEqual([
    ['*', 'implicitDeny']
  ])
  // The enforcement agrees: the same role may update the service (it is then not found, not denied).
  const ecs = new ECSClient(config(roleAccessKey('deploy')))
  await expect(
    ecs.send(new UpdateServiceCommand({ cluster, service, desiredCount: 1 }))
  ).rejects.toMatchObject({
    name: 'ClusterNotFoundException'
  })
})

test('a role without iam:SimulatePrincipalPolicy is refused (AccessDenied, 403); an unknown role is NoSuchEntity', async () => {
  const narrow = new IAMClient(config(roleAccessKey('narrow')))
  await expect(
    narrow.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: roleArn('narrow'),
        ActionNames: ['ecs:ListTasks']
      })
    )
  ).rejects.toMatchObject({
    name: 'AccessDenied',
    $metadata: { httpStatusCode: 403 },
    message: expect.stringContaining(`iam:SimulatePrincipalPolicy on resource: ${roleArn('narrow')}`)
  })
  const admin = new IAMClient(config('emulator'))
  await expect(
    admin.send(
      new SimulatePrincipalPolicyCommand({
        PolicySourceArn: roleArn('nobody'),
        ActionNames: ['ecs:ListTasks']
      })
    )
  ).rejects.toMatchObject({ name: 'NoSuchEntityException' })
  // A role of the account with no policy bound: every action implicitly denied.
  await admin.send(new CreateRoleCommand({ RoleName: 'bare', AssumeRolePolicyDocument: '{}' }))
  const bare = await admin.send(
    new SimulatePrincipalPolicyCommand({ PolicySourceArn: roleArn('bare'), ActionNames: ['ecs:ListTasks'] })
  )
  expect(bare.EvaluationResults?.map((one) => one.EvalDecision)).toEqual(['implicitDeny'])
})
