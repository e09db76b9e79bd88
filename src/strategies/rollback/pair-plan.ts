/**
 * What a rollback on a pair will do, decided with read-only calls: the version rolled back from (the one a
 * rollout in progress brings in, else the live one), the version to go back to, and the fastest safe way there:
 * abort (the target serves already: a split rule goes back, the rollout's color is scaled down), fast (the other
 * color runs the target with healthy targets at the live size: one rule change), slow (deploy the target to the
 * idle color at the live size, verify, switch), or nothing.
 */
import { InputError } from '../../core/errors.ts'
import { labelOf, other, sideOf, type Color, type ColorPair } from '../../pair/pair.ts'
import { sameRevision } from '../../state/state.ts'
import { resolveLive } from '../../pair/traffic.ts'
import type { RollbackOptions, RollbackPath, RollbackPorts } from './options.ts'
import { inProgress, refuseInactive, targetVersion, unfinishedRollback } from './version.ts'

export interface PairRollbackPlan {
  path: Exclude<RollbackPath, 'rolling'>
  /** The version rolled back from, and the one to go back to (its ARN). */
  from: string
  target: string
  /** Production traffic goes back to `live` first: the rule is split by a rollout in progress. */
  restore: boolean
  live: Color
  /** The color that serves the target at the end. */
  to: Color
  /** The color scaled to 0 at the end (it runs the version rolled back from), if any. */
  retire?: Color
  /** Tasks the target runs at the end: what the live color runs. */
  desiredCount: number
  /** What it will do, in order (what a dry run says). */
  steps: string[]
}

/** Decides the rollback with read-only calls; refusals (InputError) change nothing. */
export async function planPairRollback(
  pair: ColorPair,
  options: RollbackOptions,
  ports: RollbackPorts
): Promise<PairRollbackPlan> {
  const { live, restore } = resolveLive(pair)
  const state = pair.state
  const where = `${pair.blue.name} / ${pair.green.name}`
  const label = (color: Color) => labelOf(pair, color)
  const runs = (color: Color) => sideOf(pair, color).service
  const rollback = unfinishedRollback(state)
  const rolloutOn =
    state && (restore || (inProgress(state) && state.color !== live)) ? state.color : undefined
  if (
    state &&
    !restore &&
    options.to === 'previous' &&
    state.status === 'succeeded' &&
    state.color !== live
  ) {
    throw new InputError(
      `Cannot roll back: the production rule sends 100% to ${label(live)}, but the last record (run ${state.run || 'unknown'}) says ${label(state.color)} took the traffic with ${state.taskDefinition}; the rule was changed outside these actions: give to: a task definition`
    )
  }
  const from = rollback
    ? rollback.previousTaskDefinition
    : rolloutOn
      ? state!.taskDefinition
      : runs(live).taskDefinition
  const target = await targetVersion(ports.ecs, options.to, from, state, where)
  const idle = other(live)
  const desiredCount = runs(live).desiredCount
  const steps: string[] = []
  if (restore) {
    steps.push(
      `route 100% of production traffic back to ${label(live)} (a rollout was moving it to ${label(idle)})`
    )
  }
  const plan = { from, target: target.arn, restore, live, desiredCount, steps }
  const retireIdle = runs(idle).desiredCount > 0 && sameRevision(runs(idle).taskDefinition, from)
  const retire = (color: Color) =>
    steps.push(`scale ${label(color)} (${runs(color).taskDefinition}) to 0 once the rule gives it no traffic`)
  if (sameRevision(runs(live).taskDefinition, target.arn)) {
    const stops = restore || rolloutOn !== undefined || retireIdle || rollback !== undefined
    if (retireIdle) retire(idle)
    if (!stops) steps.push(`nothing: ${label(live)} serves ${target.arn} already`)
    else steps.push(`record the rollback on ${label(live)}`)
    return { ...plan, path: stops ? 'abort' : 'none', to: live, retire: retireIdle ? idle : undefined }
  }
  if (desiredCount < 1) {
    throw new InputError(
      `Cannot roll back: the live color ${label(live)} runs 0 tasks, so the size to roll back to is unknown`
    )
  }
  const healthy = await readyCount(pair, idle, target.arn, ports)
  if (healthy >= desiredCount) {
    steps.push(
      `switch production traffic from ${label(live)} to ${label(idle)}, which runs ${target.arn} with ${healthy} healthy targets (${desiredCount} needed): one rule change`
    )
    retire(live)
    return { ...plan, path: 'fast', to: idle, retire: live }
  }
  refuseInactive(target, sideOf(pair, idle).name)
  steps.push(
    `deploy ${target.arn} to ${label(idle)} at ${desiredCount} tasks (it has ${healthy} healthy targets of it), wait until every task runs and every target is healthy, then switch production traffic to it in one rule change`
  )
  retire(live)
  return { ...plan, path: 'slow', to: idle, retire: live }
}

/**
 * How many healthy targets of `target` the color has: 0 unless every task it runs is of that version (no other
 * deployment of the service still runs tasks) and it is meant to keep them.
 */
async function readyCount(
  pair: ColorPair,
  color: Color,
  target: string,
  ports: RollbackPorts
): Promise<number> {
  const { service, targetGroupArn } = sideOf(pair, color)
  const running = service.deployments.filter((deployment) => (deployment.runningCount ?? 0) > 0)
  const onlyTarget = running.every((deployment) => sameRevision(deployment.taskDefinition ?? '', target))
  if (!sameRevision(service.taskDefinition, target) || !onlyTarget || service.desiredCount < 1) return 0
  const targets = await ports.elb.targetHealth(targetGroupArn)
  const healthy = targets.filter((candidate) => candidate.state === 'healthy').length
  return Math.min(healthy, service.desiredCount)
}
