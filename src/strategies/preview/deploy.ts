/**
 * A preview deploy, as steps: tell the PR (a GitHub deployment in_progress, the comment), place the preview rule
 * (this PR's, or a new one at a free priority; another PR's is replaced with takeover), deploy the PR's version to
 * the idle color, verify it with the gates (tasks, targets, alarms, the probe through the preview), then tell the
 * PR it is ready. The production rule is never written: production traffic stays on the live color throughout.
 */
import type { Action } from '@aws-sdk/client-elastic-load-balancing-v2'
import { versionGates } from '../../gates/sets.ts'
import { PreviewNotice } from '../../github/notice.ts'
import { labelOf, sideOf, type PairSide } from '../../pair/pair.ts'
import { previewKeys, releasePreview } from '../../pair/preview.ts'
import { Rollout, RolloutFailure, type RolloutContext } from '../../rollout/rollout.ts'
import { DeploymentTarget } from '../../rollout/deploy.ts'
import { tagValue } from '../../state/state.ts'
import { conditionsOf, freePriority, headerLine, sameConditions } from './address.ts'
import type { PreviewOptions, PreviewPorts, PreviewResult } from './options.ts'
import type { PreviewRoles } from './prepare.ts'
import { headerFetch, probeHeaders } from './probe.ts'
import { previewReport } from './report.ts'

export class PreviewDeploy {
  private readonly rollout: Rollout
  private readonly side: PairSide
  private readonly deployment: DeploymentTarget
  private readonly notice: PreviewNotice
  private deploymentId?: number
  private ruleArn?: string
  private version?: string
  private readonly options: PreviewOptions
  private readonly ports: PreviewPorts
  private readonly context: RolloutContext
  private readonly roles: PreviewRoles

  constructor(options: PreviewOptions, ports: PreviewPorts, context: RolloutContext, roles: PreviewRoles) {
    this.options = options
    this.ports = ports
    this.context = context
    this.roles = roles
    this.rollout = new Rollout(context, 'stop')
    this.side = sideOf(roles.pair, roles.idle!)
    this.deployment = new DeploymentTarget(ports, this.rollout, context, options, this.side.service)
    const { environment, comment } = options
    this.notice = new PreviewNotice(ports.github, context.log, {
      pr: options.pr.number,
      environment,
      comment
    })
    this.ruleArn = roles.mine?.rule.arn
  }

  async run(): Promise<PreviewResult> {
    const { rollout, options } = this
    let ending
    try {
      ending = await rollout.run([
        { name: 'announce', run: () => this.announce() },
        { name: 'rule', run: () => this.placeRule() },
        { name: 'deploy', run: () => this.deploy() },
        { name: 'verify', run: () => this.verify() }
      ])
    } catch (error) {
      await this.tell('failed', `${error instanceof Error ? error.message : String(error)}`)
      throw error
    }
    await this.tell(ending.status === 'succeeded' ? 'ready' : 'failed', ending.reason)
    const report = previewReport(options, this.roles.pair, rollout, ending, this.context.clock, {
      url: options.address.url,
      color: this.side.color,
      taskDefinitionArn: this.version,
      ruleArn: this.ruleArn,
      deploymentId: this.deploymentId
    })
    return { report, timeline: rollout.timeline, gates: rollout.gates }
  }

  private async announce(): Promise<void> {
    const { options } = this
    this.deploymentId = await this.notice.start(options.pr.headSha, {
      description: `deploying to ${this.side.name}`,
      logUrl: runLink(options.run)
    })
    await this.notice.comment(this.facts('deploying'))
  }

  /** This PR's rule, tagged with this run; or a new rule at a free priority (another PR's replaced first). */
  private async placeRule(): Promise<void> {
    const { ports, context, options, roles } = this
    const { signal } = context
    if (roles.replaces) this.note('preview', roles.replaces)
    if (roles.other) {
      const why = `replaced by the preview of pull request #${options.pr.number} (takeover)`
      const said = await releasePreview(ports, this.side, context, why)
      if (said) this.note('preview', said)
    }
    const tags = {
      [previewKeys.pair]: tagValue(options.listenerRule, 255),
      [previewKeys.pr]: String(options.pr.number),
      [previewKeys.run]: tagValue(options.run),
      [previewKeys.commit]: options.pr.headSha,
      [previewKeys.environment]: tagValue(options.environment),
      ...(this.deploymentId ? { [previewKeys.deployment]: String(this.deploymentId) } : {})
    }
    await context.fence?.check()
    const conditions = conditionsOf(options.address)
    if (this.ruleArn && (await ports.previewRules.tag(this.ruleArn, tags, signal))) {
      if (roles.mine && !sameConditions(roles.mine.rule.conditions, conditions)) {
        await ports.previewRules.setConditions(this.ruleArn, conditions, signal)
        this.note('preview', `rule ${this.ruleArn} now matches ${this.reach()}`)
      } else this.note('preview', `pull request #${options.pr.number} keeps its rule ${this.ruleArn}`)
    } else {
      this.ruleArn = await this.createRule(tags)
    }
    await ports.ecs.tagResource(this.side.arn, [{ key: previewKeys.rule, value: this.ruleArn }], signal)
  }

  /** Creates the rule; a priority another rule took meanwhile is looked for again (a few times). */
  private async createRule(tags: Record<string, string>): Promise<string> {
    const { ports, context, roles, options } = this
    const forward: Action = {
      Type: 'forward',
      ForwardConfig: { TargetGroups: [{ TargetGroupArn: this.side.targetGroupArn, Weight: 1 }] }
    }
    let priority = roles.priority
    for (let attempt = 0; ; attempt++) {
      if (priority === undefined) throw new Error(`listener ${roles.listenerArn} has no free priority left`)
      try {
        const arn = await ports.previewRules.create(
          {
            listenerArn: roles.listenerArn,
            priority,
            conditions: conditionsOf(options.address),
            actions: [forward],
            tags
          },
          context.signal
        )
        this.note('preview', `rule ${arn} at priority ${priority} sends ${this.reach()} to ${this.label()}`)
        return arn
      } catch (error) {
        if ((error as Error).name !== 'PriorityInUseException' || attempt >= 4) throw error
        priority = freePriority(await ports.previewRules.priorities(roles.listenerArn), roles.before)
      }
    }
  }

  private async deploy(): Promise<void> {
    const { deployment, options } = this
    await deployment.deploy(this.roles.plan!, { desiredCount: options.desiredCount }, async (registered) => {
      const how = registered ? 'registered' : 'deploying'
      this.note(
        'rollout',
        `${how} ${deployment.taskDefinitionArn} to ${this.label()} at ${options.desiredCount} tasks`
      )
    })
    this.version = deployment.taskDefinitionArn
    const verdict = await deployment.follow(this.gates().readiness)
    if (!verdict.ok) throw new RolloutFailure(verdict, `while ${this.label()} deployed`)
  }

  private async verify(): Promise<void> {
    const { readiness, probes, command } = this.gates()
    const passed = await this.deployment.verify(
      [[...readiness, ...probes], command],
      'before the PR was told'
    )
    this.note('verify', `${this.label()} passed ${passed.join(', ')}`)
    this.rollout.say(
      `pull request #${this.options.pr.number} runs ${this.version} on ${this.label()}, reached through ${this.reach()}; production traffic stays on ${labelOf(this.roles.pair, this.roles.live!)}`
    )
  }

  private gates() {
    const { options, side } = this
    const { address } = options
    const url = options.healthCheckUrl
    const ports = { ...this.ports, fetch: this.ports.fetch ?? headerFetch }
    return versionGates(
      ports,
      { ...side.service, targetGroupArn: side.targetGroupArn },
      { ...options, probeHeaders: url ? probeHeaders(url, address) : undefined },
      {
        ROLLOUT_COLOR: side.color,
        ROLLOUT_SERVICE: side.name,
        ROLLOUT_TARGET_GROUP_ARN: side.targetGroupArn,
        ROLLOUT_TASK_DEFINITION_ARN: this.deployment.taskDefinitionArn,
        PREVIEW_URL: address.url ?? '',
        PREVIEW_HOST: address.host ?? '',
        PREVIEW_HEADER: headerLine(address.header) ?? ''
      }
    )
  }

  /** Tells the PR how the preview ended (the deployment's status, the comment). */
  private async tell(phase: 'ready' | 'failed', reason: string): Promise<void> {
    const { options } = this
    await this.notice.status(this.deploymentId, {
      state: phase === 'ready' ? 'success' : 'failure',
      description: phase === 'ready' ? `ready on ${this.side.name}` : reason,
      environmentUrl: phase === 'ready' ? options.address.url : undefined,
      logUrl: runLink(options.run)
    })
    await this.notice.comment(
      this.facts(phase, phase === 'failed' ? `The preview failed: ${reason}` : undefined)
    )
  }

  private facts(phase: 'deploying' | 'ready' | 'failed', note?: string) {
    const { address, pr, run } = this.options
    return {
      phase,
      url: address.url,
      host: address.host,
      header: headerLine(address.header),
      taskDefinitionArn: this.version,
      commit: pr.headSha,
      where: this.label(),
      run,
      note
    }
  }

  /** `host pr-7.preview.example.com and header X-Preview: pr-7` */
  private reach(): string {
    const { host, header } = this.options.address
    return [host && `host ${host}`, header && `header ${headerLine(header)}`].filter(Boolean).join(' and ')
  }

  private label(): string {
    return labelOf(this.roles.pair, this.side.color)
  }

  private note(subject: string, observed: string): void {
    this.rollout.timeline.note(subject, observed)
  }
}

/** The run as a link GitHub accepts as log_url (not `local`). */
export function runLink(run: string): string | undefined {
  return /^https?:\/\//.test(run) ? run : undefined
}
