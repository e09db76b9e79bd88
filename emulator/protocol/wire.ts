/**
 * What a wire protocol does for the HTTP front end: recognise its requests, decode them into the SDK's
 * input shape, and encode results and errors the way the SDK clients parse them.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { AwsError } from '../core/errors.ts'

export interface WireRequest {
  headers: IncomingHttpHeaders
  body: string
}

export interface WireResponse {
  status: number
  headers: Record<string, string>
  body: string
}

/** A request this protocol recognised: its operation and its decoded input, or why it cannot be decoded. */
export type DecodedCall = { operation: string; input: any } | { operation: string; error: AwsError }

export interface WireProtocol {
  /** `undefined` when the request is not of this protocol (or for another service speaking it). */
  decode(request: WireRequest): DecodedCall | undefined
  result(operation: string, output: unknown, requestId: string): WireResponse
  error(operation: string, error: AwsError, requestId: string): WireResponse
}

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}
