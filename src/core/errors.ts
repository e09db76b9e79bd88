/** Something the user asked for cannot work. Found before anything was changed; the message names the input. */
export class InputError extends Error {
  override name = 'InputError'
}

/** The runner cancelled the job (SIGINT, then SIGTERM). */
export class CancelledError extends Error {
  override name = 'CancelledError'
}

/** Another run holds the lock of what this run would change: nothing was changed. */
export class LockHeld extends Error {
  override name = 'LockHeld'
}

/** This run no longer holds its lock (another run took it over, or preempted it): it must change nothing more. */
export class LockLost extends Error {
  override name = 'LockLost'
}

/** The error codes AWS services throttle with (the SDK names its exceptions after them). */
const THROTTLING_CODES = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded'
])

/** Whether an AWS call was throttled (it went through the SDK's retries and was still throttled). */
export function isThrottling(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const metadata = error as { $retryable?: { throttling?: boolean }; $metadata?: { httpStatusCode?: number } }
  return (
    THROTTLING_CODES.has(error.name) ||
    metadata.$retryable?.throttling === true ||
    metadata.$metadata?.httpStatusCode === 429
  )
}

/** One line for a log or an annotation: the error's name when it tells something, then its message. */
export function oneLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error).replace(/\s*\n\s*/g, ' ')
  const message = error.message.replace(/\s*\n\s*/g, ' ').trim()
  const generic =
    ['Error', 'InputError', 'CancelledError', 'LockHeld', 'LockLost'].includes(error.name) ||
    message.startsWith(error.name)
  return generic ? message || error.name : `${error.name}: ${message}`
}

/**
 * A value as messages quote it: on one line, in double quotes (or `mark`), cut to `max` characters (with how long
 * it really is), so a pasted file or a runaway template does not become a 100 KB error line.
 */
export function quote(value: string, max = 200, mark = '"'): string {
  const flat = value.replace(/\s*\n\s*/g, ' ')
  if (flat.length <= max) return `${mark}${flat}${mark}`
  return `${mark}${flat.slice(0, max)}...${mark} (${value.length} characters)`
}
