/**
 * mode deploy / promote / abort on a service with a native ECS strategy. ECS holds a service deployment between
 * stages only at a PAUSE lifecycle hook configured on the service (ContinueServiceDeployment answers it): deploy
 * ends paused at such a hook, promote continues it, abort stops the deployment in flight with ROLLBACK.
 */
import type { ServiceDeploymentBrief } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import { InputError, quote } from '../core/errors.ts'
import type { ServiceSnapshot } from '../service/service.ts'
import { sameRevision } from '../state/state.ts'
import { shiftingFrom, shortArn, stages } from './follow.ts'
import type { NativeOptions } from './options.ts'

const refuse = (input: string, why: string) => new InputError(`Invalid input ${input}: ${why}`)

/** mode deploy: the service must have a PAUSE hook at a stage before production traffic moves. */
export function checkPauseHook(options: NativeOptions, service: ServiceSnapshot): void {
  const before = (stage: string) => {
    const at = stages.indexOf(stage as (typeof stages)[number])
    return at > 0 && at <= shiftingFrom
  }
  const hooks = service.deploymentConfiguration?.lifecycleHooks ?? []
  const held = hooks.some((hook) => hook.targetType === 'PAUSE' && hook.lifecycleStages?.some(before))
  if (!held) {
    throw refuse(
      'mode',
      `deploy with service needs a PAUSE lifecycle hook before production traffic moves (e.g. at POST_TEST_TRAFFIC_SHIFT) in the deploymentConfiguration of service ${quote(options.service)}: ECS holds a service deployment nowhere else`
    )
  }
}

/**
 * mode promote / abort: the service deployment in flight, and for promote its PAUSE hook awaiting action (and the
 * version task-definition-arn names, when given).
 */
export async function checkContinuing(
  options: NativeOptions,
  ecs: EcsPort,
  inFlight: { brief: ServiceDeploymentBrief; taskDefinition?: string } | undefined
): Promise<string | undefined> {
  const name = quote(options.service)
  if (!inFlight) throw refuse('mode', `${options.mode}: no service deployment of ${name} is in flight`)
  if (options.mode !== 'promote') return undefined
  const arn = inFlight.brief.serviceDeploymentArn!
  const deployment = await ecs.describeServiceDeployment(arn)
  const hook = deployment?.lifecycleHookDetails?.find(
    (candidate) => candidate.targetType === 'PAUSE' && candidate.status === 'AWAITING_ACTION'
  )
  if (!hook?.hookId) {
    throw refuse(
      'mode',
      `promote: service deployment ${shortArn(arn)} of ${name} is ${deployment?.status ?? '?'} at ${deployment?.lifecycleStage ?? '?'}, not held at a PAUSE hook`
    )
  }
  const expected = options.expectedTaskDefinitionArn
  if (expected && !(inFlight.taskDefinition && sameRevision(inFlight.taskDefinition, expected))) {
    throw refuse(
      'task-definition-arn',
      `the paused service deployment ${shortArn(arn)} deploys ${inFlight.taskDefinition ?? 'an unknown version'}, not ${expected}`
    )
  }
  return hook.hookId
}
