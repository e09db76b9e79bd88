/**
 * The summary's timeline as a chart: a Mermaid gantt (GitHub renders it in job summaries) of the rollout's timed
 * phases, with each change of production traffic and the result as milestones. Times are the run's own, in
 * milliseconds since the epoch (`dateFormat x`), so the chart is true whatever the day.
 */
import { formatDuration } from '../core/duration.ts'
import type { PhaseSpan, TimelineEntry } from '../core/timeline.ts'

/** The timeline entries drawn as milestones: what moved production traffic, and how the run ended. */
const milestoneSubjects = new Set(['traffic', 'result'])

/** Markdown lines of the chart; none when the run timed no phase (a dry run, a refusal). */
export function timelineChart(title: string, phases: PhaseSpan[], entries: TimelineEntry[]): string[] {
  if (phases.length === 0) return []
  const bars = phases.map((phase, i) => {
    const name = `${phase.name} ${formatDuration(phase.endedAt - phase.startedAt)}`
    return `    ${taskName(name)} :${phase.failed ? 'crit' : 'done'}, p${i + 1}, ${phase.startedAt}, ${phase.endedAt}`
  })
  const marks = entries
    .filter((entry) => milestoneSubjects.has(entry.subject))
    .map((entry, i) => {
      const at = Date.parse(entry.at)
      return `    ${taskName(headline(entry.observed))} :milestone, m${i + 1}, ${at}, ${at}`
    })
  return [
    '```mermaid',
    'gantt',
    `    title ${taskName(title)}`,
    '    dateFormat x',
    '    axisFormat %H:%M:%S',
    '    todayMarker off',
    '    section phases',
    ...bars,
    ...(marks.length > 0 ? ['    section traffic and result', ...marks] : []),
    '```',
    ''
  ]
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
