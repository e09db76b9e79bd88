/**
 * What a blue-green run will do, decided with read-only calls from the pair, its record and the inputs: deploy a
 * new version, promote a paused one, finish a bake an interrupted run left, or nothing (the version is live).
 */
import type { Service } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import {
  planTaskDefinition,
  sameRequest,
  toRequest,
  type TaskDefinitionPlan
} from '../aws/task-definition.ts'
import { InputError } from '../core/errors.ts'
import { other, refuse, sideOf, type Color, type ColorPair } from '../pair/pair.ts'
import type { BlueGreenOptions } from './blue-green.ts'

/** What the run does once every check passed. */
export type Plan =
  | { kind: 'nothing'; reason: string }
  /** Deploy a new version to the idle color, verify, then pause or switch. */
  | { kind: 'deploy'; taskDefinition: TaskDefinitionPlan; desiredCount: number }
  /** Re-check the version already on the idle color (a paused rollout), then switch. */
  | { kind: 'promote'; taskDefinitionArn: string }
  /** Traffic is already on the new color (a run died while baking): bake again, then scale down. */
  | { kind: 'resume-bake'; taskDefinitionArn: string }

/** What a full or deploy run does: deploy to the idle color, or nothing when the version is live already. */
export async function planDeployment(
  pair: ColorPair,
  live: Color,
  restore: boolean,
  options: BlueGreenOptions,
  ecs: EcsPort
): Promise<Plan> {
  const liveSide = sideOf(pair, live)
  const idleSide = sideOf(pair, other(live))
  const desiredCount = options.desiredCount ?? liveSide.service.desiredCount ?? 0
  if (desiredCount < 1) {
    throw refuse(
      'desired-count',
      `the live color ${live} (${liveSide.name}) runs 0 tasks; give desired-count for ${idleSide.name}`
    )
  }
  if (!options.taskDefinition)
    throw new InputError('task-definition, task-definition-arn or image is required')
  const liveArn = liveSide.service.taskDefinition!
  const taskDefinition = await planTaskDefinition(options.taskDefinition, liveArn, ecs)
  const record = pair.record
  const unfinishedBake =
    !restore && record?.status === 'switched' && record.color === live && liveSide.weight > 0
  if ('arn' in taskDefinition) {
    if (taskDefinition.arn === liveArn) return nothingOrResume(pair, live, liveArn, unfinishedBake, options)
    return { kind: 'deploy', taskDefinition, desiredCount }
  }
  // A registration identical to what a color runs already registers nothing new (re-runs converge).
  const [liveDefinition, idleDefinition] = await Promise.all(
    [liveArn, idleSide.service.taskDefinition!].map((arn) => ecs.describeTaskDefinition(arn))
  )
  const same = (described: typeof liveDefinition) =>
    sameRequest(toRequest(described.taskDefinition, described.tags), taskDefinition.register)
  if (same(liveDefinition)) return nothingOrResume(pair, live, liveArn, unfinishedBake, options)
  if (same(idleDefinition)) {
    return { kind: 'deploy', taskDefinition: { arn: idleSide.service.taskDefinition! }, desiredCount }
  }
  return { kind: 'deploy', taskDefinition, desiredCount }
}

function nothingOrResume(
  pair: ColorPair,
  live: Color,
  liveArn: string,
  unfinishedBake: boolean,
  options: BlueGreenOptions
): Plan {
  const side = sideOf(pair, live)
  if (
    unfinishedBake &&
    options.mode === 'full' &&
    (sideOf(pair, other(live)).service.desiredCount ?? 0) > 0
  ) {
    return { kind: 'resume-bake', taskDefinitionArn: liveArn }
  }
  return {
    kind: 'nothing',
    reason: `${live} (${side.name}) already serves ${liveArn}; nothing to deploy`
  }
}

/** What a promote run does: finish the paused rollout on the idle color (or the bake a dead run left). */
export function planPromotion(
  pair: ColorPair,
  live: Color,
  restore: boolean,
  options: BlueGreenOptions
): Plan {
  const record = pair.record
  const idle = other(live)
  const idleSide = sideOf(pair, idle)
  const recorded = record
    ? `the last rollout recorded on the pair is ${record.status} on ${record.color} (${record.taskDefinition}${record.run ? `, run ${record.run}` : ''})`
    : 'no rollout is recorded on the pair'
  if (
    record?.status === 'switched' &&
    record.color === live &&
    !restore &&
    (idleSide.service.desiredCount ?? 0) > 0
  ) {
    checkExpected(options, record.taskDefinition, sideOf(pair, live).service)
    return { kind: 'resume-bake', taskDefinitionArn: sideOf(pair, live).service.taskDefinition! }
  }
  if (record?.status === 'paused' && record.color === live) {
    throw new InputError(
      `Nothing to promote: ${live} (${sideOf(pair, live).name}), paused by the last rollout, takes the production traffic already (the rule was changed outside this action)`
    )
  }
  const resumable = record?.status === 'paused' || (record?.status === 'switched' && restore)
  if (!record || !resumable || record.color !== idle) {
    throw new InputError(
      `Nothing to promote: ${recorded}; mode promote continues a rollout paused by mode deploy`
    )
  }
  if (!sameRevision(idleSide.service.taskDefinition!, record.taskDefinition)) {
    throw new InputError(
      `Nothing to promote: ${idle} (${idleSide.name}) now runs ${idleSide.service.taskDefinition}, not ${record.taskDefinition} that the paused rollout verified`
    )
  }
  checkExpected(options, record.taskDefinition, idleSide.service)
  return { kind: 'promote', taskDefinitionArn: idleSide.service.taskDefinition! }
}

function checkExpected(options: BlueGreenOptions, recorded: string, service: Service): void {
  const expected = options.expectedTaskDefinitionArn
  if (expected && !sameRevision(expected, service.taskDefinition!)) {
    throw refuse(
      'task-definition-arn',
      `${expected} is not the paused version: ${service.serviceName} runs ${service.taskDefinition} (recorded: ${recorded})`
    )
  }
}

/** An ARN and a `family:revision` (as a record may hold it) name the same revision. */
function sameRevision(a: string, b: string): boolean {
  const revision = (arn: string) => arn.replace(/^arn:[^:]+:ecs:[^:]*:\d*:task-definition\//, '')
  return revision(a) === revision(b)
}
