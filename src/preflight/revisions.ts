/**
 * `keep-revisions: N`: after a rollout succeeded, the family's ACTIVE revisions older than the newest N are
 * deregistered, except those a service of the cluster runs (any of its deployments) and those the rollout record
 * of a service names (its versions and its history: what `rollback` would return to). At most `perRun` go in one
 * run (DeregisterTaskDefinition is rate limited); the next run goes on.
 */
import {
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  ListServicesCommand,
  ListTaskDefinitionsCommand,
  type ECSClient,
  type Service
} from '@aws-sdk/client-ecs'
import { oneLine } from '../core/errors.ts'
import type { Log } from '../core/log.ts'
import { historyOf } from '../state/history.ts'
import { revisionOf } from '../state/revision.ts'
import { readState } from '../state/state.ts'

export interface RevisionsPort {
  /** The family's ACTIVE revisions, newest first. */
  activeRevisions(family: string): Promise<string[]>
  /** Every service of the cluster, with its tags. */
  services(cluster: string): Promise<Service[]>
  deregister(taskDefinition: string): Promise<void>
}

export function revisionsPort(client: ECSClient): RevisionsPort {
  return {
    async activeRevisions(family) {
      const arns: string[] = []
      let nextToken: string | undefined
      do {
        const page = await client.send(
          new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', sort: 'DESC', nextToken })
        )
        arns.push(...(page.taskDefinitionArns ?? []))
        nextToken = page.nextToken
      } while (nextToken)
      return arns
    },
    async services(cluster) {
      const arns: string[] = []
      let nextToken: string | undefined
      do {
        const page = await client.send(new ListServicesCommand({ cluster, nextToken }))
        arns.push(...(page.serviceArns ?? []))
        nextToken = page.nextToken
      } while (nextToken)
      const services: Service[] = []
      for (let i = 0; i < arns.length; i += 10) {
        const page = await client.send(
          new DescribeServicesCommand({ cluster, services: arns.slice(i, i + 10), include: ['TAGS'] })
        )
        services.push(...(page.services ?? []))
      }
      return services
    },
    async deregister(taskDefinition) {
      await client.send(new DeregisterTaskDefinitionCommand({ taskDefinition }))
    }
  }
}

/** The revisions (`family:revision`) that must stay: run by a service, or named by a service's record. */
export function keptRevisions(services: Service[]): Set<string> {
  const kept = new Set<string>()
  for (const service of services) {
    for (const arn of [service.taskDefinition, ...(service.deployments ?? []).map((d) => d.taskDefinition)]) {
      if (arn) kept.add(revisionOf(arn))
    }
    const state = readState(service.tags)
    if (!state) continue
    for (const arn of [state.taskDefinition, state.previousTaskDefinition, ...historyOf(state)]) {
      if (arn) kept.add(revisionOf(arn))
    }
  }
  return kept
}

export interface KeepRevisions {
  cluster: string
  family: string
  keep: number
  /** At most this many are deregistered in one run. */
  perRun?: number
}

/** Deregisters what `keep-revisions` does not keep; says what it did. Returns the revisions deregistered. */
export async function pruneRevisions(
  port: RevisionsPort,
  options: KeepRevisions,
  log: Log
): Promise<string[]> {
  const { cluster, family, keep, perRun = 100 } = options
  const [active, services] = await Promise.all([port.activeRevisions(family), port.services(cluster)])
  const kept = keptRevisions(services)
  const older = active.slice(keep)
  const spared = older.filter((arn) => kept.has(revisionOf(arn)))
  const doomed = older.filter((arn) => !kept.has(revisionOf(arn)))
  const now = doomed.slice(0, perRun)
  const gone: string[] = []
  for (const arn of now) {
    try {
      await port.deregister(arn)
      gone.push(revisionOf(arn))
    } catch (error) {
      log.warning(`keep-revisions: ${revisionOf(arn)} was not deregistered: ${oneLine(error)}`)
    }
  }
  const words = [
    `keep-revisions: ${keep} newest of ${active.length} ACTIVE revisions of ${family} kept`,
    gone.length > 0 ? `deregistered ${gone.join(', ')}` : 'nothing to deregister',
    ...(spared.length > 0
      ? [`also kept ${spared.map(revisionOf).join(', ')} (run by a service or named by a record)`]
      : []),
    ...(doomed.length > now.length ? [`${doomed.length - now.length} more next run`] : [])
  ]
  log.info(words.join('; '))
  return gone
}
