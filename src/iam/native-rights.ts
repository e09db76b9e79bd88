/** The rights of every action on a service that ECS deploys itself (BLUE_GREEN, LINEAR, CANARY: src/native). */
import { ecsArn, inCluster, type Right } from './right.ts'

const onNativeService = '`service` has an ECS deployment strategy of its own (BLUE_GREEN, LINEAR or CANARY)'
const followServiceDeployments: Right = {
  sid: 'FollowServiceDeployments',
  why: "follow ECS's own deployment of the service through its lifecycle stages",
  actions: [
    'ecs:ListServiceDeployments',
    'ecs:DescribeServiceDeployments',
    'ecs:DescribeServiceRevisions'
  ],
  resources: [
    ecsArn('service/<cluster>/*'),
    ecsArn('service-deployment/<cluster>/*'),
    ecsArn('service-revision/<cluster>/*')
  ],
  condition: inCluster,
  when: onNativeService
}
const stopServiceDeployments: Right = {
  sid: 'StopServiceDeployments',
  why: "roll ECS's own deployment back when a gate fails (or a rollback asks)",
  actions: ['ecs:StopServiceDeployment'],
  resources: [ecsArn('service-deployment/<cluster>/*')],
  condition: inCluster,
  when: onNativeService
}
const continueServiceDeployments: Right = {
  sid: 'ContinueServiceDeployments',
  why: "let ECS's own deployment go on past a PAUSE lifecycle hook once the gates passed",
  actions: ['ecs:ContinueServiceDeployment'],
  resources: [ecsArn('service-deployment/<cluster>/*')],
  condition: inCluster,
  when: `${onNativeService} with a PAUSE lifecycle hook`
}
/**
 * On a service that ECS deploys itself; every action takes the same path there. Proven by the scenarios of
 * test/e2e/native.test.ts (the others by test/e2e/iam.test.ts).
 */
export const NATIVE_RIGHTS = [
  followServiceDeployments,
  stopServiceDeployments,
  continueServiceDeployments
]
