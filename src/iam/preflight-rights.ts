/**
 * The rights of the preflight (src/preflight): every one optional, since the checks are read-only look-ups that a
 * failing task would otherwise find; and those of `keep-revisions`. Proven by test/e2e/preflight.test.ts.
 */
import type { Right } from './right.ts'

const later = (what: string, error: string) =>
  `${what} is found only when the new tasks fail to start (${error}); one warning names the check skipped`

export const checkImages: Right = {
  sid: 'PreflightImages',
  why: "check that each container's image is in Amazon ECR (by tag or digest) before deploying",
  actions: ['ecr:DescribeImages'],
  resources: ['arn:aws:ecr:*:<account-id>:repository/*'],
  optional: later('an image tag that was never pushed', 'CannotPullContainerError')
}
export const checkSecrets: Right = {
  sid: 'PreflightSecrets',
  why: "check that each container's secrets exist in Secrets Manager (not their values)",
  actions: ['secretsmanager:DescribeSecret'],
  resources: ['arn:aws:secretsmanager:*:<account-id>:secret:*'],
  optional: later('a missing secret', 'ResourceInitializationError')
}
export const checkParameters: Right = {
  sid: 'PreflightParameters',
  why: "check that each container's secrets from SSM Parameter Store exist",
  actions: ['ssm:GetParameters'],
  resources: ['arn:aws:ssm:*:<account-id>:parameter/*'],
  optional: later('a missing parameter', 'ResourceInitializationError')
}
export const checkRoles: Right = {
  sid: 'PreflightRoles',
  why: "check that the task definition's task and execution roles exist",
  actions: ['iam:GetRole'],
  resources: [
    'arn:aws:iam::<account-id>:role/<task-role>',
    'arn:aws:iam::<account-id>:role/<execution-role>'
  ],
  optional: later('a missing role', 'the tasks fail to start or to call AWS')
}
export const checkLogGroups: Right = {
  sid: 'PreflightLogGroups',
  why: 'check that the awslogs group of each container exists (unless awslogs-create-group is true)',
  actions: ['logs:DescribeLogGroups'],
  resources: ['arn:aws:logs:*:<account-id>:log-group:*'],
  optional: later('a missing log group', 'ResourceInitializationError')
}

const keepRevisionsSet = '`keep-revisions` is set'
const listRevisions: Right = {
  sid: 'ListRevisions',
  why: "list the family's ACTIVE revisions, and the cluster's services (whose revisions are kept)",
  actions: ['ecs:ListTaskDefinitions', 'ecs:ListServices'],
  resources: ['*'],
  when: keepRevisionsSet
}
const deregisterRevisions: Right = {
  sid: 'DeregisterOldRevisions',
  why: 'deregister the old revisions `keep-revisions` does not keep',
  actions: ['ecs:DeregisterTaskDefinition'],
  resources: ['*'],
  when: keepRevisionsSet
}

/** Every action that deploys a version has these. */
export const PREFLIGHT_RIGHTS = [
  checkImages,
  checkSecrets,
  checkParameters,
  checkRoles,
  checkLogGroups,
  listRevisions,
  deregisterRevisions
]
