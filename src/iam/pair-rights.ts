/** The rights of the `pair` action of its own (src/strategies/pair): making and unmaking a pair. */
import { ecsArn, elbArn, inCluster, type Right } from './right.ts'

/** The target groups pair makes are named `<blue group>-green` (src/strategies/pair/record.ts). */
const greenGroups = [elbArn('targetgroup/*-green/*')]
const onDelete = '`mode: delete`'
const onCreate = '`mode: create`'

export const PAIR_RIGHTS: Right[] = [
  {
    sid: 'ReadTargetGroupTags',
    why: 'read whether a target group named like the green one is the clone pair made',
    actions: ['elasticloadbalancing:DescribeTags'],
    resources: ['*']
  },
  {
    sid: 'CloneTargetGroup',
    why: "create the green target group with blue's settings and a tag naming blue's, and copy blue's attributes",
    actions: [
      'elasticloadbalancing:CreateTargetGroup',
      'elasticloadbalancing:AddTags',
      'elasticloadbalancing:ModifyTargetGroupAttributes'
    ],
    resources: greenGroups,
    when: onCreate
  },
  {
    sid: 'DeleteTargetGroup',
    why: 'delete the green target group (or undo a create that failed)',
    actions: ['elasticloadbalancing:DeleteTargetGroup'],
    resources: greenGroups,
    when: `${onDelete}, or a create that fails`
  },
  {
    sid: 'CreateGreenService',
    why: 'create the green service (its tags, the pair record, ask RecordPair)',
    actions: ['ecs:CreateService'],
    resources: [ecsArn('service/<cluster>/*')],
    condition: inCluster,
    when: onCreate
  },
  {
    sid: 'RecordPair',
    why: "record the pair in the services' tags (the green one's on create), and remove the record",
    actions: ['ecs:TagResource', 'ecs:UntagResource'],
    resources: [ecsArn('service/<cluster>/*')]
  },
  {
    sid: 'ScaleDownGreen',
    why: 'scale the green service to 0 before deleting it',
    actions: ['ecs:UpdateService'],
    resources: [ecsArn('service/<cluster>/*')],
    condition: inCluster,
    when: onDelete
  },
  {
    sid: 'CheckDeployRights',
    why: "find the rights the deploy role lacks before a deploy does, by simulating its own policy (check, and create before it changes anything)",
    actions: ['iam:SimulatePrincipalPolicy'],
    resources: ['arn:aws:iam::<account-id>:role/*'],
    optional: "the deploy role's rights are not checked (one line says so): a missing right is found by the deploy that needs it"
  },
  {
    sid: 'DeleteGreenService',
    why: 'delete the green service (or undo a create that failed)',
    actions: ['ecs:DeleteService'],
    resources: [ecsArn('service/<cluster>/*')],
    condition: inCluster,
    when: `${onDelete}, or a create that fails`
  }
]
