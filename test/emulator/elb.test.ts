/**
 * The emulated ALB's data plane: real HTTP through the listener proxies to small target servers on
 * 127.0.0.1, real health checks on a scaled clock, draining, and the metrics written to CloudWatch.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { MetricDatum } from '../../emulator/core/contracts.ts'
import { AwsError } from '../../emulator/core/errors.ts'
import { EmulatorTime } from '../../emulator/core/time.ts'
import { ElbService } from '../../emulator/elb/service.ts'

const ACCOUNT = { region: 'us-east-1', accountId: '123456789012' }

let time: EmulatorTime
let elb: ElbService
let metrics: MetricDatum[]
let targets: FakeTarget[]
let agent: http.Agent

beforeEach(() => {
  // One AWS second is 50 ms: a 2 s health-check interval is 100 ms, the 60 s idle timeout 3 s.
  time = new EmulatorTime(0.05)
  metrics = []
  // Metrics published every AWS second without delay; test/emulator/elb-metrics.test.ts covers the 60 s periods.
  elb = new ElbService({
    time,
    account: ACCOUNT,
    metrics: { put: (datum) => metrics.push(datum) },
    publishing: { periodSeconds: 1, delaySeconds: 0 }
  })
  targets = []
  agent = new http.Agent({ keepAlive: true, maxSockets: 16 })
})

afterEach(async () => {
  await elb.stop()
  time.stop()
  agent.destroy()
  await Promise.all(targets.map((target) => target.close()))
})

const call = (operation: string, input: any = {}) => elb.handle(operation, input)

// ---- a fake target: answers JSON naming itself; health checks answer `healthStatus` (0: never) ----

interface FakeTarget {
  name: string
  port: number
  requests: { path: string; headers: http.IncomingHttpHeaders }[]
  checks: { path: string; userAgent?: string }[]
  healthStatus: number
  /** How late it answers everything, health checks included (a busy machine). */
  delayMs: number
  /** Requests to /slow wait for this. */
  release: Promise<void>
  close(): Promise<void>
}

async function startTarget(name: string): Promise<FakeTarget> {
  const server = http.createServer(async (req, res) => {
    if (target.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, target.delayMs))
    const url = new URL(req.url ?? '/', 'http://target')
    if ((req.headers['user-agent'] ?? '').startsWith('ELB-HealthChecker')) {
      target.checks.push({ path: url.pathname, userAgent: req.headers['user-agent'] })
      if (target.healthStatus !== 0) res.writeHead(target.healthStatus).end()
      return
    }
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', async () => {
      target.requests.push({ path: url.pathname, headers: req.headers })
      if (url.pathname === '/hang') return
      if (url.pathname === '/slow') await target.release
      res.writeHead(Number(url.searchParams.get('status') ?? 200), { 'content-type': 'application/json' })
      res.end(JSON.stringify({ name, headers: req.headers, body: Buffer.concat(chunks).toString() }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const target: FakeTarget = {
    name,
    port: (server.address() as AddressInfo).port,
    requests: [],
    checks: [],
    healthStatus: 200,
    delayMs: 0,
    release: Promise.resolve(),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
  targets.push(target)
  return target
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  await new Promise((resolve) => server.close(resolve))
  return port
}

interface Reply {
  status: number
  body: string
  name?: string
  json?: any
}

function send(
  port: number,
  options: {
    path?: string
    method?: string
    headers?: Record<string, string>
    body?: string
    fresh?: boolean
  } = {}
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: options.path ?? '/',
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: options.fresh ? false : agent
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString()
          const json = res.headers['content-type'] === 'application/json' ? JSON.parse(body) : undefined
          resolve({ status: res.statusCode ?? 0, body, json, name: json?.name })
        })
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

async function waitFor<T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  what: string
): Promise<T> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

// ---- ELB fixtures, through the API with string leaves as the wire delivers them ----

async function loadBalancer(name = 'web') {
  return (await call('CreateLoadBalancer', { Name: name })).LoadBalancers[0]
}

async function targetGroup(name: string, extra: Record<string, string> = {}): Promise<string> {
  const created = await call('CreateTargetGroup', {
    Name: name,
    Protocol: 'HTTP',
    Port: '80',
    TargetType: 'ip',
    HealthCheckIntervalSeconds: '2',
    HealthCheckTimeoutSeconds: '1',
    HealthyThresholdCount: '2',
    UnhealthyThresholdCount: '2',
    ...extra
  })
  return created.TargetGroups[0].TargetGroupArn
}

async function register(groupArn: string, ...ports: number[]) {
  await call('RegisterTargets', {
    TargetGroupArn: groupArn,
    Targets: ports.map((port) => ({ Id: '127.0.0.1', Port: String(port) }))
  })
}

/** Listener ports must be explicit: try random ones until one is free. */
async function createListener(
  loadBalancerArn: string,
  defaultActions: unknown[]
): Promise<{ arn: string; port: number }> {
  for (let attempt = 0; ; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 20000)
    try {
      const created = await call('CreateListener', {
        LoadBalancerArn: loadBalancerArn,
        Protocol: 'HTTP',
        Port: String(port),
        DefaultActions: defaultActions
      })
      return { arn: created.Listeners[0].ListenerArn, port }
    } catch (error) {
      if (attempt < 20 && error instanceof AwsError && error.message.includes('EADDRINUSE')) continue
      throw error
    }
  }
}

const forward = (...groups: [string, number][]) => [
  {
    Type: 'forward',
    ForwardConfig: {
      TargetGroups: groups.map(([arn, weight]) => ({ TargetGroupArn: arn, Weight: String(weight) }))
    }
  }
]

async function healthOf(groupArn: string, port?: number): Promise<any[]> {
  const input: any = { TargetGroupArn: groupArn }
  if (port !== undefined) input.Targets = [{ Id: '127.0.0.1', Port: String(port) }]
  return (await call('DescribeTargetHealth', input)).TargetHealthDescriptions
}

async function stateOf(groupArn: string, port: number): Promise<any> {
  return (await healthOf(groupArn, port))[0].TargetHealth
}

const dimensionOf = (arn: string) =>
  arn
    .split(':')
    .at(-1)!
    .replace(/^loadbalancer\//, '')

/** The sum of a metric so far (the periods not yet published are published first). */
function sum(name: string, dimensions: Record<string, string>): number {
  elb.flushMetrics()
  return metrics
    .filter((datum) => datum.metricName === name && sameKeys(datum.dimensions, dimensions))
    .reduce((total, datum) => total + datum.value * (datum.count ?? 1), 0)
}

function sameKeys(a: Record<string, string>, b: Record<string, string>): boolean {
  return (
    Object.keys(a).length === Object.keys(b).length &&
    Object.entries(b).every(([key, value]) => a[key] === value)
  )
}

/** Runs `count` requests, `concurrency` at a time. */
async function load(count: number, concurrency: number, request: () => Promise<Reply>): Promise<Reply[]> {
  const replies: Reply[] = []
  let started = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < count) {
        started++
        replies.push(await request())
      }
    })
  )
  return replies
}

// ---- tests ----

describe('routing', () => {
  it('evaluates host, path and header rules by priority, the default rule last', async () => {
    const lb = await loadBalancer()
    const [api, v2, canary] = await Promise.all([
      startTarget('api'),
      startTarget('v2'),
      startTarget('canary')
    ])
    const groups: Record<string, string> = {}
    for (const target of [api, v2, canary]) {
      groups[target.name] = await targetGroup(target.name)
      await register(groups[target.name], target.port)
    }
    const listener = await createListener(lb.LoadBalancerArn, [
      {
        Type: 'fixed-response',
        FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'no route' }
      }
    ])
    const rule = async (priority: string, conditions: unknown[], group: string) =>
      (
        await call('CreateRule', {
          ListenerArn: listener.arn,
          Priority: priority,
          Conditions: conditions,
          Actions: [{ Type: 'forward', TargetGroupArn: groups[group] }]
        })
      ).Rules[0].RuleArn as string
    const hostRule = await rule(
      '10',
      [{ Field: 'host-header', HostHeaderConfig: { Values: ['api.example.*'] } }],
      'api'
    )
    await rule('5', [{ Field: 'path-pattern', Values: ['/v2/*'] }], 'v2')
    await rule(
      '20',
      [{ Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'X-Canary', Values: ['y?s*'] } }],
      'canary'
    )
    const nameOf = async (path: string, headers: Record<string, string> = {}) => {
      const reply = await send(listener.port, { path, headers })
      return reply.name ?? `${reply.status} ${reply.body}`
    }

    expect(await nameOf('/shop', { host: 'api.example.com' })).toBe('api')
    expect(await nameOf('/shop', { host: 'API.Example.COM:8080' })).toBe('api')
    expect(await nameOf('/v2/items', { host: 'api.example.com' })).toBe('v2')
    expect(await nameOf('/V2/items', { host: 'other.example.com' })).toBe('404 no route')
    expect(await nameOf('/x', { 'x-canary': 'YES-please' })).toBe('canary')
    expect(await nameOf('/x', { 'x-canary': 'no' })).toBe('404 no route')

    // A preview's rule: host and header must both match.
    const previewRule = await rule(
      '2',
      [
        { Field: 'host-header', HostHeaderConfig: { Values: ['pr-7.preview.example.com'] } },
        { Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'X-Preview', Values: ['pr-7'] } }
      ],
      'canary'
    )
    expect(await nameOf('/v2/items', { host: 'pr-7.preview.example.com', 'x-preview': 'pr-7' })).toBe(
      'canary'
    )
    expect(await nameOf('/v2/items', { host: 'pr-7.preview.example.com' })).toBe('v2')
    expect(await nameOf('/v2/items', { 'x-preview': 'pr-7' })).toBe('v2')
    await call('ModifyRule', {
      RuleArn: previewRule,
      Conditions: [
        { Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'X-Preview', Values: ['pr-7'] } }
      ]
    })
    expect(await nameOf('/v2/items', { 'x-preview': 'pr-7' })).toBe('canary')
    await call('DeleteRule', { RuleArn: previewRule })

    await call('SetRulePriorities', { RulePriorities: [{ RuleArn: hostRule, Priority: '1' }] })
    expect(await nameOf('/v2/items', { host: 'api.example.com' })).toBe('api')
    await call('DeleteRule', { RuleArn: hostRule })
    expect(await nameOf('/shop', { host: 'api.example.com' })).toBe('404 no route')
  })

  it('splits traffic by weight: 90/10 within 3 points over 2,000 requests', async () => {
    const lb = await loadBalancer()
    const [blue, green] = await Promise.all([startTarget('blue'), startTarget('green')])
    const blueGroup = await targetGroup('blue')
    const greenGroup = await targetGroup('green')
    await register(blueGroup, blue.port)
    await register(greenGroup, green.port)
    const listener = await createListener(lb.LoadBalancerArn, forward([blueGroup, 90], [greenGroup, 10]))

    const replies = await load(2000, 16, () => send(listener.port))

    expect(replies.every((reply) => reply.status === 200)).toBe(true)
    const greenShare = replies.filter((reply) => reply.name === 'green').length / replies.length
    expect(Math.abs(greenShare - 0.1)).toBeLessThanOrEqual(0.03)
    const lbDimension = dimensionOf(lb.LoadBalancerArn)
    expect(sum('RequestCount', { LoadBalancer: lbDimension, TargetGroup: dimensionOf(greenGroup) })).toBe(
      green.requests.length
    )
    expect(sum('RequestCount', { LoadBalancer: lbDimension })).toBe(2000)
  })

  it('round-robins over the targets of a group', async () => {
    const lb = await loadBalancer()
    const [one, two] = await Promise.all([startTarget('one'), startTarget('two')])
    const group = await targetGroup('pair')
    await register(group, one.port, two.port)
    const listener = await createListener(lb.LoadBalancerArn, [{ Type: 'forward', TargetGroupArn: group }])
    const names = []
    for (let i = 0; i < 6; i++) names.push((await send(listener.port)).name)
    expect(names.filter((name) => name === 'one')).toHaveLength(3)
    expect(names.filter((name) => name === 'two')).toHaveLength(3)
  })

  it('streams bodies both ways and adds the X-Forwarded headers', async () => {
    const lb = await loadBalancer()
    const target = await startTarget('echo')
    const group = await targetGroup('echo')
    await register(group, target.port)
    const listener = await createListener(lb.LoadBalancerArn, [{ Type: 'forward', TargetGroupArn: group }])
    const body = 'x'.repeat(200_000)

    const reply = await send(listener.port, {
      path: '/upload?id=7',
      method: 'POST',
      headers: { host: 'shop.example.com', 'content-type': 'text/plain' },
      body
    })

    expect(reply.status).toBe(200)
    expect(reply.json.body).toBe(body)
    expect(reply.json.headers).toMatchObject({
      host: 'shop.example.com',
      'x-forwarded-for': '127.0.0.1',
      'x-forwarded-proto': 'http',
      'x-forwarded-port': String(listener.port)
    })
    expect(target.requests[0].path).toBe('/upload')
  })
})

describe('errors answered by the load balancer', () => {
  it('answers 503 without a routable target, 502 when the target refuses, 504 after the idle timeout', async () => {
    const lb = await loadBalancer()
    await call('ModifyLoadBalancerAttributes', {
      LoadBalancerArn: lb.LoadBalancerArn,
      Attributes: [{ Key: 'idle_timeout.timeout_seconds', Value: '4' }]
    })
    const hanging = await startTarget('hanging')
    const empty = await targetGroup('empty')
    const refused = await targetGroup('refused')
    const slow = await targetGroup('slow')
    const zero = await targetGroup('zero')
    await register(refused, await closedPort())
    await register(slow, hanging.port)
    await register(zero, hanging.port)
    const listener = await createListener(lb.LoadBalancerArn, [{ Type: 'forward', TargetGroupArn: empty }])
    const route = (priority: string, path: string, actions: unknown[]) =>
      call('CreateRule', {
        ListenerArn: listener.arn,
        Priority: priority,
        Conditions: [{ Field: 'path-pattern', Values: [path] }],
        Actions: actions
      })
    await route('1', '/refused', [{ Type: 'forward', TargetGroupArn: refused }])
    await route('2', '/hang', [{ Type: 'forward', TargetGroupArn: slow }])
    await route('3', '/zero', forward([zero, 0]))

    expect((await send(listener.port)).status).toBe(503)
    expect((await send(listener.port, { path: '/zero' })).status).toBe(503)
    expect((await send(listener.port, { path: '/refused' })).status).toBe(502)
    const started = Date.now()
    expect((await send(listener.port, { path: '/hang' })).status).toBe(504)
    expect(Date.now() - started).toBeGreaterThanOrEqual(190)

    const lbOnly = { LoadBalancer: dimensionOf(lb.LoadBalancerArn) }
    expect(sum('HTTPCode_ELB_5XX_Count', lbOnly)).toBe(4)
    expect(sum('HTTPCode_ELB_503_Count', lbOnly)).toBe(2)
    expect(sum('HTTPCode_ELB_502_Count', lbOnly)).toBe(1)
    expect(sum('HTTPCode_ELB_504_Count', lbOnly)).toBe(1)
    // Only requests for which a target was chosen count.
    expect(sum('RequestCount', lbOnly)).toBe(2)
    expect(sum('TargetConnectionErrorCount', { ...lbOnly, TargetGroup: dimensionOf(refused) })).toBe(1)
  })
})

describe('metrics', () => {
  it('writes request counts, target status classes and response times with AWS dimensions', async () => {
    const lb = await loadBalancer()
    const target = await startTarget('app')
    const group = await targetGroup('app')
    await register(group, target.port)
    const listener = await createListener(lb.LoadBalancerArn, [{ Type: 'forward', TargetGroupArn: group }])
    for (const status of ['200', '200', '201', '404', '500', '503'])
      await send(listener.port, { path: `/?status=${status}` })

    const lbOnly = { LoadBalancer: `app/web/${lb.LoadBalancerArn.split('/').at(-1)}` }
    const both = { ...lbOnly, TargetGroup: `targetgroup/app/${group.split('/').at(-1)}` }
    expect(sum('RequestCount', both)).toBe(6)
    expect(sum('RequestCount', lbOnly)).toBe(6)
    expect(sum('HTTPCode_Target_2XX_Count', both)).toBe(3)
    expect(sum('HTTPCode_Target_4XX_Count', both)).toBe(1)
    expect(sum('HTTPCode_Target_5XX_Count', both)).toBe(2)
    expect(sum('HTTPCode_Target_5XX_Count', lbOnly)).toBe(2)
    expect(sum('HTTPCode_ELB_5XX_Count', lbOnly)).toBe(0)
    const times = metrics.filter(
      (datum) => datum.metricName === 'TargetResponseTime' && sameKeys(datum.dimensions, both)
    )
    expect(times.reduce((count, datum) => count + (datum.count ?? 1), 0)).toBe(6)
    expect(times.every((datum) => datum.unit === 'Seconds' && datum.value >= 0 && datum.value < 5)).toBe(true)
    expect(metrics.every((datum) => datum.namespace === 'AWS/ApplicationELB')).toBe(true)
  })
})

describe('health checks', () => {
  it('moves a target from initial to healthy to unhealthy, with AWS reasons and host counts', async () => {
    const lb = await loadBalancer()
    const target = await startTarget('app')
    const group = await targetGroup('app', { HealthyThresholdCount: '3', HealthCheckPath: '/health' })
    await createListener(lb.LoadBalancerArn, [{ Type: 'forward', TargetGroupArn: group }])
    await register(group, target.port)

    expect(await stateOf(group, target.port)).toEqual({
      State: 'initial',
      Reason: 'Elb.RegistrationInProgress',
      Description: 'Target registration is in progress'
    })
    const seen = new Set<string>()
    await waitFor(async () => {
      const health = await stateOf(group, target.port)
      seen.add(`${health.State} ${health.Reason ?? ''}`.trim())
      return health.State === 'healthy'
    }, 'healthy')
    expect(seen).toContain('initial Elb.InitialHealthChecking')
    expect(target.checks[0]).toEqual({ path: '/health', userAgent: 'ELB-HealthChecker/2.0' })
    expect(target.checks.length).toBeGreaterThanOrEqual(3)
    expect(await healthOf(group)).toEqual([
      {
        Target: { Id: '127.0.0.1', Port: target.port },
        HealthCheckPort: String(target.port),
        TargetHealth: { State: 'healthy' }
      }
    ])

    target.healthStatus = 503
    await waitFor(async () => (await stateOf(group, target.port)).State === 'unhealthy', 'unhealthy')
    expect(await stateOf(group, target.port)).toEqual({
      State: 'unhealthy',
      Reason: 'Target.ResponseCodeMismatch',
      Description: 'Health checks failed with these codes: [503]'
    })

    const dimensions = { LoadBalancer: dimensionOf(lb.LoadBalancerArn), TargetGroup: dimensionOf(group) }
    await waitFor(
      () =>
        metrics.some(
          (d) => d.metricName === 'UnHealthyHostCount' && sameKeys(d.dimensions, dimensions) && d.value === 1
        ),
      'an UnHealthyHostCount of 1'
    )
    expect(
      metrics.some(
        (d) => d.metricName === 'HealthyHostCount' && sameKeys(d.dimensions, dimensions) && d.value === 1
      )
    ).toBe(true)
  })

  it('reports timeouts and refused connections with their own reasons, and honours the matcher', async () => {
    const lb = await loadBalancer()
    const hanging = await startTarget('hanging')
    hanging.healthStatus = 0
    const redirecting = await startTarget('redirecting')
    redirecting.healthStatus = 302
    const refusedPort = await closedPort()
    const group = await targetGroup('mixed')
    await call('ModifyTargetGroup', { TargetGroupArn: group, Matcher: { HttpCode: '200,302' } })
    await createListener(lb.LoadBalancerArn, [{ Type: 'forward', TargetGroupArn: group }])
    await register(group, hanging.port, redirecting.port, refusedPort)

    await waitFor(async () => {
      const states = (await healthOf(group)).map((entry) => entry.TargetHealth.State)
      return !states.includes('initial')
    }, 'verdicts for all targets')
    expect(await stateOf(group, hanging.port)).toEqual({
      State: 'unhealthy',
      Reason: 'Target.Timeout',
      Description: 'Request timed out'
    })
    expect(await stateOf(group, refusedPort)).toEqual({
      State: 'unhealthy',
      Reason: 'Target.FailedHealthChecks',
      Description: 'Health checks failed'
    })
    expect((await stateOf(group, redirecting.port)).State).toBe('healthy')
  })

  it('gives a real answer at least a second whatever the scale: 300 ms late (a busy machine) is healthy, served, drained', async () => {
    const lb = await loadBalancer()
    // Scaled, the 1 s health-check timeout is 50 ms and the 4 s idle timeout 200 ms.
    await call('ModifyLoadBalancerAttributes', {
      LoadBalancerArn: lb.LoadBalancerArn,
      Attributes: [{ Key: 'idle_timeout.timeout_seconds', Value: '4' }]
    })
    const late = await startTarget('late')
    late.delayMs = 300
    const group = await targetGroup('late')
    const listener = await createListener(lb.LoadBalancerArn, [{ Type: 'forward', TargetGroupArn: group }])
    await register(group, late.port)

    await waitFor(async () => (await stateOf(group, late.port)).State !== 'initial', 'a verdict')
    expect(await stateOf(group, late.port)).toEqual({ State: 'healthy' })
    const reply = await send(listener.port, { path: '/late' })
    expect(reply.status).toBe(200)
    expect(reply.json.name).toBe('late')
    // A 1 s deregistration delay (50 ms scaled) still gives the requests in flight their second.
    await call('ModifyTargetGroupAttributes', {
      TargetGroupArn: group,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '1' }]
    })
    const started = Date.now()
    await elb.deregister({ targetGroupArn: group, id: '127.0.0.1', port: late.port })
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
  })

  it('leaves an unused group unchecked (Target.NotInUse) and checks it once a listener uses it, weight 0 included', async () => {
    const lb = await loadBalancer()
    const [live, idle] = await Promise.all([startTarget('live'), startTarget('idle')])
    const liveGroup = await targetGroup('live')
    const idleGroup = await targetGroup('idle')
    const listener = await createListener(lb.LoadBalancerArn, [
      { Type: 'forward', TargetGroupArn: liveGroup }
    ])
    await register(liveGroup, live.port)
    await register(idleGroup, idle.port)

    const notInUse = {
      State: 'unused',
      Reason: 'Target.NotInUse',
      Description: 'Target group is not configured to receive traffic from the load balancer'
    }
    await waitFor(() => live.checks.length >= 4, 'checks of the used group')
    expect(idle.checks).toHaveLength(0)
    expect(await stateOf(idleGroup, idle.port)).toEqual(notInUse)

    await call('ModifyListener', {
      ListenerArn: listener.arn,
      DefaultActions: forward([liveGroup, 1], [idleGroup, 0])
    })
    expect((await stateOf(idleGroup, idle.port)).State).toBe('initial')
    await waitFor(async () => (await stateOf(idleGroup, idle.port)).State === 'healthy', 'idle group healthy')
    // Weight 0 receives no traffic even though it is checked.
    const listenerPort = listener.port
    for (let i = 0; i < 10; i++) expect((await send(listenerPort)).name).toBe('live')

    await call('ModifyListener', { ListenerArn: listener.arn, DefaultActions: forward([liveGroup, 1]) })
    expect(await stateOf(idleGroup, idle.port)).toEqual(notInUse)
    // An unused group has nothing to drain: deregistering is immediate.
    const target = { targetGroupArn: idleGroup, id: '127.0.0.1', port: idle.port }
    await elb.deregister(target)
    expect(elb.health(target)).toBeUndefined()
  })
})

describe('draining', () => {
  it('sends no new requests to a draining target, completes those in flight, then forgets it', async () => {
    const lb = await loadBalancer()
    const [one, two] = await Promise.all([startTarget('one'), startTarget('two')])
    let releaseSlow = () => {}
    const gate = new Promise<void>((resolve) => (releaseSlow = resolve))
    one.release = gate
    two.release = gate
    const group = await targetGroup('pair')
    await call('ModifyTargetGroupAttributes', {
      TargetGroupArn: group,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '10' }]
    })
    const listener = await createListener(lb.LoadBalancerArn, [{ Type: 'forward', TargetGroupArn: group }])
    await register(group, one.port, two.port)
    await waitFor(
      async () => (await healthOf(group)).every((entry) => entry.TargetHealth.State === 'healthy'),
      'healthy'
    )

    const inFlight = send(listener.port, { path: '/slow' })
    await waitFor(() => one.requests.length + two.requests.length === 1, 'the slow request at a target')
    const [busy, other] = one.requests.length === 1 ? [one, two] : [two, one]
    const started = Date.now()
    const drained = elb.deregister({ targetGroupArn: group, id: '127.0.0.1', port: busy.port })

    expect(await stateOf(group, busy.port)).toEqual({
      State: 'draining',
      Reason: 'Target.DeregistrationInProgress',
      Description: 'Target deregistration is in progress'
    })
    const replies = await load(20, 4, () => send(listener.port))
    expect(replies.map((reply) => reply.name)).toEqual(Array(20).fill(other.name))

    releaseSlow()
    expect((await inFlight).name).toBe(busy.name)
    await drained
    expect(Date.now() - started).toBeGreaterThanOrEqual(450)
    expect((await healthOf(group)).map((entry) => entry.Target.Port)).toEqual([other.port])
    expect(await stateOf(group, busy.port)).toEqual({
      State: 'unused',
      Reason: 'Target.NotRegistered',
      Description: 'Target is not registered to the target group'
    })
  })

  it('a drain whose delay is over waits for the request still at the target, then forgets it', async () => {
    const lb = await loadBalancer()
    const busy = await startTarget('busy')
    let release = () => {}
    busy.release = new Promise<void>((resolve) => (release = resolve))
    const group = await targetGroup('busy')
    await call('ModifyTargetGroupAttributes', {
      TargetGroupArn: group,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '1' }]
    })
    const listener = await createListener(lb.LoadBalancerArn, [{ Type: 'forward', TargetGroupArn: group }])
    await register(group, busy.port)
    await waitFor(async () => (await stateOf(group, busy.port)).State === 'healthy', 'healthy')

    const inFlight = send(listener.port, { path: '/slow' })
    await waitFor(() => busy.requests.length === 1, 'the slow request at the target')
    let drained = false
    const draining = elb.deregister({ targetGroupArn: group, id: '127.0.0.1', port: busy.port })!
    void draining.then(() => (drained = true))
    // Past the delay (1 s at least, real): still draining while the request is at the target.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(drained).toBe(false)
    expect((await stateOf(group, busy.port)).State).toBe('draining')
    release()
    expect((await inFlight).status).toBe(200)
    await draining
    expect((await stateOf(group, busy.port)).Reason).toBe('Target.NotRegistered')
  })

  it('fails no request while weights flip 100/0 to 0/100 and the old target drains, under concurrent load', async () => {
    const lb = await loadBalancer()
    const [blue, green] = await Promise.all([startTarget('blue'), startTarget('green')])
    const blueGroup = await targetGroup('blue')
    const greenGroup = await targetGroup('green')
    await call('ModifyTargetGroupAttributes', {
      TargetGroupArn: blueGroup,
      Attributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '4' }]
    })
    await register(blueGroup, blue.port)
    await register(greenGroup, green.port)
    const listener = await createListener(lb.LoadBalancerArn, forward([blueGroup, 100], [greenGroup, 0]))
    await waitFor(
      async () =>
        (await stateOf(blueGroup, blue.port)).State === 'healthy' &&
        (await stateOf(greenGroup, green.port)).State === 'healthy',
      'both healthy'
    )

    let phase: 'blue' | 'flipping' | 'green' = 'blue'
    // A request sent just before the flip may reach the proxy after it: only judge those that were
    // answered before the flip began (blue) and those sent after it completed (green).
    const replies: { startedIn: string; endedIn: string; reply: Reply }[] = []
    const traffic = load(900, 8, async () => {
      const startedIn = phase
      const reply = await send(listener.port)
      replies.push({ startedIn, endedIn: phase, reply })
      return reply
    })
    await waitFor(() => replies.length >= 300, '300 requests on blue')
    phase = 'flipping'
    await call('ModifyListener', {
      ListenerArn: listener.arn,
      DefaultActions: forward([blueGroup, 0], [greenGroup, 100])
    })
    phase = 'green'
    const drained = elb.deregister({ targetGroupArn: blueGroup, id: '127.0.0.1', port: blue.port })
    await traffic
    await drained

    expect(replies.filter(({ reply }) => reply.status !== 200)).toEqual([])
    expect(
      replies.filter(({ endedIn }) => endedIn === 'blue').every(({ reply }) => reply.name === 'blue')
    ).toBe(true)
    const afterFlip = replies.filter(({ startedIn }) => startedIn === 'green')
    expect(afterFlip.length).toBeGreaterThan(100)
    expect(afterFlip.every(({ reply }) => reply.name === 'green')).toBe(true)

    // Once drained, the old target may go away without a single request noticing.
    await blue.close()
    const later = await load(100, 8, () => send(listener.port))
    expect(later.every((reply) => reply.status === 200 && reply.name === 'green')).toBe(true)
  })
})

describe('the load balancing port and stop()', () => {
  it('registers through the port like ECS does and closes every listener on stop', async () => {
    const lb = await loadBalancer()
    const target = await startTarget('task')
    const group = await targetGroup('service')
    const listener = await createListener(lb.LoadBalancerArn, [{ Type: 'forward', TargetGroupArn: group }])
    const ref = { targetGroupArn: group, id: '127.0.0.1', port: target.port }
    elb.register(ref)
    expect(elb.health(ref)).toMatchObject({ state: 'initial', reason: 'Elb.RegistrationInProgress' })
    await waitFor(() => elb.health(ref)?.state === 'healthy', 'healthy')
    expect(elb.targetGroup(group)?.loadBalancerArns).toEqual([lb.LoadBalancerArn])
    expect((await send(listener.port)).name).toBe('task')

    await elb.stop()
    await expect(send(listener.port, { fresh: true })).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })
})
