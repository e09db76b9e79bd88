import { describe, expect, test } from '@jest/globals'
import type { PhaseSpan, TimelineEntry } from '../../src/core/timeline.ts'
import type { AnalysisSample, StepAnalysis } from '../../src/gates/analysis.ts'
import { canaryDetails } from '../../src/summary/canary-summary.ts'
import type { HeadlineReport } from '../../src/summary/headline.ts'
import { clauses, fullReason, gist } from '../../src/summary/plain.ts'
import { readForSummary } from '../../src/summary/reads.ts'
import { renderSummary, type SummaryContent } from '../../src/summary/summary.ts'
import { headline, taskName } from '../../src/summary/timeline-chart.ts'
import { readTrafficCounts, usersSawLine } from '../../src/summary/users-saw.ts'
import { imageName, versionChange } from '../../src/summary/versions.ts'
import type { MetricsPort } from '../../src/aws/cloudwatch.ts'
import { parseCharts } from './support/mermaid.ts'

const t0 = Date.parse('2026-11-25T10:00:00.000Z')
const iso = (ms: number) => new Date(t0 + ms).toISOString()
const arn = (revision: string) => `arn:aws:ecs:us-east-1:123456789012:task-definition/${revision}`
const ecr = '123456789012.dkr.ecr.us-east-1.amazonaws.com'
const images = {
  [arn('web:5')]: [{ name: 'app', image: `${ecr}/shop/web:2.0.0` }],
  [arn('web:6')]: [{ name: 'app', image: `${ecr}/shop/web:2.1.0` }]
}
const entry = (ms: number, subject: string, observed: string): TimelineEntry => ({
  at: iso(ms),
  elapsedMs: ms,
  subject,
  observed
})
const phase = (name: string, from: number, to: number, failed = false): PhaseSpan => ({
  name,
  startedAt: t0 + from,
  endedAt: t0 + to,
  failed
})
const envelope = (action: string, status: HeadlineReport['status'], reason: string, seconds: number) => ({
  action,
  status,
  reason,
  startedAt: iso(0),
  finishedAt: iso(seconds * 1000),
  durations: { totalSeconds: seconds }
})
const pair = {
  cluster: 'shop',
  blueService: 'web-blue',
  greenService: 'web-green',
  previousColor: 'blue',
  taskDefinitionArn: arn('web:6'),
  previousTaskDefinitionArn: arn('web:5')
}
const switched =
  'blue (web-blue) 0%, green (web-green) 100% (was blue (web-blue) 100%, green (web-green) 0%): one ModifyRule call, 9 ms'
const back =
  'blue (web-blue) 100%, green (web-green) 0% (was blue (web-blue) 0%, green (web-green) 100%): one ModifyRule call, 5 ms'
const stopped =
  '6 tasks stopped: EssentialContainerExited: Essential container in task exited; container app: exit code 1 (tasks 510e481c0af6bd92b0394cb13758afb2, 242a44713829235138848b274e9e9482)'
const fisher =
  "gate analysis failed at step 1 (10%) on green (web-green): during step 1, after 26s: error rate +7 points over stable, more than max-error-rate-increase +1 point (Fisher's exact test p = 0.00011, significant at 99.9% confidence): canary 7% errors (14 of 200 requests), p99 157 ms; stable 0% errors (0 of 1800 requests), p99 185 ms"

function step(
  n: number,
  weight: number,
  verdict: StepAnalysis['verdict'],
  reason: string,
  errors = 0
): StepAnalysis {
  const figures = (requests: number, failed: number) => ({
    requests,
    errors: failed,
    errorRate: failed / requests
  })
  return {
    step: n,
    weight,
    start: iso(3000 + n * 10_000),
    end: iso(3000 + n * 10_000 + 9000),
    canary: { ...figures(200, errors), p99: 0.157 },
    stable: { ...figures(1800, 0), p99: 0.185 },
    verdict,
    reason
  }
}
function samples(weights: number[], canaryRate = 0): AnalysisSample[] {
  return weights.map((weight, i) => ({
    at: t0 + 3000 + i * 400,
    weight,
    canaryErrorRate: i > weights.length / 2 ? canaryRate : 0,
    stableErrorRate: 0
  }))
}

/** A good and a failed run of each action, as their summaries are made of them. */
const runs: Record<string, SummaryContent> = {
  'rolling succeeded': {
    title: 'Rolling update of web',
    report: {
      ...envelope(
        'rolling',
        'succeeded',
        'deployment ecs-svc/1 completed in 31s: 3/3 running; 3/3 new targets healthy',
        31
      ),
      service: 'web',
      taskDefinitionArn: arn('web:6'),
      previousTaskDefinitionArn: arn('web:5')
    },
    facts: [['Service', 'web']],
    timeline: [
      entry(0, 'rollout', `registered ${arn('web:6')}`),
      entry(30_000, 'tasks', '3/3 running'),
      entry(31_000, 'result', 'succeeded: deployment completed')
    ],
    phases: [phase('deploy', 0, 30_000), phase('verify', 30_000, 30_023)],
    images,
    usersSaw: usersSawLine({
      requests: 402,
      targetErrors: 0,
      loadBalancerErrors: 0,
      from: t0,
      to: t0 + 31_000
    })
  },
  'rolling rolled-back': {
    title: 'Rolling update of web',
    report: {
      ...envelope(
        'rolling',
        'rolled-back',
        `${stopped}; ${stopped}; rolled the service back to ${arn('web:5')}`,
        12
      ),
      service: 'web',
      taskDefinitionArn: arn('web:6'),
      previousTaskDefinitionArn: arn('web:5')
    },
    facts: [['Service', 'web']],
    timeline: [
      entry(0, 'rollout', `registered ${arn('web:6')}`),
      ...[1000, 1200, 1400].map((ms) =>
        entry(ms, 'event', '(service web) has begun draining connections on 1 tasks.')
      ),
      entry(4000, 'tasks', stopped),
      entry(4100, 'rollback', `rolling back to ${arn('web:5')}`),
      entry(12_000, 'result', `rolled-back: ${stopped}`)
    ],
    phases: [phase('deploy', 0, 4000), phase('rollback', 4100, 12_000)],
    images,
    usersSaw: usersSawLine({
      requests: 402,
      targetErrors: 0,
      loadBalancerErrors: 121,
      from: t0,
      to: t0 + 12_000
    })
  },
  'blue-green succeeded': {
    title: 'Blue-green deploy of web-blue / web-green',
    report: {
      ...envelope(
        'blue-green',
        'succeeded',
        `green (web-green) serves ${arn('web:6')} after 3s of bake-time with every gate passing`,
        9
      ),
      ...pair,
      liveColor: 'green'
    },
    facts: [],
    timeline: [
      entry(5000, 'traffic', switched),
      entry(5010, 'bake', 'watching green (web-green) for 3s'),
      entry(9000, 'result', 'succeeded: ...')
    ],
    phases: [phase('deploy', 0, 4900), phase('verify', 4900, 4923), phase('bake', 5010, 8990)],
    gates: [{ gate: 'alarms', phase: 'bake', state: 'passed', observed: 'web-5xx OK' }],
    images
  },
  'blue-green rolled-back': {
    title: 'Blue-green deploy of web-blue / web-green',
    report: {
      ...envelope(
        'blue-green',
        'rolled-back',
        'gate alarms failed on green (web-green): during bake-time, after 6s: alarm web-5xx is in ALARM: Threshold Crossed: 1 datapoint [7.0 (25/11/26 10:00:07)] was greater than the threshold (5.0).; traffic switched back to blue (web-blue); green (web-green) scaled to 0',
        12
      ),
      ...pair,
      liveColor: 'blue'
    },
    facts: [],
    timeline: [
      entry(5000, 'traffic', switched),
      entry(5010, 'bake', 'watching green (web-green) for 30s'),
      entry(
        11_000,
        'alarms',
        'alarm web-5xx is in ALARM: Threshold Crossed: 1 datapoint [7.0 (25/11/26 10:00:07)] was greater than the threshold (5.0).'
      ),
      entry(11_005, 'traffic', back),
      entry(12_000, 'result', 'rolled-back: ...')
    ],
    phases: [phase('deploy', 0, 4900), phase('verify', 4900, 4923), phase('bake', 5010, 11_000)],
    gates: [
      { gate: 'tasks', phase: 'bake', state: 'passed', observed: '3/3 running' },
      {
        gate: 'alarms',
        phase: 'bake',
        state: 'failed',
        observed:
          'alarm web-5xx is in ALARM: Threshold Crossed: 1 datapoint [7.0] was greater than the threshold (5.0).'
      }
    ],
    images,
    usersSaw: usersSawLine({
      requests: 600,
      targetErrors: 42,
      loadBalancerErrors: 0,
      from: t0,
      to: t0 + 12_000
    })
  },
  'canary succeeded': {
    title: 'Canary deploy of web-blue / web-green',
    report: {
      ...envelope(
        'canary',
        'succeeded',
        `green (web-green) serves ${arn('web:6')}: 2 steps passed, then 2s of bake`,
        25
      ),
      ...pair,
      liveColor: 'green',
      weight: 100
    },
    facts: [],
    timeline: [
      entry(3000, 'traffic', 'blue 90%, green 10%'),
      entry(13_000, 'traffic', 'blue 50%, green 50%'),
      entry(23_000, 'traffic', switched),
      entry(25_000, 'result', 'succeeded')
    ],
    phases: [
      phase('deploy', 0, 2900),
      phase('step1', 3000, 13_000),
      phase('step2', 13_000, 23_000),
      phase('bake', 23_000, 25_000)
    ],
    details: canaryDetails(
      [
        step(1, 10, 'passed', 'canary 0% errors'),
        step(2, 50, 'passed', 'canary 0% errors'),
        step(3, 100, 'watching', 'no look yet')
      ],
      samples([10, 10, 10, 50, 50, 50, 100, 100])
    ),
    images
  },
  'canary rolled-back': {
    title: 'Canary deploy of web-blue / web-green',
    report: {
      ...envelope(
        'canary',
        'rolled-back',
        `${fisher}; traffic switched back to blue (web-blue); green (web-green) scaled to 0`,
        30
      ),
      ...pair,
      liveColor: 'blue',
      weight: 0
    },
    facts: [],
    timeline: [
      entry(3000, 'traffic', 'blue 90%, green 10%'),
      entry(29_000, 'traffic', back),
      entry(30_000, 'result', 'rolled-back')
    ],
    phases: [phase('deploy', 0, 2900), phase('step1', 3000, 29_000), phase('rollback', 29_000, 30_000)],
    details: canaryDetails([step(1, 10, 'failed', fisher, 14)], samples(new Array(20).fill(10), 0.07)),
    images
  },
  'rollback succeeded': {
    title: 'Rollback of web-blue / web-green',
    report: {
      ...envelope(
        'rollback',
        'succeeded',
        `blue (web-blue) serves ${arn('web:5')} (rolled back from ${arn('web:6')})`,
        2
      ),
      cluster: 'shop',
      blueService: 'web-blue',
      greenService: 'web-green',
      liveColor: 'blue',
      taskDefinitionArn: arn('web:5'),
      rolledBackFrom: arn('web:6')
    },
    facts: [],
    timeline: [entry(100, 'traffic', back), entry(2000, 'result', 'succeeded')],
    phases: [phase('rollback', 0, 2000)],
    images
  },
  'rollback failed': {
    title: 'Rollback of web-blue / web-green',
    report: {
      ...envelope(
        'rollback',
        'failed',
        'timed out after 10m waiting for blue (web-blue): tasks: 0/3 running, 3 starting',
        600
      ),
      cluster: 'shop',
      blueService: 'web-blue',
      greenService: 'web-green',
      taskDefinitionArn: arn('web:5'),
      rolledBackFrom: arn('web:6')
    },
    facts: [],
    timeline: [entry(1000, 'tasks', '0/3 running, 3 starting'), entry(600_000, 'result', 'failed')],
    phases: [phase('deploy', 0, 600_000, true)],
    images
  },
  'preview succeeded': {
    title: 'Preview of pull request #7',
    report: {
      ...envelope('preview', 'succeeded', 'pull request #7 previews at http://pr-7.example.com on green', 20),
      cluster: 'shop',
      blueService: 'web-blue',
      greenService: 'web-green',
      taskDefinitionArn: arn('web:6'),
      url: 'http://pr-7.example.com'
    },
    facts: [],
    timeline: [entry(19_000, 'verify', 'green passed tasks, targets'), entry(20_000, 'result', 'succeeded')],
    phases: [phase('deploy', 0, 19_000), phase('verify', 19_000, 19_050)],
    images
  },
  'preview failed': {
    title: 'Preview of pull request #7',
    report: {
      ...envelope(
        'preview',
        'failed',
        `gate probe failed on green (web-green): during verify: http://pr-7.example.com answered 500`,
        20
      ),
      cluster: 'shop',
      blueService: 'web-blue',
      greenService: 'web-green',
      taskDefinitionArn: arn('web:6')
    },
    facts: [],
    timeline: [
      entry(19_000, 'probe', 'http://pr-7.example.com answered 500'),
      entry(20_000, 'result', 'failed')
    ],
    phases: [phase('deploy', 0, 19_000), phase('verify', 19_000, 19_050, true)],
    gates: [
      { gate: 'probe', phase: 'verify', state: 'failed', observed: 'http://pr-7.example.com answered 500' }
    ],
    images
  }
}

const occurrences = (page: string, text: string) => page.split(text).length - 1

describe.each(Object.entries(runs))('the summary of a %s run', (name, content) => {
  const page = renderSummary(content)
  const failed = ['failed', 'rolled-back'].includes(content.report.status)

  test('names the versions by image and tag in its first lines, registry host left out', () => {
    const top = page.split('\n').slice(0, 6).join('\n')
    const to = content.report.taskDefinitionArn === arn('web:5') ? '2.0.0' : '2.1.0'
    expect(top).toContain(`shop/web:${to}`)
    if (!name.startsWith('preview')) expect(top).toMatch(/`shop\/web:2\.\d\.0` → `shop\/web:2\.\d\.0`/)
    expect(top).not.toContain(ecr)
    expect(top.split('\n')[0]).toMatch(/^## (✅|↩️|❌) /)
  })

  test('every chart parses with Mermaid; a failed run marks the phase that failed and its gate in red', async () => {
    const charts = await parseCharts(page)
    const gantt = charts.find((chart) => chart.type === 'gantt')!
    expect(gantt).toBeDefined()
    const bars = gantt.tasks!.filter((task) => !task.milestone)
    const marks = gantt.tasks!.filter((task) => task.milestone)
    if (failed) {
      expect(bars.filter((task) => task.crit)).toHaveLength(1)
      expect(marks.some((task) => task.crit && /failed/.test(task.task))).toBe(true)
    } else {
      expect(bars.some((task) => task.crit)).toBe(false)
    }
    // A phase of a few ms is drawn wide enough to see.
    const span = Math.max(...bars.map((t) => +t.endTime)) - Math.min(...bars.map((t) => +t.startTime))
    for (const bar of bars) expect(+bar.endTime - +bar.startTime).toBeGreaterThanOrEqual(span * 0.02)
  })

  test('says no clause of the reason more than twice, and its headline reason is short', () => {
    for (const clause of clauses(fullReason(content.report.reason)))
      expect(occurrences(page, clause)).toBeLessThanOrEqual(2)
    expect(gist(content.report.reason).length).toBeLessThanOrEqual(140)
    expect(occurrences(page, "Fisher's exact test")).toBeLessThanOrEqual(1)
    expect(occurrences(page, 'EssentialContainerExited')).toBeLessThanOrEqual(1)
  })

  test('folds the event log, and a settled run shows nothing still being watched', () => {
    expect(page).toMatch(
      /<details><summary>Event log \(\d+ entr(y|ies)\)<\/summary>[\s\S]*\| time \| after \| what \| observed \|[\s\S]*<\/details>/
    )
    expect(page).not.toMatch(/watching|no look yet/)
    expect(page).not.toMatch(/\barn:aws:ecs:[^`]*task-definition[^`]*\|/)
  })
})

describe('the headline', () => {
  test('says where production traffic is, on which version', () => {
    expect(renderSummary(runs['rolling rolled-back'])).toContain(
      '| **Production traffic** | all on `shop/web:2.0.0` (`web:5`), service web |'
    )
    expect(renderSummary(runs['blue-green succeeded'])).toContain(
      'all on `shop/web:2.1.0` (`web:6`), green (web-green)'
    )
    expect(renderSummary(runs['preview succeeded'])).toContain(
      'unchanged; the preview answers at http://pr-7.example.com'
    )
    const split = {
      ...runs['canary rolled-back'],
      report: { ...runs['canary rolled-back'].report, status: 'paused' as const, weight: 25 }
    }
    expect(renderSummary(split)).toContain(
      'split: 25% on `shop/web:2.1.0` (`web:6`), 75% on `shop/web:2.0.0` (`web:5`)'
    )
  })

  test('gives the load balancer errors of the window', () => {
    expect(renderSummary(runs['rolling rolled-back'])).toContain(
      '**121 5xx answers**: 0 from its tasks, 121 from the load balancer itself (its count covers every service behind it); 402 requests reached the service'
    )
    expect(renderSummary(runs['rolling succeeded'])).toContain(
      '| **What users saw** | no 5xx answer; 402 requests reached the service ·'
    )
  })

  test('one short reason in plain words', () => {
    expect(gist(runs['rolling rolled-back'].report.reason)).toBe(
      '6 tasks stopped: container app exited with code 1'
    )
    expect(gist(runs['blue-green rolled-back'].report.reason)).toBe(
      'alarm web-5xx is in ALARM (during bake, after 6s)'
    )
    expect(gist(fisher)).toBe(
      'error rate +7 points over stable, more than max-error-rate-increase +1 point (during step 1, after 26s)'
    )
    expect(fullReason(runs['rolling rolled-back'].report.reason)).toBe(
      '6 tasks stopped: EssentialContainerExited: Essential container in task exited; container app: exit code 1; rolled the service back to web:5'
    )
  })

  test('versions: images by container, a digest cut short, unchanged containers counted', () => {
    expect(imageName('registry.example.com:5000/team/api@sha256:' + 'ab'.repeat(32))).toBe(
      'team/api@sha256:abababababab'
    )
    expect(imageName('nginx:1.27')).toBe('nginx:1.27')
    const two = {
      [arn('api:1')]: [
        { name: 'app', image: 'api:1.0' },
        { name: 'proxy', image: 'envoy:1.30' }
      ],
      [arn('api:2')]: [
        { name: 'app', image: 'api:1.1' },
        { name: 'proxy', image: 'envoy:1.30' }
      ]
    }
    expect(versionChange(arn('api:1'), arn('api:2'), two)).toBe(
      'app: `api:1.0` → `api:1.1` (1 other container unchanged) · task definition `api:1` → `api:2`'
    )
    expect(versionChange(arn('api:1'), arn('api:2'), {})).toBe('`api:1` → `api:2`')
  })
})

describe('the canary charts', () => {
  test('a settled run leaves out the step it never looked at; a paused one shows it watching', () => {
    const steps = [step(1, 10, 'passed', 'canary 0% errors'), step(2, 100, 'watching', 'no look yet')]
    expect(canaryDetails(steps, [], true).filter((line) => line.startsWith('| '))).toHaveLength(2)
    expect(canaryDetails(steps, [], false).join('\n')).toContain('| 100% | ')
    expect(canaryDetails(steps, [], false).join('\n')).toMatch(/\| watching \|$/m)
  })

  test('have distinct, evenly spaced x labels, the weight and the error rates each on its own scale, and a legend', async () => {
    const page = renderSummary(runs['canary rolled-back'])
    const charts = (await parseCharts(page)).filter((chart) => chart.type === 'xychart')
    expect(charts).toHaveLength(2)
    for (const chart of charts) {
      const labels = JSON.parse(/x-axis "[^"]*" (\[.*\])/.exec(chart.text)![1]) as string[]
      expect(new Set(labels).size).toBe(labels.length)
    }
    expect(charts[0].text).toContain('y-axis "weight (%)" 0 --> 100')
    expect(charts[1].text).toContain('y-axis "5xx (%)" 0 --> 10')
    expect(page).toContain('🟥 canary (the new version) · 🟦 stable (the version it replaces)')
    expect(charts[1].text).toContain('"plotColorPalette": "#d62728, #1f77b4"')
  })
})

describe('what users saw', () => {
  const counts = { RequestCount: 402, HTTPCode_Target_5XX_Count: 3, HTTPCode_ELB_5XX_Count: 118 }
  const metrics = (fail?: Error) => {
    const calls: Parameters<MetricsPort['metricData']>[] = []
    const port: MetricsPort = {
      async metricData(...args) {
        calls.push(args)
        if (fail) throw fail
        return Object.fromEntries(
          args[0].map((query) => [
            query.id,
            {
              timestamps: [t0],
              values: [counts[query.metricName as keyof typeof counts] / (query.id === 'elb' ? 1 : 2)]
            }
          ])
        )
      }
    }
    return { port, calls }
  }
  const ecs = {
    describeTaskDefinition: async (given: string) => ({
      taskDefinition: { containerDefinitions: images[given] },
      tags: []
    }),
    describeServicesWithTags: async () => ({
      found: ['blue', 'green'].map((color) => ({
        loadBalancers: [
          { targetGroupArn: `arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/web-${color}/0a` }
        ]
      })),
      missing: []
    })
  }
  const report = {
    ...runs['blue-green rolled-back'].report,
    listenerRule: 'arn:aws:elasticloadbalancing:us-east-1:1:listener-rule/app/shop/50dc/f2a1/9b3e'
  }

  test('one GetMetricData over the run: requests and target 5xx of each target group, and the load balancer 5xx', async () => {
    const { port, calls } = metrics()
    const read = await readForSummary(report, { ecs, metrics: port })
    expect(calls).toHaveLength(1)
    const [queries, window] = calls[0]
    expect(queries.map((query) => `${query.metricName} ${JSON.stringify(query.dimensions)}`)).toEqual([
      'RequestCount {"LoadBalancer":"app/shop/50dc","TargetGroup":"targetgroup/web-blue/0a"}',
      'HTTPCode_Target_5XX_Count {"LoadBalancer":"app/shop/50dc","TargetGroup":"targetgroup/web-blue/0a"}',
      'RequestCount {"LoadBalancer":"app/shop/50dc","TargetGroup":"targetgroup/web-green/0a"}',
      'HTTPCode_Target_5XX_Count {"LoadBalancer":"app/shop/50dc","TargetGroup":"targetgroup/web-green/0a"}',
      'HTTPCode_ELB_5XX_Count {"LoadBalancer":"app/shop/50dc"}'
    ])
    expect(window.start).toBe(t0)
    expect(window.end).toBe(t0 + 12_000)
    expect(read.usersSaw).toMatch(
      /^\*\*121 5xx answers\*\*: 3 from its tasks, 118 from the load balancer itself .*; 402 requests reached the service/
    )
    expect(read.images[arn('web:6')]).toEqual(images[arn('web:6')])
  })

  test('without the right, one line says the counts were not read', async () => {
    const denied = Object.assign(new Error('User is not authorized to perform: cloudwatch:GetMetricData'), {
      name: 'AccessDenied'
    })
    const read = await readForSummary(report, { ecs, metrics: metrics(denied).port })
    expect(read.usersSaw).toBe('not read: the role may not call cloudwatch:GetMetricData (an optional right)')
    expect(renderSummary({ ...runs['blue-green rolled-back'], usersSaw: read.usersSaw })).toContain(
      '| **What users saw** | not read: the role may not call cloudwatch:GetMetricData (an optional right) |'
    )
  })

  test('counts add up over the periods returned', async () => {
    const port: MetricsPort = {
      metricData: async (queries) =>
        Object.fromEntries(
          queries.map((query) => [query.id, { timestamps: [t0, t0 + 60_000], values: [1, 2] }])
        )
    }
    const read = await readTrafficCounts(
      port,
      { loadBalancer: 'app/x/1', targetGroups: ['a'] },
      t0 + 5000,
      t0 + 90_000
    )
    expect(read).toEqual({ requests: 3, targetErrors: 3, loadBalancerErrors: 3, from: t0, to: t0 + 90_000 })
  })
})

describe('chart names', () => {
  test("a milestone is an observation's gist: no parenthesised details, up to its first colon, kept short", () => {
    expect(headline('succeeded: green (web-green) serves task-definition/web:8')).toBe('succeeded')
    expect(headline('x'.repeat(80))).toHaveLength(48)
  })

  test('names cannot end a task or a statement, start an entity or a comment, or break a line', () => {
    expect(taskName('step 1: 10%; see #3 %% not a comment\nnext')).toBe('step 1 10% see 3 not a comment next')
    expect(taskName(': ;')).toBe('-')
  })
})

describe('the failing gate on the chart', () => {
  test('is the gate the reason names, even when the gates table leaves it out (the canary analysis)', async () => {
    const gantt = (await parseCharts(renderSummary(runs['canary rolled-back']))).find(
      (c) => c.type === 'gantt'
    )!
    expect(
      gantt.tasks!.filter((task) => task.milestone && task.crit).map((task) => task.task.trim())
    ).toEqual(['✖ analysis failed', '↩ rolled back'])
  })
})
