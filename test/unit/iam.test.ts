/**
 * The IAM policies: the README section and iam/<action>.json are what the rights table makes, and the emulator
 * evaluates policies as AWS does (wildcards, conditions, explicit deny, the requests each call makes).
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { allows, validatePolicy, type PolicyDocument } from '../../emulator/iam/policy.ts'
import { accessRequests } from '../../emulator/iam/requests.ts'
import { accessKeyOf, createEnforcer } from '../../emulator/iam/access.ts'
import { policyFiles, readmeSection } from '../../src/iam/docs.ts'
import { policyFor } from '../../src/iam/policy.ts'
import { ACTION_RIGHTS } from '../../src/iam/rights.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const account = { region: 'eu-west-1', accountId: '123456789012' }
const values = {
  region: account.region,
  'account-id': account.accountId,
  cluster: 'prod',
  'load-balancer': 'web',
  'task-role': 'web-task',
  'execution-role': 'web-exec'
}

describe('the published policies', () => {
  test('the README section and iam/<action>.json are what `npm run iam` makes from src/iam/rights.ts', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(readmeSection())
    for (const [path, text] of Object.entries(policyFiles())) {
      expect(readFileSync(join(root, path), 'utf8')).toBe(text)
    }
  })

  test('every action under actions/ has its rights listed, and only those', () => {
    expect(Object.keys(ACTION_RIGHTS).sort()).toEqual(readdirSync(join(root, 'actions')).sort())
  })

  test.each(Object.keys(ACTION_RIGHTS))('%s: a valid policy document, every placeholder filled', (action) => {
    const policy = policyFor(action, values) as PolicyDocument
    expect(() => validatePolicy(policy, action)).not.toThrow()
    expect(JSON.stringify(policy)).not.toMatch(/<[a-z-]+>/)
    expect(new Set(policy.Statement.map((statement) => statement.Sid)).size).toBe(policy.Statement.length)
  })
})

describe('policy evaluation', () => {
  const policy = policyFor('rolling', values) as PolicyDocument
  const ask = (service: 'ecs' | 'elb' | 'cloudwatch', operation: string, input: object) =>
    accessRequests(service, operation, input, account).map((request) => allows(policy, request))

  test('ecs:cluster holds service calls to the cluster', () => {
    expect(ask('ecs', 'UpdateService', { cluster: 'prod', service: 'web' })).toEqual([true])
    expect(ask('ecs', 'UpdateService', { cluster: 'staging', service: 'web' })).toEqual([false])
    expect(ask('ecs', 'ListTasks', { cluster: 'prod' })).toEqual([true])
    expect(ask('ecs', 'ListTasks', { cluster: 'staging' })).toEqual([false])
    expect(ask('ecs', 'DeleteService', { cluster: 'prod', service: 'web' })).toEqual([false])
  })

  test('iam:PassRole: only the two roles, only to ECS tasks', () => {
    const register = (taskRoleArn: string) => ({ family: 'web', taskRoleArn, containerDefinitions: [] })
    expect(ask('ecs', 'RegisterTaskDefinition', register('arn:aws:iam::123456789012:role/web-task'))).toEqual(
      [true, true]
    )
    expect(ask('ecs', 'RegisterTaskDefinition', register('arn:aws:iam::123456789012:role/admin'))).toEqual([
      true,
      false
    ])
    const passed = { action: 'iam:PassRole', resource: 'arn:aws:iam::123456789012:role/web-task' }
    expect(allows(policy, { ...passed, context: { 'iam:PassedToService': 'lambda.amazonaws.com' } })).toBe(
      false
    )
  })

  test('tags on a new task definition and on a new rule ask for the tagging action', () => {
    const tagged = accessRequests(
      'ecs',
      'RegisterTaskDefinition',
      { family: 'web', tags: [{ key: 'a' }] },
      account
    )
    expect(tagged.map((request) => request.action)).toEqual(['ecs:RegisterTaskDefinition', 'ecs:TagResource'])
    const listener = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/web/1/2'
    const rule = accessRequests('elb', 'CreateRule', { ListenerArn: listener, Tags: [{ Key: 'a' }] }, account)
    expect(rule.map((request) => [request.action, request.resource])).toEqual([
      ['elasticloadbalancing:CreateRule', listener],
      ['elasticloadbalancing:AddTags', `${listener.replace(':listener/', ':listener-rule/')}/*`]
    ])
    expect(rule.map((request) => allows(policy, request))).toEqual([true, true])
  })

  test("ECS's own deployments are asked on their service, deployment and revision ARNs, in their cluster", () => {
    const deployment = 'arn:aws:ecs:eu-west-1:123456789012:service-deployment/prod/web/abc'
    const requests = [
      ...accessRequests('ecs', 'ListServiceDeployments', { cluster: 'prod', service: 'web' }, account),
      ...accessRequests('ecs', 'StopServiceDeployment', { serviceDeploymentArn: deployment }, account)
    ]
    expect(requests).toEqual([
      {
        action: 'ecs:ListServiceDeployments',
        resource: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/web',
        context: { 'ecs:cluster': 'arn:aws:ecs:eu-west-1:123456789012:cluster/prod' }
      },
      {
        action: 'ecs:StopServiceDeployment',
        resource: deployment,
        context: { 'ecs:cluster': 'arn:aws:ecs:eu-west-1:123456789012:cluster/prod' }
      }
    ])
  })

  test('wildcards in actions and resources; an explicit Deny wins', () => {
    const document: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'elasticloadbalancing:Describe*', Resource: '*' },
        { Effect: 'Allow', Action: 'ecs:*', Resource: 'arn:aws:ecs:*:*:service/prod/web-?' },
        { Effect: 'Deny', Action: 'ecs:UpdateService', Resource: '*' }
      ]
    }
    const request = (action: string, resource: string) => allows(document, { action, resource, context: {} })
    expect(request('elasticloadbalancing:DescribeRules', '*')).toBe(true)
    expect(request('elasticloadbalancing:ModifyRule', '*')).toBe(false)
    expect(request('ecs:DescribeServices', 'arn:aws:ecs:eu-west-1:1:service/prod/web-1')).toBe(true)
    expect(request('ecs:DescribeServices', 'arn:aws:ecs:eu-west-1:1:service/prod/web-10')).toBe(false)
    expect(request('ecs:UpdateService', 'arn:aws:ecs:eu-west-1:1:service/prod/web-1')).toBe(false)
  })

  test("a denied call is answered as AWS answers it, naming the caller's role, the action and the resource", () => {
    const enforcer = createEnforcer({ principals: { AKIAEXAMPLE: { role: 'deploy', policy } } }, account)
    const headers = {
      authorization:
        'AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20260101/eu-west-1/ecs/aws4_request, SignedHeaders=host, Signature=0'
    }
    expect(accessKeyOf(headers)).toBe('AKIAEXAMPLE')
    const access = enforcer.check('ecs', 'DeleteService', { cluster: 'prod', service: 'web' }, headers)
    expect(access?.denied?.code).toBe('AccessDeniedException')
    expect(access?.denied?.message).toBe(
      'User: arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions is not authorized to perform: ' +
        'ecs:DeleteService on resource: arn:aws:ecs:eu-west-1:123456789012:service/prod/web because no ' +
        'identity-based policy allows the ecs:DeleteService action'
    )
    expect(enforcer.check('elb', 'DeleteRule', { RuleArn: 'x' }, headers)?.denied?.code).toBe('AccessDenied')
    // Another key is the account's administrator.
    const other = { authorization: headers.authorization.replace('AKIAEXAMPLE', 'emulator') }
    expect(enforcer.check('ecs', 'DeleteService', {}, other)).toBeUndefined()
  })
})
