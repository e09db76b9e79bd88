/**
 * A benchmark's run as a picture, written next to its JSON: requests per second by the version answering, failed
 * requests per second, and the production rule's weights, on one time axis. Any benchmark calls it with the series
 * it recorded (emulator/rehearsal/series.ts). Drawn with Vega-Lite, rendered to SVG without a browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import * as vega from 'vega'
import { compile, type TopLevelSpec } from 'vega-lite'
import type { Series } from '../emulator/rehearsal/series.ts'

const width = 640

/** Something that happened during the run (an alarm raised, a command started), drawn as a dashed line. */
export interface ChartEvent {
  /** Seconds since the load started. */
  t: number
  label: string
}

/** The Vega-Lite specification of the chart. */
export function chartSpec(title: ChartTitle, series: Series, events: ChartEvent[] = []): TopLevelSpec {
  const step = series.bucketSeconds
  const last = series.traffic.at(-1)
  const end = Math.max(last ? last.t + last.seconds : 0, series.weights.at(-1)?.t ?? 0)
  const time = {
    field: 't',
    type: 'quantitative' as const,
    title: 'seconds since the load started',
    scale: { domain: [0, Math.round(end * 10) / 10], nice: false },
    axis: { format: '~g', values: ticks(end) }
  }
  // Versions in the order they first answered: the one serving before the rollout is first, at the bottom.
  const versions = [...new Set(series.traffic.flatMap((bucket) => Object.keys(bucket.answered)))]
  const answered = series.traffic.flatMap((bucket) =>
    Object.entries(bucket.answered).map(([version, perSecond]) => ({
      t: bucket.t,
      t2: bucket.t + bucket.seconds,
      version,
      rank: versions.indexOf(version),
      perSecond
    }))
  )
  const failed = series.traffic.map((bucket) => ({
    t: bucket.t,
    t2: bucket.t + bucket.seconds,
    perSecond: bucket.failed
  }))
  const totalFailed = Math.round(
    series.traffic.reduce((sum, bucket) => sum + bucket.failed * bucket.seconds, 0)
  )
  const targetGroups = [...new Set(series.weights.flatMap((point) => Object.keys(point.percent)))]
  const weights = series.weights.flatMap((point) =>
    Object.entries(point.percent).map(([targetGroup, percent]) => ({ t: point.t, targetGroup, percent }))
  )
  const binned = { ...time, bin: { binned: true, step } }
  const panels: object[] = [
    {
      title: 'requests per second, by the version that answered',
      data: { values: answered },
      mark: { type: 'bar', binSpacing: 0 },
      height: 180,
      encoding: {
        x: binned,
        x2: { field: 't2' },
        y: { field: 'perSecond', type: 'quantitative', stack: 'zero', title: 'requests/s' },
        color: { field: 'version', type: 'nominal', title: 'version', scale: { domain: versions } },
        order: { field: 'rank', type: 'quantitative' }
      }
    },
    {
      title: `failed requests per second (${totalFailed} in all)`,
      data: { values: failed },
      mark: { type: 'bar', binSpacing: 0, color: '#d62728' },
      height: 70,
      encoding: {
        x: binned,
        x2: { field: 't2' },
        y: {
          field: 'perSecond',
          type: 'quantitative',
          title: 'failed/s',
          scale: { domain: { unionWith: [0, 1] } }
        }
      }
    }
  ]
  if (weights.length > 0) {
    panels.push({
      title: "production rule's weights",
      data: { values: weights },
      mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2 },
      height: 110,
      encoding: {
        x: time,
        y: { field: 'percent', type: 'quantitative', title: '% of traffic', scale: { domain: [0, 100] } },
        color: {
          field: 'targetGroup',
          type: 'nominal',
          title: 'target group',
          scale: groupColors(targetGroups),
          legend: { labelLimit: 320 }
        }
      }
    })
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title.text, subtitle: title.subtitle, anchor: 'start', fontSize: 15, offset: 12 },
    config: { view: { continuousWidth: width }, axis: { labelFontSize: 11, titleFontSize: 11 } },
    background: 'white',
    vconcat: panels.map((panel, i) => ({ width, ...withEvents(panel, events, i === 0 ? end : undefined) })),
    resolve: { scale: { color: 'independent', x: 'shared' } }
  } as TopLevelSpec
}

/** About ten round ticks from 0 to `end` seconds (binned bars would otherwise put one at every bucket). */
function ticks(end: number): number[] {
  const step =
    [0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300].find((candidate) => end / candidate <= 12) ?? 600
  return Array.from({ length: Math.floor(end / step) + 1 }, (_, i) => i * step)
}

/**
 * The panel with each event as a dashed vertical line, labelled when given the time axis' end (on the first panel):
 * to the line's right, or to its left in the last third of the axis so that the label stays inside.
 */
function withEvents(panel: object, events: ChartEvent[], end?: number): object {
  if (events.length === 0) return panel
  const { title, height, ...drawing } = panel as { title: string; height: number }
  const x = { field: 't', type: 'quantitative' }
  const lines = {
    data: { values: events },
    mark: { type: 'rule', strokeDash: [4, 3], color: '#555' },
    encoding: { x }
  }
  const labels = (side: 'left' | 'right', values: ChartEvent[]) => ({
    data: { values },
    mark: { type: 'text', align: side, baseline: 'top', dx: side === 'left' ? 3 : -3, y: 2, fontSize: 11 },
    encoding: { x, text: { field: 'label' } }
  })
  const late = (event: ChartEvent) => end !== undefined && event.t > (end * 2) / 3
  const labelled =
    end === undefined
      ? []
      : [
          labels(
            'left',
            events.filter((event) => !late(event))
          ),
          labels('right', events.filter(late))
        ]
  return { title, height, layer: [drawing, lines, ...labelled] }
}

/** A target group named after its color (`web-blue`, `web-green`) is drawn in that color. */
function groupColors(names: string[]): { domain: string[]; range: string[] } {
  const named: Record<string, string> = { blue: '#1f77b4', green: '#2ca02c' }
  const others = ['#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf']
  const range = names.map(
    (name, i) => named[/(blue|green)$/.exec(name)?.[1] ?? ''] ?? others[i % others.length]
  )
  return { domain: names, range }
}

/** The chart's title, and a line under it that says how the run was set up. */
export interface ChartTitle {
  text: string
  subtitle?: string
}

/** The chart as SVG markup. */
export async function chartSvg(title: ChartTitle, series: Series, events?: ChartEvent[]): Promise<string> {
  const view = new vega.View(vega.parse(compile(chartSpec(title, series, events)).spec), { renderer: 'none' })
  try {
    return await view.toSVG()
  } finally {
    view.finalize()
  }
}

/** Writes the chart to `path` (an .svg next to the benchmark's JSON). */
export async function writeChart(
  path: string,
  title: ChartTitle,
  series: Series,
  events?: ChartEvent[]
): Promise<void> {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, (await chartSvg(title, series, events)) + '\n')
}

/** Where a chart goes: next to the benchmark's JSON (canary.json: canary.svg, or canary-<name>.svg). */
export function chartPathFor(jsonPath: string, name?: string): string {
  return jsonPath.replace(/(\.json)?$/, name ? `-${name}.svg` : '.svg')
}

/** The part of a chart's title that says the emulator's pace (the action's own waits are real seconds). */
export function timeScaleNote(scale: number): string {
  return `ECS and the load balancer ${Math.round(1 / scale)}x faster than AWS`
}
