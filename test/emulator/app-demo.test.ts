import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import http from 'node:http'
import {
  AppExitedError,
  startDemoApp,
  type DemoApp,
  type DemoAppOptions
} from '../../emulator/app/demo-app.ts'
import { imageVersion, readAppSettings } from '../../emulator/app/settings.ts'

const apps: DemoApp[] = []

async function start(
  env: Record<string, string> = {},
  extra: Partial<DemoAppOptions> = {}
): Promise<DemoApp> {
  const app = await startDemoApp({ image: 'registry.local/shop:v2', taskArn: 'arn:task/1', env, ...extra })
  apps.push(app)
  return app
}

afterEach(async () => {
  for (const app of apps.splice(0)) {
    app.kill()
    await app.exited
  }
})

interface Answer {
  status: number
  body: any
  headers: http.IncomingHttpHeaders
}

/** One request on a fresh connection (no keep-alive pooling between tests). */
function get(port: number, path = '/', headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text), headers: res.headers })
      )
    })
    req.on('error', reject)
  })
}

describe('demo app', () => {
  it('answers every path with its image, version, task and port', async () => {
    const app = await start()
    const answer = await get(app.port, '/orders/42?x=1')
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({
      image: 'registry.local/shop:v2',
      version: 'v2',
      task: 'arn:task/1',
      port: app.port,
      path: '/orders/42?x=1'
    })
  })

  it('FAIL_RATE answers that share of ordinary requests 500, never health checks', async () => {
    const draws = [0.1, 0.9, 0.3, 0.7]
    const app = await start({ FAIL_RATE: '0.5' }, { random: () => draws.shift() ?? 0 })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await get(app.port)).status)
    expect(statuses).toEqual([500, 200, 500, 200])

    const always = await start({ FAIL_RATE: '1' })
    expect((await get(always.port, '/')).status).toBe(500)
    expect((await get(always.port, '/health')).status).toBe(200)
    expect((await get(always.port, '/', { 'user-agent': 'ELB-HealthChecker/2.0' })).status).toBe(200)
  })

  it('UNHEALTHY fails health checks, by User-Agent or HEALTH_PATH, and still serves traffic', async () => {
    const app = await start({ UNHEALTHY: 'true', HEALTH_PATH: '/ready' })
    expect((await get(app.port, '/ready')).status).toBe(503)
    expect((await get(app.port, '/anything', { 'user-agent': 'ELB-HealthChecker/2.0' })).status).toBe(503)
    expect((await get(app.port, '/health')).status).toBe(200)
    expect((await get(app.port, '/')).status).toBe(200)
  })

  it('LATENCY_MS slows ordinary requests but not health checks', async () => {
    const app = await start({ LATENCY_MS: '120' })
    let began = Date.now()
    await get(app.port, '/')
    expect(Date.now() - began).toBeGreaterThanOrEqual(110)
    began = Date.now()
    await get(app.port, '/health')
    expect(Date.now() - began).toBeLessThan(100)
  })

  it('CRASH_AFTER_MS exits with code 1 and drops the listener and open connections', async () => {
    const app = await start({ CRASH_AFTER_MS: '60', LATENCY_MS: '5000' })
    const inFlight = get(app.port, '/slow')
    await expect(app.exited).resolves.toEqual({ exitCode: 1 })
    await expect(inFlight).rejects.toThrow()
    await expect(get(app.port)).rejects.toThrow(/ECONNREFUSED/)
  })

  it('crashing before it listens rejects the start with the exit', async () => {
    const started = startDemoApp({
      image: 'a:1',
      taskArn: 't',
      env: { CRASH_AFTER_MS: '10', START_DELAY_MS: '200' }
    })
    await expect(started).rejects.toBeInstanceOf(AppExitedError)
    await expect(started).rejects.toMatchObject({ exit: { exitCode: 1 } })
  })

  it('START_DELAY_MS delays listening', async () => {
    const began = Date.now()
    const app = await start({ START_DELAY_MS: '150' })
    expect(Date.now() - began).toBeGreaterThanOrEqual(140)
    expect((await get(app.port)).status).toBe(200)
  })

  it('a graceful stop lets in-flight requests finish, refuses new ones and exits 0', async () => {
    const app = await start({ LATENCY_MS: '150' })
    const inFlight = get(app.port, '/checkout')
    await new Promise((resolve) => setTimeout(resolve, 30)) // let the request reach the app
    const exit = app.stop({ timeoutMs: 5000 })
    await expect(get(app.port)).rejects.toThrow(/ECONNREFUSED/)
    const answer = await inFlight
    expect(answer.status).toBe(200)
    expect(answer.body.path).toBe('/checkout')
    await expect(exit).resolves.toEqual({ exitCode: 0 })
  })

  it('a stop that outlasts its timeout is a kill (137)', async () => {
    const app = await start({ LATENCY_MS: '5000' })
    const inFlight = get(app.port, '/')
    await new Promise((resolve) => setTimeout(resolve, 30))
    await expect(app.stop({ timeoutMs: 50 })).resolves.toEqual({ exitCode: 137 })
    await expect(inFlight).rejects.toThrow()
  })

  it('kill() ends it at once with the given code and reason', async () => {
    const app = await start()
    app.kill(139, 'segfault')
    await expect(app.exited).resolves.toEqual({ exitCode: 139, reason: 'segfault' })
  })

  it('aborting during the start delay ends it as a clean stop', async () => {
    const abort = new AbortController()
    const started = startDemoApp({
      image: 'a:1',
      taskArn: 't',
      env: { START_DELAY_MS: '5000' },
      signal: abort.signal
    })
    abort.abort()
    await expect(started).rejects.toMatchObject({ exit: { exitCode: 0 } })
  })

  it('rejects invalid settings as a failed start', async () => {
    await expect(
      startDemoApp({ image: 'a:1', taskArn: 't', env: { FAIL_RATE: 'lots' } })
    ).rejects.toMatchObject({
      exit: { exitCode: 1, reason: expect.stringContaining('FAIL_RATE') }
    })
    expect(() => readAppSettings({ FAIL_RATE: '1.5' })).toThrow(/between 0 and 1/)
  })

  it('takes the version from the image tag', () => {
    expect(imageVersion('shop:1.2.3')).toBe('1.2.3')
    expect(imageVersion('localhost:5000/team/shop:canary')).toBe('canary')
    expect(imageVersion('localhost:5000/team/shop')).toBe('latest')
    expect(imageVersion('shop@sha256:abc')).toBe('sha256:abc')
  })

  it('runs standalone and stops gracefully on SIGTERM', async () => {
    const child = spawn(process.execPath, ['emulator/app/demo-app.ts'], {
      env: { ...process.env, PORT: '0', IMAGE: 'shop:v9', NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (chunk) => {
          out += chunk
          const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)
          if (match) resolve(Number(match[1]))
        })
        child.on('exit', (code) => reject(new Error(`exited early with ${code}`)))
      })
      expect((await get(port)).body.version).toBe('v9')
      const exited = new Promise((resolve) => child.on('exit', resolve))
      child.kill('SIGTERM')
      await expect(exited).resolves.toBe(0)
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  })
})
