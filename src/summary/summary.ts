/**
 * The job summary, read top down: the headline (how it ended, the versions, where production traffic is, how long,
 * why, what users saw), then the details (the full reason once, the facts, the gates, the action's own part such as
 * the canary's steps), the chart of the phases, and the event log folded away.
 */
import type { PairReport } from '../pair/report.ts'
import type { GateRow } from '../rollout/rollout.ts'
import type { PhaseSpan, TimelineEntry } from '../core/timeline.ts'
import { cell, eventLog } from './event-log.ts'
import { headline, titleLine, type HeadlineReport } from './headline.ts'
import { fullReason, gist, plain } from './plain.ts'
import { timelineChart } from './timeline-chart.ts'
import type { Images } from './versions.ts'

export interface SummaryContent {
  title: string
  report: HeadlineReport
  /** Label and value rows (values are shown as code). */
  facts: [string, string | undefined][]
  timeline: TimelineEntry[]
  /** The timed phases, drawn with the timeline's traffic changes as a chart. */
  phases?: PhaseSpan[]
  /** The last verdict of each gate, with what it observed (shown as a table when given). */
  gates?: Pick<GateRow, 'gate' | 'phase' | 'state' | 'observed'>[]
  /** Markdown lines of the action's own (e.g. the canary's steps and chart), after the facts. */
  details?: string[]
  /** The images of the versions, by task definition ARN. */
  images?: Images
  /** The headline's line of the load balancer's counts. */
  usersSaw?: string
}

/** The job summary as Markdown. */
export function renderSummary(content: SummaryContent): string {
  const { report } = content
  const settled = !['paused'].includes(report.status)
  const reason = fullReason(report.reason)
  return [
    titleLine(content.title, report.status),
    '',
    ...headline(report, content.images ?? {}, content.usersSaw),
    '### Details',
    '',
    ...(reason !== gist(report.reason) ? [`**Full reason:** ${cell(reason)}`, ''] : []),
    '| | |',
    '|---|---|',
    ...content.facts
      .filter(([, value]) => value)
      .map(([label, value]) => `| ${label} | \`${cell(value!)}\` |`),
    '',
    ...(content.details ?? []),
    ...gateTable(content.gates, settled),
    ...timelineChart(content.title, content.phases ?? [], content.timeline, {
      status: report.status,
      failedGate: failedGateOf(report.reason, content.gates),
      newColor: newColorOf(report)
    }),
    ...eventLog(content.timeline, report.status, reason)
  ].join('\n')
}

/** The gate that failed the run: as its reason names it (`gate analysis failed ...`), or as the gates table has it. */
function failedGateOf(reason: string, gates: SummaryContent['gates']): { gate: string } | undefined {
  const named = /^gate (\S+) failed/.exec(reason)?.[1]
  return named ? { gate: named } : gates?.find((gate) => gate.state === 'failed')
}

/** The color a pair run deployed to: the one production traffic was not on before. */
function newColorOf(report: HeadlineReport): string | undefined {
  if (!report.blueService || !report.previousColor) return undefined
  return report.previousColor === 'blue' ? 'green' : 'blue'
}

/** The gates' last verdicts; in a settled run a gate still waiting says it was not judged. */
function gateTable(gates: SummaryContent['gates'], settled: boolean): string[] {
  if (!gates || gates.length === 0) return []
  const verdict = (state: string) => (settled && state === 'waiting' ? 'not judged' : state)
  return [
    '### Gates',
    '',
    '| gate | when | verdict | observed |',
    '|---|---|---|---|',
    ...gates.map(
      (gate) =>
        `| ${gate.gate} | ${gate.phase} | ${verdict(gate.state)} | ${gate.state === 'failed' ? 'see the full reason' : cell(plain(gate.observed))} |`
    ),
    ''
  ]
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

export { cell as escapeCell }
