/**
 * The rollout record: what a later job (promote, rollback, the next deploy) needs to know about the last rollout
 * to an ECS service, kept as tags on that service. AWS holds it, so a job in another workflow, days later, acts
 * on facts rather than on this run's outputs. Each action records these fields; an action may add its own keys.
 *
 * Tag values keep to the characters every AWS service accepts in tags (letters, digits, spaces and + - = . _ : / @)
 * and to 256 characters.
 */
import type { Service, Tag } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import { InputError } from '../core/errors.ts'

/**
 * deploying: the new version is going onto the service;
 * paused: it is deployed and verified, waiting for `mode: promote` (blue-green);
 * switched: production traffic is being moved, or was moved, to this service (blue-green, baking);
 * then how the rollout ended.
 */
export type RecordStatus = 'deploying' | 'paused' | 'switched' | 'succeeded' | 'rolled-back' | 'failed'

const statuses: readonly RecordStatus[] = [
  'deploying',
  'paused',
  'switched',
  'succeeded',
  'rolled-back',
  'failed'
]

/** What every action records about its rollout. */
export interface ServiceRecord {
  status: RecordStatus
  /** What the rollout deployed. */
  taskDefinition: string
  /** What ran before the rollout began (what a rollback returns to). */
  previousTaskDefinition: string
  /** The workflow run that wrote the record last. */
  run: string
  /** When the record was written last (ISO 8601). */
  updatedAt: string
}

/** A tag key: all keys of the record share one prefix. */
export const recordKey = (name: string): string => `ecs-deploy:${name}`

export const serviceRecordKeys = {
  status: recordKey('status'),
  taskDefinition: recordKey('task-definition'),
  previousTaskDefinition: recordKey('previous-task-definition'),
  run: recordKey('run'),
  updatedAt: recordKey('updated')
} as const satisfies Record<keyof ServiceRecord, string>

/** AWS allows this many tags on a resource. */
export const maxTagsPerResource = 50

/** The fields of `record` that `keys` names, as tags (in the order of `keys`). */
export function recordTags<Field extends string>(
  keys: Record<Field, string>,
  record: NoInfer<Record<Field, string>>
): Tag[] {
  return (Object.keys(keys) as Field[]).map((field) => ({
    key: keys[field],
    value: tagValue(
      field === 'taskDefinition' || field === 'previousTaskDefinition'
        ? shortTaskDefinition(record[field])
        : record[field]
    )
  }))
}

/** The value of one tag, if present. */
export function tagOf(tags: Tag[] | undefined, key: string): string | undefined {
  return tags?.find((tag) => tag.key === key)?.value
}

/** The shared fields of the record the tags hold, if they are complete and well-formed. */
export function readServiceRecord(tags: Tag[] | undefined): ServiceRecord | undefined {
  const status = tagOf(tags, serviceRecordKeys.status) as RecordStatus | undefined
  const taskDefinition = tagOf(tags, serviceRecordKeys.taskDefinition)
  const updatedAt = tagOf(tags, serviceRecordKeys.updatedAt)
  if (
    !status ||
    !statuses.includes(status) ||
    !taskDefinition ||
    !updatedAt ||
    Number.isNaN(Date.parse(updatedAt))
  )
    return undefined
  return {
    status,
    taskDefinition,
    previousTaskDefinition: tagOf(tags, serviceRecordKeys.previousTaskDefinition) ?? '',
    run: tagOf(tags, serviceRecordKeys.run) ?? '',
    updatedAt
  }
}

/** How many more tags a service may take before a record under `keys` no longer fits (negative: it does not). */
export function tagRoom(service: Service, keys: Record<string, string>): number {
  const recordKeys = Object.values(keys)
  const others = (service.tags ?? []).filter((tag) => !recordKeys.includes(tag.key ?? ''))
  return maxTagsPerResource - others.length - recordKeys.length
}

/** Refuses, before any change, a service whose tags leave no room for the record under `keys`. */
export function checkTagRoom(service: Service, keys: Record<string, string>, input: string): void {
  if (tagRoom(service, keys) >= 0) return
  const needed = Object.keys(keys).length
  throw new InputError(
    `Invalid input ${input}: service ${service.serviceName} has ${service.tags?.length} tags; the rollout record needs ${needed} of the ${maxTagsPerResource} AWS allows`
  )
}

/**
 * Writes the fields of `record` that `keys` names as tags of the resource (overwriting the last record); not
 * once `signal` has aborted (a record that announces a change the cancelled run will not make).
 */
export async function writeRecord<Field extends string>(
  ecs: EcsPort,
  resourceArn: string,
  keys: Record<Field, string>,
  record: NoInfer<Record<Field, string>>,
  signal?: AbortSignal
): Promise<void> {
  await ecs.tagResource(resourceArn, recordTags(keys, record), signal)
}

/**
 * A task definition ARN within a tag value: the ARN when it fits, else `family:revision` (a family may have 255
 * characters), which ECS accepts wherever it takes the ARN.
 */
export function shortTaskDefinition(arn: string): string {
  if (arn.length <= 256) return arn
  return arn.replace(/^arn:[^:]+:ecs:[^:]*:\d*:task-definition\//, '')
}

function tagValue(text: string): string {
  return text.replace(/[^\p{L}\p{N} +\-=._:/@]/gu, '_').slice(0, 256)
}
