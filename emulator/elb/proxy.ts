/**
 * One listener's data plane: a real HTTP proxy on 127.0.0.1:<port>. The router decides per request
 * (rules, weights, target); this module moves the bytes, answers 502/503/504 itself like the ALB, and
 * reports each outcome. Connections to targets are never reused (`agent: false`), so a target that drains
 * or goes away can never leave a stale pooled socket behind for the next request.
 */
import http from 'node:http'
import { randomBytes } from 'node:crypto'
import { AwsError } from '../core/errors.ts'
import type { RequestView } from './conditions.ts'

export type Decision =
  | { kind: 'fixed-response'; statusCode: number; contentType?: string; body?: string }
  /** `groupArn` or `target` missing: nothing to send the request to (503). */
  | { kind: 'forward'; groupArn?: string; target?: { id: string; host: string; port: number } }

export type Outcome =
  | { kind: 'target'; groupArn: string; statusCode: number; seconds: number }
  | { kind: 'elb'; statusCode: 502 | 503 | 504; groupArn?: string; connectionError?: boolean }
  | { kind: 'fixed-response' }

export interface Router {
  route(request: RequestView): Decision
  /** The load balancer's idle timeout in real milliseconds. */
  idleTimeoutMs(): number
  record(outcome: Outcome): void
  /** A request is at the target from now until the returned function is called (a drain waits for it). */
  inFlight(groupArn: string, target: { id: string; port: number }): () => void
}

// Transfer-Encoding stays: Node then streams the body with the same framing on the other side.
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'upgrade'
]

const REASONS: Record<number, string> = {
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out'
}

export class ListenerServer {
  readonly port: number
  private readonly protocol: string
  private readonly router: Router
  private readonly server: http.Server
  private readonly upstreams = new Set<http.ClientRequest>()
  private closing = false

  constructor(port: number, protocol: string, router: Router) {
    this.port = port
    this.protocol = protocol.toLowerCase()
    this.router = router
    this.server = http.createServer((req, res) => this.serve(req, res))
    // Clients may keep connections open as long as the ALB allows; longer than any test runs.
    this.server.keepAliveTimeout = 65_000
  }

  /** Binds 127.0.0.1:<port>; a port taken by anything else is an `InvalidConfigurationRequest`. */
  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) => {
        reject(
          new AwsError(
            'InvalidConfigurationRequest',
            `Port ${this.port} is not available on 127.0.0.1 (${error.code ?? error.message})`
          )
        )
      }
      this.server.once('error', onError)
      this.server.listen({ port: this.port, host: '127.0.0.1' }, () => {
        this.server.off('error', onError)
        resolve()
      })
    })
  }

  /** Stops accepting, cuts every client connection and every request still at a target. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      this.closing = true
      if (!this.server.listening) return resolve()
      this.server.close(() => resolve())
      this.server.closeAllConnections()
      for (const upstream of this.upstreams) upstream.destroy()
    })
  }

  private serve(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = parseUrl(req.url ?? '/')
    if (!url) return this.answer(res, 400, 'Bad Request')
    const decision = this.router.route({
      host: hostName(req.headers.host),
      path: url.pathname,
      method: req.method ?? 'GET',
      headers: req.headers,
      query: url.searchParams
    })
    if (decision.kind === 'fixed-response') {
      this.router.record({ kind: 'fixed-response' })
      res.writeHead(decision.statusCode, {
        'content-type': decision.contentType ?? 'text/plain; charset=utf-8',
        server: 'awselb/2.0'
      })
      res.end(decision.body ?? '')
      return
    }
    if (!decision.groupArn || !decision.target) {
      this.router.record({ kind: 'elb', statusCode: 503, groupArn: decision.groupArn })
      return this.answer(res, 503)
    }
    this.forward(req, res, decision.groupArn, decision.target)
  }

  private forward(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    groupArn: string,
    target: { id: string; host: string; port: number }
  ): void {
    const started = performance.now()
    let timedOut = false
    const upstream = http.request({
      host: target.host,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: this.forwardedHeaders(req),
      agent: false
    })
    this.upstreams.add(upstream)
    const done = this.router.inFlight(groupArn, target)
    upstream.setTimeout(this.router.idleTimeoutMs(), () => {
      timedOut = true
      upstream.destroy(new Error('target idle timeout'))
    })
    upstream.on('close', () => {
      this.upstreams.delete(upstream)
      done()
    })
    upstream.on('response', (answer) => {
      const statusCode = answer.statusCode ?? 502
      this.router.record({
        kind: 'target',
        groupArn,
        statusCode,
        seconds: (performance.now() - started) / 1000
      })
      res.writeHead(statusCode, answer.statusMessage, withoutHopByHop(answer.headers))
      answer.pipe(res)
      // A target that dies mid-body: cut the client's response too rather than end it as if complete.
      answer.on('error', () => res.destroy())
      answer.on('close', () => {
        if (!answer.complete) res.destroy()
      })
    })
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (res.headersSent || this.closing) return res.destroy()
      const statusCode = timedOut ? 504 : 502
      const connectionError =
        !timedOut && ['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH'].includes(error.code ?? '')
      this.router.record({ kind: 'elb', statusCode, groupArn, connectionError })
      this.answer(res, statusCode)
    })
    // A client that goes away cancels the request at the target.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy()
    })
    req.on('error', () => upstream.destroy())
    req.pipe(upstream)
  }

  private forwardedHeaders(req: http.IncomingMessage): http.OutgoingHttpHeaders {
    const headers = withoutHopByHop(req.headers)
    const client = (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '')
    const previous = req.headers['x-forwarded-for']
    headers['x-forwarded-for'] = previous ? `${previous}, ${client}` : client
    headers['x-forwarded-proto'] = this.protocol
    headers['x-forwarded-port'] = String(this.port)
    if (!headers['x-amzn-trace-id']) {
      const seconds = Math.floor(Date.now() / 1000).toString(16)
      headers['x-amzn-trace-id'] = `Root=1-${seconds}-${randomBytes(12).toString('hex')}`
    }
    return headers
  }

  private answer(res: http.ServerResponse, statusCode: number, reason = REASONS[statusCode]): void {
    const body = `<html>\r\n<head><title>${statusCode} ${reason}</title></head>\r\n<body>\r\n<center><h1>${statusCode} ${reason}</h1></center>\r\n</body>\r\n</html>\r\n`
    res.writeHead(statusCode, reason, { 'content-type': 'text/html', server: 'awselb/2.0' })
    res.end(body)
  }
}

function withoutHopByHop(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const copy: http.OutgoingHttpHeaders = { ...headers }
  for (const name of HOP_BY_HOP) delete copy[name]
  return copy
}

function parseUrl(url: string): URL | undefined {
  try {
    return url.startsWith('/') ? new URL(`http://localhost${url}`) : new URL(url)
  } catch {
    return undefined
  }
}

/** The Host header without its port, lower-cased (rules match host names, not ports). */
function hostName(host: string | undefined): string {
  if (!host) return ''
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]
  return name.toLowerCase()
}
