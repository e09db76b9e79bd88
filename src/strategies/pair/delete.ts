/**
 * `pair delete`: back to one service, only while green takes no traffic. The rule forwards to blue alone again (one
 * change), green is scaled to 0 and waited for until drained, then deleted with the target group pair made for it,
 * and the record leaves blue's tags. Each step is skipped when done before: a run that stopped halfway is finished
 * by the next one.
 */
import { InputError } from '../../core/errors.ts'
import { throwIfCancelled } from '../../core/clock.ts'
import type { Timeline } from '../../core/timeline.ts'
import { targetGroupName } from '../../gates/target-health.ts'
import type { RolloutContext } from '../../rollout/rollout.ts'
import { scaleToZero, snapshotOf } from '../../service/service.ts'
import { readWeights, withWeights } from '../../traffic/routing.ts'
import type { PairSetupOptions, PairSetupPorts } from './options.ts'
import { pairKeys, tagOf } from './record.ts'
import { ruleLabel, type Setup } from './setup.ts'

export async function deletePair(
  ports: PairSetupPorts,
  options: PairSetupOptions,
  context: RolloutContext,
  setup: Setup,
  timeline: Timeline
): Promise<string[]> {
  const changes: string[] = []
  const change = async (subject: string, what: string, call: () => Promise<unknown>) => {
    throwIfCancelled(context.signal)
    await context.fence?.check()
    await call()
    changes.push(what)
    timeline.note(subject, what)
  }
  await refuseDelete(ports, setup)
  const blueArn = setup.blueGroup.TargetGroupArn
  const greenArn = setup.greenGroup?.TargetGroupArn
  const green = setup.weights.find((weight) => weight.targetGroupArn === greenArn)
  if (green) {
    await change(
      'rule',
      `${ruleLabel(setup)} forwards to blue ${setup.blueGroup.TargetGroupName} only`,
      async () => {
        const now = await ports.rules.describeRule(setup.ruleInput)
        if (!now || JSON.stringify(readWeights(now)) !== JSON.stringify(setup.weights))
          throw new Error(
            `${ruleLabel(setup)} changed while the pair was being deleted; it was left as it is`
          )
        await ports.rules.setActions(
          now,
          withWeights(now, [{ targetGroupArn: blueArn, weight: 1 }]),
          context.signal
        )
      }
    )
  }
  if (setup.green) {
    const service = snapshotOf(setup.green)
    if (greenArn) {
      throwIfCancelled(context.signal)
      await context.fence?.check()
      const drained = await scaleToZero({
        label: `green (${service.name})`,
        ecs: ports.ecs,
        elb: ports.elb,
        cluster: setup.cluster,
        service,
        targetGroupArn: greenArn,
        timeline,
        clock: context.clock,
        intervalMs: options.pollIntervalMs,
        deadline: context.clock.now() + options.waitTimeoutMs,
        signal: context.signal
      })
      if (!drained)
        throw new Error(
          `green ${service.name} still had tasks or targets after wait-timeout; run delete again to finish`
        )
      changes.push(`scaled ${service.name} to 0`)
    }
    await change('green', `deleted service ${service.name}`, () =>
      ports.setup.deleteService(setup.cluster, service.arn, false)
    )
  }
  if (greenArn)
    await change('target-group', `deleted target group ${targetGroupName(greenArn)}`, () =>
      ports.setup.deleteTargetGroup(greenArn)
    )
  const recorded = Object.values(pairKeys).filter((key) => tagOf(setup.blue.tags, key) !== undefined)
  if (recorded.length > 0)
    await change('blue', `removed the pair record from the tags of ${setup.blue.serviceName}`, () =>
      ports.setup.untagService(setup.blue.serviceArn, recorded)
    )
  return changes
}

/**
 * Refuses, before any change, a delete that would move traffic (green takes some) or fail halfway (another rule, a
 * preview, forwards to green's group, which could then not be deleted).
 */
export async function refuseDelete(ports: PairSetupPorts, setup: Setup): Promise<void> {
  const greenArn = setup.greenGroup?.TargetGroupArn
  if (!greenArn) return
  const green = setup.weights.find((weight) => weight.targetGroupArn === greenArn)
  const blue = setup.weights.find((weight) => weight.targetGroupArn === setup.blueGroup.TargetGroupArn)!
  if (green && (green.weight > 0 || blue.weight === 0))
    throw new InputError(
      `Invalid input mode: delete needs green to take no traffic, but ${ruleLabel(setup)} gives green ${setup.greenName} weight ${green.weight} and blue ${setup.blue.serviceName} weight ${blue.weight}; deploy to blue (or roll back) first`
    )
  const loadBalancer = setup.blueGroup.LoadBalancerArns?.[0]
  if (!loadBalancer) return
  const rules = await ports.setup.rulesOf(loadBalancer)
  const others = rules.filter(
    ({ rule, listenerArn }) =>
      (rule.IsDefault ? listenerArn : rule.RuleArn) !== setup.ruleInput &&
      rule.RuleArn !== setup.ruleInput &&
      readWeights({
        arn: rule.RuleArn ?? '',
        listenerArn,
        isDefault: !!rule.IsDefault,
        actions: rule.Actions ?? []
      }).some((weight) => weight.targetGroupArn === greenArn)
  )
  if (others.length > 0)
    throw new InputError(
      `Invalid input mode: delete cannot remove target group ${targetGroupName(greenArn)}: ${others.map(({ rule }) => rule.RuleArn).join(', ')} forward to it too (a pull request preview? remove it with preview mode: cleanup first)`
    )
}
