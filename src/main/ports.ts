/** The AWS ports a run takes, built once over the run's clients, and their read-only form for the checks before the lock. */
import { alarmPort, metricsPort, type AlarmPort, type MetricsPort } from '../aws/cloudwatch.ts'
import { clientConfig, type AwsClients } from '../aws/clients.ts'
import { ecsPort, type EcsPort } from '../aws/ecs.ts'
import { elbPort, type ElbPort } from '../aws/elb.ts'
import { rulePort, type RulePort } from '../aws/listener-rules.ts'
import { lockRulePort, type LockRulePort } from '../aws/lock-rules.ts'
import { setupPort, type SetupPort } from '../aws/pair-setup.ts'
import { previewRulePort, type PreviewRulePort } from '../aws/preview-rules.ts'
import { readOnce } from '../aws/read-once.ts'
import { rightsPort, type RightsPort } from '../aws/rights.ts'
import type { CommandRunner } from '../gates/command.ts'
import type { Fetch } from '../gates/http-probe.ts'
import type { GithubPort } from '../github/port.ts'
import type { Preflight } from '../preflight/preflight.ts'
import type { FencedPorts } from '../state/fence.ts'

/** Every port a strategy may take. */
export interface AllPorts {
  ecs: EcsPort
  elb: ElbPort
  rules: RulePort
  cloudwatch: AlarmPort
  lockRules: LockRulePort
  previewRules: PreviewRulePort
  metrics: MetricsPort
  setup: SetupPort
  /** The run's own identity and rights (read-only). */
  rights: RightsPort
  runCommand: CommandRunner
  fetch?: Fetch
  /** GitHub (a preview's PR comment and deployment), when the action has a token. */
  github?: GithubPort
  /** What checks a version before it is deployed (src/preflight). */
  preflight?: Preflight
}

/**
 * Every port is fenced by the lock (src/state/fence.ts) or named here: the lock's own port, and what is not AWS.
 * A new port in neither fails the type check, so none is left unfenced by oversight.
 */
type Unfenced = 'rights' | 'lockRules' | 'runCommand' | 'fetch' | 'github' | 'preflight'
type Unclassified = Exclude<keyof AllPorts, keyof FencedPorts | Unfenced>
export const everyPortClassified: [Unclassified] extends [never] ? true : Unclassified = true

/** The ports over `clients`, with what is not AWS given. */
export function portsOf(
  clients: AwsClients,
  given: Pick<AllPorts, 'runCommand' | 'fetch' | 'github' | 'preflight'>
): AllPorts {
  return {
    ecs: ecsPort(clients.ecs),
    elb: elbPort(clients.elb),
    rules: rulePort(clients.elb),
    cloudwatch: alarmPort(clients.cloudwatch),
    lockRules: lockRulePort(clients.elb),
    previewRules: previewRulePort(clients.elb),
    metrics: metricsPort(clients.cloudwatch),
    setup: setupPort(clients.elb, clients.ecs),
    rights: rightsPort(clientConfig()),
    ...given
  }
}

/**
 * The ECS port for the read-only checks before the lock: finding what to lock and checking what to change read the
 * same services at the same moment, once (the strategy reads them again once it holds the lock).
 */
export const readsBeforeLock = (ecs: EcsPort): EcsPort =>
  readOnce(ecs, ['describeService', 'describeServicesWithTags'])

/** The ports for the checks before the lock: each service and rule read once (`ecs`: reads made so far, to share). */
export function checkingPorts(ports: AllPorts, ecs?: EcsPort): AllPorts {
  return { ...ports, ecs: ecs ?? readsBeforeLock(ports.ecs), rules: readOnce(ports.rules, ['describeRule']) }
}
