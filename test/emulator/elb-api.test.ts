/**
 * The emulated ELBv2 API, driven through `handle()` with string leaves as the awsQuery wire delivers them:
 * shapes, defaults, ARNs and AWS's error codes. The data plane is covered in elb.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { MetricDatum } from '../../emulator/core/contracts.ts'
import { AwsError } from '../../emulator/core/errors.ts'
import { EmulatorTime } from '../../emulator/core/time.ts'
import { ElbService } from '../../emulator/elb/service.ts'

const ACCOUNT = { region: 'us-east-1', accountId: '123456789012' }
const ARN_PREFIX = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:'

let time: EmulatorTime
let elb: ElbService

beforeEach(() => {
  time = new EmulatorTime(0.01)
  elb = new ElbService({ time, account: ACCOUNT, metrics: { put: (_: MetricDatum) => {} } })
})

afterEach(async () => {
  await elb.stop()
  time.stop()
})

const call = (operation: string, input: any = {}) => elb.handle(operation, input)

async function errorOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AwsError) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error('expected an AwsError')
}

/** Listener ports must be explicit: try random ones until one is free. */
async function createListener(input: Record<string, unknown>): Promise<any> {
  for (let attempt = 0; ; attempt++) {
    const port = String(20000 + Math.floor(Math.random() * 20000))
    try {
      return (await call('CreateListener', { Protocol: 'HTTP', ...input, Port: port })).Listeners[0]
    } catch (error) {
      if (attempt < 20 && error instanceof AwsError && error.message.includes('EADDRINUSE')) continue
      throw error
    }
  }
}

async function loadBalancer(name = 'web') {
  return (await call('CreateLoadBalancer', { Name: name, Subnets: ['subnet-a', 'subnet-b'] }))
    .LoadBalancers[0]
}

async function targetGroup(name: string, extra: Record<string, unknown> = {}) {
  return (
    await call('CreateTargetGroup', {
      Name: name,
      Protocol: 'HTTP',
      Port: '8080',
      TargetType: 'ip',
      ...extra
    })
  ).TargetGroups[0]
}

const forwardTo = (...groups: [string, string][]) => [
  {
    Type: 'forward',
    ForwardConfig: { TargetGroups: groups.map(([arn, weight]) => ({ TargetGroupArn: arn, Weight: weight })) }
  }
]

describe('load balancers', () => {
  it('creates an active application load balancer with an AWS-shaped ARN, and finds it by name', async () => {
    const lb = await loadBalancer('shop')
    expect(lb.LoadBalancerArn).toMatch(new RegExp(`^${ARN_PREFIX}loadbalancer/app/shop/[0-9a-f]{16}$`))
    expect(lb).toMatchObject({
      DNSName: 'localhost',
      LoadBalancerName: 'shop',
      State: { Code: 'active' },
      Type: 'application',
      Scheme: 'internet-facing',
      CanonicalHostedZoneId: 'Z35SXDOTRQ7X7K'
    })
    expect(lb.AvailabilityZones.map((zone: any) => zone.ZoneName)).toEqual(['us-east-1a', 'us-east-1b'])
    const found = await call('DescribeLoadBalancers', { Names: ['shop'] })
    expect(found.LoadBalancers.map((entry: any) => entry.LoadBalancerArn)).toEqual([lb.LoadBalancerArn])
    expect(await call('DescribeLoadBalancers', { LoadBalancerArns: [lb.LoadBalancerArn] })).toMatchObject({
      LoadBalancers: [{ LoadBalancerName: 'shop' }]
    })
  })

  it('answers AWS error codes for unknown names and ARNs, bad names and conflicting duplicates', async () => {
    await loadBalancer('shop')
    expect(await errorOf(call('DescribeLoadBalancers', { Names: ['nope'] }))).toMatchObject({
      code: 'LoadBalancerNotFound'
    })
    expect(
      (
        await errorOf(
          call('DescribeLoadBalancers', { LoadBalancerArns: [`${ARN_PREFIX}loadbalancer/app/x/1`] })
        )
      ).code
    ).toBe('LoadBalancerNotFound')
    expect((await errorOf(call('CreateLoadBalancer', { Name: '-bad-' }))).code).toBe('ValidationError')
    expect((await errorOf(call('CreateLoadBalancer', { Name: 'shop', Scheme: 'internal' }))).code).toBe(
      'DuplicateLoadBalancerName'
    )
    expect((await errorOf(call('CreateLoadBalancer', { Name: 'nlb', Type: 'network' }))).code).toBe(
      'ValidationError'
    )
  })

  it('keeps load balancer attributes with the idle timeout default of 60 seconds', async () => {
    const lb = await loadBalancer()
    const arn = lb.LoadBalancerArn
    const attributes = (await call('DescribeLoadBalancerAttributes', { LoadBalancerArn: arn })).Attributes
    expect(attributes).toContainEqual({ Key: 'idle_timeout.timeout_seconds', Value: '60' })
    await call('ModifyLoadBalancerAttributes', {
      LoadBalancerArn: arn,
      Attributes: [{ Key: 'idle_timeout.timeout_seconds', Value: '5' }]
    })
    expect(
      (await call('DescribeLoadBalancerAttributes', { LoadBalancerArn: arn })).Attributes
    ).toContainEqual({
      Key: 'idle_timeout.timeout_seconds',
      Value: '5'
    })
  })
})

describe('target groups', () => {
  it('applies the ALB HTTP health check defaults and AWS attribute defaults', async () => {
    const group = await targetGroup('blue')
    expect(group.TargetGroupArn).toMatch(new RegExp(`^${ARN_PREFIX}targetgroup/blue/[0-9a-f]{16}$`))
    expect(group).toMatchObject({
      Protocol: 'HTTP',
      Port: 8080,
      TargetType: 'ip',
      HealthCheckProtocol: 'HTTP',
      HealthCheckPort: 'traffic-port',
      HealthCheckEnabled: true,
      HealthCheckIntervalSeconds: 30,
      HealthCheckTimeoutSeconds: 5,
      HealthyThresholdCount: 5,
      UnhealthyThresholdCount: 2,
      HealthCheckPath: '/',
      Matcher: { HttpCode: '200' },
      LoadBalancerArns: []
    })
    const attributes = (await call('DescribeTargetGroupAttributes', { TargetGroupArn: group.TargetGroupArn }))
      .Attributes
    expect(attributes).toEqual(
      expect.arrayContaining([
        { Key: 'deregistration_delay.timeout_seconds', Value: '300' },
        { Key: 'slow_start.duration_seconds', Value: '0' },
        { Key: 'stickiness.enabled', Value: 'false' },
        { Key: 'load_balancing.algorithm.type', Value: 'round_robin' }
      ])
    )
  })

  it('accepts intervals below AWS minimum and modifies health checks and attributes', async () => {
    const group = await targetGroup('fast', {
      HealthCheckIntervalSeconds: '1',
      HealthCheckTimeoutSeconds: '1'
    })
    expect(group.HealthCheckIntervalSeconds).toBe(1)
    const modified = await call('ModifyTargetGroup', {
      TargetGroupArn: group.TargetGroupArn,
      HealthCheckPath: '/health',
      HealthyThresholdCount: '2',
      Matcher: { HttpCode: '200-299' }
    })
    expect(modified.TargetGroups[0]).toMatchObject({
      HealthCheckPath: '/health',
      HealthyThresholdCount: 2,
      Matcher: { HttpCode: '200-299' },
      HealthCheckIntervalSeconds: 1
    })
    const changed = await call('ModifyTargetGroupAttributes', {
      TargetGroupArn: group.TargetGroupArn,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '30' }]
    })
    expect(changed.Attributes).toContainEqual({ Key: 'deregistration_delay.timeout_seconds', Value: '30' })
    const badKey = call('ModifyTargetGroupAttributes', {
      TargetGroupArn: group.TargetGroupArn,
      Attributes: [{ Key: 'no.such.key', Value: '1' }]
    })
    expect((await errorOf(badKey)).code).toBe('ValidationError')
    const badDelay = call('ModifyTargetGroupAttributes', {
      TargetGroupArn: group.TargetGroupArn,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '3601' }]
    })
    expect((await errorOf(badDelay)).code).toBe('ValidationError')
  })

  it('answers not-found, duplicate, invalid-target and in-use errors', async () => {
    const group = await targetGroup('blue')
    expect((await errorOf(call('DescribeTargetGroups', { Names: ['green'] }))).code).toBe(
      'TargetGroupNotFound'
    )
    expect((await errorOf(targetGroup('blue', { Port: '9090' }))).code).toBe('DuplicateTargetGroupName')
    expect((await targetGroup('blue')).TargetGroupArn).toBe(group.TargetGroupArn)
    expect((await errorOf(targetGroup('bad', { Port: 'eighty' }))).code).toBe('ValidationError')
    expect((await errorOf(targetGroup('bad', { HealthyThresholdCount: '11' }))).code).toBe('ValidationError')
    expect((await errorOf(targetGroup('bad', { Matcher: { HttpCode: '600' } }))).code).toBe('ValidationError')
    const arn = group.TargetGroupArn
    expect(
      (await errorOf(call('RegisterTargets', { TargetGroupArn: arn, Targets: [{ Id: '10.0.0.1' }] }))).code
    ).toBe('InvalidTarget')
    expect(
      (
        await errorOf(
          call('DeregisterTargets', { TargetGroupArn: arn, Targets: [{ Id: '127.0.0.1', Port: '1234' }] })
        )
      ).code
    ).toBe('InvalidTarget')
    const lb = await loadBalancer()
    await createListener({
      LoadBalancerArn: lb.LoadBalancerArn,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: arn }]
    })
    expect((await errorOf(call('DeleteTargetGroup', { TargetGroupArn: arn }))).code).toBe('ResourceInUse')
    const other = await targetGroup('other')
    await call('DeleteTargetGroup', { TargetGroupArn: other.TargetGroupArn })
    expect(
      (await errorOf(call('DescribeTargetGroups', { TargetGroupArns: [other.TargetGroupArn] }))).code
    ).toBe('TargetGroupNotFound')
  })

  it('lists the load balancers that forward to a group, at any weight', async () => {
    const lb = await loadBalancer()
    const blue = await targetGroup('blue')
    const green = await targetGroup('green')
    const idle = await targetGroup('idle')
    await createListener({
      LoadBalancerArn: lb.LoadBalancerArn,
      DefaultActions: forwardTo([blue.TargetGroupArn, '100'], [green.TargetGroupArn, '0'])
    })
    const groups = (await call('DescribeTargetGroups', { LoadBalancerArn: lb.LoadBalancerArn })).TargetGroups
    expect(groups.map((group: any) => group.TargetGroupName).sort()).toEqual(['blue', 'green'])
    expect(groups[0].LoadBalancerArns).toEqual([lb.LoadBalancerArn])
    const unused = (await call('DescribeTargetGroups', { TargetGroupArns: [idle.TargetGroupArn] }))
      .TargetGroups[0]
    expect(unused.LoadBalancerArns).toEqual([])
    expect(elb.targetGroup(green.TargetGroupArn)).toEqual({
      arn: green.TargetGroupArn,
      name: 'green',
      port: 8080,
      loadBalancerArns: [lb.LoadBalancerArn]
    })
  })
})

describe('listeners and rules', () => {
  it('gives every listener a default rule and renders forwards the way AWS does', async () => {
    const lb = await loadBalancer()
    const blue = await targetGroup('blue')
    const green = await targetGroup('green')
    const listener = await createListener({
      LoadBalancerArn: lb.LoadBalancerArn,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: blue.TargetGroupArn }]
    })
    const [, , lbName, lbId] = lb.LoadBalancerArn.split('/')
    expect(listener.ListenerArn).toMatch(
      new RegExp(`^${ARN_PREFIX}listener/app/${lbName}/${lbId}/[0-9a-f]{16}$`)
    )
    expect(listener.DefaultActions).toEqual([
      {
        Type: 'forward',
        Order: 1,
        TargetGroupArn: blue.TargetGroupArn,
        ForwardConfig: {
          TargetGroups: [{ TargetGroupArn: blue.TargetGroupArn, Weight: 1 }],
          TargetGroupStickinessConfig: { Enabled: false }
        }
      }
    ])
    const rule = (
      await call('CreateRule', {
        ListenerArn: listener.ListenerArn,
        Priority: '10',
        Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }],
        Actions: forwardTo([blue.TargetGroupArn, '90'], [green.TargetGroupArn, '10'])
      })
    ).Rules[0]
    const listenerId = listener.ListenerArn.split('/').at(-1)
    expect(rule.RuleArn).toMatch(
      new RegExp(`^${ARN_PREFIX}listener-rule/app/${lbName}/${lbId}/${listenerId}/[0-9a-f]{16}$`)
    )
    const rules = (await call('DescribeRules', { ListenerArn: listener.ListenerArn })).Rules
    expect(rules).toHaveLength(2)
    expect(rules[0]).toEqual({
      RuleArn: rule.RuleArn,
      Priority: '10',
      IsDefault: false,
      Conditions: [{ Field: 'path-pattern', Values: ['/api/*'], PathPatternConfig: { Values: ['/api/*'] } }],
      Actions: [
        {
          Type: 'forward',
          Order: 1,
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: blue.TargetGroupArn, Weight: 90 },
              { TargetGroupArn: green.TargetGroupArn, Weight: 10 }
            ],
            TargetGroupStickinessConfig: { Enabled: false }
          }
        }
      ]
    })
    expect(rules[1]).toMatchObject({ Priority: 'default', IsDefault: true, Conditions: [] })

    // ModifyRule on the default rule may change its actions, which is what ModifyListener shows.
    await call('ModifyRule', {
      RuleArn: rules[1].RuleArn,
      Actions: forwardTo([blue.TargetGroupArn, '0'], [green.TargetGroupArn, '1'])
    })
    const described = (await call('DescribeListeners', { ListenerArns: [listener.ListenerArn] })).Listeners[0]
    expect(described.DefaultActions[0].ForwardConfig.TargetGroups).toEqual([
      { TargetGroupArn: blue.TargetGroupArn, Weight: 0 },
      { TargetGroupArn: green.TargetGroupArn, Weight: 1 }
    ])
    expect(described.DefaultActions[0].TargetGroupArn).toBeUndefined()
  })

  it('creates a rule at a priority once, however many ask at the same moment (a create-if-absent)', async () => {
    const lb = await loadBalancer()
    const listener = await createListener({
      LoadBalancerArn: lb.LoadBalancerArn,
      DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }]
    })
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        call('CreateRule', {
          ListenerArn: listener.ListenerArn,
          Priority: '47000',
          Conditions: [{ Field: 'host-header', HostHeaderConfig: { Values: ['lock.example.invalid'] } }],
          Actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
          Tags: [{ Key: 'holder', Value: `run-${i}` }]
        })
      )
    )
    const won = attempts.filter((attempt) => attempt.status === 'fulfilled')
    expect(won).toHaveLength(1)
    for (const attempt of attempts.filter((attempt) => attempt.status === 'rejected'))
      expect((attempt as PromiseRejectedResult).reason.code).toBe('PriorityInUse')
    const arn = (won[0] as PromiseFulfilledResult<any>).value.Rules[0].RuleArn
    const { TagDescriptions } = await call('DescribeTags', { ResourceArns: [arn] })
    expect(TagDescriptions[0].Tags).toEqual([{ Key: 'holder', Value: expect.stringMatching(/^run-\d$/) }])
    await call('DeleteRule', { RuleArn: arn })
    expect((await errorOf(call('DescribeTags', { ResourceArns: [arn] }))).code).toBe('RuleNotFound')
    expect(
      (await errorOf(call('AddTags', { ResourceArns: [arn], Tags: [{ Key: 'a', Value: 'b' }] }))).code
    ).toBe('RuleNotFound')
  })

  it('moves priorities all at once and refuses a taken one', async () => {
    const lb = await loadBalancer()
    const blue = await targetGroup('blue')
    const listener = await createListener({
      LoadBalancerArn: lb.LoadBalancerArn,
      DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }]
    })
    const rule = (priority: string, host: string) =>
      call('CreateRule', {
        ListenerArn: listener.ListenerArn,
        Priority: priority,
        Conditions: [{ Field: 'host-header', Values: [host] }],
        Actions: [{ Type: 'forward', TargetGroupArn: blue.TargetGroupArn }]
      }).then((result) => result.Rules[0].RuleArn as string)
    const first = await rule('1', 'a.example.com')
    const second = await rule('2', 'b.example.com')
    expect((await errorOf(rule('2', 'c.example.com'))).code).toBe('PriorityInUse')
    // A swap is valid because the check looks at the priorities after the whole request.
    await call('SetRulePriorities', {
      RulePriorities: [
        { RuleArn: first, Priority: '2' },
        { RuleArn: second, Priority: '1' }
      ]
    })
    const priorities = (await call('DescribeRules', { RuleArns: [first, second] })).Rules.map(
      (r: any) => r.Priority
    )
    expect(priorities).toEqual(['2', '1'])
    const clash = call('SetRulePriorities', { RulePriorities: [{ RuleArn: first, Priority: '1' }] })
    expect((await errorOf(clash)).code).toBe('PriorityInUse')
    const defaultRule = (await call('DescribeRules', { ListenerArn: listener.ListenerArn })).Rules.at(
      -1
    ).RuleArn
    expect((await errorOf(call('DeleteRule', { RuleArn: defaultRule }))).code).toBe('OperationNotPermitted')
    await call('DeleteRule', { RuleArn: first })
    expect((await errorOf(call('DescribeRules', { RuleArns: [first] }))).code).toBe('RuleNotFound')
  })

  it('validates actions, conditions and listener settings with AWS error codes', async () => {
    const lb = await loadBalancer()
    const groups = await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((name) => targetGroup(name)))
    const arn = (index: number) => groups[index].TargetGroupArn as string
    const listener = await createListener({
      LoadBalancerArn: lb.LoadBalancerArn,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: arn(0) }]
    })
    const createRule = (extra: Record<string, unknown>) =>
      errorOf(
        call('CreateRule', {
          ListenerArn: listener.ListenerArn,
          Priority: '5',
          Conditions: [{ Field: 'path-pattern', Values: ['/x'] }],
          Actions: [{ Type: 'forward', TargetGroupArn: arn(0) }],
          ...extra
        })
      )
    expect((await createRule({ Actions: forwardTo([arn(0), '1000']) })).code).toBe('ValidationError')
    expect((await createRule({ Actions: forwardTo([arn(0), '-1']) })).code).toBe('ValidationError')
    expect(
      (
        await createRule({
          Actions: forwardTo(...groups.map((g): [string, string] => [g.TargetGroupArn, '1']))
        })
      ).code
    ).toBe('ValidationError')
    expect((await createRule({ Priority: '0' })).code).toBe('ValidationError')
    expect((await createRule({ Priority: '50001' })).code).toBe('ValidationError')
    expect((await createRule({ Conditions: [] })).code).toBe('ValidationError')
    expect((await createRule({ Conditions: [{ Field: 'color', Values: ['red'] }] })).code).toBe(
      'ValidationError'
    )
    expect(
      (
        await createRule({
          Actions: [{ Type: 'forward', TargetGroupArn: `${ARN_PREFIX}targetgroup/none/0123456789abcdef` }]
        })
      ).code
    ).toBe('TargetGroupNotFound')
    expect((await createRule({ ListenerArn: `${listener.ListenerArn}0` })).code).toBe('ListenerNotFound')
    expect(
      (
        await createRule({
          Actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '302' } }]
        })
      ).code
    ).toBe('ValidationError')
    // Five groups and weight 999 are the upper bounds, not errors.
    const fine = await call('CreateRule', {
      ListenerArn: listener.ListenerArn,
      Priority: '5',
      Conditions: [{ Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'X-Beta', Values: ['on'] } }],
      Actions: forwardTo(...groups.slice(0, 5).map((g): [string, string] => [g.TargetGroupArn, '999']))
    })
    expect(fine.Rules[0].Actions[0].ForwardConfig.TargetGroups).toHaveLength(5)

    const duplicate = call('CreateListener', {
      LoadBalancerArn: lb.LoadBalancerArn,
      Protocol: 'HTTP',
      Port: String(listener.Port),
      DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '200' } }]
    })
    expect((await errorOf(duplicate)).code).toBe('DuplicateListener')
    const badPort = call('CreateListener', {
      LoadBalancerArn: lb.LoadBalancerArn,
      Port: '70000',
      DefaultActions: [{ Type: 'forward', TargetGroupArn: arn(0) }]
    })
    expect((await errorOf(badPort)).code).toBe('ValidationError')
    expect((await errorOf(call('DescribeListeners', {}))).code).toBe('ValidationError')

    // A target group belongs to one load balancer.
    const other = await loadBalancer('other')
    const stolen = createListener({
      LoadBalancerArn: other.LoadBalancerArn,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: arn(0) }]
    })
    expect((await errorOf(stolen)).code).toBe('TargetGroupAssociationLimit')
    expect(
      (await errorOf(call('DescribeListeners', { ListenerArns: [`${listener.ListenerArn}0`] }))).code
    ).toBe('ListenerNotFound')
    await call('DeleteListener', { ListenerArn: listener.ListenerArn })
    expect((await call('DescribeListeners', { LoadBalancerArn: lb.LoadBalancerArn })).Listeners).toEqual([])
  })

  it('answers InvalidAction for an unknown operation', async () => {
    expect(await errorOf(call('CreateVpc'))).toMatchObject({ code: 'InvalidAction' })
  })
})

describe('tags', () => {
  it('adds, lists and removes tags on any resource', async () => {
    const lb = await loadBalancer()
    const group = await targetGroup('blue', { Tags: [{ Key: 'team', Value: 'web' }] })
    await call('AddTags', {
      ResourceArns: [lb.LoadBalancerArn, group.TargetGroupArn],
      Tags: [{ Key: 'env', Value: 'test' }]
    })
    await call('RemoveTags', { ResourceArns: [group.TargetGroupArn], TagKeys: ['team'] })
    const described = await call('DescribeTags', { ResourceArns: [lb.LoadBalancerArn, group.TargetGroupArn] })
    expect(described.TagDescriptions).toEqual([
      { ResourceArn: lb.LoadBalancerArn, Tags: [{ Key: 'env', Value: 'test' }] },
      { ResourceArn: group.TargetGroupArn, Tags: [{ Key: 'env', Value: 'test' }] }
    ])
    const missing = call('DescribeTags', { ResourceArns: [`${ARN_PREFIX}targetgroup/gone/0123456789abcdef`] })
    expect((await errorOf(missing)).code).toBe('TargetGroupNotFound')
    const duplicateKeys = call('AddTags', {
      ResourceArns: [lb.LoadBalancerArn],
      Tags: [
        { Key: 'a', Value: '1' },
        { Key: 'a', Value: '2' }
      ]
    })
    expect((await errorOf(duplicateKeys)).code).toBe('DuplicateTagKeys')
  })
})
