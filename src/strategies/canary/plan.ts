/**
 * What a canary run will do: what a blue-green run would (src/pair/plan.ts), except that a canary in progress with
 * the version asked for (paused at a step, or moving traffic when its run died) is continued at its step rather than
 * deployed again; and abort, which needs a rollout in progress.
 */
import type { EcsPort } from '../../aws/ecs.ts'
import { other, sideOf, type Color, type ColorPair } from '../../pair/pair.ts'
import { planDeployment, planPromotion, type Plan } from '../../pair/plan.ts'
import { sameRevision } from '../../state/state.ts'
import type { CanaryOptions } from './options.ts'

export async function planCanary(
  pair: ColorPair,
  live: Color,
  restore: boolean,
  options: CanaryOptions,
  ecs: EcsPort
): Promise<Plan> {
  if (options.mode === 'promote') return planPromotion(pair, live, restore, options)
  const plan = await planDeployment(pair, live, restore, options, ecs)
  const state = pair.state
  const canary = sideOf(pair, other(live)).service
  const inProgress =
    state !== undefined &&
    (state.status === 'switched' || state.status === 'paused') &&
    state.color === other(live) &&
    canary.desiredCount > 0 &&
    sameRevision(canary.taskDefinition, state.taskDefinition)
  if (plan.kind === 'deploy' && inProgress && 'arn' in plan.taskDefinition) {
    if (sameRevision(plan.taskDefinition.arn, canary.taskDefinition))
      return { kind: 'continue', from: 'verify', taskDefinitionArn: canary.taskDefinition }
  }
  return plan
}

/**
 * What abort acts on: the rollout in progress on the pair (deploying, paused, or moving traffic), its canary color
 * and the color it returns to; nothing when no rollout is in progress.
 */
export function planAbort(pair: ColorPair): { live: Color; plan: Plan } {
  const state = pair.state
  if (!state || !['deploying', 'paused', 'switched'].includes(state.status)) {
    const recorded = state
      ? `the last rollout recorded on the pair is ${state.status} on ${state.color} (${state.taskDefinition})`
      : 'no rollout is recorded on the pair'
    const live = state?.previousColor ?? 'blue'
    return { live, plan: { kind: 'nothing', reason: `Nothing to abort: ${recorded}` } }
  }
  const taskDefinitionArn = sideOf(pair, state.color).service.taskDefinition
  return { live: state.previousColor, plan: { kind: 'continue', from: 'verify', taskDefinitionArn } }
}
