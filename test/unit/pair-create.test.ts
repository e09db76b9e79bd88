/**
 * `pair create` step by step against a scripted world: the changes in order, one rule change, nothing changed twice,
 * and a step that fails undoing what the run made (newest first), except once the lock was taken from the run.
 */
import { describe, expect, test } from '@jest/globals'
import type { Service } from '@aws-sdk/client-ecs'
import type { ListenerRule } from '../../src/aws/listener-rules.ts'
import { LockLost } from '../../src/core/errors.ts'
import { Timeline } from '../../src/core/timeline.ts'
import { createPair } from '../../src/strategies/pair/create.ts'
import type { PairSetupOptions, PairSetupPorts } from '../../src/strategies/pair/options.ts'
import type { Setup } from '../../src/strategies/pair/setup.ts'
import { FakeClock } from './support/fake-clock.ts'

const blueGroupArn = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-tg/1'
const greenGroupArn = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-tg-green/2'
const listener = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/web/1/2'
const silent = { info: () => {}, warning: () => {}, debug: () => {} }

const plainRule = (): ListenerRule => ({
  arn: listener,
  listenerArn: listener,
  isDefault: true,
  actions: [{ Type: 'forward', TargetGroupArn: blueGroupArn }]
})

const blue = {
  serviceName: 'web',
  serviceArn: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/web',
  taskDefinition: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:3',
  launchType: 'FARGATE',
  desiredCount: 2,
  loadBalancers: [{ targetGroupArn: blueGroupArn, containerName: 'app', containerPort: 8080 }],
  tags: [{ key: 'team', value: 'shop' }]
} satisfies Service

const setup = (overrides: Partial<Setup> = {}): Setup => ({
  cluster: 'prod',
  blue,
  blueGroup: { TargetGroupArn: blueGroupArn, TargetGroupName: 'web-tg', Protocol: 'HTTP', Port: 8080 },
  ruleInput: listener,
  rule: plainRule(),
  weights: [{ targetGroupArn: blueGroupArn, weight: 1 }],
  greenName: 'web-green',
  greenGroupName: 'web-tg-green',
  ...overrides
})

const options: PairSetupOptions = {
  mode: 'create',
  cluster: 'prod',
  service: 'web',
  greenService: 'web-green',
  failOn: 'never',
  waitTimeoutMs: 60_000,
  pollIntervalMs: 1000,
  run: 'https://github.com/acme/shop/actions/runs/7',
  lockTimeoutMs: 0
}

/** A world that records every change; `failing` names the call that throws (`lost`: the lock is gone then). */
function world(failing?: string, lost = false) {
  const calls: string[] = []
  let rule = plainRule()
  const call = async (name: string) => {
    calls.push(name)
    if (name === failing) throw lost ? new LockLost('lock taken') : new Error(`${name} refused`)
  }
  const ports = {
    ecs: { tagResource: () => call('TagResource') },
    rules: {
      describeRule: async () => rule,
      setActions: async (_: ListenerRule, actions: ListenerRule['actions']) => {
        await call(
          `ModifyListener ${JSON.stringify(actions[0].ForwardConfig?.TargetGroups?.map((g) => g.Weight))}`
        )
        rule = { ...rule, actions }
        return rule
      }
    },
    setup: {
      createTargetGroup: async () => {
        await call('CreateTargetGroup')
        return { TargetGroupArn: greenGroupArn }
      },
      attributes: async (arn: string) =>
        arn === blueGroupArn
          ? { 'deregistration_delay.timeout_seconds': '30', 'stickiness.enabled': 'false' }
          : { 'deregistration_delay.timeout_seconds': '300', 'stickiness.enabled': 'false' },
      setAttributes: (_: string, attributes: Record<string, string>) =>
        call(`ModifyTargetGroupAttributes ${Object.keys(attributes).join(',')}`),
      deleteTargetGroup: () => call('DeleteTargetGroup'),
      createService: async () => {
        await call('CreateService')
        return { serviceArn: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/web-green' }
      },
      deleteService: () => call('DeleteService')
    }
  } as unknown as PairSetupPorts
  return { calls, ports, rule: () => rule }
}

const create = (ports: PairSetupPorts, given = setup()) => {
  const clock = new FakeClock()
  return createPair(ports, options, { clock, log: silent }, given, new Timeline(clock, silent))
}

describe('pair create', () => {
  test('the changes in order; the rule changes once, to blue 100 and green 0', async () => {
    const { calls, ports } = world()
    const made = await create(ports)
    expect(calls).toEqual([
      'CreateTargetGroup',
      'ModifyTargetGroupAttributes deregistration_delay.timeout_seconds',
      'ModifyListener [100,0]',
      'CreateService',
      'TagResource'
    ])
    expect(made.changes).toHaveLength(4)
  })

  test('a re-run on the pair changes nothing', async () => {
    const { calls, ports } = world()
    const paired = setup({
      greenGroup: { TargetGroupArn: greenGroupArn },
      weights: [
        { targetGroupArn: blueGroupArn, weight: 100 },
        { targetGroupArn: greenGroupArn, weight: 0 }
      ],
      green: { serviceArn: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/web-green' },
      blue: { ...blue, tags: [...blue.tags, { key: 'ecs-deploy:pair-green', value: 'web-green' }] }
    })
    expect((await create(ports, paired)).changes).toEqual([])
    expect(calls).toEqual([])
  })

  test.each([
    ['ModifyTargetGroupAttributes deregistration_delay.timeout_seconds', ['DeleteTargetGroup']],
    ['ModifyListener [100,0]', ['DeleteTargetGroup']],
    ['CreateService', ['ModifyListener [1]', 'DeleteTargetGroup']],
    ['TagResource', ['DeleteService', 'ModifyListener [1]', 'DeleteTargetGroup']]
  ])('%s fails: what the run made is undone, newest first', async (failing, undone) => {
    const { calls, ports, rule } = world(failing)
    await expect(create(ports)).rejects.toThrow(`${failing} refused`)
    expect(calls.slice(calls.indexOf(failing) + 1)).toEqual(undone)
    expect(rule().actions[0].ForwardConfig?.TargetGroups ?? [{ TargetGroupArn: blueGroupArn }]).toEqual([
      expect.objectContaining({ TargetGroupArn: blueGroupArn })
    ])
  })

  test('a rule changed since the checks is left as it is, and the target group made is deleted', async () => {
    const { calls, ports } = world()
    const stale = setup({ weights: [{ targetGroupArn: blueGroupArn, weight: 5 }] })
    await expect(create(ports, stale)).rejects.toThrow(/changed while this run was at work/)
    expect(calls).toEqual([
      'CreateTargetGroup',
      'ModifyTargetGroupAttributes deregistration_delay.timeout_seconds',
      'DeleteTargetGroup'
    ])
  })

  test('a run whose lock was taken undoes nothing: the run that took it finishes the job', async () => {
    const { calls, ports } = world('CreateService', true)
    await expect(create(ports)).rejects.toThrow(LockLost)
    expect(calls.at(-1)).toBe('CreateService')
  })
})
