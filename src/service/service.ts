/**
 * ECS service operations every strategy shares: find and check a service before any change, deploy a version to
 * it (register or reuse the task definition, update the service, take over the deployment that runs it), and
 * scale it to zero and wait until drained.
 */
import type {
  Deployment,
  DeploymentConfiguration,
  LoadBalancer,
  Service,
  Tag,
  UpdateServiceCommandInput
} from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import type { ElbPort } from '../aws/elb.ts'
import type { LockRulePort } from '../aws/lock-rules.ts'
import type { NewVersion } from '../aws/task-definition.ts'
import type { Preflight, Release } from '../preflight/preflight.ts'
import type { Clock } from '../core/clock.ts'
import { InputError, quote } from '../core/errors.ts'
import { finished, notYet, poll } from '../core/poller.ts'
import type { Timeline } from '../core/timeline.ts'
import type { LockTarget } from '../state/lock.ts'
import { checkTagRoom } from '../state/state.ts'
import { deploymentOf, stoppedTasks, type DeploymentRef } from './watch.ts'

/** A service as the strategies use it: what they read, typed, nothing left optional. */
export interface ServiceSnapshot {
  name: string
  arn: string
  taskDefinition: string
  desiredCount: number
  deployments: Deployment[]
  loadBalancers: LoadBalancer[]
  /** Ids of the service's events when it was described (older than the rollout: not logged again). */
  eventIds: string[]
  tags: Tag[]
  deploymentConfiguration?: DeploymentConfiguration
  /** FARGATE or EC2 (FARGATE too for Fargate capacity providers); undefined when the service does not say. */
  launchType?: string
}

export function snapshotOf(service: Service): ServiceSnapshot {
  const { serviceName, serviceArn, taskDefinition } = service
  if (!serviceName || !serviceArn || !taskDefinition) {
    throw new Error(
      `service ${serviceName ?? serviceArn ?? '?'} was described without a name, ARN or task definition`
    )
  }
  return {
    name: serviceName,
    arn: serviceArn,
    taskDefinition,
    desiredCount: service.desiredCount ?? 0,
    deployments: service.deployments ?? [],
    loadBalancers: service.loadBalancers ?? [],
    eventIds: (service.events ?? []).flatMap((event) => (event.id ? [event.id] : [])),
    tags: service.tags ?? [],
    deploymentConfiguration: service.deploymentConfiguration,
    launchType: service.launchType ?? fargateProvider(service)
  }
}

const fargateProvider = (service: Service) =>
  service.capacityProviderStrategy?.some((item) => item.capacityProvider?.startsWith('FARGATE'))
    ? 'FARGATE'
    : undefined

/** A service named by an input: the name or ARN given, and the input that gave it (for refusals). */
export interface NamedService {
  name: string
  input: string
}

/**
 * The services, described with their tags in one call; an InputError naming the input for a missing cluster, a
 * missing or inactive service.
 */
export async function findServices(
  ecs: EcsPort,
  cluster: string,
  wanted: NamedService[]
): Promise<Service[]> {
  let described: Awaited<ReturnType<EcsPort['describeServicesWithTags']>>
  try {
    described = await ecs.describeServicesWithTags(
      cluster,
      wanted.map((service) => service.name)
    )
  } catch (error) {
    if ((error as Error).name === 'ClusterNotFoundException') {
      throw new InputError(`Invalid input cluster: cluster ${quote(cluster)} was not found`)
    }
    throw error
  }
  return wanted.map(({ name, input }) => {
    const service = described.found.find((found) => found.serviceName === name || found.serviceArn === name)
    if (!service || described.missing.includes(name)) {
      throw new InputError(
        `Invalid input ${input}: service ${quote(name)} was not found in cluster ${quote(cluster)}`
      )
    }
    if (service.status && service.status !== 'ACTIVE') {
      throw new InputError(`Invalid input ${input}: service ${quote(name)} is ${service.status}`)
    }
    return service
  })
}

/**
 * The service a rolling update (or a rollback by one) changes, with its tags: refused (InputError) when ECS or
 * CodeDeploy moves its traffic, or when its tags leave no room for the saved state.
 */
export async function findRollingService(ecs: EcsPort, cluster: string, name: string): Promise<Service> {
  const [service] = await findServices(ecs, cluster, [{ name, input: 'service' }])
  const why = selfManaged(service)
  if (why) {
    throw new InputError(
      `Invalid input service: service ${quote(name)} ${why}; a rolling update needs the ECS controller and the ROLLING strategy`
    )
  }
  checkTagRoom(service, 'service', false)
  return service
}

/**
 * The lock of a single service: on the first listener (lowest port) of the load balancer its target group is
 * behind. A service behind no listener has no lock: ECS has no conditional write to build one from.
 */
export async function serviceLock(
  ports: { ecs: EcsPort; lockRules: LockRulePort },
  cluster: string,
  name: string
): Promise<LockTarget | undefined> {
  const [service] = await findServices(ports.ecs, cluster, [{ name, input: 'service' }])
  const group = service.loadBalancers?.find((lb) => lb.targetGroupArn)?.targetGroupArn
  const listenerArn = group ? await ports.lockRules.listenerOfTargetGroup(group) : undefined
  if (!listenerArn) return undefined
  return { subject: `service ${service.serviceName ?? name}`, key: service.serviceArn ?? name, listenerArn }
}

/**
 * Why ECS or CodeDeploy, not this action, moves the service's traffic, if they do: another deployment controller,
 * an ECS deployment strategy other than ROLLING, or (given a rule) the rule named in its advanced configuration.
 */
export function selfManaged(
  service: Service,
  rule?: { arn: string; listenerArn: string }
): string | undefined {
  const controller = service.deploymentController?.type ?? 'ECS'
  if (controller !== 'ECS') return `uses the ${controller} deployment controller`
  const strategy = service.deploymentConfiguration?.strategy ?? 'ROLLING'
  if (strategy !== 'ROLLING') return `uses the ECS ${strategy} deployment strategy`
  const named = (service.loadBalancers ?? []).some((lb) =>
    [lb.advancedConfiguration?.productionListenerRule, lb.advancedConfiguration?.testListenerRule].some(
      (arn) => rule && (arn === rule.arn || arn === rule.listenerArn)
    )
  )
  return named ? 'names this rule in its load balancer advancedConfiguration' : undefined
}

/**
 * The ARN to deploy: the plan's, or a revision registered from it (not once `signal` aborted). Every deploy of a
 * version starts here, so its preflight (src/preflight) runs here, before the first change a deploy makes.
 */
export async function registerVersion(
  { ecs, preflight }: { ecs: EcsPort; preflight?: Preflight },
  plan: NewVersion,
  release: Omit<Release, 'plan'>,
  signal?: AbortSignal
): Promise<{ arn: string; registered: boolean }> {
  await preflight?.check(ecs, { ...release, plan })
  if ('arn' in plan) return { arn: plan.arn, registered: false }
  return { arn: await ecs.registerTaskDefinition(plan.register, signal), registered: true }
}

/**
 * Updates the service to a task definition and takes over the deployment that runs it: the one the update started,
 * or the one already running it (a re-run: its tasks that had stopped before are not blamed on this run).
 */
export async function deployTo(
  ecs: EcsPort,
  service: ServiceSnapshot,
  update: UpdateServiceCommandInput & { taskDefinition: string },
  signal?: AbortSignal
): Promise<{ ref: DeploymentRef; deployment: Deployment; existed: boolean }> {
  const updated = await ecs.updateService(update, signal)
  const deployment = deploymentOf(updated, update.taskDefinition)
  const existed = service.deployments.some((known) => known.id === deployment.id)
  const taken = await takeOver(ecs, update.cluster!, service, deployment, existed, update.service)
  return { ...taken, deployment, existed }
}

/** A deployment to watch; tasks of it that had stopped already (it existed before this run) are not blamed. */
export async function takeOver(
  ecs: EcsPort,
  cluster: string,
  service: ServiceSnapshot,
  deployment: Deployment,
  existed: boolean,
  serviceId?: string
): Promise<{ ref: DeploymentRef }> {
  const ref: DeploymentRef = { ecs, cluster, service: serviceId ?? service.arn, deploymentId: deployment.id! }
  if (existed) ref.ignoredTasks = await stoppedTasks(ref)
  return { ref }
}

export interface DrainWatch {
  /** How the timeline names the service, e.g. `blue (web-blue)`. */
  label: string
  ecs: EcsPort
  elb: ElbPort
  cluster: string
  service: ServiceSnapshot
  targetGroupArn: string
  timeline: Timeline
  clock: Clock
  intervalMs: number
  deadline: number
  signal?: AbortSignal
}

/**
 * Scales the service to zero, then waits until its targets have drained and its tasks stopped; true once they
 * have, false at the deadline. The caller checks first that the service takes no traffic.
 */
export async function scaleToZero(watch: DrainWatch): Promise<boolean> {
  const { ecs, elb, cluster, service, timeline } = watch
  await ecs.updateService({ cluster, service: service.arn, desiredCount: 0 }, watch.signal)
  timeline.note('scale-down', `${watch.label} scaled to 0; ECS drains its targets, then stops its tasks`)
  const drained = await poll(
    async () => {
      const [now, targets] = await Promise.all([
        ecs.describeService(cluster, service.arn),
        elb.targetHealth(watch.targetGroupArn)
      ])
      const tasks = (now?.runningCount ?? 0) + (now?.pendingCount ?? 0)
      const draining = targets.filter((target) => target.state === 'draining').length
      const changed = timeline.observe(
        'scale-down',
        `${service.name}: ${tasks} tasks running, ${targets.length} targets registered (${draining} draining)`
      )
      return tasks === 0 && targets.length === 0 ? finished(true) : notYet(changed)
    },
    { clock: watch.clock, intervalMs: watch.intervalMs, deadline: watch.deadline, signal: watch.signal }
  )
  return drained.done
}
