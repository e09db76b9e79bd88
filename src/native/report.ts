/** The report of a run on a native service: the pair's facts, with target groups as colors, and the stages seen. */
import { toSeconds } from '../rollout/report.ts'
import type { Ending } from '../rollout/rollout.ts'
import { readWeights, type TargetGroupWeight } from '../traffic/routing.ts'
import type { NativeReport } from './options.ts'
import type { NativeRun } from './run.ts'
import { targetGroupName } from './service.ts'

export async function nativeReport(run: NativeRun, ending: Ending): Promise<NativeReport> {
  const { rollout, options, plan, context } = run
  const rule = await run.ports.rules.describeRule(plan.routing.productionListenerRule).catch(() => undefined)
  const now = rule ? readWeights(rule) : []
  const [first, second] = plan.routing.targetGroups
  const live = serving(now)
  return {
    action: options.action,
    mode: options.mode,
    ...ending,
    startedAt: new Date(rollout.startedAt).toISOString(),
    finishedAt: new Date(context.clock.now()).toISOString(),
    durations: rollout.durations,
    cluster: options.cluster,
    service: plan.service.name,
    strategy: plan.strategy,
    serviceDeploymentArn: run.arn,
    deploymentId: run.deploymentId,
    stages: run.seen.map(({ stage, at, between }) => ({
      stage,
      atSeconds: toSeconds(at - rollout.startedAt),
      ...(between ? { between } : {})
    })),
    liveColor: targetGroupName(live),
    idleColor: targetGroupName(live === undefined ? undefined : live === first ? second : first),
    previousColor: targetGroupName(serving(plan.weights)),
    weight: run.weight,
    taskDefinitionArn: run.taskDefinitionArn,
    previousTaskDefinitionArn: plan.service.taskDefinition,
    analysis: run.analysis?.steps,
    run: options.run
  }
}

/** The target group taking the most production traffic. */
function serving(weights: TargetGroupWeight[]): string | undefined {
  return [...weights].sort((a, b) => b.weight - a.weight).find((group) => group.weight > 0)?.targetGroupArn
}
