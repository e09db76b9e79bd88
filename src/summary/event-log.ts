/**
 * The summary's event log: every observed change of the run, folded away (`<details>`), in plain words, each
 * repeat said once with its count, and nothing that contradicts how the run ended (the last row is the result,
 * without its reason, which the headline gives).
 */
import { formatElapsed } from '../core/duration.ts'
import type { TimelineEntry } from '../core/timeline.ts'
import type { RolloutStatus } from '../rollout/report.ts'
import { plain } from './plain.ts'

/** How the log names what was looked at. */
const subjects: Record<string, string> = {
  event: 'ECS said',
  deployment: 'ECS deployment',
  tasks: 'tasks',
  targets: 'targets',
  alarms: 'alarms',
  traffic: 'traffic',
  rollout: 'rollout',
  rollback: 'rollback',
  bake: 'bake',
  verify: 'verify',
  result: 'result'
}

export const statusWords: Record<RolloutStatus, string> = {
  succeeded: 'succeeded',
  paused: 'paused',
  'dry-run': 'dry run',
  'rolled-back': 'rolled back',
  failed: 'failed'
}

interface Row {
  at: string
  elapsedMs: number
  subject: string
  text: string
  times: number
}

/** A repeat of one of the last this many rows is folded into it. */
const foldWithin = 4

/**
 * The rows of the log: plain words, a repeat of a recent row folded into it with a count; an observation the full
 * reason gives (`reason`) is named, not said again.
 */
export function eventRows(entries: TimelineEntry[], status: RolloutStatus, reason = ''): Row[] {
  const rows: Row[] = []
  for (const entry of entries) {
    let text = entry.subject === 'result' ? statusWords[status] : said(entry)
    if (text.length >= 24 && reason.includes(text))
      text = `${text.split(/:\s/)[0]} (in the full reason above)`
    const same = rows.slice(-foldWithin).find((row) => row.subject === entry.subject && row.text === text)
    if (same) {
      same.times += 1
      continue
    }
    rows.push({ at: entry.at, elapsedMs: entry.elapsedMs, subject: entry.subject, text, times: 1 })
  }
  return rows
}

/** One observation in plain words; a settled run's log says what was started, not what is being watched. */
function said(entry: TimelineEntry): string {
  const text = plain(entry.observed)
    .replace(/\s*\(\d+ times\)$/, '')
    .replace(/^watching (.+) for (\S+)$/, 'started: $2 on $1')
    .replace(/\(was [^()]*(?:\([^()]*\)[^()]*)*\)/, '')
  return text.replace(/\s+:/g, ':').trim()
}

/** The log as folded Markdown (nothing when the run observed nothing). */
export function eventLog(entries: TimelineEntry[], status: RolloutStatus, reason = ''): string[] {
  const rows = eventRows(entries, status, reason)
  if (rows.length === 0) return []
  return [
    `<details><summary>Event log (${rows.length} ${rows.length === 1 ? 'entry' : 'entries'})</summary>`,
    '',
    '| time | after | what | observed |',
    '|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.at.slice(11, 19)} | +${formatElapsed(row.elapsedMs)} | ${subjects[row.subject] ?? row.subject} | ${cell(row.text)}${row.times > 1 ? ` (×${row.times})` : ''} |`
    ),
    '',
    '</details>',
    ''
  ]
}

export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
}
