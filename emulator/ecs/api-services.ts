/** CreateService, UpdateService, DeleteService, DescribeServices, ListServices. */
import type { ListenerRulesPort, LoadBalancingPort } from '../core/contracts.ts'
import type { EmulatorTime } from '../core/time.ts'
import { nameOf } from './arns.ts'
import {
  checkName,
  checkTags,
  clientError,
  invalidParameter,
  optionalCount,
  optionalDesiredCount,
  paginate,
  requiredString
} from './input.ts'
import type { DeploymentConfig, LoadBalancerConfig, ServiceRecord, TaskDefinitionRecord } from './model.ts'
import { checkDeploymentStrategy } from './native-config.ts'
import type { Scheduler } from './scheduler.ts'
import type { ServiceDeployments } from './service-deployments.ts'
import type { EcsState } from './state.ts'
import { serviceView } from './views.ts'

export interface ServiceApiDeps {
  state: EcsState
  scheduler: Scheduler
  elb: LoadBalancingPort
  rules?: ListenerRulesPort
  time: EmulatorTime
  deployments: ServiceDeployments
}

/** Service fields the emulator stores and echoes but does not act on. */
const ECHOED_ON_CREATE = [
  'networkConfiguration',
  'platformVersion',
  'roleArn',
  'propagateTags',
  'enableECSManagedTags',
  'enableExecuteCommand',
  'capacityProviderStrategy',
  'serviceRegistries',
  'placementConstraints',
  'placementStrategy',
  'availabilityZoneRebalancing'
]
const NOT_UPDATABLE = ['roleArn']

export function serviceOperations({ state, scheduler, elb, rules, time, deployments }: ServiceApiDeps) {
  function taskDefinitionFor(ref: string | undefined): TaskDefinitionRecord {
    if (!ref) throw invalidParameter('taskDefinition can not be blank.')
    const definition = state.findTaskDefinition(ref)
    if (!definition) throw clientError('TaskDefinition not found.')
    if (definition.status !== 'ACTIVE') throw clientError('TaskDefinition is inactive')
    return definition
  }

  function loadBalancersFor(list: unknown, definition: TaskDefinitionRecord): LoadBalancerConfig[] {
    if (list === undefined || list === null) return []
    if (!Array.isArray(list)) throw invalidParameter('loadBalancers must be a list.')
    if (list.length > 5) throw invalidParameter('A service can have at most 5 load balancer target groups.')
    return list.map((lb: any) => {
      const arn = lb?.targetGroupArn
      if (!arn) {
        throw invalidParameter(
          lb?.loadBalancerName
            ? 'Classic Load Balancers are not supported here: give a targetGroupArn.'
            : 'targetGroupArn can not be blank.'
        )
      }
      const group = elb.targetGroup(arn)
      if (!group) throw invalidParameter(`The target group with targetGroupArn ${arn} does not exist.`)
      if (group.loadBalancerArns.length === 0) {
        throw invalidParameter(
          `The target group with targetGroupArn ${arn} does not have an associated load balancer.`
        )
      }
      return checkContainer(
        {
          targetGroupArn: arn,
          containerName: lb.containerName,
          containerPort: lb.containerPort,
          advancedConfiguration: lb.advancedConfiguration
        },
        definition
      )
    })
  }

  function view(service: ServiceRecord, includeTags = false) {
    return serviceView(service, state, includeTags)
  }

  return {
    CreateService(input: any) {
      const cluster = state.cluster(input.cluster)
      const name = requiredString(input, 'serviceName')
      checkName('Service', name)
      const existing = cluster.services.get(name)
      const fingerprint = createFingerprint(input)
      if (existing?.status === 'ACTIVE') {
        if (existing.createFingerprint === fingerprint) return { service: view(existing, true) }
        throw invalidParameter('Creation of service was not idempotent.')
      }
      if (existing?.status === 'DRAINING')
        throw invalidParameter('Unable to Start a service that is still Draining.')
      const definition = taskDefinitionFor(input.taskDefinition)
      const desiredCount = optionalDesiredCount(input) ?? 1
      const loadBalancers = loadBalancersFor(input.loadBalancers, definition)
      const tags = checkTags(input.tags)
      const configuration = deploymentConfiguration(input.deploymentConfiguration, DEFAULT_DEPLOYMENT_CONFIG)
      const controller = input.deploymentController?.type ?? 'ECS'
      checkDeploymentStrategy(configuration, loadBalancers, controller, { elb, rules })
      const service: ServiceRecord = {
        name,
        arn: state.arns.service(cluster.name, name),
        cluster,
        status: 'ACTIVE',
        desiredCount,
        taskDefinition: definition.arn,
        loadBalancers,
        deploymentConfiguration: configuration,
        deploymentController: { type: controller },
        healthCheckGracePeriodSeconds: optionalCount(input, 'healthCheckGracePeriodSeconds'),
        launchType: input.launchType ?? (input.capacityProviderStrategy?.length ? undefined : 'EC2'),
        createdAt: time.now(),
        extra: pickDefined(input, ECHOED_ON_CREATE),
        deployments: [],
        events: [],
        steady: false,
        createFingerprint: fingerprint
      }
      state.tags.delete(service.arn)
      if (tags.length > 0) state.setTags(service.arn, tags)
      deployments.begin(service, scheduler.newDeployment(service, definition.arn))
      cluster.services.set(name, service)
      return { service: view(service, tags.length > 0) }
    },

    UpdateService(input: any) {
      const cluster = state.cluster(input.cluster)
      const service = state.activeService(cluster, requiredString(input, 'service'))
      const primary = service.deployments[0]
      const desiredCount = optionalDesiredCount(input)
      const definition = input.taskDefinition
        ? taskDefinitionFor(input.taskDefinition)
        : state.taskDefinitionByArn(service.taskDefinition)
      const loadBalancers =
        input.loadBalancers !== undefined
          ? loadBalancersFor(input.loadBalancers, definition)
          : service.loadBalancers.map((lb) => checkContainer(lb, definition))
      const configuration = input.deploymentConfiguration
        ? deploymentConfiguration(input.deploymentConfiguration, service.deploymentConfiguration)
        : service.deploymentConfiguration
      const grace = optionalCount(input, 'healthCheckGracePeriodSeconds')
      checkDeploymentStrategy(configuration, loadBalancers, service.deploymentController.type, { elb, rules })

      // Everything is checked: apply.
      const loadBalancersChanged = JSON.stringify(loadBalancers) !== JSON.stringify(service.loadBalancers)
      service.loadBalancers = loadBalancers
      service.deploymentConfiguration = configuration
      if (grace !== undefined) service.healthCheckGracePeriodSeconds = grace
      for (const key of ECHOED_ON_CREATE) {
        if (input[key] !== undefined && !NOT_UPDATABLE.includes(key))
          service.extra[key] = structuredClone(input[key])
      }
      if (desiredCount !== undefined) {
        service.desiredCount = desiredCount
        primary.desiredCount = desiredCount
        primary.updatedAt = time.now()
      }
      if (definition.arn !== service.taskDefinition || input.forceNewDeployment || loadBalancersChanged) {
        deployments.begin(service, scheduler.newDeployment(service, definition.arn))
      }
      return { service: view(service) }
    },

    DeleteService(input: any) {
      const cluster = state.cluster(input.cluster)
      const service = state.activeService(cluster, requiredString(input, 'service'))
      if (!input.force && service.desiredCount > 0) {
        throw invalidParameter('The service cannot be stopped while it is scaled above 0.')
      }
      service.status = 'DRAINING'
      deployments.serviceDeleted(service)
      service.desiredCount = 0
      service.deployments[0].desiredCount = 0
      service.deployments[0].updatedAt = time.now()
      return { service: view(service) }
    },

    DescribeServices(input: any) {
      const cluster = state.cluster(input.cluster)
      const names: unknown = input.services
      if (!Array.isArray(names) || names.length === 0) throw invalidParameter('services can not be empty.')
      if (names.length > 10) throw invalidParameter('services can have at most 10 items.')
      const includeTags = (input.include ?? []).includes('TAGS')
      const services = []
      const failures = []
      for (const name of names as string[]) {
        const service = state.findService(cluster, name)
        if (service) services.push(view(service, includeTags))
        else {
          const arn = name.startsWith('arn:') ? name : state.arns.service(cluster.name, nameOf(name))
          failures.push({ arn, reason: 'MISSING' })
        }
      }
      return { services, failures }
    },

    ListServices(input: any) {
      const cluster = state.cluster(input.cluster)
      const arns = [...cluster.services.values()]
        .filter((service) => service.status !== 'INACTIVE')
        .filter((service) => !input.launchType || service.launchType === input.launchType)
        .filter(() => !input.schedulingStrategy || input.schedulingStrategy === 'REPLICA')
        .map((service) => service.arn)
      const { page, nextToken } = paginate(arns, input, 10, 100)
      return { serviceArns: page, nextToken }
    }
  }
}

const DEFAULT_DEPLOYMENT_CONFIG: DeploymentConfig = {
  deploymentCircuitBreaker: { enable: false, rollback: false },
  maximumPercent: 200,
  minimumHealthyPercent: 100,
  alarms: { alarmNames: [], rollback: false, enable: false },
  strategy: 'ROLLING'
}

/** `given` over `current`, field by field, as UpdateService does. */
function deploymentConfiguration(given: any, current: DeploymentConfig): DeploymentConfig {
  given ??= {}
  const merged: DeploymentConfig = { ...structuredClone(current), ...structuredClone(given) }
  const breaker = given.deploymentCircuitBreaker
  if (breaker) {
    merged.deploymentCircuitBreaker = {
      ...structuredClone(breaker),
      enable: !!breaker.enable,
      rollback: !!breaker.rollback
    }
  } else merged.deploymentCircuitBreaker = structuredClone(current.deploymentCircuitBreaker)
  for (const [key, value] of Object.entries(given))
    if (value === undefined || value === null) delete merged[key]
  merged.maximumPercent ??= current.maximumPercent
  merged.minimumHealthyPercent ??= current.minimumHealthyPercent
  merged.strategy ??= current.strategy
  const { minimumHealthyPercent: min, maximumPercent: max } = merged
  if (!Number.isInteger(min) || min < 0 || min > 100) {
    throw invalidParameter('minimumHealthyPercent must be an integer between 0 and 100.')
  }
  if (!Number.isInteger(max) || max < 100) {
    throw invalidParameter('maximumPercent must be an integer of at least 100.')
  }
  const threshold = merged.deploymentCircuitBreaker.thresholdConfiguration
  if (
    threshold &&
    !['BOUNDED_PERCENT', 'UNBOUNDED_PERCENT', 'COUNT'].includes(threshold.type ?? 'BOUNDED_PERCENT')
  ) {
    throw invalidParameter('thresholdConfiguration.type must be BOUNDED_PERCENT, UNBOUNDED_PERCENT or COUNT.')
  }
  return merged
}

/** The load-balanced container must exist in the task definition and map the port. */
function checkContainer(lb: LoadBalancerConfig, definition: TaskDefinitionRecord): LoadBalancerConfig {
  const container = (definition.body.containerDefinitions as any[]).find(
    (spec) => spec.name === lb.containerName
  )
  if (!container)
    throw invalidParameter(`The container ${lb.containerName} does not exist in the task definition.`)
  if (!container.portMappings.some((mapping: any) => mapping.containerPort === lb.containerPort)) {
    throw invalidParameter(
      `The container ${lb.containerName} did not have a container port ${lb.containerPort} defined.`
    )
  }
  const checked: LoadBalancerConfig = {
    targetGroupArn: lb.targetGroupArn,
    containerName: lb.containerName,
    containerPort: lb.containerPort
  }
  const advanced = lb.advancedConfiguration
  if (advanced) {
    checked.advancedConfiguration = {
      alternateTargetGroupArn: advanced.alternateTargetGroupArn,
      productionListenerRule: advanced.productionListenerRule,
      roleArn: advanced.roleArn,
      ...(advanced.testListenerRule ? { testListenerRule: advanced.testListenerRule } : {})
    }
  }
  return checked
}

function createFingerprint(input: any): string {
  const rest = { ...input }
  delete rest.tags
  delete rest.clientToken
  return JSON.stringify(rest)
}

function pickDefined(source: any, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(
    keys.filter((key) => source[key] !== undefined).map((key) => [key, structuredClone(source[key])])
  )
}
