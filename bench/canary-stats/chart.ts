/**
 * The operating characteristic of both judges: the share of rollouts rolled back against how much worse the canary's
 * error rate truly is than stable's, one panel per traffic level, with the threshold (1 point) marked. Drawn with
 * Vega-Lite, rendered to SVG without a browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import * as vega from 'vega'
import { compile, type TopLevelSpec } from 'vega-lite'

export interface CurvePoint {
  judge: 'today' | 'sequential'
  requestsPerSecond: number
  increasePoints: number
  rolledBack: number
}

export function operatingCharacteristicSpec(points: CurvePoint[]): TopLevelSpec {
  const x = {
    field: 'increasePoints',
    type: 'quantitative' as const,
    title: 'canary error rate minus stable (points; stable 1%, threshold 1 point)'
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'Canary rollouts rolled back, by the true increase of the error rate',
      subtitle:
        'steps 10, 25, 50% of 5 minutes, bake 5 minutes, poll 5 s, confidence 95%; each point 10,000 simulated rollouts',
      anchor: 'start'
    },
    background: 'white',
    data: { values: points },
    facet: {
      column: { field: 'requestsPerSecond', type: 'ordinal', title: 'requests per second', sort: 'ascending' }
    },
    spec: {
      width: 260,
      height: 220,
      layer: [
        {
          mark: { type: 'line', point: true },
          encoding: {
            x,
            y: {
              field: 'rolledBack',
              type: 'quantitative',
              title: 'rolled back',
              axis: { format: '.0%' },
              scale: { domain: [0, 1] }
            },
            color: { field: 'judge', type: 'nominal', title: 'judge', sort: ['today', 'sequential'] }
          }
        },
        { mark: { type: 'rule', strokeDash: [4, 3], color: '#555' }, encoding: { x: { datum: 1 } } }
      ]
    }
  } as TopLevelSpec
}

export async function writeOperatingCharacteristic(path: string, points: CurvePoint[]): Promise<void> {
  const view = new vega.View(vega.parse(compile(operatingCharacteristicSpec(points)).spec), {
    renderer: 'none'
  })
  try {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, (await view.toSVG()) + '\n')
  } finally {
    view.finalize()
  }
}
