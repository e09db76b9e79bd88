/**
 * The rollout record: what a later job (promote, rollback, the next deploy) needs to know about the last rollout
 * on a blue/green pair, kept as tags on the ECS service the rollout deployed to. AWS holds it, so a job in another
 * workflow, days later, acts on facts rather than on this run's outputs.
 *
 * Tag values keep to the characters every AWS service accepts in tags (letters, digits, spaces and + - = . _ : / @)
 * and to 256 characters.
 */
import type { Service, Tag } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import type { Color } from './pair.ts'

/**
 * deploying: the new version is going onto this color (no production traffic moved);
 * paused: it is deployed and verified, waiting for `mode: promote`;
 * switched: production traffic is being moved, or was moved, to this color (baking);
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

export interface PairRecord {
  /** The color the rollout deployed to: the service that holds the record. */
  color: Color
  status: RecordStatus
  /** What the rollout deployed to `color`. */
  taskDefinition: string
  /** What the other color ran when the rollout began (what a rollback returns to). */
  previousTaskDefinition: string
  /** The color that was live when the rollout began. */
  previousColor: Color
  /** The workflow run that wrote the record last. */
  run: string
  /** When the record was written last (ISO 8601): the newest record of the pair is the current one. */
  updatedAt: string
}

const prefix = 'ecs-deploy:'

/** The tag keys, all under one prefix. */
export const recordKeys = {
  status: `${prefix}status`,
  taskDefinition: `${prefix}task-definition`,
  previousTaskDefinition: `${prefix}previous-task-definition`,
  previousColor: `${prefix}previous-color`,
  run: `${prefix}run`,
  updatedAt: `${prefix}updated`
} as const satisfies Record<Exclude<keyof PairRecord, 'color'>, string>

/** AWS allows 50 tags on a resource; the record needs this many of them. */
export const recordTagCount = Object.keys(recordKeys).length
export const maxTagsPerResource = 50

/** The record as tags. */
export function recordTags(record: PairRecord): Tag[] {
  return (Object.keys(recordKeys) as (keyof typeof recordKeys)[]).map((field) => ({
    key: recordKeys[field],
    value: tagValue(
      field === 'taskDefinition' || field === 'previousTaskDefinition'
        ? shortTaskDefinition(record[field])
        : record[field]
    )
  }))
}

/** The record a service's tags hold, if they hold a complete and well-formed one. */
export function readRecord(color: Color, tags: Tag[] | undefined): PairRecord | undefined {
  const value = (key: string): string | undefined => tags?.find((tag) => tag.key === key)?.value
  const status = value(recordKeys.status) as RecordStatus | undefined
  const previousColor = value(recordKeys.previousColor)
  const taskDefinition = value(recordKeys.taskDefinition)
  const updatedAt = value(recordKeys.updatedAt)
  if (
    !status ||
    !statuses.includes(status) ||
    !taskDefinition ||
    !updatedAt ||
    Number.isNaN(Date.parse(updatedAt))
  )
    return undefined
  if (previousColor !== 'blue' && previousColor !== 'green') return undefined
  return {
    color,
    status,
    taskDefinition,
    previousTaskDefinition: value(recordKeys.previousTaskDefinition) ?? '',
    previousColor,
    run: value(recordKeys.run) ?? '',
    updatedAt
  }
}

/** The newest record among the pair's services (each rollout writes to the color it deploys to). */
export function latestRecord(records: (PairRecord | undefined)[]): PairRecord | undefined {
  return records
    .filter((record): record is PairRecord => record !== undefined)
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0]
}

/** How many more tags a service may take before the record no longer fits (negative: it does not). */
export function tagRoom(service: Service): number {
  const others = (service.tags ?? []).filter(
    (tag) => !Object.values<string>(recordKeys).includes(tag.key ?? '')
  )
  return maxTagsPerResource - others.length - recordTagCount
}

export async function writeRecord(ecs: EcsPort, serviceArn: string, record: PairRecord): Promise<void> {
  await ecs.tagResource(serviceArn, recordTags(record))
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
