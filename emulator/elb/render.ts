/** The SDK output shapes of the emulator's records. */
import { renderAction } from './actions.ts'
import { renderCondition } from './conditions.ts'
import type { Listener, LoadBalancer, Rule, TargetGroup } from './model.ts'

/** Route 53 zone of ALB DNS names per region (us-east-1's when unknown). */
const HOSTED_ZONES: Record<string, string> = {
  'us-east-1': 'Z35SXDOTRQ7X7K',
  'us-east-2': 'Z3AADJGX6KTTL2',
  'us-west-1': 'Z368ELLRRE2KJ0',
  'us-west-2': 'Z1H1FL5HABSF5',
  'eu-west-1': 'Z32O12XQLNTSW2',
  'eu-central-1': 'Z215JYRZR1TBD5'
}

export function renderLoadBalancer(lb: LoadBalancer, region: string): any {
  return {
    LoadBalancerArn: lb.arn,
    // The emulator's load balancers all listen on loopback; `localhost` resolves there.
    DNSName: 'localhost',
    CanonicalHostedZoneId: HOSTED_ZONES[region] ?? HOSTED_ZONES['us-east-1'],
    CreatedTime: lb.createdTime,
    LoadBalancerName: lb.name,
    Scheme: lb.scheme,
    VpcId: lb.vpcId,
    State: { Code: 'active' },
    Type: 'application',
    AvailabilityZones: lb.subnets.map((subnet, index) => ({
      ZoneName: `${region}${String.fromCharCode(97 + (index % 26))}`,
      SubnetId: subnet,
      LoadBalancerAddresses: []
    })),
    SecurityGroups: lb.securityGroups,
    IpAddressType: lb.ipAddressType
  }
}

export function renderTargetGroup(group: TargetGroup, loadBalancerArns: string[]): any {
  const check = group.healthCheck
  return {
    TargetGroupArn: group.arn,
    TargetGroupName: group.name,
    Protocol: group.protocol,
    Port: group.port,
    VpcId: group.vpcId,
    HealthCheckProtocol: check.protocol,
    HealthCheckPort: check.port,
    HealthCheckEnabled: check.enabled,
    HealthCheckIntervalSeconds: check.intervalSeconds,
    HealthCheckTimeoutSeconds: check.timeoutSeconds,
    HealthyThresholdCount: check.healthyThreshold,
    UnhealthyThresholdCount: check.unhealthyThreshold,
    HealthCheckPath: check.path,
    Matcher: { HttpCode: check.matcher },
    LoadBalancerArns: loadBalancerArns,
    TargetType: group.targetType,
    ProtocolVersion: group.protocolVersion,
    IpAddressType: group.ipAddressType
  }
}

export function renderListener(listener: Listener): any {
  const rendered: any = {
    ListenerArn: listener.arn,
    LoadBalancerArn: listener.loadBalancerArn,
    Port: listener.port,
    Protocol: listener.protocol,
    DefaultActions: listener.defaultRule.actions.map(renderAction)
  }
  if (listener.certificates.length > 0) rendered.Certificates = listener.certificates
  if (listener.sslPolicy) rendered.SslPolicy = listener.sslPolicy
  return rendered
}

export function renderRule(rule: Rule): any {
  return {
    RuleArn: rule.arn,
    Priority: rule.priority === undefined ? 'default' : String(rule.priority),
    Conditions: rule.conditions.map(renderCondition),
    Actions: rule.actions.map(renderAction),
    IsDefault: rule.priority === undefined
  }
}
