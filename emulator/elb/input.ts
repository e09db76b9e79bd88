/**
 * Reading awsQuery input: every leaf arrives as a string and every list as an array (an empty list may
 * arrive as '' or be absent). These helpers coerce and validate, answering `ValidationError` the way AWS
 * words it.
 */
import { AwsError } from '../core/errors.ts'

export function invalid(message: string): AwsError {
  return new AwsError('ValidationError', message)
}

function constraint(value: unknown, field: string, rule: string): AwsError {
  return invalid(
    `1 validation error detected: Value '${String(value)}' at '${field}' failed to satisfy constraint: ${rule}`
  )
}

export function list<T = any>(value: unknown): T[] {
  if (Array.isArray(value)) return value as T[]
  if (value === undefined || value === null || value === '') return []
  return [value as T]
}

export function optionalString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  return String(value)
}

export function requiredString(value: unknown, field: string): string {
  const text = optionalString(value)
  if (text === undefined || text === '') throw invalid(`${field} must be specified`)
  return text
}

export function optionalInt(value: unknown, field: string, min: number, max: number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const text = String(value).trim()
  if (!/^-?\d+$/.test(text)) throw constraint(value, field, 'Member must be an integer')
  const number = Number(text)
  if (number < min) throw constraint(value, field, `Member must have value greater than or equal to ${min}`)
  if (number > max) throw constraint(value, field, `Member must have value less than or equal to ${max}`)
  return number
}

export function requiredInt(value: unknown, field: string, min: number, max: number): number {
  const number = optionalInt(value, field, min, max)
  if (number === undefined) throw invalid(`${field} must be specified`)
  return number
}

export function optionalBool(value: unknown, field: string): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (value === true || value === 'true') return true
  if (value === false || value === 'false') return false
  throw constraint(value, field, "Member must be 'true' or 'false'")
}

export function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T | undefined {
  const text = optionalString(value)
  if (text === undefined) return undefined
  if (!allowed.includes(text as T)) {
    throw constraint(value, field, `Member must satisfy enum value set: [${allowed.join(', ')}]`)
  }
  return text as T
}

/** Load balancer and target group names: 1-32 alphanumerics or hyphens, no hyphen at either end. */
export function resourceName(value: unknown, field: string): string {
  const name = requiredString(value, field)
  if (name.length > 32) throw constraint(value, field, 'Member must have length less than or equal to 32')
  if (!/^[A-Za-z0-9-]+$/.test(name) || name.startsWith('-') || name.endsWith('-')) {
    throw invalid(
      `${field} '${name}' can have a maximum of 32 characters, must contain only alphanumeric characters or hyphens, and must not begin or end with a hyphen`
    )
  }
  return name
}

/** Describe* paging: `Marker` is the position of the next item; `PageSize` 1-400 (everything when absent). */
export function paginate<T>(items: T[], input: any): { page: T[]; NextMarker?: string } {
  const size = optionalInt(input?.PageSize, 'pageSize', 1, 400)
  const marker = optionalString(input?.Marker)
  const start = marker === undefined || marker === '' ? 0 : Number(marker)
  if (!Number.isInteger(start) || start < 0 || start > items.length)
    throw invalid(`Invalid marker '${marker}'`)
  if (size === undefined) return { page: items.slice(start) }
  const end = start + size
  return end < items.length
    ? { page: items.slice(start, end), NextMarker: String(end) }
    : { page: items.slice(start) }
}
