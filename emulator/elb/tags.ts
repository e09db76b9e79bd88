/** Tags on any load balancer, target group, listener or rule. */
import { AwsError } from '../core/errors.ts'
import type { Operation } from './context.ts'
import { invalid, list, optionalString, requiredString } from './input.ts'
import type { Tag } from './model.ts'

const MAX_TAGS = 50

export function parseTags(input: unknown): Tag[] {
  const tags = list(input).map((tag: any) => ({
    Key: requiredString(tag?.Key, 'Tags.Key'),
    Value: optionalString(tag.Value) ?? ''
  }))
  if (new Set(tags.map((tag) => tag.Key)).size !== tags.length) {
    throw new AwsError('DuplicateTagKeys', 'A tag key was specified more than once')
  }
  if (tags.length > MAX_TAGS)
    throw new AwsError('TooManyTags', `A resource can have at most ${MAX_TAGS} tags`)
  return tags
}

function setTags(current: Tag[], changes: Tag[]): void {
  for (const change of changes) {
    const existing = current.find((tag) => tag.Key === change.Key)
    if (existing) existing.Value = change.Value
    else current.push({ ...change })
  }
}

function resourceArns(input: any): string[] {
  const arns = list<string>(input?.ResourceArns).map(String)
  if (arns.length === 0) throw invalid('ResourceArns must be specified')
  return arns
}

export const tagOperations: Record<string, Operation> = {
  AddTags({ state }, input) {
    const tags = parseTags(input?.Tags)
    if (tags.length === 0) throw invalid('Tags must be specified')
    const targets = resourceArns(input).map((arn) => state.tagsOf(arn))
    for (const current of targets) {
      const merged = [...current]
      setTags(merged, tags)
      if (merged.length > MAX_TAGS)
        throw new AwsError('TooManyTags', `A resource can have at most ${MAX_TAGS} tags`)
    }
    for (const current of targets) setTags(current, tags)
    return {}
  },

  RemoveTags({ state }, input) {
    const keys = list<string>(input?.TagKeys).map(String)
    if (keys.length === 0) throw invalid('TagKeys must be specified')
    for (const current of resourceArns(input).map((arn) => state.tagsOf(arn))) {
      const kept = current.filter((tag) => !keys.includes(tag.Key))
      current.splice(0, current.length, ...kept)
    }
    return {}
  },

  DescribeTags({ state }, input) {
    return {
      TagDescriptions: resourceArns(input).map((arn) => ({
        ResourceArn: arn,
        Tags: state.tagsOf(arn).map((tag) => ({ ...tag }))
      }))
    }
  }
}
