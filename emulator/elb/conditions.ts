/**
 * Listener rule conditions: parsing from API input, rendering back, and matching a request. Wildcards
 * `*` and `?` work as on AWS: case-insensitive for hosts, header values and query strings, case-sensitive
 * for paths and methods. A rule matches when all its conditions match; a condition when any value does.
 */
import { invalid, list, optionalString, requiredString } from './input.ts'

export type Condition =
  | { field: 'host-header' | 'path-pattern' | 'http-request-method'; values: string[] }
  | { field: 'http-header'; headerName: string; values: string[] }
  | { field: 'query-string'; pairs: { key?: string; value: string }[] }

export interface RequestView {
  host: string
  path: string
  method: string
  headers: Record<string, string | string[] | undefined>
  query: URLSearchParams
}

const CONFIG_KEY = {
  'host-header': 'HostHeaderConfig',
  'path-pattern': 'PathPatternConfig',
  'http-header': 'HttpHeaderConfig',
  'http-request-method': 'HttpRequestMethodConfig',
  'query-string': 'QueryStringConfig'
} as const

/** At most one of each of these per rule, as on AWS; http-header and query-string may repeat. */
const SINGLE_FIELDS = ['host-header', 'path-pattern', 'http-request-method']

export function parseConditions(input: unknown): Condition[] {
  const conditions = list(input).map(parseCondition)
  for (const field of SINGLE_FIELDS) {
    if (conditions.filter((c) => c.field === field).length > 1) {
      throw invalid(`A rule can only have one '${field}' condition`)
    }
  }
  return conditions
}

function parseCondition(raw: any): Condition {
  const field = requiredString(raw?.Field, 'Conditions.Field')
  if (field === 'source-ip') throw invalid("The 'source-ip' condition is not supported by the emulator")
  if (!(field in CONFIG_KEY)) throw invalid(`Condition field '${field}' is not valid`)
  const key = CONFIG_KEY[field as keyof typeof CONFIG_KEY]
  const legacy = list<string>(raw.Values).map(String)
  const config = raw[key]
  if (legacy.length > 0 && config !== undefined) {
    throw invalid(`You cannot specify both 'Values' and '${key}' for a '${field}' condition`)
  }
  if (legacy.length > 0 && field !== 'host-header' && field !== 'path-pattern') {
    throw invalid(`The '${field}' condition requires '${key}'`)
  }
  if (field === 'query-string') {
    const pairs = list(config?.Values).map((pair: any) => ({
      key: optionalString(pair?.Key),
      value: requiredString(pair?.Value, 'QueryStringConfig.Values.Value')
    }))
    if (pairs.length === 0) throw invalid("A 'query-string' condition requires at least one value")
    return { field, pairs }
  }
  const values = legacy.length > 0 ? legacy : list<string>(config?.Values).map(String)
  if (values.length === 0) throw invalid(`A '${field}' condition requires at least one value`)
  for (const value of values) {
    if (value.length > 128) throw invalid(`Condition value '${value}' is longer than 128 characters`)
    if (field === 'path-pattern' && !value.startsWith('/') && !value.startsWith('*')) {
      throw invalid(`Path pattern '${value}' must start with '/' or '*'`)
    }
  }
  if (field === 'http-header') {
    return {
      field,
      headerName: requiredString(config?.HttpHeaderName, 'HttpHeaderConfig.HttpHeaderName'),
      values
    }
  }
  return { field: field as 'host-header' | 'path-pattern' | 'http-request-method', values }
}

/** The SDK shape, with the legacy `Values` alongside the config for host and path, as AWS answers. */
export function renderCondition(condition: Condition): any {
  switch (condition.field) {
    case 'host-header':
      return {
        Field: condition.field,
        Values: condition.values,
        HostHeaderConfig: { Values: condition.values }
      }
    case 'path-pattern':
      return {
        Field: condition.field,
        Values: condition.values,
        PathPatternConfig: { Values: condition.values }
      }
    case 'http-request-method':
      return { Field: condition.field, HttpRequestMethodConfig: { Values: condition.values } }
    case 'http-header':
      return {
        Field: condition.field,
        HttpHeaderConfig: { HttpHeaderName: condition.headerName, Values: condition.values }
      }
    case 'query-string':
      return {
        Field: condition.field,
        QueryStringConfig: {
          Values: condition.pairs.map((pair) =>
            pair.key === undefined ? { Value: pair.value } : { Key: pair.key, Value: pair.value }
          )
        }
      }
  }
}

export function matchesAll(conditions: Condition[], request: RequestView): boolean {
  return conditions.every((condition) => matches(condition, request))
}

function matches(condition: Condition, request: RequestView): boolean {
  switch (condition.field) {
    case 'host-header':
      return condition.values.some((value) => wildcard(value, true).test(request.host))
    case 'path-pattern':
      return condition.values.some((value) => wildcard(value, false).test(request.path))
    case 'http-request-method':
      return condition.values.includes(request.method)
    case 'http-header': {
      const header = request.headers[condition.headerName.toLowerCase()]
      const received = header === undefined ? [] : Array.isArray(header) ? header : [header]
      return received.some((text) => condition.values.some((value) => wildcard(value, true).test(text)))
    }
    case 'query-string':
      return condition.pairs.some((pair) =>
        [...request.query].some(
          ([key, value]) =>
            (pair.key === undefined || wildcard(pair.key, true).test(key)) &&
            wildcard(pair.value, true).test(value)
        )
      )
  }
}

const compiled = new Map<string, RegExp>()

function wildcard(pattern: string, ignoreCase: boolean): RegExp {
  const cacheKey = `${ignoreCase ? 'i' : 's'}:${pattern}`
  let regex = compiled.get(cacheKey)
  if (!regex) {
    const body = pattern
      .split('')
      .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
      .join('')
    regex = new RegExp(`^${body}$`, ignoreCase ? 'is' : 's')
    compiled.set(cacheKey, regex)
  }
  return regex
}
