/**
 * The rollout record of a blue/green pair: the record every action keeps on the service it deploys to
 * (src/record/service-record.ts), plus the color that was live when the rollout began. Each rollout writes to
 * the color it deploys to; the newest record of the pair's two services is the current one.
 */
import type { Tag } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import {
  readServiceRecord,
  recordKey,
  recordTags as tagsOf,
  serviceRecordKeys,
  tagOf,
  writeRecord as write,
  type ServiceRecord
} from '../record/service-record.ts'
import type { Color } from './pair.ts'

export interface PairRecord extends ServiceRecord {
  /** The color the rollout deployed to: the service that holds the record. */
  color: Color
  /** The color that was live when the rollout began. */
  previousColor: Color
}

/** The tag keys: the shared ones, with the previous color among them. */
export const recordKeys = {
  status: serviceRecordKeys.status,
  taskDefinition: serviceRecordKeys.taskDefinition,
  previousTaskDefinition: serviceRecordKeys.previousTaskDefinition,
  previousColor: recordKey('previous-color'),
  run: serviceRecordKeys.run,
  updatedAt: serviceRecordKeys.updatedAt
} as const satisfies Record<Exclude<keyof PairRecord, 'color'>, string>

/** The record as tags. */
export function recordTags(record: PairRecord): Tag[] {
  return tagsOf(recordKeys, record)
}

/** The record a service's tags hold, if they hold a complete and well-formed one. */
export function readRecord(color: Color, tags: Tag[] | undefined): PairRecord | undefined {
  const record = readServiceRecord(tags)
  const previousColor = tagOf(tags, recordKeys.previousColor)
  if (!record || (previousColor !== 'blue' && previousColor !== 'green')) return undefined
  return { color, ...record, previousColor }
}

/** The newest record among the pair's services (each rollout writes to the color it deploys to). */
export function latestRecord(records: (PairRecord | undefined)[]): PairRecord | undefined {
  return records
    .filter((record): record is PairRecord => record !== undefined)
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0]
}

export async function writeRecord(
  ecs: EcsPort,
  serviceArn: string,
  record: PairRecord,
  signal?: AbortSignal
): Promise<void> {
  await write(ecs, serviceArn, recordKeys, record, signal)
}
