/** Request checks shared by the CloudWatch operations, failing the way CloudWatch fails. */
import { AwsError } from '../core/errors.ts'
import { isPercentile, isStatistic, type MetricId } from './metrics.ts'

export interface Dimension {
  Name: string
  Value: string
}

export function required(input: any, name: string): any {
  const value = input?.[name]
  if (value === undefined || value === null || value === '') {
    throw new AwsError('MissingParameter', `The parameter ${name} is required.`)
  }
  return value
}

/** A list parameter; absent or empty (awsQuery sends an empty list as `''`) is `[]`. */
export function list(input: any, name: string): any[] {
  const value = input?.[name]
  if (value === undefined || value === null || value === '') return []
  if (!Array.isArray(value)) throw invalidValue(name, value)
  return value
}

export function invalidValue(name: string, value: unknown, allowed?: readonly string[]): AwsError {
  const hint = allowed ? ` Valid values: ${allowed.join(', ')}.` : ''
  return new AwsError(
    'InvalidParameterValue',
    `The value ${String(value)} for parameter ${name} is not valid.${hint}`
  )
}

/** A boolean as either protocol sends it: JSON `true`, awsQuery `'true'`. */
export function flag(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback
  if (value === true || value === 'true') return true
  if (value === false || value === 'false') return false
  throw invalidValue(name, value)
}

export function positiveInteger(value: unknown, name: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw invalidValue(name, value)
  return n
}

export function checkStatistic(stat: string, name: string): void {
  if (!isStatistic(stat) && !isPercentile(stat)) throw invalidValue(name, stat)
}

/** JSON protocols send timestamps as epoch seconds, awsQuery as ISO 8601 strings; Dates are accepted too. */
export function toDate(value: unknown, name: string): Date {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'number' || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value))
        ? new Date(Number(value) * 1000)
        : typeof value === 'string'
          ? new Date(value)
          : new Date(NaN)
  if (Number.isNaN(date.getTime())) throw invalidValue(name, value)
  return date
}

export function dimensionMap(input: any): Record<string, string> {
  const dimensions: Record<string, string> = {}
  for (const d of list(input, 'Dimensions')) dimensions[required(d, 'Name')] = String(required(d, 'Value'))
  return dimensions
}

export function dimensionList(dimensions: Record<string, string>): Dimension[] {
  return Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value }))
}

export function metricOf(input: any): MetricId {
  return {
    namespace: required(input, 'Namespace'),
    metricName: required(input, 'MetricName'),
    dimensions: dimensionMap(input)
  }
}

/** A page of `items` from the opaque token (an offset). */
export function paginate<T>(items: T[], token: unknown, size: number): { page: T[]; next?: string } {
  const offset = token === undefined ? 0 : Number(token)
  if (!Number.isInteger(offset) || offset < 0 || offset > items.length) {
    throw new AwsError('InvalidNextToken', 'The NextToken is not valid.')
  }
  const page = items.slice(offset, offset + size)
  return { page, next: offset + size < items.length ? String(offset + size) : undefined }
}

/** `MaxRecords` from 1 to 100, `fallback` when not given. */
export function maxRecords(input: any, fallback: number): number {
  const value = input.MaxRecords === undefined ? fallback : Number(input.MaxRecords)
  if (!Number.isInteger(value) || value < 1 || value > 100) throw invalidValue('MaxRecords', input.MaxRecords)
  return value
}
