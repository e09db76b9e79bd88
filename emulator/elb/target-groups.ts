/** Target groups, their attributes, and target registration and health. */
import { AwsError } from '../core/errors.ts'
import { modifyTargetGroupAttributes, renderAttributes, targetGroupAttributeDefaults } from './attributes.ts'
import type { ElbContext, Operation } from './context.ts'
import {
  invalid,
  list,
  oneOf,
  optionalBool,
  optionalInt,
  optionalString,
  paginate,
  requiredInt,
  requiredString,
  resourceName
} from './input.ts'
import { DEFAULT_VPC } from './load-balancers.ts'
import { newId, type HealthCheck, type TargetGroup } from './model.ts'
import { validateMatcher } from './probe.ts'
import { renderTargetGroup } from './render.ts'
import { parseTags } from './tags.ts'

const PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE'] as const

/** The health-check fields of CreateTargetGroup / ModifyTargetGroup applied over `base`. */
function healthCheck(input: any, base: HealthCheck): HealthCheck {
  const port = optionalString(input.HealthCheckPort)
  if (port !== undefined && port !== 'traffic-port') optionalInt(port, 'healthCheckPort', 1, 65535)
  const path = optionalString(input.HealthCheckPath)
  if (path !== undefined && (!path.startsWith('/') || path.length > 1024)) {
    throw invalid(`Health check path '${path}' must begin with '/' and have at most 1024 characters`)
  }
  const protocol = oneOf(input.HealthCheckProtocol, 'healthCheckProtocol', PROTOCOLS)
  if (protocol !== undefined && protocol !== 'HTTP' && protocol !== 'HTTPS') {
    throw invalid(
      `Health check protocol '${protocol}' is not supported for application load balancer target groups`
    )
  }
  const matcher = optionalString(input.Matcher?.HttpCode)
  if (input.Matcher?.GrpcCode !== undefined)
    throw invalid('gRPC health checks are not supported by the emulator')
  // AWS's minimum interval (5 s) is not enforced: small intervals are how tests run fast.
  return {
    enabled: optionalBool(input.HealthCheckEnabled, 'healthCheckEnabled') ?? base.enabled,
    protocol: protocol ?? base.protocol,
    port: port ?? base.port,
    path: path ?? base.path,
    intervalSeconds:
      optionalInt(input.HealthCheckIntervalSeconds, 'healthCheckIntervalSeconds', 1, 300) ??
      base.intervalSeconds,
    timeoutSeconds:
      optionalInt(input.HealthCheckTimeoutSeconds, 'healthCheckTimeoutSeconds', 1, 120) ??
      base.timeoutSeconds,
    healthyThreshold:
      optionalInt(input.HealthyThresholdCount, 'healthyThresholdCount', 2, 10) ?? base.healthyThreshold,
    unhealthyThreshold:
      optionalInt(input.UnhealthyThresholdCount, 'unhealthyThresholdCount', 2, 10) ?? base.unhealthyThreshold,
    matcher: matcher === undefined ? base.matcher : validateMatcher(matcher)
  }
}

function describeGroups(context: ElbContext, groups: TargetGroup[]): any[] {
  return groups.map((group) =>
    renderTargetGroup(
      group,
      context.state.loadBalancersUsing(group.arn).map((lb) => lb.arn)
    )
  )
}

interface TargetSpec {
  id: string
  port: number
}

function targetSpecs(group: TargetGroup, input: unknown, required: boolean): TargetSpec[] {
  const specs = list(input).map((target: any) => ({
    id: requiredString(target?.Id, 'Targets.Id'),
    port: optionalInt(target.Port, 'Targets.Port', 1, 65535) ?? group.port
  }))
  if (required && specs.length === 0) throw invalid('Targets must be specified')
  return specs
}

/** The emulator reaches ip targets on loopback only, and maps every instance id onto loopback. */
function checkReachable(group: TargetGroup, spec: TargetSpec): void {
  if (group.targetType === 'ip' && !/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(spec.id)) {
    throw new AwsError(
      'InvalidTarget',
      `The IP address '${spec.id}' is not valid: the emulator reaches ip targets on 127.0.0.0/8 only`
    )
  }
  if (group.targetType === 'instance' && !/^i-[0-9a-f]{8,17}$/.test(spec.id)) {
    throw new AwsError('InvalidTarget', `The instance ID '${spec.id}' is not valid`)
  }
}

export const targetGroupOperations: Record<string, Operation> = {
  CreateTargetGroup(context, input) {
    const { state, arns, targets } = context
    const name = resourceName(input?.Name, 'Name')
    const targetType =
      oneOf(input.TargetType, 'targetType', ['instance', 'ip', 'lambda', 'alb']) ?? 'instance'
    if (targetType !== 'instance' && targetType !== 'ip') {
      throw invalid(`Target type '${targetType}' is not supported by the emulator`)
    }
    const protocol = oneOf(input.Protocol, 'protocol', PROTOCOLS)
    if (protocol === undefined) throw invalid('A protocol must be specified')
    if (protocol !== 'HTTP' && protocol !== 'HTTPS') {
      throw invalid(
        `Protocol '${protocol}' is not supported: the emulator models application load balancer target groups`
      )
    }
    const port = requiredInt(input.Port, 'port', 1, 65535)
    const vpcId = optionalString(input.VpcId) || DEFAULT_VPC
    const existing = [...state.targetGroups.values()].find((group) => group.name === name)
    if (existing) {
      // CreateTargetGroup is idempotent for identical settings.
      const same =
        existing.protocol === protocol &&
        existing.port === port &&
        existing.targetType === targetType &&
        existing.vpcId === vpcId
      if (!same)
        throw new AwsError(
          'DuplicateTargetGroupName',
          `A target group with the same name '${name}' exists, but with different settings`
        )
      return { TargetGroups: describeGroups(context, [existing]) }
    }
    const id = newId()
    const group: TargetGroup = {
      arn: arns.targetGroup(name, id),
      id,
      name,
      protocol,
      port,
      vpcId,
      targetType,
      protocolVersion: oneOf(input.ProtocolVersion, 'protocolVersion', ['HTTP1', 'HTTP2', 'GRPC']) ?? 'HTTP1',
      ipAddressType: oneOf(input.IpAddressType, 'ipAddressType', ['ipv4', 'ipv6']) ?? 'ipv4',
      healthCheck: healthCheck(input, {
        enabled: true,
        protocol,
        port: 'traffic-port',
        path: '/',
        intervalSeconds: 30,
        timeoutSeconds: 5,
        healthyThreshold: 5,
        unhealthyThreshold: 2,
        matcher: '200'
      }),
      attributes: targetGroupAttributeDefaults(),
      tags: parseTags(input.Tags)
    }
    state.targetGroups.set(group.arn, group)
    targets.addGroup(group.arn)
    return { TargetGroups: describeGroups(context, [group]) }
  },

  DescribeTargetGroups(context, input) {
    const { state } = context
    const byArn = list<string>(input?.TargetGroupArns).map(String)
    const byName = list<string>(input?.Names).map(String)
    const lbArn = optionalString(input?.LoadBalancerArn)
    if ([byArn.length > 0, byName.length > 0, !!lbArn].filter(Boolean).length > 1) {
      throw invalid('Only one of LoadBalancerArn, TargetGroupArns and Names can be specified')
    }
    let found = [...state.targetGroups.values()]
    if (byArn.length > 0) {
      const missing = byArn.filter((arn) => !state.targetGroups.has(arn))
      if (missing.length > 0) throw new AwsError('TargetGroupNotFound', 'One or more target groups not found')
      found = byArn.map((arn) => state.targetGroup(arn))
    }
    if (byName.length > 0) {
      const missing = byName.filter((name) => !found.some((group) => group.name === name))
      if (missing.length > 0) throw new AwsError('TargetGroupNotFound', 'One or more target groups not found')
      found = found.filter((group) => byName.includes(group.name))
    }
    if (lbArn) {
      state.loadBalancer(lbArn)
      found = found.filter((group) => state.loadBalancersUsing(group.arn).some((lb) => lb.arn === lbArn))
    }
    const { page, NextMarker } = paginate(found, input)
    return { TargetGroups: describeGroups(context, page), NextMarker }
  },

  ModifyTargetGroup(context, input) {
    const group = context.state.targetGroup(requiredString(input?.TargetGroupArn, 'TargetGroupArn'))
    group.healthCheck = healthCheck(input, group.healthCheck)
    context.targets.settingsChanged(group.arn)
    return { TargetGroups: describeGroups(context, [group]) }
  },

  DeleteTargetGroup({ state, targets }, input) {
    const arn = requiredString(input?.TargetGroupArn, 'TargetGroupArn')
    if (!state.targetGroups.has(arn)) return {}
    if (state.loadBalancersUsing(arn).length > 0) {
      throw new AwsError('ResourceInUse', `Target group '${arn}' is currently in use by a listener or a rule`)
    }
    state.targetGroups.delete(arn)
    targets.removeGroup(arn)
    return {}
  },

  DescribeTargetGroupAttributes({ state }, input) {
    const group = state.targetGroup(requiredString(input?.TargetGroupArn, 'TargetGroupArn'))
    return { Attributes: renderAttributes(group.attributes) }
  },

  ModifyTargetGroupAttributes({ state }, input) {
    const group = state.targetGroup(requiredString(input?.TargetGroupArn, 'TargetGroupArn'))
    modifyTargetGroupAttributes(group.attributes, input.Attributes)
    return { Attributes: renderAttributes(group.attributes) }
  },

  RegisterTargets({ state, targets }, input) {
    const group = state.targetGroup(requiredString(input?.TargetGroupArn, 'TargetGroupArn'))
    const specs = targetSpecs(group, input.Targets, true)
    for (const spec of specs) checkReachable(group, spec)
    for (const spec of specs) targets.register(group.arn, spec.id, spec.port)
    return {}
  },

  DeregisterTargets({ state, targets }, input) {
    const group = state.targetGroup(requiredString(input?.TargetGroupArn, 'TargetGroupArn'))
    const specs = targetSpecs(group, input.Targets, true)
    const missing = specs.filter((spec) => !targets.find(group.arn, spec.id, spec.port))
    if (missing.length > 0) {
      const names = missing.map((spec) => `'${spec.id}:${spec.port}'`).join(', ')
      throw new AwsError(
        'InvalidTarget',
        `The following targets are not registered in target group '${group.arn}': ${names}`
      )
    }
    for (const spec of specs) void targets.deregister(group.arn, spec.id, spec.port)
    return {}
  },

  DescribeTargetHealth({ state, targets }, input) {
    const group = state.targetGroup(requiredString(input?.TargetGroupArn, 'TargetGroupArn'))
    const healthCheckPort = (port: number) =>
      group.healthCheck.port === 'traffic-port' ? String(port) : group.healthCheck.port
    const wanted = targetSpecs(group, input.Targets, false)
    const found =
      wanted.length === 0
        ? targets.list(group.arn)
        : wanted.map(
            (spec) =>
              targets.find(group.arn, spec.id, spec.port) ?? {
                id: spec.id,
                port: spec.port,
                state: 'unused',
                reason: 'Target.NotRegistered',
                description: 'Target is not registered to the target group'
              }
          )
    return {
      TargetHealthDescriptions: found.map((target) => {
        const health: Record<string, string> = { State: target.state }
        if (target.reason) health.Reason = target.reason
        if (target.description) health.Description = target.description
        return {
          Target: { Id: target.id, Port: target.port },
          HealthCheckPort: healthCheckPort(target.port),
          TargetHealth: health
        }
      })
    }
  }
}
