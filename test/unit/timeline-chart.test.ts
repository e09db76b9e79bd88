import { describe, expect, test } from '@jest/globals'
import { silentLog } from '../../src/core/log.ts'
import { RolloutFailure, Rollout } from '../../src/rollout/rollout.ts'
import { headline, taskName, timelineChart } from '../../src/main/timeline-chart.ts'
import { renderSummary } from '../../src/main/summary.ts'
import { FakeClock } from './support/fake-clock.ts'

/** A rollout of three timed phases on a fake clock: deploy 90 s, a 100 ms rule change, then a bake that fails. */
async function failingRun(clock: FakeClock) {
  const rollout = new Rollout({ clock, log: silentLog }, 'rollback')
  const ending = await rollout.run([
    { name: 'deploy', run: () => rollout.timed('deploy', () => clock.sleep(90_000)) },
    {
      name: 'shift',
      run: async () => {
        await clock.sleep(100)
        rollout.timeline.note(
          'traffic',
          'blue (web-blue) 0%, green (web-green) 100% (was blue (web-blue) 100%, green (web-green) 0%): one ModifyRule call, 100 ms'
        )
        rollout.onFailure({
          kind: 'traffic',
          run: async () => {
            rollout.timeline.note(
              'traffic',
              'blue (web-blue) 100%, green (web-green) 0%: one ModifyRule call'
            )
            return { said: '; traffic back on blue', restored: true }
          }
        })
      }
    },
    {
      name: 'bake',
      run: () =>
        rollout.timed('bake', async () => {
          await clock.sleep(30_500)
          throw new RolloutFailure({ ok: false, cause: 'gate', gate: 'alarms', reason: 'errors in ALARM' })
        })
    }
  ])
  return { rollout, ending }
}

describe('the timeline chart', () => {
  test('draws each timed phase from its start to its end, and traffic changes and the result as milestones', async () => {
    const clock = new FakeClock(1_800_000_000_000)
    const { rollout, ending } = await failingRun(clock)
    expect(ending.status).toBe('rolled-back')
    const start = 1_800_000_000_000
    expect(timelineChart('Blue-green web', rollout.timeline.phases, rollout.timeline.entries)).toEqual([
      '```mermaid',
      'gantt',
      '    title Blue-green web',
      '    dateFormat x',
      '    axisFormat %H:%M:%S',
      '    todayMarker off',
      '    section phases',
      `    deploy 1m30s :done, p1, ${start}, ${start + 90_000}`,
      `    bake 31s :crit, p2, ${start + 90_100}, ${start + 120_600}`,
      '    section traffic and result',
      `    blue 0%, green 100% :milestone, m1, ${start + 90_100}, ${start + 90_100}`,
      `    blue 100%, green 0% :milestone, m2, ${start + 120_600}, ${start + 120_600}`,
      `    rolled-back :milestone, m3, ${start + 120_600}, ${start + 120_600}`,
      '```',
      ''
    ])
  })

  test('is part of the summary, above the timeline table; a run without phases has no chart', async () => {
    const clock = new FakeClock()
    const { rollout, ending } = await failingRun(clock)
    const content = {
      title: 'Blue-green',
      status: ending.status,
      reason: ending.reason,
      facts: [],
      timeline: rollout.timeline.entries
    }
    const withChart = renderSummary({ ...content, phases: rollout.timeline.phases })
    expect(withChart.indexOf('```mermaid\ngantt')).toBeGreaterThan(withChart.indexOf('### Timeline'))
    expect(withChart.indexOf('```mermaid')).toBeLessThan(
      withChart.indexOf('| time | after | what | observed |')
    )
    expect(renderSummary(content)).not.toContain('```mermaid')
    expect(renderSummary({ ...content, phases: [] })).not.toContain('```mermaid')
  })

  test("a milestone is an observation's gist: no parenthesised details, up to its first colon, kept short", () => {
    expect(headline('succeeded: green (web-green) serves task-definition/web:8')).toBe('succeeded')
    expect(headline('the rule is split (blue (web-blue) 50%) by an unfinished rollout')).toBe(
      'the rule is split by an unfinished rollout'
    )
    const long = headline('x'.repeat(80))
    expect(long).toHaveLength(48)
    expect(long.endsWith('…')).toBe(true)
  })

  test('names cannot end a task or a statement, start an entity or a comment, or break a line', () => {
    expect(taskName('step 1: 10%; see #3 %% not a comment\nnext')).toBe('step 1 10% see 3 not a comment next')
    expect(taskName(': ;')).toBe('-')
  })
})
