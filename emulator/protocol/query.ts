/**
 * The awsQuery protocol (ELBv2, and CloudWatch for older clients): a form-encoded body `Action=<Op>&Version=<v>&...` whose keys are paths
 * (`Actions.member.1.ForwardConfig.TargetGroups.member.2.Weight`), answered with XML in the service's
 * namespace. Decoding builds the SDK input shape with every leaf a string; lists (`member.N`, or
 * flattened `N`) become arrays and maps (`entry.N.key` / `entry.N.value`) become objects. Without the
 * service model an empty list (`Names=`) cannot be told from an empty string: it decodes to `''`.
 */
import { AwsError } from '../core/errors.ts'
import type { DecodedCall, WireProtocol, WireRequest, WireResponse } from './wire.ts'
import { header } from './wire.ts'
import { xmlElement } from './xml.ts'

export interface AwsQueryOptions {
  /** The `Version` parameter this service answers, e.g. `2015-12-01`. */
  version: string
  /** The namespace of every response document. */
  xmlns: string
  /** Operations without an output shape: AWS answers them with `ResponseMetadata` only, no `<OpResult>`. */
  withoutResult?: readonly string[]
  /** Output members whose values are maps (the service model says which), encoded as `entry` lists. */
  mapMembers?: readonly string[]
}

export function awsQuery(options: AwsQueryOptions): WireProtocol {
  const withoutResult = new Set(options.withoutResult)
  const maps = new Set(options.mapMembers)
  const respond = (status: number, requestId: string, body: string): WireResponse => ({
    status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body
  })

  return {
    decode(request: WireRequest): DecodedCall | undefined {
      if (!isFormEncoded(request)) return undefined
      const params = new URLSearchParams(request.body)
      if (params.get('Version') !== options.version) return undefined
      const operation = params.get('Action')
      if (!operation) {
        return { operation: 'unknown', error: new AwsError('MissingAction', 'The request has no Action') }
      }
      params.delete('Action')
      params.delete('Version')
      return { operation, input: decodeQueryParams(params) }
    },

    result(operation: string, output: unknown, requestId: string): WireResponse {
      const result = withoutResult.has(operation)
        ? ''
        : xmlElement(`${operation}Result`, output ?? {}, { maps })
      const metadata = xmlElement('ResponseMetadata', { RequestId: requestId })
      return respond(
        200,
        requestId,
        `<${operation}Response xmlns="${options.xmlns}">${result}${metadata}</${operation}Response>`
      )
    },

    error(operation: string, error: AwsError, requestId: string): WireResponse {
      // What awsJson services call UnknownOperationException, awsQuery services answer as InvalidAction.
      const answered =
        error.code === 'UnknownOperationException'
          ? new AwsError('InvalidAction', `The action ${operation} is not valid for this web service.`)
          : error
      return respond(answered.status, requestId, queryErrorDocument(answered, requestId, options.xmlns))
    }
  }
}

/** An awsQuery `ErrorResponse` document; `xmlns` is left out when no service is known. */
export function queryErrorDocument(error: AwsError, requestId: string, xmlns?: string): string {
  const detail = xmlElement('Error', {
    Type: error.status < 500 ? 'Sender' : 'Receiver',
    Code: error.code,
    Message: error.message
  })
  const id = xmlElement('RequestId', requestId)
  const namespace = xmlns ? ` xmlns="${xmlns}"` : ''
  return `<ErrorResponse${namespace}>${detail}${id}</ErrorResponse>`
}

/** Whether a request carries a form-encoded (awsQuery) body. */
export function isFormEncoded(request: WireRequest): boolean {
  return (header(request.headers, 'content-type') ?? '').startsWith('application/x-www-form-urlencoded')
}

type Tree = { [segment: string]: Tree | string }

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** The SDK input shape for awsQuery parameters (without Action and Version). */
export function decodeQueryParams(params: URLSearchParams): Record<string, unknown> {
  const root: Tree = {}
  for (const [key, value] of params) {
    const path = key.split('.')
    if (path.some((segment) => segment === '' || UNSAFE_KEYS.has(segment))) continue
    let node = root
    for (const segment of path.slice(0, -1)) {
      const next = node[segment]
      if (typeof next === 'object') node = next
      else node = node[segment] = {}
    }
    const last = path[path.length - 1]
    if (typeof node[last] !== 'object') node[last] = value
  }
  return normalize(root) as Record<string, unknown>
}

const isIndex = (segment: string) => /^[1-9][0-9]*$/.test(segment)

/** Turns the path tree into the SDK shape: numbered children into arrays, `member` / `entry` wrappers away. */
function normalize(node: Tree | string): unknown {
  if (typeof node === 'string') return node
  const keys = Object.keys(node)
  if (keys.length > 0 && keys.every(isIndex)) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((key) => normalize(node[key]))
  }
  if (keys.length === 1 && keys[0] === 'member') {
    const list = normalize(node.member)
    if (Array.isArray(list)) return list
  }
  if (keys.length === 1 && keys[0] === 'entry') {
    const entries = normalize(node.entry)
    if (Array.isArray(entries) && entries.every(isEntry)) {
      return Object.fromEntries(entries.filter((e) => !UNSAFE_KEYS.has(e.key)).map((e) => [e.key, e.value]))
    }
  }
  return Object.fromEntries(keys.map((key) => [key, normalize(node[key])]))
}

function isEntry(value: unknown): value is { key: string; value: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string'
}
