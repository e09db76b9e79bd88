/**
 * The deploy role template of "Getting started on AWS": what the README shows is what `npm run iam` makes, and each
 * of its managed policies, filled in by the stack, is exactly the action's published policy filled in the same way.
 */
import { expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { validatePolicy, type PolicyDocument } from '../../emulator/iam/policy.ts'
import { policyFor } from '../../src/iam/policy.ts'
import { deployRoleSection, deployRoleTemplate } from '../../src/iam/role-template.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const stack: Record<string, string> = {
  'AWS::Region': 'eu-west-1',
  'AWS::AccountId': '123456789012',
  ClusterName: 'production',
  LoadBalancerName: 'web',
  TaskRoleName: 'web-task',
  ExecutionRoleName: 'web-execution'
}
const values = {
  region: 'eu-west-1',
  'account-id': '123456789012',
  cluster: 'production',
  'load-balancer': 'web',
  'task-role': 'web-task',
  'execution-role': 'web-execution'
}

/** What CloudFormation makes of the template's `Fn::Sub` strings with these parameters. */
function filled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(filled)
  if (value && typeof value === 'object') {
    const sub = (value as Record<string, unknown>)['Fn::Sub']
    if (typeof sub === 'string')
      return sub.replace(/\$\{([^}]+)\}/g, (_, name: string) => stack[name] ?? `?${name}`)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, filled(inner)]))
  }
  return value
}

test('the README shows the template npm run iam makes', () => {
  expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(deployRoleSection())
})

test('each managed policy is the action policy from iam/, and the role takes them all', () => {
  const template = parse(deployRoleTemplate(['pair', 'blue-green'])) as {
    Parameters: Record<string, unknown>
    Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>
  }
  const policies = {
    pair: template.Resources.PairPolicy,
    'blue-green': template.Resources.BlueGreenPolicy
  }
  for (const [action, resource] of Object.entries(policies)) {
    expect(resource.Type).toBe('AWS::IAM::ManagedPolicy')
    const document = filled(resource.Properties.PolicyDocument) as PolicyDocument
    expect(document).toEqual(policyFor(action, values))
    expect(() => validatePolicy(document, action)).not.toThrow()
    // A managed policy holds at most 6,144 characters, whitespace not counted.
    expect(JSON.stringify(document).length).toBeLessThan(6144)
  }
  const role = template.Resources.DeployRole.Properties
  expect(role.ManagedPolicyArns).toEqual([{ Ref: 'PairPolicy' }, { Ref: 'BlueGreenPolicy' }])
  expect(JSON.stringify(role.AssumeRolePolicyDocument)).toContain('repo:${Repository}:*')
  expect(Object.keys(template.Parameters).sort()).toEqual(
    [
      ...Object.keys(stack).filter((name) => !name.startsWith('AWS::')),
      'Repository',
      'OidcProviderArn'
    ].sort()
  )
})
