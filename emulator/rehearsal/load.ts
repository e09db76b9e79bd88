/**
 * Steady HTTP load through a listener, as users' clients would send it: a fixed request rate, bounded
 * in time and count, to loopback only. Every answer is recorded so a test can tell how many requests
 * failed and which version served the others.
 */
import { Agent, request } from 'node:http'

export interface LoadOptions {
  /** A loopback URL, e.g. http://localhost:8080/ */
  url: string
  ratePerSecond: number
  /** Stops by itself after this long even if `stop()` is never called. */
  maxDurationMs: number
  /** Extra request headers (e.g. a preview header or Host). */
  headers?: Record<string, string>
  /** Per-request timeout; a request that takes longer counts as failed. */
  timeoutMs?: number
}

export interface LoadSample {
  at: number
  status: number
  /** The `version` the demo app reported, when the answer was its JSON. */
  version?: string
  latencyMs: number
  error?: string
}

export interface LoadReport {
  sent: number
  succeeded: number
  failed: number
  /** Requests answered per version. */
  byVersion: Record<string, number>
  /** The failed samples, for the error message of a test. */
  failures: LoadSample[]
  samples: LoadSample[]
  /** When the first request was due (ms since the epoch). */
  startedAt: number
  durationMs: number
}

export interface Load {
  /** Stops sending, waits for the requests in flight, and reports. */
  stop(): Promise<LoadReport>
  /** What has been recorded so far. */
  snapshot(): LoadReport
}

export function startLoad(options: LoadOptions): Load {
  const target = new URL(options.url)
  if (!['127.0.0.1', 'localhost'].includes(target.hostname)) {
    throw new Error(`load is only sent to loopback, not ${target.hostname}`)
  }
  const agent = new Agent({ keepAlive: true, maxSockets: 64 })
  const samples: LoadSample[] = []
  const inFlight = new Set<Promise<void>>()
  const started = Date.now()
  let sent = 0
  let stopped = false

  const fire = (): void => {
    sent++
    const at = Date.now()
    const done = new Promise<void>((resolve) => {
      const record = (sample: Omit<LoadSample, 'at' | 'latencyMs'>): void => {
        samples.push({ at, latencyMs: Date.now() - at, ...sample })
        resolve()
      }
      const req = request(
        target,
        { agent, headers: options.headers, timeout: options.timeoutMs ?? 10_000 },
        (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (body += chunk))
          res.on('error', (error) => record({ status: res.statusCode ?? 0, error: error.message }))
          res.on('end', () => record({ status: res.statusCode ?? 0, version: versionOf(body) }))
        }
      )
      req.on('timeout', () => req.destroy(new Error('timeout')))
      req.on('error', (error) => record({ status: 0, error: error.message }))
      req.end()
    })
    inFlight.add(done)
    void done.then(() => inFlight.delete(done))
  }

  // Send on a fixed schedule: catch up on missed ticks so the rate holds on a busy machine.
  const interval = 1000 / options.ratePerSecond
  const tick = setInterval(
    () => {
      const due = Math.floor((Date.now() - started) / interval)
      while (!stopped && sent < due) fire()
    },
    Math.max(1, Math.min(10, interval))
  )
  const deadline = setTimeout(() => void stop(), options.maxDurationMs)

  const report = (): LoadReport => {
    const failures = samples.filter(isFailed)
    const byVersion: Record<string, number> = {}
    for (const s of samples)
      if (s.version && !failures.includes(s)) byVersion[s.version] = (byVersion[s.version] ?? 0) + 1
    return {
      sent,
      succeeded: samples.length - failures.length,
      failed: failures.length,
      byVersion,
      failures,
      samples: [...samples],
      startedAt: started,
      durationMs: Date.now() - started
    }
  }

  let finished: Promise<LoadReport> | undefined
  const stop = (): Promise<LoadReport> => {
    finished ??= (async () => {
      stopped = true
      clearInterval(tick)
      clearTimeout(deadline)
      await Promise.all([...inFlight])
      agent.destroy()
      return report()
    })()
    return finished
  }
  return { stop, snapshot: report }
}

/** A request that got no answer, or an answer other than 2xx/3xx. */
export function isFailed(sample: LoadSample): boolean {
  return sample.error !== undefined || sample.status < 200 || sample.status >= 400
}

function versionOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { version?: unknown }
    return typeof parsed.version === 'string' ? parsed.version : undefined
  } catch {
    return undefined
  }
}
