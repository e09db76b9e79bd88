/** Request checks shared by the ECS operations, failing the way ECS fails. */
import { AwsError } from '../core/errors.ts'
import type { Tag } from './model.ts'

export function invalidParameter(message: string): AwsError {
  return new AwsError('InvalidParameterException', message)
}

export function clientError(message: string): AwsError {
  return new AwsError('ClientException', message)
}

export function requiredString(input: Record<string, any>, key: string): string {
  const value = input[key]
  if (typeof value !== 'string' || value === '') throw invalidParameter(`${key} can not be blank.`)
  return value
}

export function optionalCount(input: Record<string, any>, key: string): number | undefined {
  const value = input[key]
  if (value === undefined || value === null) return undefined
  if (!Number.isInteger(value) || value < 0) throw invalidParameter(`${key} must be a non-negative integer.`)
  return value
}

/** ECS's service quota "Tasks per service": the highest desired count a service may have. */
export const MAX_TASKS_PER_SERVICE = 5000

/** A service's `desiredCount`: 0 to the tasks-per-service quota, as ECS checks it. */
export function optionalDesiredCount(input: Record<string, any>): number | undefined {
  const count = optionalCount(input, 'desiredCount')
  if (count !== undefined && count > MAX_TASKS_PER_SERVICE)
    throw invalidParameter('Desired count exceeds limit.')
  return count
}

const IMAGE_NAME = /^[A-Za-z0-9_.:/#-]+$/
const IMAGE_DIGEST = /^sha256:[A-Fa-f0-9]{64}$/

/**
 * A container image reference as RegisterTaskDefinition accepts it: up to 255 letters, digits, `-`, `_`,
 * `:`, `.`, `/` and `#`; with a digest (`name@sha256:<64 hex digits>`) only the name counts toward 255.
 */
export function checkImage(image: unknown): void {
  if (image === undefined || image === null || image === '') {
    throw clientError('Container.image should not be null or empty.')
  }
  if (typeof image !== 'string') throw clientError('Container.image contains invalid characters.')
  const at = image.indexOf('@')
  const name = at < 0 ? image : image.slice(0, at)
  if (name.length > 255) throw clientError('Container.image should be 255 characters or less')
  const digestValid = at < 0 || IMAGE_DIGEST.test(image.slice(at + 1))
  if (!IMAGE_NAME.test(name) || !digestValid)
    throw clientError('Container.image contains invalid characters.')
}

const NAME = /^[A-Za-z0-9_-]{1,255}$/

export function checkName(kind: string, name: string): void {
  if (!NAME.test(name)) {
    throw invalidParameter(
      `${kind} name can have up to 255 characters: letters (uppercase and lowercase), numbers, underscores and hyphens.`
    )
  }
}

/** Tags as given to CreateService, RegisterTaskDefinition, TagResource and so on. */
export function checkTags(tags: unknown): Tag[] {
  if (tags === undefined || tags === null) return []
  if (!Array.isArray(tags)) throw invalidParameter('tags must be a list.')
  if (tags.length > 50) throw invalidParameter('A resource can have at most 50 tags.')
  return tags.map((tag) => {
    const key = tag?.key
    const value = tag?.value ?? ''
    if (typeof key !== 'string' || key.length < 1 || key.length > 128) {
      throw invalidParameter('Tag keys must be between 1 and 128 characters.')
    }
    if (typeof value !== 'string' || value.length > 256) {
      throw invalidParameter('Tag values must be at most 256 characters.')
    }
    if (key.toLowerCase().startsWith('aws:'))
      throw invalidParameter('Tag keys beginning with aws: are reserved.')
    return { key, value }
  })
}

/** A page of `items`; the token is the offset of the next page. */
export function paginate<T>(
  items: T[],
  input: { nextToken?: string; maxResults?: number },
  defaultSize: number,
  maxSize: number
): { page: T[]; nextToken?: string } {
  const size = input.maxResults ?? defaultSize
  if (!Number.isInteger(size) || size < 1 || size > maxSize) {
    throw invalidParameter(`maxResults must be between 1 and ${maxSize}.`)
  }
  let offset = 0
  if (input.nextToken) {
    offset = Number(Buffer.from(input.nextToken, 'base64').toString('utf8'))
    if (!Number.isInteger(offset) || offset < 0) throw invalidParameter('Invalid nextToken.')
  }
  const page = items.slice(offset, offset + size)
  const next = offset + size
  return { page, nextToken: next < items.length ? Buffer.from(String(next)).toString('base64') : undefined }
}
