/**
 * What the summary reads once the run is over, read-only and best-effort (a summary never fails a run): the images
 * of the versions (revisions the run described already are not read again), the service's target groups, and the
 * load balancer's counts over the run.
 */
import type { MetricsPort } from '../aws/cloudwatch.ts'
import type { EcsPort } from '../aws/ecs.ts'
import { loadBalancerOf } from '../aws/listener-rules.ts'
import type { HeadlineReport } from './headline.ts'
import { versionsOf } from './headline.ts'
import { notReadLine, readTrafficCounts, usersSawLine } from './users-saw.ts'
import { readImages, type Images } from './versions.ts'

export interface SummaryReads {
  images: Images
  /** The headline's "What users saw" line; none when the service is behind no load balancer. */
  usersSaw?: string
}

export async function readForSummary(
  report: HeadlineReport,
  ports: { ecs: Pick<EcsPort, 'describeTaskDefinition' | 'describeServicesWithTags'>; metrics: MetricsPort },
  /** A listener (or rule) of the load balancer in front of the services, when the run knows one. */
  listenerArn?: string
): Promise<SummaryReads> {
  const { from, to } = versionsOf(report)
  const images = await readImages(ports.ecs, [from, to])
  const listener = listenerArn ?? report.listenerRule
  if (!listener || !report.cluster || report.status === 'dry-run') return { images }
  const services = [report.service, report.blueService, report.greenService].filter(
    (name): name is string => !!name
  )
  try {
    const { found } = await ports.ecs.describeServicesWithTags(report.cluster, services)
    const targetGroups = [
      ...new Set(
        found.flatMap((service) => (service.loadBalancers ?? []).map((lb) => lb.targetGroupArn ?? ''))
      )
    ].filter((arn) => arn !== '')
    if (targetGroups.length === 0) return { images }
    const counts = await readTrafficCounts(
      ports.metrics,
      { loadBalancer: loadBalancerOf(listener), targetGroups },
      Date.parse(report.startedAt),
      Date.parse(report.finishedAt)
    )
    return { images, usersSaw: usersSawLine(counts) }
  } catch (error) {
    return { images, usersSaw: notReadLine(error) }
  }
}
