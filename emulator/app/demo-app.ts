/**
 * The built-in app every emulated task runs: a real HTTP server on loopback that answers every path with
 * JSON naming its image, version and task. Container environment variables make a version slow, failing,
 * unhealthy, crashing or slow to start (see settings.ts). Also runnable on its own:
 *   PORT=8080 IMAGE=demo:v2 FAIL_RATE=0.1 npx node emulator/app/demo-app.ts
 */
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { resolve as resolvePath } from 'node:path'
import { pathToFileURL } from 'node:url'
import { imageVersion, readAppSettings, type AppSettings } from './settings.ts'

export interface DemoAppOptions {
  image: string
  taskArn: string
  env: Record<string, string | undefined>
  /** Defaults to 127.0.0.1. */
  host?: string
  /** Defaults to 0: a free port. */
  port?: number
  /** Aborting before the app listens ends it like a graceful stop (exit code 0). */
  signal?: AbortSignal
  /** Source of randomness for FAIL_RATE (tests make it deterministic). */
  random?: () => number
}

export interface AppExit {
  exitCode: number
  reason?: string
}

export interface DemoApp {
  port: number
  /** Resolves once the process has ended, however it ended. */
  exited: Promise<AppExit>
  /** SIGTERM: stop accepting, let in-flight requests finish, exit 0; after `timeoutMs` it is killed (137). */
  stop(options?: { timeoutMs?: number }): Promise<AppExit>
  /** The process dies at once: listener closed, open connections destroyed. */
  kill(exitCode?: number, reason?: string): void
}

/** The app ended before it was listening (crash, bad settings, or stopped during its start delay). */
export class AppExitedError extends Error {
  readonly exit: AppExit

  constructor(exit: AppExit) {
    super(`app exited with code ${exit.exitCode} before listening${exit.reason ? `: ${exit.reason}` : ''}`)
    this.exit = exit
  }
}

/** Starts the app; resolves once it listens. */
export function startDemoApp(options: DemoAppOptions): Promise<DemoApp> {
  let settings: AppSettings
  try {
    settings = readAppSettings(options.env)
  } catch (error) {
    return Promise.reject(new AppExitedError({ exitCode: 1, reason: (error as Error).message }))
  }
  return new DemoAppProcess(options, settings).start()
}

const SIGKILL_EXIT_CODE = 137

class DemoAppProcess implements DemoApp {
  port = 0
  readonly exited: Promise<AppExit>
  private readonly server: http.Server
  private readonly sockets = new Set<Socket>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly version: string
  private resolveExited!: (exit: AppExit) => void
  private rejectStart?: (error: Error) => void
  private exit?: AppExit
  private listening = false
  private stopping = false
  private readonly options: DemoAppOptions
  private readonly settings: AppSettings

  constructor(options: DemoAppOptions, settings: AppSettings) {
    this.options = options
    this.settings = settings
    this.version = imageVersion(options.image)
    this.exited = new Promise((resolve) => (this.resolveExited = resolve))
    this.server = http.createServer((req, res) => this.answer(req, res))
    this.server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  start(): Promise<DemoApp> {
    return new Promise((resolve, reject) => {
      this.rejectStart = reject
      const { crashAfterMs, startDelayMs } = this.settings
      if (crashAfterMs !== undefined) this.timer(crashAfterMs, () => this.kill(1))
      this.options.signal?.addEventListener('abort', () => !this.listening && this.finish({ exitCode: 0 }), {
        once: true
      })
      this.server.on('error', (error) => {
        if (!this.listening) this.finish({ exitCode: 1, reason: error.message })
      })
      this.timer(startDelayMs, () => {
        if (this.exit) return
        this.server.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', () => {
          if (this.exit) return void this.server.close()
          this.listening = true
          this.rejectStart = undefined
          this.port = (this.server.address() as AddressInfo).port
          resolve(this)
        })
      })
    })
  }

  stop(options: { timeoutMs?: number } = {}): Promise<AppExit> {
    if (this.exit || this.stopping) return this.exited
    this.stopping = true
    if (!this.listening) {
      this.finish({ exitCode: 0 })
      return this.exited
    }
    // close() waits for in-flight requests; idle keep-alive connections are closed at once.
    this.server.close(() => this.finish({ exitCode: 0 }))
    this.server.closeIdleConnections()
    if (options.timeoutMs !== undefined) this.timer(options.timeoutMs, () => this.kill(SIGKILL_EXIT_CODE))
    return this.exited
  }

  kill(exitCode = SIGKILL_EXIT_CODE, reason?: string): void {
    if (this.exit) return
    if (this.listening) this.server.close()
    this.server.closeAllConnections()
    for (const socket of this.sockets) socket.destroy()
    this.finish({ exitCode, reason })
  }

  private finish(exit: AppExit): void {
    if (this.exit) return
    this.exit = exit
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    if (!this.listening) this.server.close()
    this.resolveExited(exit)
    this.rejectStart?.(new AppExitedError(exit))
    this.rejectStart = undefined
  }

  private timer(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      fn()
    }, ms)
    this.timers.add(timer)
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = req.url ?? '/'
    const pathname = path.split('?')[0]
    const userAgent = req.headers['user-agent'] ?? ''
    const healthCheck = userAgent.startsWith('ELB-HealthChecker') || pathname === this.settings.healthPath
    const body = {
      image: this.options.image,
      version: this.version,
      task: this.options.taskArn,
      port: this.port,
      path
    }
    if (healthCheck) {
      this.send(res, this.settings.unhealthy ? 503 : 200, body)
      return
    }
    this.timer(this.settings.latencyMs, () => {
      const failed = (this.options.random ?? Math.random)() < this.settings.failRate
      this.send(res, failed ? 500 : 200, failed ? { ...body, error: 'injected failure (FAIL_RATE)' } : body)
    })
  }

  private send(res: http.ServerResponse, status: number, body: object): void {
    if (res.destroyed) return
    // While stopping, tell keep-alive clients to go elsewhere so the server can finish closing.
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (this.stopping) headers.connection = 'close'
    res.writeHead(status, headers)
    res.end(JSON.stringify(body))
  }
}

async function runStandalone(): Promise<void> {
  const env = process.env
  const image = env.IMAGE ?? 'demo-app:latest'
  try {
    const app = await startDemoApp({
      image,
      taskArn: env.TASK_ARN ?? 'standalone',
      env,
      host: env.HOST ?? '127.0.0.1',
      port: Number(env.PORT ?? 8080)
    })
    console.log(`demo app ${image} listening on http://${env.HOST ?? '127.0.0.1'}:${app.port}`)
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => void app.stop({ timeoutMs: 30_000 }))
    }
    const exit = await app.exited
    process.exit(exit.exitCode)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(error instanceof AppExitedError ? error.exit.exitCode : 1)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolvePath(process.argv[1])).href) {
  void runStandalone()
}
