import type { LoadBalancer, Task } from '@aws-sdk/client-ecs'
import type { ElbPort, TargetHealth } from '../aws/elb.ts'
import { shortId, type Gate, type GateContext, type GateResult } from './gate.ts'

/**
 * Every running task of the version is a healthy target of each of the service's target groups. Unhealthy
 * targets are reported with their reason, but only ECS stopping the task makes the version fail.
 */
export class TargetHealthGate implements Gate {
  readonly name = 'targets'
  private readonly elb: Pick<ElbPort, 'targetHealth'>
  private readonly loadBalancers: LoadBalancer[]

  constructor(elb: Pick<ElbPort, 'targetHealth'>, loadBalancers: LoadBalancer[]) {
    this.elb = elb
    this.loadBalancers = loadBalancers.filter((loadBalancer) => loadBalancer.targetGroupArn)
  }

  async check(context: GateContext): Promise<GateResult> {
    // ECS completes a deployment only once its targets are healthy: until then they need not be read.
    if (!((await context.settled?.()) ?? true))
      return { state: 'waiting', observed: 'read once ECS reports the deployment complete' }
    // Target health does not depend on the tasks: both are asked for at once.
    const [tasks, targetGroups] = await Promise.all([
      context.tasks(),
      Promise.all(
        this.loadBalancers.map((loadBalancer) =>
          this.elb.targetHealth(loadBalancer.targetGroupArn!, context.signal)
        )
      )
    ])
    const running = tasks.filter((task) => task.lastStatus === 'RUNNING' && task.desiredStatus === 'RUNNING')
    const problems: string[] = []
    let healthy = 0
    let expected = 0
    for (const [index, loadBalancer] of this.loadBalancers.entries()) {
      const targets = targetGroups[index]
      const group = targetGroupName(loadBalancer.targetGroupArn!)
      for (const task of running) {
        expected++
        const target = targets.find((candidate) => isTargetOf(candidate, task, loadBalancer))
        if (!target) problems.push(`task ${shortId(task.taskArn)} not registered in ${group}`)
        else if (target.state === 'healthy') healthy++
        else problems.push(`${target.id}:${target.port} in ${group} ${target.state}${explain(target)}`)
      }
    }
    // No task, no target: nothing could take traffic, which is never healthy.
    if (running.length === 0) return { state: 'waiting', observed: 'no running task of the new version' }
    const observed = [`${healthy}/${expected} new targets healthy`, ...problems].join('; ')
    return { state: problems.length === 0 && healthy > 0 ? 'passed' : 'waiting', observed }
  }
}

/**
 * Whether a registered target is this task's. awsvpc tasks register their ENI address and container port;
 * bridge/host tasks register their instance and host port (the instance is not checked: host ports of one
 * service's tasks rarely collide across instances).
 */
export function isTargetOf(target: TargetHealth, task: Task, loadBalancer: LoadBalancer): boolean {
  const container = task.containers?.find((candidate) => candidate.name === loadBalancer.containerName)
  const binding = container?.networkBindings?.find(
    (candidate) => candidate.containerPort === loadBalancer.containerPort
  )
  const port = binding?.hostPort ?? loadBalancer.containerPort
  if (target.port !== port) return false
  if (!isIpAddress(target.id)) return binding !== undefined
  return addressesOf(task).includes(target.id)
}

function addressesOf(task: Task): string[] {
  const addresses: string[] = []
  for (const attachment of task.attachments ?? []) {
    for (const detail of attachment.details ?? []) {
      if (detail.name === 'privateIPv4Address' && detail.value) addresses.push(detail.value)
    }
  }
  for (const container of task.containers ?? []) {
    for (const networkInterface of container.networkInterfaces ?? []) {
      if (networkInterface.privateIpv4Address) addresses.push(networkInterface.privateIpv4Address)
    }
    for (const binding of container.networkBindings ?? []) {
      if (binding.bindIP && binding.bindIP !== '0.0.0.0') addresses.push(binding.bindIP)
    }
  }
  return addresses
}

function isIpAddress(id: string): boolean {
  return /^\d+\.\d+\.\d+\.\d+$/.test(id) || id.includes(':')
}

function explain(target: TargetHealth): string {
  if (!target.reason) return ''
  return target.description ? ` (${target.reason}: ${target.description})` : ` (${target.reason})`
}

/** `arn:...:targetgroup/web-blue/0123abcd` -> `web-blue` */
export function targetGroupName(arn: string): string {
  return /targetgroup\/([^/]+)/.exec(arn)?.[1] ?? arn
}
