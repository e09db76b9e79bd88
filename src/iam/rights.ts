/**
 * The AWS rights each action needs, in one place: the README's "IAM permissions" section, the policy documents
 * under iam/ and the tests that hold every action to its policy in the emulator are all made from this table.
 * Adding an operation to an action is adding it to a right below (or a new right to the action's list).
 *
 * Resources are ARN patterns with placeholders a user fills in: <region>, <account-id>, <cluster> (the ECS
 * cluster's name), <load-balancer> (the Application Load Balancer's name), <task-role> and <execution-role>.
 * Where AWS does not authorize an operation per resource (every ELBv2 Describe call, DescribeTaskDefinition,
 * GetMetricData), the resource is `*`; RegisterTaskDefinition (a new revision has no ARN yet) and ListTasks (held
 * to the cluster by `ecs:cluster`) take `*` too.
 */

import { NATIVE_RIGHTS } from './native-rights.ts'
import { PAIR_RIGHTS } from './pair-rights.ts'
import { PREFLIGHT_RIGHTS } from './preflight-rights.ts'
import { PREVIEW_RULE, RELEASE_PREVIEW } from './preview-rights.ts'
import { ecsArn, elbArn, inCluster, type Right } from './right.ts'

export type { Right } from './right.ts'
export { NATIVE_RIGHTS } from './native-rights.ts'
export { PREFLIGHT_RIGHTS } from './preflight-rights.ts'

const readServices: Right = {
  sid: 'ReadServices',
  why: 'read the services, their deployments and their tags',
  actions: ['ecs:DescribeServices'],
  resources: [ecsArn('service/<cluster>/*')],
  condition: inCluster
}
const listTasks: Right = {
  sid: 'ListTasks',
  why: "list a deployment's tasks, running and stopped",
  actions: ['ecs:ListTasks'],
  resources: ['*'],
  condition: inCluster
}
const describeTasks: Right = {
  sid: 'DescribeTasks',
  why: "read why a deployment's tasks stopped",
  actions: ['ecs:DescribeTasks'],
  resources: [ecsArn('task/<cluster>/*')],
  condition: inCluster
}
const readTaskDefinitions: Right = {
  sid: 'ReadTaskDefinitions',
  why: 'read the running task definition (to change its image, or to check a revision)',
  actions: ['ecs:DescribeTaskDefinition'],
  resources: ['*']
}
const registerTaskDefinitions: Right = {
  sid: 'RegisterTaskDefinitions',
  why: 'register the new revision',
  actions: ['ecs:RegisterTaskDefinition'],
  resources: ['*']
}
const passTaskRoles: Right = {
  sid: 'PassTaskRoles',
  why: "hand the task definition's roles to ECS tasks, and to nothing else",
  actions: ['iam:PassRole'],
  resources: [
    'arn:aws:iam::<account-id>:role/<task-role>',
    'arn:aws:iam::<account-id>:role/<execution-role>'
  ],
  condition: { StringEquals: { 'iam:PassedToService': ['ecs-tasks.amazonaws.com'] } },
  when: 'the task definition names a task role or an execution role'
}
const tagNewTaskDefinitions: Right = {
  sid: 'TagNewTaskDefinitions',
  why: "keep the task definition's tags on the new revision",
  actions: ['ecs:TagResource'],
  resources: [ecsArn('task-definition/*')],
  condition: { StringEquals: { 'ecs:CreateAction': ['RegisterTaskDefinition'] } },
  when: 'the task definition has tags'
}
const updateServices: Right = {
  sid: 'UpdateServices',
  why: 'deploy a task definition, scale a service up or down',
  actions: ['ecs:UpdateService'],
  resources: [ecsArn('service/<cluster>/*')],
  condition: inCluster
}
const recordState: Right = {
  sid: 'RecordRolloutState',
  why: "keep the rollout's state in the service's tags",
  actions: ['ecs:TagResource'],
  resources: [ecsArn('service/<cluster>/*')],
  optional:
    'the state is not kept (one warning): a later `mode: promote`, re-run or `rollback` cannot find what this run did'
}
const readTargets: Right = {
  sid: 'ReadTargetHealth',
  why: "read the target groups' health-check and draining settings and their targets' health",
  actions: [
    'elasticloadbalancing:DescribeTargetHealth',
    'elasticloadbalancing:DescribeTargetGroups',
    'elasticloadbalancing:DescribeTargetGroupAttributes'
  ],
  resources: ['*']
}
const readRules: Right = {
  sid: 'ReadListenerRules',
  why: "read the production rule's weights and the listeners",
  actions: ['elasticloadbalancing:DescribeRules', 'elasticloadbalancing:DescribeListeners'],
  resources: ['*']
}
const moveTraffic: Right = {
  sid: 'MoveTraffic',
  why: "change the production rule's weights",
  actions: ['elasticloadbalancing:ModifyRule'],
  resources: [elbArn('listener-rule/app/<load-balancer>/*')]
}
const moveDefaultTraffic: Right = {
  sid: 'MoveDefaultRuleTraffic',
  why: "change the weights of a listener's default rule",
  actions: ['elasticloadbalancing:ModifyListener'],
  resources: [elbArn('listener/app/<load-balancer>/*')],
  when: "`listener-rule` is a listener's ARN (its default rule)"
}
const findLockListener: Right = {
  sid: 'FindLockListener',
  why: "find the listener that holds the service's lock (the first of its load balancer's)",
  actions: ['elasticloadbalancing:DescribeListeners'],
  resources: ['*']
}
const lockOptional =
  'no lock (one warning): nothing keeps two runs from changing the same service or pair at the same time'
const createLockRule: Right = {
  sid: 'CreateLockRule',
  why: 'create the lock rule (at a reserved priority, never matching a request) with its tags',
  actions: ['elasticloadbalancing:CreateRule'],
  // Authorized against the listener, and the tags on create (AddTags) against the new rule.
  resources: [elbArn('listener/app/<load-balancer>/*'), elbArn('listener-rule/app/<load-balancer>/*')],
  optional: lockOptional
}
const releaseLockRule: Right = {
  sid: 'TagAndDeleteLockRule',
  why: "tag the lock rule (on create, and its heartbeat) and delete it, or a dead run's",
  actions: ['elasticloadbalancing:AddTags', 'elasticloadbalancing:DeleteRule'],
  resources: [elbArn('listener-rule/app/<load-balancer>/*')],
  optional: lockOptional
}
const readLock: Right = {
  sid: 'ReadLockRule',
  why: "find the lock rule and read its holder's tags",
  actions: ['elasticloadbalancing:DescribeRules', 'elasticloadbalancing:DescribeTags'],
  resources: ['*'],
  optional: lockOptional
}
const readAlarms: Right = {
  sid: 'ReadAlarms',
  why: 'watch the alarms named by `alarms`',
  actions: ['cloudwatch:DescribeAlarms'],
  resources: ['arn:aws:cloudwatch:<region>:<account-id>:alarm:*'],
  when: '`alarms` names alarms'
}
const readMetrics: Right = {
  sid: 'ReadMetrics',
  why: "compare both versions' error rates and latency, and count what users saw (the load balancer's metrics)",
  actions: ['cloudwatch:GetMetricData'],
  resources: ['*']
}
const countRequests: Right = {
  sid: 'CountRequests',
  why: "count the load balancer's requests and 5xx answers during the run, for the summary's \"What users saw\"",
  actions: ['cloudwatch:GetMetricData'],
  resources: ['*'],
  optional: 'the summary says that what users saw was not read'
}

/** Following a deployment of a service to a verdict. */
const watchService = [
  readServices,
  listTasks,
  describeTasks,
  readTaskDefinitions,
  updateServices,
  readTargets
]
const register = [registerTaskDefinitions, passTaskRoles, tagNewTaskDefinitions]
const pairTraffic = [readRules, moveTraffic, moveDefaultTraffic]
const lock = [createLockRule, releaseLockRule, readLock]
/** Deploying a pair's idle color and moving production traffic to it. */
const release = [...watchService, ...register, ...pairTraffic, readAlarms]

/** What every action that deploys a version ends with: on a service ECS deploys itself, and the preflight. */
const everyService = [...NATIVE_RIGHTS, ...PREFLIGHT_RIGHTS]

/** Every action's rights, required and optional. */
export const ACTION_RIGHTS: Record<string, Right[]> = {
  rolling: [
    ...watchService,
    ...register,
    readAlarms,
    countRequests,
    findLockListener,
    recordState,
    ...lock,
    ...everyService
  ],
  'blue-green': [...release, countRequests, ...RELEASE_PREVIEW, recordState, ...lock, ...everyService],
  canary: [...release, readMetrics, ...RELEASE_PREVIEW, recordState, ...lock, ...everyService],
  rollback: [
    ...watchService,
    ...pairTraffic,
    readAlarms,
    countRequests,
    ...RELEASE_PREVIEW,
    recordState,
    ...lock,
    ...everyService
  ],
  preview: [...watchService, ...register, readRules, ...PREVIEW_RULE, readAlarms, countRequests, ...lock, ...PREFLIGHT_RIGHTS],
  pair: [readServices, readTargets, ...pairTraffic, ...PAIR_RIGHTS, countRequests, ...lock]
}
