/**
 * A preview cleanup (the PR closed): removes this PR's preview rule, scales its color to zero unless a production
 * rollout now holds it (or it takes production traffic), marks the PR's deployments inactive and updates the
 * comment. Idempotent: with no preview of this PR left (replaced, or removed already) it changes nothing in AWS and
 * says so.
 */
import { PreviewNotice } from '../../github/notice.ts'
import { labelOf, sideOf } from '../../pair/pair.ts'
import { previewKeys } from '../../pair/preview.ts'
import { Rollout, type RolloutContext } from '../../rollout/rollout.ts'
import { DeploymentTarget } from '../../rollout/deploy.ts'
import { runLink } from './deploy.ts'
import type { PreviewOptions, PreviewPorts, PreviewResult } from './options.ts'
import type { PreviewRoles } from './prepare.ts'
import { previewReport } from './report.ts'

export async function previewCleanup(
  options: PreviewOptions,
  ports: PreviewPorts,
  context: RolloutContext,
  roles: PreviewRoles
): Promise<PreviewResult> {
  const rollout = new Rollout(context, 'stop')
  const { environment, comment } = options
  const pr = options.pr.number
  const notice = new PreviewNotice(ports.github, context.log, { pr, environment, comment })
  const { pair, mine, mineColor } = roles
  const note = (observed: string) => rollout.timeline.note('preview', observed)
  const logUrl = runLink(options.run)

  const cleanup = async (): Promise<void> => {
    if (!mine || !mineColor) {
      const marked = await notice.retire(`pull request #${pr} closed`, logUrl)
      const github = marked ? `; marked ${marked} GitHub deployments of it inactive` : ''
      rollout.say(
        `nothing to clean up: no preview of pull request #${pr} is on ${pair.blue.name} / ${pair.green.name} (it was replaced or removed already)${github}`
      )
      return
    }
    const side = sideOf(pair, mineColor)
    const { signal } = context
    await context.fence?.check()
    const deleted = await ports.previewRules.delete(mine.rule.arn, signal)
    note(deleted ? `removed rule ${mine.rule.arn}` : `rule ${mine.rule.arn} was removed already`)
    await ports.ecs.tagResource(side.arn, [{ key: previewKeys.rule, value: '' }], signal)
    const state = pair.state
    const held =
      state?.color === mineColor && ['deploying', 'paused', 'switched'].includes(state.status)
        ? `a ${state.status} ${state.action ?? 'rollout'} (run ${state.run || 'unknown'}) holds it`
        : roles.live !== mineColor && roles.live !== undefined
          ? undefined
          : 'it takes production traffic'
    let scaled = ''
    if (held) {
      note(`${labelOf(pair, mineColor)} keeps its tasks: ${held}`)
    } else if (side.service.desiredCount > 0) {
      await new DeploymentTarget(ports, rollout, context, options, side.service).scale(0)
      scaled = ` and scaled ${labelOf(pair, mineColor)} to 0 tasks`
    }
    await notice.retire(`pull request #${pr} closed`, logUrl)
    await notice.comment({
      phase: 'removed',
      commit: options.pr.headSha,
      run: options.run,
      note: `Preview removed: pull request #${pr} was closed.`
    })
    rollout.say(`removed the preview of pull request #${pr}${scaled}`)
  }

  const ending = await rollout.run([{ name: 'cleanup', run: cleanup }])
  const report = previewReport(options, pair, rollout, ending, context.clock, {
    color: mineColor,
    ruleArn: mine?.rule.arn,
    deploymentId: mine?.deploymentId
  })
  return { report, timeline: rollout.timeline, gates: rollout.gates }
}
