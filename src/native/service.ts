/**
 * A service whose own ECS deployment strategy (BLUE_GREEN, LINEAR, CANARY) moves its traffic: found and checked
 * with read-only calls, the strategy matched against the action, and its lock.
 */
import type { DeploymentStrategy, LoadBalancer, Service } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import type { LockRulePort } from '../aws/lock-rules.ts'
import { isListenerArn, listenerOfRule } from '../aws/listener-rules.ts'
import { InputError, quote } from '../core/errors.ts'
import { findServices } from '../service/service.ts'
import type { LockTarget } from '../state/lock.ts'
import { checkTagRoom } from '../state/state.ts'

/** The actions that can drive a native deployment. */
export type NativeAction = 'blue-green' | 'canary' | 'rolling'

/** The ECS strategies ECS runs itself, and the action that fits each. */
const fitting: Record<string, NativeAction> = {
  BLUE_GREEN: 'blue-green',
  LINEAR: 'canary',
  CANARY: 'canary'
}

/** The strategy of a service whose traffic ECS moves itself, if it is one. */
export function nativeStrategy(service: Service): DeploymentStrategy | undefined {
  if ((service.deploymentController?.type ?? 'ECS') !== 'ECS') return undefined
  const strategy = service.deploymentConfiguration?.strategy ?? 'ROLLING'
  return strategy in fitting ? strategy : undefined
}

/** The load balancer entry ECS shifts traffic with: its production rule and alternate target group. */
export interface NativeRouting {
  loadBalancer: LoadBalancer
  productionListenerRule: string
  testListenerRule?: string
  /** The two target groups ECS alternates between. */
  targetGroups: [string, string]
}

export function routingOf(service: Service): NativeRouting | undefined {
  for (const loadBalancer of service.loadBalancers ?? []) {
    const advanced = loadBalancer.advancedConfiguration
    if (
      !advanced?.productionListenerRule ||
      !advanced.alternateTargetGroupArn ||
      !loadBalancer.targetGroupArn
    )
      continue
    return {
      loadBalancer,
      productionListenerRule: advanced.productionListenerRule,
      testListenerRule: advanced.testListenerRule,
      targetGroups: [loadBalancer.targetGroupArn, advanced.alternateTargetGroupArn]
    }
  }
  return undefined
}

/**
 * The service, refused (InputError, before any change) unless ECS runs its deployments with a strategy that fits
 * `action` behind a production listener rule, and unless its tags leave room for the saved state.
 */
export async function findNativeService(
  ecs: EcsPort,
  cluster: string,
  name: string,
  action: NativeAction
): Promise<{ service: Service; strategy: DeploymentStrategy; routing: NativeRouting }> {
  const [service] = await findServices(ecs, cluster, [{ name, input: 'service' }])
  const strategy = nativeStrategy(service)
  const refuse = (why: string) => new InputError(`Invalid input service: service ${quote(name)} ${why}`)
  if (!strategy) {
    const controller = service.deploymentController?.type ?? 'ECS'
    const uses =
      controller === 'ECS'
        ? `uses the ECS ${service.deploymentConfiguration?.strategy ?? 'ROLLING'} deployment strategy`
        : `uses the ${controller} deployment controller`
    throw refuse(
      `${uses}; ${action} with a single service needs the ECS ${action === 'canary' ? 'LINEAR or CANARY' : 'BLUE_GREEN'} strategy (for a pair of services, give blue-service, green-service and listener-rule)`
    )
  }
  if (action !== 'rolling' && fitting[strategy] !== action) {
    throw refuse(`uses the ECS ${strategy} deployment strategy, which the ${fitting[strategy]} action runs`)
  }
  const routing = routingOf(service)
  if (!routing) {
    throw refuse(
      `uses the ECS ${strategy} strategy but no load balancer with advancedConfiguration (alternateTargetGroupArn, productionListenerRule)`
    )
  }
  checkTagRoom(service, 'service', false)
  return { service, strategy, routing }
}

/** The lock of a native service: on its production rule's listener, keyed by the service. */
export async function nativeLock(
  ports: { ecs: EcsPort; lockRules: LockRulePort },
  cluster: string,
  name: string
): Promise<LockTarget | undefined> {
  const [service] = await findServices(ports.ecs, cluster, [{ name, input: 'service' }])
  const routing = nativeStrategy(service) ? routingOf(service) : undefined
  if (!routing) return undefined
  const rule = routing.productionListenerRule
  return {
    subject: `service ${service.serviceName ?? name}`,
    key: service.serviceArn ?? name,
    listenerArn: isListenerArn(rule) ? rule : listenerOfRule(rule)
  }
}
