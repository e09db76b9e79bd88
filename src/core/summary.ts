import { formatElapsed } from './duration.ts'
import type { RolloutStatus } from './record.ts'
import type { TimelineEntry } from './timeline.ts'

export interface SummaryContent {
  title: string
  status: RolloutStatus
  reason: string
  /** Label and value rows (values are shown as code). */
  facts: [string, string | undefined][]
  timeline: TimelineEntry[]
}

const statusIcon: Record<RolloutStatus, string> = { succeeded: '✅', 'rolled-back': '↩️', failed: '❌' }

/** The job summary as Markdown: the result, the reason, the facts, and the timeline of observed changes. */
export function renderSummary(content: SummaryContent): string {
  const lines = [
    `## ${content.title}: ${statusIcon[content.status]} ${content.status}`,
    '',
    escapeCell(content.reason),
    '',
    '| | |',
    '|---|---|',
    ...content.facts
      .filter(([, value]) => value)
      .map(([label, value]) => `| ${label} | \`${escapeCell(value!)}\` |`),
    '',
    '### Timeline',
    '',
    '| time | after | what | observed |',
    '|---|---|---|---|',
    ...content.timeline.map(
      (entry) =>
        `| ${entry.at.slice(11, 19)} | +${formatElapsed(entry.elapsedMs)} | ${entry.subject} | ${escapeCell(entry.observed)} |`
    ),
    ''
  ]
  return lines.join('\n')
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
}
