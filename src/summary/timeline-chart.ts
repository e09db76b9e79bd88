/**
 * The summary's chart of the run: a Mermaid gantt (GitHub renders it in job summaries) of the timed phases, a failed
 * phase red, the failing gate as a red milestone, each change of production traffic and the result as milestones
 * (a rollback unlike a success). A phase too short to see is drawn at a readable width and labelled with its true
 * length. Times are the run's own, in milliseconds since the epoch (`dateFormat x`), so the chart is true whatever
 * the day.
 */
import { formatDuration } from '../core/duration.ts'
import type { PhaseSpan, TimelineEntry } from '../core/timeline.ts'
import type { RolloutStatus } from '../rollout/report.ts'

/** How the run ended, and the gate that failed it (if one did). */
export interface ChartEnding {
  status: RolloutStatus
  failedGate?: { gate: string }
  /** The color that runs the new version (a pair), so that the traffic marks say which is new. */
  newColor?: string
}

/** Phases that undo a failed run: not the phase that failed. */
const undoing = new Set(['rollback', 'scaleDown'])
/** A bar is at least this share of the chart's span wide. */
const minShare = 0.03
const results: Record<RolloutStatus, string> = {
  succeeded: '✔ succeeded',
  paused: '⏸ paused',
  'dry-run': 'dry run',
  'rolled-back': '↩ rolled back',
  failed: '✖ failed'
}

/** Markdown lines of the chart; none when the run timed no phase (a dry run, a refusal). */
export function timelineChart(
  title: string,
  phases: PhaseSpan[],
  entries: TimelineEntry[],
  ending: ChartEnding
): string[] {
  if (phases.length === 0) return []
  const failed = failedPhase(phases, ending.status)
  const first = Math.min(phases[0].startedAt, ...entries.map((entry) => Date.parse(entry.at)))
  const last = Math.max(
    ...phases.map((phase) => phase.endedAt),
    ...entries.map((entry) => Date.parse(entry.at))
  )
  const span = Math.max(last - first, 1000)
  let widened = false
  const bars = phases.map((phase, i) => {
    const length = phase.endedAt - phase.startedAt
    const drawn = Math.max(length, Math.round(span * minShare))
    widened ||= drawn > length
    const tag = i === failed ? 'crit' : undoing.has(phase.name) ? 'active' : 'done'
    const name = `${phase.name} ${formatDuration(length)}${i === failed ? ' ✖' : ''}`
    return `    ${taskName(name)} :${tag}, p${i + 1}, ${phase.startedAt}, ${phase.startedAt + drawn}`
  })
  const milestone = (name: string, at: number, i: number, crit = false) =>
    `    ${taskName(name)} :${crit ? 'crit, ' : ''}milestone, m${i}, ${at}, ${at}`
  const marks: string[] = []
  for (const entry of entries.filter((candidate) => candidate.subject === 'traffic')) {
    const said = headline(entry.observed)
    const named = ending.newColor
      ? said.replace(new RegExp(`\\b${ending.newColor}\\b`), `${ending.newColor} (new)`)
      : said
    marks.push(milestone(named, Date.parse(entry.at), marks.length + 1))
  }
  if (failed !== undefined) {
    const gate = ending.failedGate ? `${ending.failedGate.gate} failed` : `${phases[failed].name} failed`
    marks.push(milestone(`✖ ${gate}`, phases[failed].endedAt, marks.length + 1, true))
  }
  const result = entries.findLast((entry) => entry.subject === 'result')
  if (result) {
    const bad = ending.status === 'failed' || ending.status === 'rolled-back'
    marks.push(milestone(results[ending.status], Date.parse(result.at), marks.length + 1, bad))
  }
  return [
    '### Timeline',
    '',
    '```mermaid',
    'gantt',
    `    title ${taskName(title)}`,
    '    dateFormat x',
    `    axisFormat ${span < 3_600_000 ? '%H:%M:%S' : '%H:%M'}`,
    `    tickInterval ${tickInterval(span)}`,
    '    todayMarker off',
    '    section phases',
    ...bars,
    ...(marks.length > 0 ? ['    section traffic and result', ...marks] : []),
    '```',
    '',
    ...legend(failed !== undefined, widened)
  ]
}

/** What the chart's marks mean, when it has them. */
function legend(failed: boolean, widened: boolean): string[] {
  const said = [
    failed ? 'Red: the phase that failed, and the gate that failed it.' : '',
    widened ? 'A phase too short to see is drawn wider, with its true length in its label.' : ''
  ].filter((line) => line !== '')
  return said.length > 0 ? [said.join(' '), ''] : []
}

/**
 * The phase that failed: the one that ended in an error, or else (a gate's verdict ends a phase without an error)
 * the last phase before the undoing began, in a run that failed or was rolled back.
 */
export function failedPhase(phases: PhaseSpan[], status: RolloutStatus): number | undefined {
  const flagged = phases.findIndex((phase) => phase.failed && !undoing.has(phase.name))
  if (flagged >= 0) return flagged
  if (status !== 'failed' && status !== 'rolled-back') return undefined
  const index = phases.findLastIndex((phase) => !undoing.has(phase.name))
  return index >= 0 ? index : undefined
}

/** About six ticks over the span, at a round interval. */
function tickInterval(span: number): string {
  const steps: [number, string][] = [
    [1000, '1second'],
    [2000, '2second'],
    [5000, '5second'],
    [10_000, '10second'],
    [30_000, '30second'],
    [60_000, '1minute'],
    [120_000, '2minute'],
    [300_000, '5minute'],
    [600_000, '10minute'],
    [1_800_000, '30minute'],
    [3_600_000, '1hour']
  ]
  return (steps.find(([ms]) => span / ms <= 8) ?? steps.at(-1)!)[1]
}

/** At most this many characters of a milestone's name. */
const maxHeadline = 48

/**
 * The gist of an observation: without its parenthesised details, up to its first colon
 * (`blue (web-blue) 90%, green (web-green) 10% (was ...): one ModifyRule call` is `blue 90%, green 10%`).
 */
export function headline(observed: string): string {
  let text = observed
  for (let previous = ''; previous !== text;) {
    previous = text
    text = text.replace(/\s*\([^()]*\)/g, '')
  }
  text = text.split(/:\s/)[0].trim()
  return text.length > maxHeadline ? `${text.slice(0, maxHeadline - 1)}…` : text
}

/**
 * A name Mermaid reads as plain text: a colon ends a task's name, `;` ends a statement, `#` starts an entity
 * and `%%` a comment, so they become spaces; lines are joined.
 */
export function taskName(text: string): string {
  return (
    text
      .replace(/[:;#]|%%/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || '-'
  )
}
