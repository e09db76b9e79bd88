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
import { changeList } from './changes.ts'
import type { PairSetupOptions, PairSetupPorts } from './options.ts'
import { pairKeys, tagOf } from './record.ts'
import { ruleLabel, rulesForwardingTo, setWeights, type Setup } from './setup.ts'

export async function deletePair(
  ports: PairSetupPorts,
  options: PairSetupOptions,
  context: RolloutContext,
  setup: Setup,
  timeline: Timeline
): Promise<string[]> {
  const { changes, change } = changeList(context, timeline)
  await refuseDelete(ports, setup)
  const blueArn = setup.blueGroup.TargetGroupArn
  const greenArn = setup.greenGroup?.TargetGroupArn
  const green = setup.weights.find((weight) => weight.targetGroupArn === greenArn)
  if (green) {
    await change(
      'rule',
      `${ruleLabel(setup)} forwards to blue ${setup.blueGroup.TargetGroupName} only`,
      async () => {
        await setWeights(ports.rules, setup, [{ targetGroupArn: blueArn, weight: 1 }], context.signal)
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
  const others = (await rulesForwardingTo(ports, loadBalancer, greenArn)).filter(
    (rule) => rule !== setup.ruleInput && rule !== setup.rule.arn
  )
  if (others.length > 0)
    throw new InputError(
      `Invalid input mode: delete cannot remove target group ${targetGroupName(greenArn)}: ${others.join(', ')} forward to it too (a pull request preview? remove it with preview mode: cleanup first)`
    )
}
