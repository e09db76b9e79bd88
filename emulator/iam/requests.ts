/**
 * What each API call asks IAM, per the Service Authorization Reference: the action, the resource ARN it is
 * authorized against, and the condition keys it carries (`ecs:cluster`, `ecs:CreateAction`,
 * `elasticloadbalancing:CreateAction`, `iam:PassedToService`). Calls that need more than their own action ask
 * for each: RegisterTaskDefinition naming roles asks `iam:PassRole` for each role, and creating with tags asks the
 * tagging action. Operations not listed here ask their own action on `*` (e.g. every ELBv2 Describe call, which
 * AWS does not authorize per resource, DescribeTaskDefinition, GetMetricData).
 */
import type { Account, ServiceName } from '../core/contracts.ts'
import type { AccessRequest } from './policy.ts'

type Requests = (input: any, at: Account) => AccessRequest[]

export const SERVICE_PREFIX: Record<ServiceName, string> = {
  ecs: 'ecs',
  elb: 'elasticloadbalancing',
  cloudwatch: 'cloudwatch',
  ecr: 'ecr',
  secretsmanager: 'secretsmanager',
  ssm: 'ssm',
  iam: 'iam',
  sts: 'sts',
  logs: 'logs'
}

const ecsArn = (at: Account, resource: string) => `arn:aws:ecs:${at.region}:${at.accountId}:${resource}`
const nameOf = (nameOrArn: string) => nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1)
/** The cluster's ARN (`default` when none is named), the value of `ecs:cluster`. */
const clusterArn = (at: Account, cluster: string | undefined) =>
  cluster?.startsWith('arn:') ? cluster : ecsArn(at, `cluster/${cluster ?? 'default'}`)
const inCluster = (at: Account, input: any) => ({ 'ecs:cluster': clusterArn(at, input.cluster) })

const serviceArn = (at: Account, cluster: string | undefined, service: string) =>
  service.startsWith('arn:') ? service : ecsArn(at, `service/${nameOf(clusterArn(at, cluster))}/${service}`)
const taskArn = (at: Account, cluster: string | undefined, task: string) =>
  task.startsWith('arn:') ? task : ecsArn(at, `task/${nameOf(clusterArn(at, cluster))}/${task}`)

/** `ecs:cluster` of a `service-deployment/<cluster>/...` or `service-revision/<cluster>/...` ARN. */
const clusterOfArn = (arn: string): Record<string, string> => {
  const match = /^(arn:[^:]+:ecs:[^:]*:[^:]*:)[a-z-]+\/([^/]+)\//.exec(arn)
  return match ? { 'ecs:cluster': `${match[1]}cluster/${match[2]}` } : {}
}
const eachArn = (action: string, arns: string[] | undefined) =>
  (arns ?? []).map((arn) => ({ action, resource: arn, context: clusterOfArn(arn) }))

const one = (action: string, resource: string, context: Record<string, string> = {}) => [
  { action, resource, context }
]

const ecs: Record<string, Requests> = {
  DescribeServices: (input, at) =>
    (input.services ?? []).map((service: string) => ({
      action: 'ecs:DescribeServices',
      resource: serviceArn(at, input.cluster, service),
      context: inCluster(at, input)
    })),
  UpdateService: (input, at) =>
    one('ecs:UpdateService', serviceArn(at, input.cluster, input.service), inCluster(at, input)),
  // Authorized against the cluster's container instances; `Resource: "*"` with an `ecs:cluster` condition is usual.
  ListTasks: (input, at) =>
    one(
      'ecs:ListTasks',
      ecsArn(at, `container-instance/${nameOf(clusterArn(at, input.cluster))}/*`),
      inCluster(at, input)
    ),
  DescribeTasks: (input, at) =>
    (input.tasks ?? []).map((task: string) => ({
      action: 'ecs:DescribeTasks',
      resource: taskArn(at, input.cluster, task),
      context: inCluster(at, input)
    })),
  TagResource: (input) => one('ecs:TagResource', input.resourceArn),
  UntagResource: (input) => one('ecs:UntagResource', input.resourceArn),
  CreateService: (input, at) => {
    const arn = serviceArn(at, input.cluster, input.serviceName)
    return [
      ...one('ecs:CreateService', arn, inCluster(at, input)),
      ...((input.tags ?? []).length > 0 ? one('ecs:TagResource', arn, { 'ecs:CreateAction': 'CreateService' }) : [])
    ]
  },
  DeleteService: (input, at) =>
    one('ecs:DeleteService', serviceArn(at, input.cluster, input.service), inCluster(at, input)),
  // ECS's own blue/green, linear and canary deployments.
  ListServiceDeployments: (input, at) =>
    one('ecs:ListServiceDeployments', serviceArn(at, input.cluster, input.service), inCluster(at, input)),
  DescribeServiceDeployments: (input) => eachArn('ecs:DescribeServiceDeployments', input.serviceDeploymentArns),
  DescribeServiceRevisions: (input) => eachArn('ecs:DescribeServiceRevisions', input.serviceRevisionArns),
  StopServiceDeployment: (input) => eachArn('ecs:StopServiceDeployment', [input.serviceDeploymentArn]),
  ContinueServiceDeployment: (input) =>
    eachArn('ecs:ContinueServiceDeployment', [input.serviceDeploymentArn]),
  RegisterTaskDefinition: (input, at) => [
    ...one('ecs:RegisterTaskDefinition', '*'),
    ...[input.taskRoleArn, input.executionRoleArn]
      .filter((role): role is string => typeof role === 'string' && role !== '')
      .map((role) => ({
        action: 'iam:PassRole',
        resource: role,
        context: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' }
      })),
    ...((input.tags ?? []).length > 0
      ? one('ecs:TagResource', ecsArn(at, `task-definition/${input.family}:*`), {
          'ecs:CreateAction': 'RegisterTaskDefinition'
        })
      : [])
  ]
}

/** The ARN of a rule to be created on `listenerArn` (its id is not known yet). */
const newRuleArn = (listenerArn: string) => `${listenerArn.replace(':listener/', ':listener-rule/')}/*`

/** The ARN of a target group to be created (its id is not known yet). */
const newTargetGroupArn = (at: Account, name: string) =>
  `arn:aws:elasticloadbalancing:${at.region}:${at.accountId}:targetgroup/${name}/*`

const elb: Record<string, Requests> = {
  CreateTargetGroup: (input, at) => [
    ...one('elasticloadbalancing:CreateTargetGroup', newTargetGroupArn(at, input.Name)),
    ...((input.Tags ?? []).length > 0
      ? one('elasticloadbalancing:AddTags', newTargetGroupArn(at, input.Name), {
          'elasticloadbalancing:CreateAction': 'CreateTargetGroup'
        })
      : [])
  ],
  ModifyTargetGroup: (input) => one('elasticloadbalancing:ModifyTargetGroup', input.TargetGroupArn),
  ModifyTargetGroupAttributes: (input) =>
    one('elasticloadbalancing:ModifyTargetGroupAttributes', input.TargetGroupArn),
  DeleteTargetGroup: (input) => one('elasticloadbalancing:DeleteTargetGroup', input.TargetGroupArn),
  ModifyRule: (input) => one('elasticloadbalancing:ModifyRule', input.RuleArn),
  ModifyListener: (input) => one('elasticloadbalancing:ModifyListener', input.ListenerArn),
  DeleteRule: (input) => one('elasticloadbalancing:DeleteRule', input.RuleArn),
  CreateRule: (input) => [
    ...one('elasticloadbalancing:CreateRule', input.ListenerArn),
    ...((input.Tags ?? []).length > 0
      ? one('elasticloadbalancing:AddTags', newRuleArn(input.ListenerArn), {
          'elasticloadbalancing:CreateAction': 'CreateRule'
        })
      : [])
  ],
  AddTags: (input) =>
    (input.ResourceArns ?? []).map((arn: string) => ({
      action: 'elasticloadbalancing:AddTags',
      resource: arn,
      context: {}
    })),
  RemoveTags: (input) =>
    (input.ResourceArns ?? []).map((arn: string) => ({
      action: 'elasticloadbalancing:RemoveTags',
      resource: arn,
      context: {}
    }))
}

const cloudwatch: Record<string, Requests> = {
  DescribeAlarms: (input, at) =>
    one(
      'cloudwatch:DescribeAlarms',
      `arn:aws:cloudwatch:${at.region}:${at.accountId}:alarm:${(input.AlarmNames ?? []).length === 1 ? input.AlarmNames[0] : '*'}`
    )
}

const inAccount = (service: string, at: Account, resource: string) =>
  `arn:aws:${service}:${at.region}:${at.accountId}:${resource}`

const ecr: Record<string, Requests> = {
  DescribeImages: (input, at) =>
    one('ecr:DescribeImages', inAccount('ecr', at, `repository/${input.repositoryName}`))
}
const secretsmanager: Record<string, Requests> = {
  DescribeSecret: (input, at) =>
    one(
      'secretsmanager:DescribeSecret',
      String(input.SecretId).startsWith('arn:')
        ? input.SecretId
        : inAccount('secretsmanager', at, `secret:${input.SecretId}`)
    )
}
const ssm: Record<string, Requests> = {
  GetParameters: (input, at) =>
    (input.Names ?? []).map((name: string) => ({
      action: 'ssm:GetParameters',
      resource: name.startsWith('arn:') ? name : inAccount('ssm', at, `parameter/${name.replace(/^\//, '')}`),
      context: {}
    }))
}
const iam: Record<string, Requests> = {
  GetRole: (input, at) => one('iam:GetRole', `arn:aws:iam::${at.accountId}:role/${input.RoleName}`),
  SimulatePrincipalPolicy: (input) => one('iam:SimulatePrincipalPolicy', String(input.PolicySourceArn ?? '*'))
}

const BY_SERVICE: Record<ServiceName, Record<string, Requests>> = {
  ecs,
  elb,
  cloudwatch,
  ecr,
  secretsmanager,
  ssm,
  iam,
  // AWS answers GetCallerIdentity to every caller: no policy can deny it.
  sts: { GetCallerIdentity: () => [] },
  logs: {
    DescribeLogGroups: (_input, at) => one('logs:DescribeLogGroups', inAccount('logs', at, 'log-group:*'))
  }
}

/** What the call asks IAM, in the order AWS checks it (the operation's own action first). */
export function accessRequests(
  service: ServiceName,
  operation: string,
  input: any,
  at: Account
): AccessRequest[] {
  const requests = BY_SERVICE[service][operation]
  return requests ? requests(input ?? {}, at) : one(`${SERVICE_PREFIX[service]}:${operation}`, '*')
}
