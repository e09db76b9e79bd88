/**
 * A pull-request preview on a pair's idle color (the preview action), as a release sees it: the idle service's tag
 * names the preview rule, whose tags name the PR, its GitHub deployment and the run that made it. Production
 * first: a blue-green or canary run that needs the idle color removes the preview rule, marks the preview's
 * deployment inactive and tells its PR, then goes on.
 */
import type { Tag } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import type { PreviewRule, PreviewRulePort } from '../aws/preview-rules.ts'
import { oneLine } from '../core/errors.ts'
import type { Log } from '../core/log.ts'
import { PreviewNotice } from '../github/notice.ts'
import type { GithubPort } from '../github/port.ts'
import type { Fence } from '../state/lock.ts'
import { forwardAction } from '../traffic/routing.ts'
import type { PairSide } from './pair.ts'

export const previewKeys = {
  /** On a color's service: the ARN of the preview rule that sends requests to it ('' once removed). */
  rule: 'ecs-deploy:preview-rule',
  /** On the rule: the pair's production rule. */
  pair: 'ecs-deploy:preview',
  pr: 'ecs-deploy:preview-pr',
  run: 'ecs-deploy:preview-run',
  commit: 'ecs-deploy:preview-commit',
  deployment: 'ecs-deploy:preview-deployment',
  environment: 'ecs-deploy:preview-environment'
} as const

/** A preview holding a color, as its rule says. */
export interface HeldPreview {
  rule: PreviewRule
  pr: number
  environment: string
  run: string
  commit?: string
  deploymentId?: number
}

export interface PreviewPorts {
  ecs: EcsPort
  previewRules?: PreviewRulePort
  github?: GithubPort
}

/** The preview rule a service's tags name, if any. */
export function previewRuleOf(tags: Tag[] | undefined): string | undefined {
  return tags?.find((tag) => tag.key === previewKeys.rule)?.value || undefined
}

/** The preview that holds the color now (its rule re-read), if its rule still exists and forwards to the color. */
export async function previewOn(rules: PreviewRulePort, side: PairSide): Promise<HeldPreview | undefined> {
  const arn = previewRuleOf(side.service.tags)
  if (!arn) return undefined
  const rule = await rules.describe(arn)
  const groups = rule ? (forwardAction({ ...rule, isDefault: false })?.ForwardConfig?.TargetGroups ?? []) : []
  if (!rule || !groups.some((group) => group.TargetGroupArn === side.targetGroupArn)) return undefined
  const number = (key: string) => {
    const value = Number(rule.tags[key])
    return Number.isInteger(value) && value > 0 ? value : undefined
  }
  const pr = number(previewKeys.pr)
  if (pr === undefined) return undefined
  return {
    rule,
    pr,
    environment: rule.tags[previewKeys.environment] || 'preview',
    run: rule.tags[previewKeys.run] || 'unknown',
    commit: rule.tags[previewKeys.commit] || undefined,
    deploymentId: number(previewKeys.deployment)
  }
}

/**
 * Removes the preview that holds `side` (production first), marks its deployment inactive and updates its PR
 * comment with `why`; what it did, for the timeline, or undefined when no preview held the color.
 */
export async function releasePreview(
  ports: PreviewPorts,
  side: PairSide,
  context: { log: Log; signal?: AbortSignal; fence?: Fence },
  why: string
): Promise<string | undefined> {
  if (!ports.previewRules) return undefined
  const held = await previewOn(ports.previewRules, side)
  if (!held) return undefined
  await context.fence?.check()
  await ports.previewRules.delete(held.rule.arn, context.signal)
  await ports.ecs
    .tagResource(side.arn, [{ key: previewKeys.rule, value: '' }], context.signal)
    .catch((error: Error) => {
      // The rule is gone already; a stale name in the tags is harmless (previewOn checks the rule itself).
      if (error.name !== 'AccessDeniedException') throw error
      context.log.warning(
        `the preview rule's name was not cleared from service ${side.arn} (the role needs ecs:TagResource): ${oneLine(error)}`
      )
    })
  const notice = new PreviewNotice(ports.github, context.log, {
    pr: held.pr,
    environment: held.environment,
    comment: true
  })
  await notice.status(held.deploymentId, { state: 'inactive', description: why })
  await notice.comment({
    phase: 'replaced',
    run: held.run,
    commit: held.commit,
    note: `Preview removed: ${why}.`
  })
  return `removed the preview of pull request #${held.pr} (rule ${held.rule.arn}) from ${side.color} (${side.name}): ${why}`
}
