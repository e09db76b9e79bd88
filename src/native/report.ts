/** The report of a run on a native service: the pair's facts, with target groups as colors, and the stages seen. */
import { toSeconds } from '../rollout/report.ts'
import { readWeights, type TargetGroupWeight } from '../traffic/routing.ts'
import type { CanaryAnalysis } from '../gates/analysis.ts'
import type { Ending, Rollout, RolloutContext } from '../rollout/rollout.ts'
import type { StagesSeen } from './follow.ts'
import type { NativeOptions, NativePorts, NativeReport } from './options.ts'
import type { NativePlan } from './prepare.ts'
import { targetGroupName } from '../gates/target-health.ts'

/** What a run on a native service knows at its end (./run.ts). */
export interface NativeRunFacts {
  readonly rollout: Rollout
  readonly options: NativeOptions
  readonly ports: NativePorts
  readonly context: RolloutContext
  readonly plan: NativePlan
  readonly seen: StagesSeen
  readonly analysis?: CanaryAnalysis
  arn?: string
  deploymentId?: string
  weight?: number
  taskDefinitionArn: string
}

export async function nativeReport(run: NativeRunFacts, ending: Ending): Promise<NativeReport> {
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
    liveColor: nameOf(live),
    idleColor: nameOf(live === undefined ? undefined : live === first ? second : first),
    previousColor: nameOf(serving(plan.weights)),
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

/** A target group stands for a color on a native service: its name. */
const nameOf = (arn: string | undefined): string | undefined => (arn ? targetGroupName(arn) : undefined)
