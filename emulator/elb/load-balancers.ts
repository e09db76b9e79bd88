/** CreateLoadBalancer, DescribeLoadBalancers, DeleteLoadBalancer and the load balancer attributes. */
import { AwsError } from '../core/errors.ts'
import {
  loadBalancerAttributeDefaults,
  modifyLoadBalancerAttributes,
  renderAttributes
} from './attributes.ts'
import type { ElbContext, Operation } from './context.ts'
import { invalid, list, oneOf, paginate, requiredString, resourceName } from './input.ts'
import { newId, type LoadBalancer } from './model.ts'
import { renderLoadBalancer } from './render.ts'
import { parseTags } from './tags.ts'

export const DEFAULT_VPC = 'vpc-00000000000000000'

export async function deleteListenerServers(context: ElbContext, listenerArns: string[]): Promise<void> {
  await Promise.all(
    listenerArns.map(async (arn) => {
      const server = context.servers.get(arn)
      context.servers.delete(arn)
      context.state.listeners.delete(arn)
      await server?.close()
    })
  )
  context.refreshUsage()
}

export const loadBalancerOperations: Record<string, Operation> = {
  CreateLoadBalancer({ state, arns, time, account }, input) {
    const name = resourceName(input?.Name, 'Name')
    if (name.startsWith('internal-')) throw invalid("A load balancer name cannot begin with 'internal-'")
    const type = oneOf(input.Type, 'type', ['application', 'network', 'gateway']) ?? 'application'
    if (type !== 'application') throw invalid('The emulator models only application load balancers')
    const scheme = oneOf(input.Scheme, 'scheme', ['internet-facing', 'internal']) ?? 'internet-facing'
    const existing = [...state.loadBalancers.values()].find((lb) => lb.name === name)
    if (existing) {
      // CreateLoadBalancer is idempotent for identical settings.
      if (existing.scheme !== scheme) {
        throw new AwsError(
          'DuplicateLoadBalancerName',
          `A load balancer with the name '${name}' already exists`
        )
      }
      return { LoadBalancers: [renderLoadBalancer(existing, account.region)] }
    }
    const subnets = [
      ...list<string>(input.Subnets).map(String),
      ...list(input.SubnetMappings).map((mapping: any) =>
        requiredString(mapping?.SubnetId, 'SubnetMappings.SubnetId')
      )
    ]
    const id = newId()
    const lb: LoadBalancer = {
      arn: arns.loadBalancer(name, id),
      id,
      name,
      createdTime: time.now(),
      scheme,
      ipAddressType:
        oneOf(input.IpAddressType, 'ipAddressType', ['ipv4', 'dualstack', 'dualstack-without-public-ipv4']) ??
        'ipv4',
      vpcId: DEFAULT_VPC,
      subnets,
      securityGroups: list<string>(input.SecurityGroups).map(String),
      attributes: loadBalancerAttributeDefaults(),
      tags: parseTags(input.Tags)
    }
    state.loadBalancers.set(lb.arn, lb)
    return { LoadBalancers: [renderLoadBalancer(lb, account.region)] }
  },

  DescribeLoadBalancers({ state, account }, input) {
    const byArn = list<string>(input?.LoadBalancerArns).map(String)
    const byName = list<string>(input?.Names).map(String)
    if (byArn.length > 0 && byName.length > 0)
      throw invalid('Load balancer names and ARNs cannot be specified at the same time')
    let found = [...state.loadBalancers.values()]
    if (byArn.length > 0) found = byArn.map((arn) => state.loadBalancer(arn))
    if (byName.length > 0) {
      const missing = byName.filter((name) => !found.some((lb) => lb.name === name))
      if (missing.length > 0)
        throw new AwsError('LoadBalancerNotFound', `Load balancers '[${missing.join(', ')}]' not found`)
      found = found.filter((lb) => byName.includes(lb.name))
    }
    const { page, NextMarker } = paginate(found, input)
    return { LoadBalancers: page.map((lb) => renderLoadBalancer(lb, account.region)), NextMarker }
  },

  async DeleteLoadBalancer(context, input) {
    const arn = requiredString(input?.LoadBalancerArn, 'LoadBalancerArn')
    const lb = context.state.loadBalancers.get(arn)
    // Deleting a load balancer that does not exist succeeds, as on AWS.
    if (!lb) return {}
    if (lb.attributes.get('deletion_protection.enabled') === 'true') {
      throw new AwsError(
        'OperationNotPermitted',
        `Load balancer '${arn}' cannot be deleted because deletion protection is enabled`
      )
    }
    context.state.loadBalancers.delete(arn)
    await deleteListenerServers(
      context,
      context.state.listenersOf(lb).map((listener) => listener.arn)
    )
    return {}
  },

  DescribeLoadBalancerAttributes({ state }, input) {
    const lb = state.loadBalancer(requiredString(input?.LoadBalancerArn, 'LoadBalancerArn'))
    return { Attributes: renderAttributes(lb.attributes) }
  },

  ModifyLoadBalancerAttributes({ state }, input) {
    const lb = state.loadBalancer(requiredString(input?.LoadBalancerArn, 'LoadBalancerArn'))
    modifyLoadBalancerAttributes(lb.attributes, input.Attributes)
    return { Attributes: renderAttributes(lb.attributes) }
  }
}
