/**
 * The demo app's behaviour, read from container environment variables. Durations are real milliseconds:
 * they describe the app itself, not AWS, so the emulator's time scale does not apply to them.
 */
export interface AppSettings {
  /** Share (0..1) of non-health-check requests answered 500. */
  failRate: number
  /** Delay before answering a non-health-check request. */
  latencyMs: number
  /** Health checks are answered 503. */
  unhealthy: boolean
  /** The process exits with code 1 this long after it started (undefined: never). */
  crashAfterMs?: number
  /** The server starts listening only after this long. */
  startDelayMs: number
  /** A request on this path is a health check, whatever its User-Agent. */
  healthPath: string
}

export class InvalidSettingError extends Error {}

export function readAppSettings(env: Record<string, string | undefined>): AppSettings {
  const failRate = number(env, 'FAIL_RATE', 0)
  if (failRate > 1) throw new InvalidSettingError(`FAIL_RATE must be between 0 and 1, got ${env.FAIL_RATE}`)
  const crash = env.CRASH_AFTER_MS?.trim()
  return {
    failRate,
    latencyMs: number(env, 'LATENCY_MS', 0),
    unhealthy: flag(env.UNHEALTHY),
    crashAfterMs: crash ? number(env, 'CRASH_AFTER_MS', 0) : undefined,
    startDelayMs: number(env, 'START_DELAY_MS', 0),
    healthPath: env.HEALTH_PATH?.trim() || '/health'
  }
}

function number(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) {
    throw new InvalidSettingError(`${name} must be a non-negative number, got ${JSON.stringify(raw)}`)
  }
  return value
}

function flag(raw: string | undefined): boolean {
  return ['1', 'true', 'yes', 'on'].includes((raw ?? '').trim().toLowerCase())
}

/** The version an image runs: its tag (`repo/app:1.2.3` -> `1.2.3`), `latest` when untagged. */
export function imageVersion(image: string): string {
  const withoutDigest = image.split('@')[0]
  const lastSlash = withoutDigest.lastIndexOf('/')
  const colon = withoutDigest.lastIndexOf(':')
  if (colon > lastSlash) return withoutDigest.slice(colon + 1)
  const digest = image.split('@')[1]
  return digest ?? 'latest'
}
