/**
 * What `pair create` records of what it made, in tags: on both services (which services form the pair, the target
 * group it created, the run that made it) and on the cloned target group (the group it was cloned from). `delete`
 * and a re-run of `create` act only on what these tags say the action made.
 */
import type { Tag } from '@aws-sdk/client-ecs'
import { tagValue } from '../../state/state.ts'

export const pairKeys = {
  blue: 'ecs-deploy:pair-blue',
  green: 'ecs-deploy:pair-green',
  targetGroup: 'ecs-deploy:pair-target-group',
  run: 'ecs-deploy:pair-run'
} as const

/** On the green target group: the ARN of the blue group it is a clone of. */
export const cloneOfKey = 'ecs-deploy:pair-clone-of'

export interface PairRecord {
  blue: string
  green: string
  greenTargetGroupArn: string
  run: string
}

export function recordTags(record: PairRecord): Tag[] {
  return [
    { key: pairKeys.blue, value: tagValue(record.blue) },
    { key: pairKeys.green, value: tagValue(record.green) },
    { key: pairKeys.targetGroup, value: tagValue(record.greenTargetGroupArn) },
    { key: pairKeys.run, value: tagValue(record.run) }
  ]
}

export const tagOf = (tags: Tag[] | undefined, key: string): string | undefined =>
  tags?.find((tag) => tag.key === key)?.value

/** Whether a service's tags say `pair create` made it as the green clone of `blue`. */
export const isCloneOf = (tags: Tag[] | undefined, blue: string): boolean =>
  tagOf(tags, pairKeys.blue) === blue

/** A service's own tags, for its clone: this project's keys (state, lock, pair record) are not copied. */
export const ownTags = (tags: Tag[] | undefined): Tag[] =>
  (tags ?? []).filter(
    (tag) => !(tag.key ?? '').startsWith('ecs-deploy:') && !(tag.key ?? '').startsWith('aws:')
  )

/**
 * The green target group's name: the blue one's with `-green`, cut to fit the 32 characters ELBv2 allows (a name
 * may not end with a hyphen). The policies scope target group changes to names ending `-green`.
 */
export function greenGroupName(blueName: string): string {
  const base = blueName.slice(0, 32 - '-green'.length).replace(/-+$/, '')
  return `${base}-green`
}
