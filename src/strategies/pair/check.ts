/**
 * `pair check`: the facts the findings judge, read with read-only calls (also run by `create` before it changes
 * anything), and the deploy role's rights (./rights.ts).
 */
import { lockHost, lockPriority } from '../../state/lock.ts'
import { targetGroupName } from '../../gates/target-health.ts'
import { findings, type Finding } from './findings.ts'
import type { PairSetupOptions, PairSetupPorts } from './options.ts'
import { checkRights, type RightsCheck } from './rights.ts'
import { isPaired, ruleLabel, type Setup } from './setup.ts'

export async function checkSetup(
  ports: PairSetupPorts,
  options: PairSetupOptions,
  setup: Setup
): Promise<RightsCheck> {
  const attributes = await ports.setup.attributes(setup.blueGroup.TargetGroupArn)
  const priority = lockPriority(setup.ruleInput)
  // A role without the lock's optional read rights still gets the other findings.
  const holder = await ports.lockRules.ruleAt(setup.rule.listenerArn, priority).catch(() => undefined)
  const paired = isPaired(setup)
  const groups = setup.weights.map((weight) => `${targetGroupName(weight.targetGroupArn)} (${weight.weight})`)
  const rights = await checkRights(ports.rights, setup)
  const found = findings({
    service: setup.blue,
    blueGroup: setup.blueGroup,
    attributes,
    waitTimeoutMs: options.waitTimeoutMs,
    ruleProblem:
      setup.green && !paired
        ? `${ruleLabel(setup)} forwards to ${groups.join(', ')}, not to both colors: green ${setup.green.serviceName} takes no part`
        : undefined,
    green: setup.green ? { service: setup.green, group: setup.greenGroup } : undefined,
    lockPriority: {
      priority,
      takenBy: holder && !holder.hosts.includes(lockHost) ? `rule ${holder.arn}` : undefined
    }
  })
  return { ...rights, findings: [...found, ...rights.findings] }
}

/** The findings as the job summary's table. */
export function findingsTable(found: Finding[]): string[] {
  if (found.length === 0) return ['No findings.', '']
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  return [
    '### Findings',
    '',
    '| finding | severity | evidence | fix |',
    '|---|---|---|---|',
    ...found.map((one) => `| ${one.id} | ${one.severity} | ${cell(one.evidence)} | ${cell(one.fix)} |`),
    ''
  ]
}
