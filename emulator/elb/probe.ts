/** One health check: a real HTTP GET to the target, judged the way the ALB judges it. */
import http from 'node:http'
import { invalid } from './input.ts'

export type ProbeVerdict =
  | { passed: true }
  | {
      passed: false
      reason: 'Target.ResponseCodeMismatch' | 'Target.Timeout' | 'Target.FailedHealthChecks'
      description: string
    }

export interface ProbeRequest {
  host: string
  port: number
  path: string
  matcher: string
  /** Arms the timeout: calls `onTimeout` after the check's timeout and returns a canceller. */
  armTimeout: (onTimeout: () => void) => () => void
}

/** Resolves with the verdict; `abort` ends the check early (its verdict is then ignored). */
export function probe(request: ProbeRequest): { verdict: Promise<ProbeVerdict>; abort: () => void } {
  let abort = () => {}
  const verdict = new Promise<ProbeVerdict>((resolve) => {
    let settled = false
    const finish = (result: ProbeVerdict) => {
      if (settled) return
      settled = true
      disarm()
      req.destroy()
      resolve(result)
    }
    const req = http.get({
      host: request.host,
      port: request.port,
      path: request.path,
      agent: false,
      headers: { 'user-agent': 'ELB-HealthChecker/2.0', host: `${request.host}:${request.port}` }
    })
    const disarm = request.armTimeout(() =>
      finish({ passed: false, reason: 'Target.Timeout', description: 'Request timed out' })
    )
    req.on('response', (res) => {
      res.resume()
      const code = res.statusCode ?? 0
      finish(
        codeMatches(request.matcher, code)
          ? { passed: true }
          : {
              passed: false,
              reason: 'Target.ResponseCodeMismatch',
              description: `Health checks failed with these codes: [${code}]`
            }
      )
    })
    req.on('error', () =>
      finish({ passed: false, reason: 'Target.FailedHealthChecks', description: 'Health checks failed' })
    )
    abort = () =>
      finish({ passed: false, reason: 'Target.FailedHealthChecks', description: 'Health check aborted' })
  })
  return { verdict, abort }
}

/** Matcher syntax as on AWS: '200', '200,302', '200-299'. */
export function codeMatches(matcher: string, code: number): boolean {
  return matcher.split(',').some((part) => {
    const [low, high = low] = part.trim().split('-').map(Number)
    return code >= low && code <= high
  })
}

/** For Application Load Balancers success codes lie between 200 and 499. */
export function validateMatcher(matcher: string): string {
  const ok = matcher.split(',').every((part) => {
    const match = /^\s*(\d{3})(?:-(\d{3}))?\s*$/.exec(part)
    if (!match) return false
    const low = Number(match[1])
    const high = Number(match[2] ?? match[1])
    return low >= 200 && high <= 499 && low <= high
  })
  if (!ok) throw invalid(`Health check matcher HTTP code '${matcher}' must be values between 200 and 499`)
  return matcher
}
