/** The `rollout` output of a preview run. */
import type { Clock } from '../../core/clock.ts'
import type { ColorPair } from '../../pair/pair.ts'
import type { Ending, Rollout } from '../../rollout/rollout.ts'
import type { PreviewOptions, PreviewReport } from './options.ts'

export function previewReport(
  options: PreviewOptions,
  pair: ColorPair,
  rollout: Rollout,
  ending: Ending,
  clock: Clock,
  facts: Pick<PreviewReport, 'url' | 'color' | 'taskDefinitionArn' | 'ruleArn' | 'deploymentId'>
): PreviewReport {
  return {
    action: 'preview',
    mode: options.mode,
    status: ending.status,
    reason: ending.reason,
    pr: options.pr.number,
    cluster: options.cluster,
    blueService: pair.blue.name,
    greenService: pair.green.name,
    ...facts,
    run: options.run,
    startedAt: new Date(rollout.startedAt).toISOString(),
    finishedAt: new Date(clock.now()).toISOString(),
    durations: rollout.durations
  }
}
