/** The deploy role's rights as `pair check` finds them, over a fake IAM: what is simulated, and what is reported. */
import { describe, expect, test } from '@jest/globals'
import type { RightsPort, RightsQuery } from '../../src/aws/rights.ts'
import { checkRights, principalOf } from '../../src/strategies/pair/rights.ts'
import type { Setup } from '../../src/strategies/pair/setup.ts'

const setup = {
  cluster: 'shop',
  blueGroup: {
    TargetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/1',
    LoadBalancerArns: ['arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/front/abc']
  }
} as unknown as Setup
const caller = {
  arn: 'arn:aws:sts::111122223333:assumed-role/deploy/GitHubActions',
  account: '111122223333',
  region: 'eu-west-1'
}

/** IAM denying `denied` and allowing the rest; the queries it was asked. */
function fakeIam(denied: string[] = []) {
  const queries: RightsQuery[] = []
  const port: RightsPort = {
    caller: async () => caller,
    simulate: async (_principal, query) => {
      queries.push(query)
      return query.actions.flatMap((action) =>
        query.resources.map((resource) => ({
          action,
          resource,
          decision: denied.includes(action) ? 'implicitDeny' : 'allowed'
        }))
      )
    }
  }
  return { port, queries }
}

const accessDenied = () => Object.assign(new Error('not authorized'), { name: 'AccessDenied' })

test('an assumed role is simulated as its role; other principals as they are', () => {
  expect(principalOf(caller.arn)).toBe('arn:aws:iam::111122223333:role/deploy')
  expect(principalOf('arn:aws:iam::111122223333:user/ci')).toBe('arn:aws:iam::111122223333:user/ci')
})

describe('checkRights', () => {
  test("simulates the pair's, blue-green's and canary's statements on this cluster and load balancer", async () => {
    const { port, queries } = fakeIam()
    expect(await checkRights(port, setup)).toEqual({ findings: [] })
    const asked = queries.flatMap((query) => query.actions)
    expect(asked).toEqual(expect.arrayContaining(['ecs:CreateService', 'ecs:RegisterTaskDefinition']))
    expect(queries).toContainEqual({
      actions: expect.arrayContaining(['ecs:UpdateService']),
      resources: ['arn:aws:ecs:eu-west-1:111122223333:service/shop/*'],
      context: { 'ecs:cluster': 'arn:aws:ecs:eu-west-1:111122223333:cluster/shop' }
    })
    expect(queries.flatMap((query) => query.resources).join(' ')).toContain('listener-rule/app/front/*')
    expect(queries.flatMap((query) => query.resources).join(' ')).not.toContain('<')
  })

  test('each denied action is one finding naming the statement that grants it', async () => {
    const { port } = fakeIam(['ecs:RegisterTaskDefinition', 'iam:SimulatePrincipalPolicy'])
    const { findings, notChecked } = await checkRights(port, setup)
    expect(notChecked).toBeUndefined()
    expect(findings).toEqual([
      {
        id: 'missing-right',
        severity: 'warning',
        evidence:
          'arn:aws:iam::111122223333:role/deploy may not call ecs:RegisterTaskDefinition on * (IAM simulation: implicitDeny); blue-green, canary need it',
        fix: 'grant ecs:RegisterTaskDefinition on * as statement RegisterTaskDefinitions of iam/blue-green.json, statement RegisterTaskDefinitions of iam/canary.json does'
      },
      expect.objectContaining({
        severity: 'notice',
        evidence: expect.stringContaining('iam:SimulatePrincipalPolicy')
      })
    ])
  })

  test('without the right to simulate or to name the caller: one line, no findings', async () => {
    const { port } = fakeIam()
    const refusing = { ...port, simulate: async () => Promise.reject(accessDenied()) }
    const blind = await checkRights(refusing, setup)
    expect(blind).toEqual({
      findings: [],
      notChecked: expect.stringMatching(
        /^The deploy role's rights were not checked: .*iam:SimulatePrincipalPolicy.*CheckDeployRights/
      )
    })
    const nameless = await checkRights({ ...port, caller: async () => Promise.reject(accessDenied()) }, setup)
    expect(nameless.notChecked).toBe(blind.notChecked)
    const failing = await checkRights(
      { ...port, simulate: async () => Promise.reject(new Error('NoSuchEntity: role not found')) },
      setup
    )
    expect(failing).toEqual({
      findings: [],
      notChecked: "The deploy role's rights were not checked: NoSuchEntity: role not found"
    })
  })
})
