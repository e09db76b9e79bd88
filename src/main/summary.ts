import { formatElapsed } from '../core/duration.ts'
import { quote } from '../core/errors.ts'
import type { PairReport } from '../pair/report.ts'
import type { RolloutStatus } from '../rollout/report.ts'
import type { PhaseSpan, TimelineEntry } from '../core/timeline.ts'
import { timelineChart } from './timeline-chart.ts'

export interface SummaryContent {
  title: string
  status: RolloutStatus
  reason: string
  /** Label and value rows (values are shown as code). */
  facts: [string, string | undefined][]
  timeline: TimelineEntry[]
  /** The timed phases, drawn with the timeline's traffic changes as a chart above its table. */
  phases?: PhaseSpan[]
  /** The last verdict of each gate, with what it observed (shown as a table when given). */
  gates?: { gate: string; phase: string; state: string; observed: string }[]
  /** Markdown lines of the action's own (e.g. the canary's steps and chart), after the facts. */
  details?: string[]
}

const statusIcon: Record<RolloutStatus, string> = {
  succeeded: '✅',
  paused: '⏸️',
  'dry-run': '📝',
  'rolled-back': '↩️',
  failed: '❌'
}

/** The job summary as Markdown: the result, the reason, the facts, and the timeline of observed changes (a chart and a table). */
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
      .map(([label, value]) => `| ${label} | ${quote(escapeCell(value!), 300, '`')} |`),
    '',
    ...(content.details ?? []),
    ...gateTable(content.gates),
    '### Timeline',
    '',
    ...timelineChart(content.title, content.phases ?? [], content.timeline),
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

function gateTable(gates: SummaryContent['gates']): string[] {
  if (!gates || gates.length === 0) return []
  return [
    '### Gates',
    '',
    '| gate | when | verdict | observed |',
    '|---|---|---|---|',
    ...gates.map((gate) => `| ${gate.gate} | ${gate.phase} | ${gate.state} | ${escapeCell(gate.observed)} |`),
    ''
  ]
}

export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
}

/** The summary's facts of a run on a pair; `other` names the second color's row (`Idle`, `Canary`) and its value. */
export function pairFacts(report: PairReport, other: [string, string]): [string, string | undefined][] {
  return [
    ['Cluster', report.cluster],
    ['Listener rule', report.listenerRule],
    ['Live', colorOf(report, report.liveColor)],
    other,
    ['Task definition', report.taskDefinitionArn],
    ['Previous task definition', report.previousTaskDefinitionArn],
    ['Switched at', report.switchedAt],
    ['Switched back at', report.switchedBackAt],
    ['Mode', report.mode]
  ]
}

/** `green (web-green)` */
export function colorOf(report: PairReport, color: string): string {
  return `${color} (${color === 'blue' ? report.blueService : report.greenService})`
}
