/**
 * What a preview run checks and decides before its first change, with read-only calls (a refusal changes nothing,
 * in AWS or on GitHub): the pair, the idle color free (no paused or unfinished rollout, no canary in progress, no
 * other PR's preview unless takeover), the preview listener and a free priority on it, the new version.
 */
import { loadBalancerOf } from '../../aws/listener-rules.ts'
import { chooseVersion, type NewVersion } from '../../aws/task-definition.ts'
import { InputError } from '../../core/errors.ts'
import { checkAlarms } from '../../gates/alarms.ts'
import { discoverPair, labelOf, other, refuse, sideOf, type Color, type ColorPair } from '../../pair/pair.ts'
import { previewOn, type HeldPreview } from '../../pair/preview.ts'
import { sameRevision } from '../../state/state.ts'
import { describeTraffic, trafficOf } from '../../pair/traffic.ts'
import { freePriority } from './address.ts'
import type { PreviewOptions, PreviewPorts } from './options.ts'

export interface PreviewRoles {
  pair: ColorPair
  /** The color production traffic is on (undefined: split, during a canary). */
  live?: Color
  /** The color the preview is on (or goes to). */
  idle?: Color
  /** This PR's preview, on whichever color it is. */
  mine?: HeldPreview
  /** The color this PR's preview is on. */
  mineColor?: Color
  /** Another PR's preview on the idle color (deploy with takeover replaces it). */
  other?: HeldPreview
  listenerArn: string
  /** A free priority on the preview listener (deploy, when this PR has no rule yet). */
  priority?: number
  /** The production rule's priority when it is on the preview listener: the preview's must come before it. */
  before?: number
  plan?: NewVersion
  /** What the preview replaces on the idle color that a rollback would have switched back to, said once. */
  replaces?: string
}

export async function preparePreview(options: PreviewOptions, ports: PreviewPorts): Promise<PreviewRoles> {
  const pair = await discoverPair(ports, options)
  const traffic = trafficOf(pair)
  const live = traffic.state === 'all' ? traffic.live : undefined
  const idle = live ? other(live) : undefined
  const previews = await Promise.all(
    (['blue', 'green'] as const).map((color) => previewOn(ports.previewRules, sideOf(pair, color)))
  )
  const pr = options.pr.number
  const at = previews.findIndex((held) => held?.pr === pr)
  const mine = previews[at]
  const mineColor = at < 0 ? undefined : at === 0 ? 'blue' : 'green'
  const onIdle = idle ? previews[idle === 'blue' ? 0 : 1] : undefined
  const listenerArn = options.previewListener ?? pair.rule.listenerArn
  const roles: PreviewRoles = { pair, live, idle, mine, mineColor, listenerArn }
  if (options.mode === 'cleanup') return roles

  if (!live || !idle) {
    throw new InputError(
      `No preview: production traffic is split (${describeTraffic(pair)}), a canary or a switch is in progress, so no color is idle`
    )
  }
  const state = pair.state
  if (state && ['deploying', 'paused', 'switched'].includes(state.status)) {
    const rollout = `${state.status} ${state.action ?? 'rollout'} of ${state.taskDefinition} (run ${state.run || 'unknown'})`
    throw new InputError(
      state.color === idle
        ? `No preview: the idle color ${labelOf(pair, idle)} is held by a ${rollout}; promote or roll it back first`
        : `No preview: a ${rollout} on ${labelOf(pair, live)} has not finished, and the idle color ${labelOf(pair, idle)} is its way back; let it finish first`
    )
  }
  if (onIdle && onIdle.pr !== pr) {
    if (!options.takeover) {
      throw new InputError(
        `No preview: the idle color ${labelOf(pair, idle)} holds the preview of pull request #${onIdle.pr} (run ${onIdle.run}); set takeover: true to replace it`
      )
    }
    roles.other = onIdle
  }
  if (mine && mineColor !== idle) {
    throw new InputError(
      `No preview: the preview rule of pull request #${pr} (${mine.rule.arn}) sends its requests to ${labelOf(pair, mineColor!)}, which production traffic is on now; run mode cleanup first`
    )
  }
  if (mine && mine.rule.listenerArn !== listenerArn) {
    throw refuse(
      'preview-listener',
      `the preview of pull request #${pr} is on listener ${mine.rule.listenerArn}; clean it up before moving it to ${listenerArn}`
    )
  }
  if (options.previewListener) {
    const listener = await ports.rules.describeRule(options.previewListener)
    if (!listener) throw refuse('preview-listener', `${options.previewListener} was not found`)
    if (loadBalancerOf(listenerArn) !== loadBalancerOf(pair.rule.listenerArn)) {
      throw refuse(
        'preview-listener',
        `${listenerArn} is on load balancer ${loadBalancerOf(listenerArn)}, not on ${loadBalancerOf(pair.rule.listenerArn)} of listener-rule (a target group serves one load balancer)`
      )
    }
  }
  if (!mine) {
    const production = pair.rule.isDefault ? undefined : await ports.previewRules.describe(pair.rule.arn)
    const before = production?.listenerArn === listenerArn ? production.priority : undefined
    roles.before = before
    roles.priority = freePriority(await ports.previewRules.priorities(listenerArn), before)
    if (roles.priority === undefined) {
      throw refuse(
        'preview-listener',
        `listener ${listenerArn} has no free priority${before ? ` before the production rule's ${before}` : ''} outside the locks' 45000-49999`
      )
    }
  }
  const idleSide = sideOf(pair, idle)
  if (!mine && idleSide.service.desiredCount > 0 && state?.color === live) {
    if (sameRevision(idleSide.service.taskDefinition, state.previousTaskDefinition)) {
      roles.replaces = `${labelOf(pair, idle)} ran ${idleSide.service.taskDefinition}, the version before the live one (an instant rollback target); the preview replaces it, so a rollback now redeploys it`
    }
  }
  if (!options.taskDefinition)
    throw new InputError('task-definition, task-definition-arn or image is required')
  const liveArn = sideOf(pair, live).service.taskDefinition
  roles.plan = await chooseVersion(options.taskDefinition, liveArn, ports.ecs, options.allowFamilyChange)
  await checkAlarms(ports.cloudwatch, options.alarms)
  return roles
}
