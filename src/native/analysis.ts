/**
 * The canary's metric analysis on a native service: the new revision's target group (the one not serving when the
 * run began) against the serving one, one window per production weight ECS sets.
 */
import type { MetricsPort } from '../aws/cloudwatch.ts'
import { loadBalancerOf } from '../aws/listener-rules.ts'
import type { Clock } from '../core/clock.ts'
import { CanaryAnalysis, type AnalysisSettings } from '../gates/analysis.ts'
import type { NativePlan } from './prepare.ts'

export function nativeAnalysis(
  metrics: MetricsPort,
  plan: NativePlan,
  settings: AnalysisSettings | undefined,
  clock: Clock
): CanaryAnalysis | undefined {
  if (!settings) return undefined
  const [first, second] = plan.routing.targetGroups
  const loadBalancer = loadBalancerOf(plan.routing.productionListenerRule)
  const stable = plan.weights.find((group) => group.weight > 0)?.targetGroupArn ?? first
  const canary = stable === first ? second : first
  return new CanaryAnalysis(metrics, { loadBalancer, targetGroups: { canary, stable } }, settings, clock)
}

/** A new production weight opens a window lasting the step's bake time (until the end at 100%). */
export function openWindow(analysis: CanaryAnalysis, plan: NativePlan, weight: number, now: number): void {
  if (weight <= 0) return
  const config = plan.service.deploymentConfiguration
  const stepMinutes =
    weight >= 100
      ? Number.POSITIVE_INFINITY
      : (config?.canaryConfiguration?.canaryBakeTimeInMinutes ??
        config?.linearConfiguration?.stepBakeTimeInMinutes ??
        0)
  analysis.begin(analysis.steps.length + 1, weight, now, now + stepMinutes * 60_000)
}
