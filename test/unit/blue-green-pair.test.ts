/**
 * The pair model (discovery and every refusal, all before any change), the rollout record in tags, and traffic
 * routing through a weighted forward action.
 */
import { describe, expect, test } from '@jest/globals'
import type { Action } from '@aws-sdk/client-elastic-load-balancing-v2'
import { listenerOfRule, loadBalancerOf, type ListenerRule } from '../../src/aws/listener-rules.ts'
import { InputError } from '../../src/core/errors.ts'
import { discoverPair, newestState, readPairState, type PairState } from '../../src/pair/pair.ts'
import { shortTaskDefinition, stateKeys, stateTags } from '../../src/state/state.ts'
import { resolveLive, trafficOf } from '../../src/pair/traffic.ts'
import { readWeights, shares, withWeights } from '../../src/traffic/routing.ts'
import type { BlueGreenOptions } from '../../src/strategies/blue-green/index.ts'
import { freshWorldEachTest } from './support/fresh-world.ts'
import { pairAddress, runBlueGreen } from './support/run-blue-green.ts'
import {
  FakePair,
  foreignListenerArn,
  listenerArn,
  ruleArn,
  serviceArn,
  targetGroupArns,
  taskDefinitionArn,
  testListenerArn
} from './support/fake-pair.ts'

const world = freshWorldEachTest((clock) => new FakePair(clock))

describe('discovery', () => {
  test('colors, services, target groups and weights come from AWS; blue is live at 100/0', async () => {
    const pair = await discoverPair(world.aws.ports(), pairAddress)
    expect(pair.blue).toMatchObject({
      color: 'blue',
      name: 'web-blue',
      arn: serviceArn('blue'),
      targetGroupArn: targetGroupArns.blue,
      weight: 100
    })
    expect(pair.green).toMatchObject({ name: 'web-green', targetGroupArn: targetGroupArns.green, weight: 0 })
    expect(pair.rule).toMatchObject({ arn: ruleArn, isDefault: false })
    expect(pair.state).toBeUndefined()
    expect(trafficOf(pair)).toEqual({ state: 'all', live: 'blue' })
    expect(resolveLive(pair)).toEqual({ live: 'blue', restore: false })
    // One DescribeServices call for both services (with their tags), one DescribeRules.
    expect(world.aws.sent.map((call) => call.operation)).toEqual(['DescribeServices', 'DescribeRules'])
    expect(world.aws.calls('DescribeServices')[0]).toMatchObject({ include: ['TAGS'] })
  })

  test('services may be named by ARN; the rule by its listener (the default rule)', async () => {
    world.aws.ruleIsDefault = true
    const pair = await discoverPair(world.aws.ports(), {
      ...pairAddress,
      blueService: serviceArn('blue'),
      listenerRule: listenerArn
    })
    expect(pair.rule).toMatchObject({ arn: listenerArn, listenerArn, isDefault: true })
    expect(pair.blue.name).toBe('web-blue')
  })

  test('the newest record of the two services is the current one', async () => {
    world.aws.setTags(
      'blue',
      tagsOf({ ...record, color: 'blue', status: 'succeeded', updatedAt: '2026-11-01T00:00:00.000Z' })
    )
    world.aws.setTags('green', tagsOf({ ...record, status: 'paused', updatedAt: '2026-11-02T00:00:00.000Z' }))
    const pair = await discoverPair(world.aws.ports(), pairAddress)
    expect(pair.state).toMatchObject({ color: 'green', status: 'paused' })
  })
})

describe('refusals: an InputError naming the input, before any change', () => {
  const options: BlueGreenOptions = {
    ...pairAddress,
    mode: 'full',
    taskDefinition: { kind: 'image', container: 'web', image: 'registry.example/web:2.0' },
    alarms: [],
    bakeTimeMs: 0,
    scaleDown: 'after-bake',
    waitTimeoutMs: 60_000,
    pollIntervalMs: 1000,
    onFailure: 'rollback',
    run: 'local'
  }
  async function refused(overrides: Partial<BlueGreenOptions> = {}): Promise<string> {
    const error = await runBlueGreen(world, { ...options, ...overrides }).then(
      () => undefined,
      (thrown: unknown) => thrown
    )
    expect(error).toBeInstanceOf(InputError)
    expect(world.aws.mutations()).toEqual([])
    return (error as Error).message
  }
  const tg = (color: 'blue' | 'green') => targetGroupArns[color]
  const forwardTo = (groups: Record<string, number>): Action[] => [
    {
      Type: 'forward',
      ForwardConfig: {
        TargetGroups: Object.entries(groups).map(([arn, weight]) => ({ TargetGroupArn: arn, Weight: weight }))
      }
    }
  ]

  test('the same service twice, by name or by name and ARN', async () => {
    expect(await refused({ greenService: 'web-blue' })).toBe(
      'Invalid input green-service: "web-blue" is also blue-service; a pair needs two services'
    )
    expect(await refused({ greenService: serviceArn('blue') })).toBe(
      `Invalid input green-service: "${serviceArn('blue')}" and "web-blue" are the same service`
    )
  })

  test('a missing cluster, service or rule', async () => {
    expect(await refused({ blueService: 'web-purple' })).toBe(
      'Invalid input blue-service: service "web-purple" was not found in cluster "prod"'
    )
    expect(await refused({ listenerRule: ruleArn.replace(/\w+$/, 'ffff') })).toMatch(
      /^Invalid input listener-rule: "arn:.*\/ffff" was not found$/
    )
    world.aws.clusterExists = false
    expect(await refused()).toBe('Invalid input cluster: cluster "prod" was not found')
  })

  test("a rule that lacks a color's target group, or has a third one", async () => {
    world.aws.ruleActions = forwardTo({ [tg('blue')]: 1 })
    expect(await refused()).toBe(
      `Invalid input green-service: the target group of service web-green (web-green) is not in listener-rule ${ruleArn}, which forwards to web-blue`
    )
    const third = tg('blue').replace('web-blue', 'web-canary')
    world.aws.ruleActions = forwardTo({ [tg('blue')]: 100, [tg('green')]: 0, [third]: 0 })
    expect(await refused()).toBe(
      `Invalid input listener-rule: ${ruleArn} also forwards to web-canary, which is neither color's target group; a blue/green rule forwards to web-blue, web-green only`
    )
  })

  test('a rule that does not forward', async () => {
    world.aws.ruleActions = [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '503' } }]
    expect(await refused()).toBe(
      `Invalid input listener-rule: ${ruleArn} does not forward to target groups (its action: fixed-response)`
    )
  })

  test('two services sharing one target group, or a service behind no target group', async () => {
    world.aws.services.green.loadBalancers = [
      { targetGroupArn: tg('blue'), containerName: 'web', containerPort: 8080 }
    ]
    expect(await refused()).toBe(
      'Invalid input green-service: services web-blue and web-green share target group web-blue; each color needs its own'
    )
    world.aws.services.green.loadBalancers = []
    expect(await refused()).toBe(
      'Invalid input green-service: service web-green is not behind a target group (its loadBalancers is empty)'
    )
  })

  test('services whose rules ECS or CodeDeploy move themselves', async () => {
    world.aws.services.green.deploymentConfiguration = { strategy: 'BLUE_GREEN' }
    expect(await refused()).toMatch(
      /^Invalid input listener-rule: service web-green uses the ECS BLUE_GREEN deployment strategy, so ECS moves the rule's traffic itself; this action must not drive the same rule/
    )
    world.aws.services.green.deploymentConfiguration = { strategy: 'CANARY' }
    expect(await refused()).toMatch(/uses the ECS CANARY deployment strategy/)
    world.aws.services.green.deploymentConfiguration = {}
    world.aws.services.blue.deploymentController = { type: 'CODE_DEPLOY' }
    expect(await refused()).toMatch(
      /^Invalid input listener-rule: service web-blue uses the CODE_DEPLOY deployment controller/
    )
    world.aws.services.blue.deploymentController = { type: 'ECS' }
    world.aws.services.blue.loadBalancers![0].advancedConfiguration = { productionListenerRule: ruleArn }
    expect(await refused()).toMatch(
      /service web-blue names this rule in its load balancer advancedConfiguration/
    )
  })

  test('a rule caught halfway with no record that explains it; a rule that sends nothing', async () => {
    world.aws.setWeights(70, 30)
    expect(await refused()).toBe(
      `Invalid input listener-rule: ${ruleArn} is split (blue (web-blue) 70%, green (web-green) 30%) and no rollout recorded on the services explains it; route 100% to one color first`
    )
    // A finished rollout does not explain a split either.
    world.aws.setTags('green', tagsOf({ ...record, status: 'succeeded' }))
    expect(await refused()).toMatch(/is split .* and no rollout recorded on the services explains it/)
    world.aws.setWeights(0, 0)
    expect(await refused()).toBe(
      `Invalid input listener-rule: ${ruleArn} gives weight 0 to both colors; one color must take the traffic`
    )
  })

  test('a rule caught halfway at the very weights a rollout recorded is explained: traffic goes back first', async () => {
    world.aws.setWeights(70, 30)
    world.aws.setTags('green', tagsOf({ ...record, status: 'deploying', weights: { blue: 70, green: 30 } }))
    const pair = await discoverPair(world.aws.ports(), pairAddress)
    expect(resolveLive(pair)).toEqual({ live: 'blue', restore: true })
    // Other weights than the recorded ones are not explained by it.
    world.aws.setWeights(60, 40)
    expect(() => resolveLive({ ...pair, rule: { ...pair.rule, actions: world.aws.ruleActions } })).toThrow(
      /is split .* and no rollout recorded on the services explains it/
    )
  })

  test('a test rule that is missing, the production rule itself, or on another load balancer', async () => {
    expect(await refused({ testListenerRule: testListenerArn.replace(/\w+$/, 'ffff') })).toMatch(
      /^Invalid input test-listener-rule: ".*" was not found$/
    )
    expect(await refused({ testListenerRule: ruleArn })).toBe(
      `Invalid input test-listener-rule: "${ruleArn}" is the production rule (listener-rule)`
    )
    expect(await refused({ testListenerRule: foreignListenerArn })).toBe(
      `Invalid input test-listener-rule: "${foreignListenerArn}" is on load balancer app/other/1111111111111111, not on app/web/50dc6c495c0c9188 of listener-rule`
    )
  })

  test('a service with no room left for the record tags', async () => {
    world.aws.setTags('blue', Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`team:${i}`, 'x'])))
    expect(await refused()).toBe(
      'Invalid input blue-service: service web-blue has 40 tags; the rollout record needs 11 of the 50 AWS allows'
    )
  })

  test('desired-count when the live color runs nothing', async () => {
    world.aws.services.blue.desiredCount = 0
    expect(await refused()).toBe(
      'Invalid input desired-count: the live color blue (web-blue) runs 0 tasks; give desired-count for web-green'
    )
  })

  test('a task definition ARN that cannot be described, an unknown container', async () => {
    expect(await refused({ taskDefinition: { kind: 'arn', arn: taskDefinitionArn(99) } })).toMatch(
      /^Invalid input task-definition-arn: ".*web:99" cannot be described/
    )
    expect(await refused({ taskDefinition: { kind: 'image', container: 'api', image: 'x:1' } })).toBe(
      'Invalid input container: "api" is not a container of task definition web (containers: web)'
    )
  })
})

const record: PairState = {
  color: 'green',
  status: 'paused',
  taskDefinition: taskDefinitionArn(2),
  previousTaskDefinition: taskDefinitionArn(1),
  step: 2,
  previousColor: 'blue',
  run: 'https://github.com/example/app/actions/runs/42/attempts/1',
  updatedAt: '2026-11-25T10:00:00.000Z'
}

function tagsOf(value: PairState): Record<string, string> {
  return Object.fromEntries(stateTags(value).map((tag) => [tag.key!, tag.value!]))
}

describe('the record in tags', () => {
  test('namespaced keys, the weights only when the state has them; read back as written', () => {
    const tags = stateTags(record)
    expect(tags.map((tag) => tag.key)).toEqual([
      'ecs-deploy:status',
      'ecs-deploy:task-definition',
      'ecs-deploy:previous-task-definition',
      'ecs-deploy:step',
      'ecs-deploy:previous-color',
      'ecs-deploy:run',
      'ecs-deploy:updated'
    ])
    expect(Object.keys(stateKeys)).toHaveLength(11)
    expect(readPairState('green', tags)).toEqual(record)
    const switched = { ...record, status: 'switched' as const, step: 4, weights: { blue: 0, green: 100 } }
    expect(tagsOf(switched)['ecs-deploy:weights']).toBe('blue=0 green=100')
    expect(readPairState('green', stateTags(switched))).toEqual(switched)
  })

  test('values keep to the characters and length AWS tags allow', () => {
    const family = 'f'.repeat(250)
    const long = `arn:aws:ecs:us-east-1:123456789012:task-definition/${family}:3`
    const tags = stateTags({ ...record, taskDefinition: long, run: 'run #42 (retry) ' + 'x'.repeat(300) })
    for (const tag of tags) {
      expect(tag.value!.length).toBeLessThanOrEqual(256)
      expect(tag.value).toMatch(/^[\p{L}\p{N} +\-=._:/@]*$/u)
    }
    expect(tags[1].value).toBe(`${family}:3`)
    expect(shortTaskDefinition(taskDefinitionArn(2))).toBe(taskDefinitionArn(2))
  })

  test('an incomplete or edited record is no record', () => {
    const tags = stateTags(record)
    expect(
      readPairState(
        'green',
        tags.filter((tag) => tag.key !== stateKeys.status)
      )
    ).toBeUndefined()
    expect(
      readPairState(
        'green',
        tags.map((tag) => (tag.key === stateKeys.status ? { ...tag, value: 'done' } : tag))
      )
    ).toBeUndefined()
    expect(
      readPairState(
        'green',
        tags.map((tag) => (tag.key === stateKeys.previousColor ? { ...tag, value: 'red' } : tag))
      )
    ).toBeUndefined()
    expect(readPairState('green', undefined)).toBeUndefined()
  })

  test('the newest record wins', () => {
    const older = { ...record, updatedAt: '2026-11-24T10:00:00.000Z', color: 'blue' as const }
    expect(newestState([older, undefined, record])).toBe(record)
    expect(newestState([undefined, undefined])).toBeUndefined()
  })
})

describe('traffic routing', () => {
  const rule = (actions: Action[]): ListenerRule => ({ arn: ruleArn, listenerArn, isDefault: false, actions })

  test('weights of a weighted forward, and of a single-group forward', () => {
    expect(
      readWeights(
        rule([
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: 'a', Weight: 3 },
                { TargetGroupArn: 'b', Weight: 1 }
              ]
            }
          }
        ])
      )
    ).toEqual([
      { targetGroupArn: 'a', weight: 3 },
      { targetGroupArn: 'b', weight: 1 }
    ])
    expect(readWeights(rule([{ Type: 'forward', TargetGroupArn: 'a' }]))).toEqual([
      { targetGroupArn: 'a', weight: 1 }
    ])
    expect(
      readWeights(rule([{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }]))
    ).toEqual([])
    expect(
      shares([
        { targetGroupArn: 'a', weight: 3 },
        { targetGroupArn: 'b', weight: 1 }
      ])
    ).toEqual(
      new Map([
        ['a', 75],
        ['b', 25]
      ])
    )
  })

  test('new weights keep authentication (and its secret), stickiness and order; one forward replaces the last action', () => {
    const actions = withWeights(
      rule([
        {
          Type: 'authenticate-oidc',
          Order: 1,
          AuthenticateOidcConfig: {
            Issuer: 'https://idp',
            AuthorizationEndpoint: 'https://idp/auth',
            TokenEndpoint: 'https://idp/token',
            UserInfoEndpoint: 'https://idp/me',
            ClientId: 'app'
          }
        },
        {
          Type: 'forward',
          Order: 2,
          TargetGroupArn: 'a',
          ForwardConfig: {
            TargetGroups: [{ TargetGroupArn: 'a', Weight: 1 }],
            TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 60 }
          }
        }
      ]),
      [
        { targetGroupArn: 'a', weight: 0 },
        { targetGroupArn: 'b', weight: 100 }
      ]
    )
    expect(actions).toEqual([
      {
        Type: 'authenticate-oidc',
        Order: 1,
        AuthenticateOidcConfig: expect.objectContaining({ ClientId: 'app', UseExistingClientSecret: true })
      },
      {
        Type: 'forward',
        Order: 2,
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: 'a', Weight: 0 },
            { TargetGroupArn: 'b', Weight: 100 }
          ],
          TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 60 }
        }
      }
    ])
  })

  test('listener and load balancer of a rule ARN', () => {
    expect(listenerOfRule(ruleArn)).toBe(listenerArn)
    expect(loadBalancerOf(ruleArn)).toBe('app/web/50dc6c495c0c9188')
    expect(loadBalancerOf(testListenerArn)).toBe('app/web/50dc6c495c0c9188')
  })
})
