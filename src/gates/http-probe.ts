import { quote } from '../core/errors.ts'
import type { Gate, GateContext, GateResult } from './gate.ts'

/** What the probe needs of `fetch` (the global one in production, a stand-in in tests). */
export type Fetch = (
  url: string,
  init: { signal: AbortSignal; redirect: 'manual'; headers?: Record<string, string> }
) => Promise<{ status: number }>

/**
 * One HTTP GET of a URL (for example the test listener, which routes to the idle color) per check: any 2xx or
 * 3xx answer passes; another status, no answer, or no answer within the timeout fails.
 */
export class HttpProbeGate implements Gate {
  readonly name = 'http-probe'
  private readonly url: string
  private readonly timeoutMs: number
  private readonly fetch: Fetch
  /** Sent with every probe (e.g. what a preview rule matches). */
  private readonly headers?: Record<string, string>

  constructor(url: string, options: { timeoutMs: number; fetch?: Fetch; headers?: Record<string, string> }) {
    this.url = url
    this.timeoutMs = options.timeoutMs
    this.headers = options.headers
    this.fetch = options.fetch ?? ((target, init) => globalThis.fetch(target, init))
  }

  async check(context?: GateContext): Promise<GateResult> {
    const expected = 'expected 2xx or 3xx'
    const timeout = AbortSignal.timeout(this.timeoutMs)
    try {
      const response = await this.fetch(this.url, {
        signal: context ? AbortSignal.any([timeout, context.signal]) : timeout,
        redirect: 'manual',
        ...(this.headers ? { headers: this.headers } : {})
      })
      const passed = response.status >= 200 && response.status < 400
      return {
        state: passed ? 'passed' : 'failed',
        observed: `GET ${quote(this.url, 200, '')} answered ${response.status}${passed ? '' : ` (${expected})`}`
      }
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError'
      const why = timedOut ? `no answer within ${this.timeoutMs} ms` : `failed: ${describeFetchError(error)}`
      return { state: 'failed', observed: `GET ${quote(this.url, 200, '')} ${why} (${expected})` }
    }
  }
}

/** fetch hides the network error (ECONNREFUSED, ...) in `cause`. */
function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? (error as Error).message
}
