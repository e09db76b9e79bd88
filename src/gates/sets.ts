/** The gates a rollout watches, built one way for every strategy. */
import type { LoadBalancer } from '@aws-sdk/client-ecs'
import type { AlarmPort } from '../aws/cloudwatch.ts'
import type { ElbPort } from '../aws/elb.ts'
import { AlarmsGate } from './alarms.ts'
import { CommandGate, type CommandRunner } from './command.ts'
import { EcsTasksGate } from './ecs-tasks.ts'
import type { Gate } from './gate.ts'
import { HttpProbeGate, type Fetch } from './http-probe.ts'
import { TargetHealthGate } from './target-health.ts'

export interface GatePorts {
  elb: ElbPort
  cloudwatch: AlarmPort
  /** For verify-command. */
  runCommand?: CommandRunner
  /** For health-check-url (default: the global fetch). */
  fetch?: Fetch
}

/**
 * Tasks of the new version, its targets in `loadBalancers` (when it is behind any), and the alarms: what says a
 * version runs and serves.
 */
export function readinessGates(ports: GatePorts, loadBalancers: LoadBalancer[], alarms: string[]): Gate[] {
  const gates: Gate[] = [new EcsTasksGate()]
  const behind = loadBalancers.filter((loadBalancer) => loadBalancer.targetGroupArn)
  if (behind.length > 0) gates.push(new TargetHealthGate(ports.elb, behind))
  if (alarms.length > 0) gates.push(new AlarmsGate(ports.cloudwatch, alarms))
  return gates
}

/** The user's probe of a URL, if given; it answers within a few poll intervals (1 to 10 s). */
export function probeGates(
  ports: GatePorts,
  url: string | undefined,
  pollIntervalMs: number,
  headers?: Record<string, string>
): Gate[] {
  if (!url) return []
  const timeoutMs = Math.min(10_000, Math.max(1000, pollIntervalMs * 4))
  return [new HttpProbeGate(url, { timeoutMs, fetch: ports.fetch, headers })]
}

/** The user's command, if given, with the rollout's facts in its environment. */
export function commandGate(
  ports: GatePorts,
  command: string | undefined,
  env: Record<string, string>
): Gate | undefined {
  if (!command) return undefined
  if (!ports.runCommand) throw new Error('verify-command needs a command runner')
  return new CommandGate(command, ports.runCommand, env)
}

/** What a new version on a service behind one target group is checked with. */
export interface VersionGates {
  /** Tasks, targets, alarms: watched while it deploys and bakes. */
  readiness: Gate[]
  /** The user's probe: with readiness before traffic moves and during the bake. */
  probes: Gate[]
  /** The user's command: once, before traffic moves. */
  command: Gate[]
}

export function versionGates(
  ports: GatePorts,
  target: { loadBalancers: LoadBalancer[]; targetGroupArn: string },
  settings: {
    alarms: string[]
    healthCheckUrl?: string
    verifyCommand?: string
    pollIntervalMs: number
    probeHeaders?: Record<string, string>
  },
  commandEnv: Record<string, string>
): VersionGates {
  const loadBalancers = target.loadBalancers.filter((lb) => lb.targetGroupArn === target.targetGroupArn)
  const command = commandGate(ports, settings.verifyCommand, commandEnv)
  return {
    readiness: readinessGates(ports, loadBalancers, settings.alarms),
    probes: probeGates(ports, settings.healthCheckUrl, settings.pollIntervalMs, settings.probeHeaders),
    command: command ? [command] : []
  }
}
