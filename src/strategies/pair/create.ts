/**
 * `pair create`: the green target group cloned from blue's, the rule turned into a weighted forward (blue 100,
 * green 0) in one change, the green service cloned from blue with no tasks, and the record in both services' tags.
 * Each step is skipped when a run before made it (a re-run changes nothing); a step that fails undoes what this run
 * made, newest first, unless the lock was taken from it (the run that took it finishes the job).
 */
import type { CreateServiceCommandInput } from '@aws-sdk/client-ecs'
import type { NewTargetGroup } from '../../aws/pair-setup.ts'
import { LockLost, oneLine } from '../../core/errors.ts'
import type { Timeline } from '../../core/timeline.ts'
import type { RolloutContext } from '../../rollout/rollout.ts'
import { withWeights } from '../../traffic/routing.ts'
import { changeList } from './changes.ts'
import type { PairSetupOptions, PairSetupPorts } from './options.ts'
import { cloneOfKey, ownTags, pairKeys, recordTags, tagOf, type PairRecord } from './record.ts'
import { ruleLabel, setWeights, type Setup } from './setup.ts'

export async function createPair(
  ports: PairSetupPorts,
  options: PairSetupOptions,
  context: RolloutContext,
  setup: Setup,
  timeline: Timeline
): Promise<{ changes: string[]; greenGroupArn: string }> {
  const { changes, change } = changeList(context, timeline)
  const undo: { what: string; call: () => Promise<unknown> }[] = []
  const blueArn = setup.blueGroup.TargetGroupArn
  let greenGroupArn = setup.greenGroup?.TargetGroupArn ?? ''
  try {
    if (!setup.greenGroup) {
      await change(
        'target-group',
        `created target group ${setup.greenGroupName}, a clone of ${setup.blueGroup.TargetGroupName}`,
        async () => {
          const created = await ports.setup.createTargetGroup(cloneOf(setup))
          greenGroupArn = created.TargetGroupArn!
          undo.push({
            what: `deleted target group ${setup.greenGroupName}`,
            call: () => ports.setup.deleteTargetGroup(greenGroupArn)
          })
          const wanted = await ports.setup.attributes(blueArn)
          const made = await ports.setup.attributes(greenGroupArn)
          const differing = Object.fromEntries(
            Object.entries(wanted).filter(([key, value]) => made[key] !== value)
          )
          if (Object.keys(differing).length > 0) await ports.setup.setAttributes(greenGroupArn, differing)
        }
      )
    }
    if (!setup.weights.some((weight) => weight.targetGroupArn === greenGroupArn)) {
      await change(
        'rule',
        `${ruleLabel(setup)} forwards with weights: blue ${setup.blueGroup.TargetGroupName} 100, green ${setup.greenGroupName} 0`,
        async () => {
          const before = await setWeights(
            ports.rules,
            setup,
            [
              { targetGroupArn: blueArn, weight: 100 },
              { targetGroupArn: greenGroupArn, weight: 0 }
            ],
            context.signal
          )
          undo.push({
            what: `${ruleLabel(setup)} forwards to blue only again`,
            call: () => ports.rules.setActions(before, withWeights(before, setup.weights))
          })
        }
      )
    }
    const record: PairRecord = {
      blue: setup.blue.serviceName,
      green: setup.greenName,
      greenTargetGroupArn: greenGroupArn,
      run: options.run
    }
    if (!setup.green) {
      await change(
        'green',
        `created service ${setup.greenName} from ${setup.blue.serviceName} with 0 tasks, on target group ${setup.greenGroupName}`,
        async () => {
          const created = await ports.setup.createService(greenServiceOf(setup, greenGroupArn, record))
          undo.push({
            what: `deleted service ${setup.greenName}`,
            call: () => ports.setup.deleteService(setup.cluster, created.serviceArn ?? setup.greenName, true)
          })
        }
      )
    }
    if (tagOf(setup.blue.tags, pairKeys.green) !== setup.greenName) {
      await change('blue', `recorded the pair in the tags of ${setup.blue.serviceName}`, () =>
        ports.ecs.tagResource(setup.blue.serviceArn, recordTags(record), context.signal)
      )
    }
  } catch (error) {
    if (error instanceof LockLost) throw error
    for (const step of undo.reverse()) {
      try {
        await step.call()
        timeline.note('undo', step.what)
      } catch (failed) {
        context.log.warning(`not undone (${step.what}): ${oneLine(failed)}`)
      }
    }
    throw error
  }
  return { changes, greenGroupArn }
}

/** The green target group: blue's settings and health check, its own name, tagged as blue's clone. */
function cloneOf(setup: Setup): NewTargetGroup {
  const blue = setup.blueGroup
  return {
    Name: setup.greenGroupName,
    Protocol: blue.Protocol,
    ProtocolVersion: blue.ProtocolVersion,
    Port: blue.Port,
    VpcId: blue.VpcId,
    TargetType: blue.TargetType,
    IpAddressType: blue.IpAddressType,
    HealthCheckEnabled: blue.HealthCheckEnabled,
    HealthCheckProtocol: blue.HealthCheckProtocol,
    HealthCheckPort: blue.HealthCheckPort,
    HealthCheckPath: blue.HealthCheckPath,
    HealthCheckIntervalSeconds: blue.HealthCheckIntervalSeconds,
    HealthCheckTimeoutSeconds: blue.HealthCheckTimeoutSeconds,
    HealthyThresholdCount: blue.HealthyThresholdCount,
    UnhealthyThresholdCount: blue.UnhealthyThresholdCount,
    Matcher: blue.Matcher,
    Tags: [{ Key: cloneOfKey, Value: blue.TargetGroupArn }]
  }
}

/**
 * The green service: blue's task definition, capacity, network, deployment settings and tags, no tasks, its load
 * balancer entry on the green group. Service discovery registrations are not cloned: green's idle tasks would answer
 * blue's name.
 */
function greenServiceOf(setup: Setup, greenGroupArn: string, record: PairRecord): CreateServiceCommandInput {
  const blue = setup.blue
  const config = blue.deploymentConfiguration
  return {
    cluster: setup.cluster,
    serviceName: setup.greenName,
    taskDefinition: blue.taskDefinition,
    desiredCount: 0,
    ...(blue.capacityProviderStrategy?.length
      ? { capacityProviderStrategy: blue.capacityProviderStrategy }
      : { launchType: blue.launchType }),
    platformVersion: blue.platformVersion,
    networkConfiguration: blue.networkConfiguration,
    deploymentConfiguration: config && {
      minimumHealthyPercent: config.minimumHealthyPercent,
      maximumPercent: config.maximumPercent,
      deploymentCircuitBreaker: config.deploymentCircuitBreaker,
      alarms: config.alarms
    },
    loadBalancers: (blue.loadBalancers ?? []).map((lb) => ({
      targetGroupArn: greenGroupArn,
      containerName: lb.containerName,
      containerPort: lb.containerPort
    })),
    healthCheckGracePeriodSeconds: blue.healthCheckGracePeriodSeconds,
    placementConstraints: blue.placementConstraints,
    placementStrategy: blue.placementStrategy,
    propagateTags: blue.propagateTags,
    enableECSManagedTags: blue.enableECSManagedTags,
    enableExecuteCommand: blue.enableExecuteCommand,
    tags: [...ownTags(blue.tags), ...recordTags(record)]
  }
}
