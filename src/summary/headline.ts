/**
 * The summary's headline, read in ten seconds: how the run ended (with its symbol), the versions as people name
 * them, where production traffic is now, how long it took, one short reason, and what users saw.
 * It reads any action's report: the envelope, and the fields most reports have (the versions, the services, the
 * colors, a canary's weight).
 */
import { formatDuration } from '../core/duration.ts'
import type { RolloutReport, RolloutStatus } from '../rollout/report.ts'
import { cell, statusWords } from './event-log.ts'
import { gist } from './plain.ts'
import { versionChange, versionName, revisionOf, type Images } from './versions.ts'

/** What the headline reads of a report. */
export interface HeadlineReport extends RolloutReport {
  /** The version deployed (a rollback: the one it returned to). */
  taskDefinitionArn?: string
  /** What served before. */
  previousTaskDefinitionArn?: string
  /** A rollback: the version it rolled back from. */
  rolledBackFrom?: string
  cluster?: string
  /** A pair's production rule (its load balancer is where users' requests are counted). */
  listenerRule?: string
  service?: string
  blueService?: string
  greenService?: string
  liveColor?: string
  previousColor?: string
  /** The new version's share of production traffic at the end, in percent (a canary). */
  weight?: number
  /** A preview's own address. */
  url?: string
}

export const statusIcon: Record<RolloutStatus, string> = {
  succeeded: '✅',
  paused: '⏸️',
  'dry-run': '📝',
  'rolled-back': '↩️',
  failed: '❌'
}

/** `## ↩️ Rolled back · Rolling update of web` */
export function titleLine(title: string, status: RolloutStatus): string {
  const words = statusWords[status]
  return `## ${statusIcon[status]} ${words[0].toUpperCase()}${words.slice(1)} · ${title}`
}

/** The versions of a run: from what, to what (a preview or a first deploy has no `from`). */
export function versionsOf(report: HeadlineReport): { from?: string; to?: string } {
  if (report.rolledBackFrom !== undefined)
    return { from: report.rolledBackFrom, to: report.taskDefinitionArn }
  return { from: report.previousTaskDefinitionArn, to: report.taskDefinitionArn }
}

/** The headline rows; `usersSaw` is the line of the load balancer's counts (or why there is none). */
export function headline(report: HeadlineReport, images: Images, usersSaw?: string): string[] {
  const { from, to } = versionsOf(report)
  const rows: [string, string | undefined][] = [
    ['Version', to ? versionChange(from, to, images) : undefined],
    ['Production traffic', trafficNow(report, images)],
    ['Duration', duration(report)],
    [report.status === 'succeeded' ? 'Result' : 'Why', cell(gist(report.reason))],
    ['What users saw', usersSaw]
  ]
  return [
    '| | |',
    '|---|---|',
    ...rows.filter(([, value]) => value).map(([label, value]) => `| **${label}** | ${value} |`),
    ''
  ]
}

/** `42s · 10:00:01 → 10:00:43 UTC` */
function duration(report: RolloutReport): string {
  const total = report.durations.totalSeconds
  const span = `${report.startedAt.slice(11, 19)} → ${report.finishedAt.slice(11, 19)} UTC`
  return total === undefined ? span : `${formatDuration(total * 1000)} · ${span}`
}

/**
 * Where production traffic is at the end, and on which version: a canary's split, the new version once it
 * succeeded, the previous one after a rollback or before a paused switch; a preview leaves production alone.
 */
export function trafficNow(report: HeadlineReport, images: Images): string | undefined {
  if (report.action === 'preview')
    return report.url ? `unchanged; the preview answers at ${report.url}` : 'unchanged'
  const { from, to } = versionsOf(report)
  const name = (arn: string) => `\`${versionName(arn, images)}\` (\`${revisionOf(arn)}\`)`
  const where = placeOf(report)
  if (to && from && report.weight !== undefined && report.weight > 0 && report.weight < 100)
    return `split: ${report.weight}% on ${name(to)}, ${100 - report.weight}% on ${name(from)}`
  const serving = servingArn(report, from, to)
  if (!serving) return 'not settled: the deployment was left as it was (on-failure: stop); see the event log'
  return `all on ${name(serving)}${where ? `, ${where}` : ''}`
}

function servingArn(report: HeadlineReport, from?: string, to?: string): string | undefined {
  switch (report.status) {
    case 'succeeded':
      return to
    case 'rolled-back':
    case 'paused':
    case 'dry-run':
      return from ?? to
    case 'failed':
      if (report.liveColor && report.previousColor)
        return report.liveColor === report.previousColor ? from : to
      return undefined
  }
}

/** `blue (web-blue)` on a pair, `service web` on one service. */
function placeOf(report: HeadlineReport): string | undefined {
  if (report.liveColor && report.blueService && report.greenService)
    return `${report.liveColor} (${report.liveColor === 'blue' ? report.blueService : report.greenService})`
  if (report.liveColor) return report.liveColor
  return report.service ? `service ${report.service}` : undefined
}
