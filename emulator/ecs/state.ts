/** Where the emulated ECS keeps its resources, and the lookups that answer AWS's not-found errors. */
import { AwsError } from '../core/errors.ts'
import { EcsArns, nameOf, parseEcsArn } from './arns.ts'
import type { ClusterRecord, ServiceRecord, Tag, TaskDefinitionRecord, TaskRecord } from './model.ts'
import type { ServiceDeploymentRecord, ServiceRevisionRecord } from './native-model.ts'

export class EcsState {
  readonly arns: EcsArns
  readonly clusters = new Map<string, ClusterRecord>()
  /** Revisions of each family, revision n at index n - 1. */
  readonly families = new Map<string, TaskDefinitionRecord[]>()
  /** By ARN, in creation order. */
  readonly serviceRevisions = new Map<string, ServiceRevisionRecord>()
  readonly serviceDeployments = new Map<string, ServiceDeploymentRecord>()
  /** Tags by resource ARN. */
  readonly tags = new Map<string, Tag[]>()

  constructor(arns: EcsArns) {
    this.arns = arns
  }

  addCluster(name: string, now: Date): ClusterRecord {
    const cluster: ClusterRecord = {
      name,
      arn: this.arns.cluster(name),
      createdAt: now,
      settings: [{ name: 'containerInsights', value: 'disabled' }],
      services: new Map(),
      tasks: new Map()
    }
    this.clusters.set(name, cluster)
    return cluster
  }

  findCluster(nameOrArn: string | undefined): ClusterRecord | undefined {
    return this.clusters.get(nameOf(nameOrArn || 'default'))
  }

  cluster(nameOrArn: string | undefined): ClusterRecord {
    const cluster = this.findCluster(nameOrArn)
    if (!cluster) throw new AwsError('ClusterNotFoundException', 'Cluster not found.')
    return cluster
  }

  findService(cluster: ClusterRecord, nameOrArn: string): ServiceRecord | undefined {
    return cluster.services.get(nameOf(nameOrArn))
  }

  service(cluster: ClusterRecord, nameOrArn: string | undefined): ServiceRecord {
    const service = nameOrArn ? this.findService(cluster, nameOrArn) : undefined
    if (!service) throw new AwsError('ServiceNotFoundException', 'Service not found.')
    return service
  }

  /** A service UpdateService/DeleteService may change. */
  activeService(cluster: ClusterRecord, nameOrArn: string | undefined): ServiceRecord {
    const service = this.service(cluster, nameOrArn)
    if (service.status !== 'ACTIVE')
      throw new AwsError('ServiceNotActiveException', 'Service was not ACTIVE.')
    return service
  }

  findTask(cluster: ClusterRecord, idOrArn: string): TaskRecord | undefined {
    return cluster.tasks.get(nameOf(idOrArn))
  }

  /** `family` (latest ACTIVE revision), `family:revision` or an ARN. */
  findTaskDefinition(ref: string | undefined): TaskDefinitionRecord | undefined {
    if (!ref) return undefined
    const parsed = parseEcsArn(ref)
    if (parsed?.type === 'task-definition') return this.families.get(parsed.family)?.[parsed.revision - 1]
    if (ref.startsWith('arn:')) return undefined
    const [family, revision, ...rest] = ref.split(':')
    if (rest.length > 0) return undefined
    const revisions = this.families.get(family) ?? []
    if (revision === undefined) return revisions.findLast((definition) => definition.status === 'ACTIVE')
    return /^\d+$/.test(revision) ? revisions[Number(revision) - 1] : undefined
  }

  taskDefinitionByArn(arn: string): TaskDefinitionRecord {
    const definition = this.findTaskDefinition(arn)
    if (!definition) throw new Error(`unknown task definition ${arn}`)
    return definition
  }

  tagsOf(arn: string): Tag[] {
    return this.tags.get(arn) ?? []
  }

  setTags(arn: string, tags: Tag[]): void {
    const merged = new Map(this.tagsOf(arn).map((tag) => [tag.key, tag.value]))
    for (const tag of tags) merged.set(tag.key, tag.value)
    this.tags.set(
      arn,
      [...merged].map(([key, value]) => ({ key, value }))
    )
  }

  *allTasks(): Iterable<TaskRecord> {
    for (const cluster of this.clusters.values()) yield* cluster.tasks.values()
  }

  *allServices(): Iterable<ServiceRecord> {
    for (const cluster of this.clusters.values()) yield* cluster.services.values()
  }
}
