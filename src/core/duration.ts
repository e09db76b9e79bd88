const unitMs: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/**
 * `90s`, `5m`, `1h`, `1m30s`, `250ms`; a bare number is seconds. Returns milliseconds, or undefined when the
 * text is not a duration.
 */
export function parseDuration(text: string): number | undefined {
  const value = text.trim().toLowerCase()
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000)
  if (!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(value)) return undefined
  let total = 0
  for (const [, amount, , unit] of value.matchAll(/(\d+(\.\d+)?)(ms|s|m|h)/g)) {
    total += Number(amount) * unitMs[unit]
  }
  return Math.round(total)
}

/** Short human form: `450ms`, `42s`, `5m`, `1m30s`, `2h5m`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`
  const seconds = Math.round(ms / 1000)
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const parts = [h ? `${h}h` : '', m ? `${m}m` : '', s ? `${s}s` : '']
  return parts.join('') || '0s'
}

/** Elapsed time in whole seconds (`0s`, `42s`, `1m5s`), for timelines. */
export function formatElapsed(ms: number): string {
  return ms < 1000 ? '0s' : formatDuration(Math.floor(ms / 1000) * 1000)
}
