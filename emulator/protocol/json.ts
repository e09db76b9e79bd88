/**
 * The awsJson1_0 / awsJson1_1 protocols: `POST /` with `X-Amz-Target: <prefix>.<Operation>` and a JSON body;
 * results are JSON with timestamps as epoch seconds; errors carry their code in `__type` and
 * `x-amzn-errortype`. Services marked query-compatible (CloudWatch) also answer `x-amzn-query-error`,
 * from which the SDK takes the error code.
 */
import { AwsError } from '../core/errors.ts'
import { header, type DecodedCall, type WireProtocol, type WireRequest, type WireResponse } from './wire.ts'

export interface AwsJsonOptions {
  version: '1.0' | '1.1'
  /** e.g. `AmazonEC2ContainerServiceV20141113`. */
  targetPrefix: string
  queryCompatible?: boolean
}

export function awsJson(options: AwsJsonOptions): WireProtocol {
  const contentType = `application/x-amz-json-${options.version}`
  const prefix = `${options.targetPrefix}.`

  const respond = (status: number, requestId: string, body: unknown, extra: Record<string, string> = {}) => ({
    status,
    headers: { 'content-type': contentType, 'x-amzn-requestid': requestId, ...extra },
    body: encodeJson(body)
  })

  return {
    decode(request: WireRequest): DecodedCall | undefined {
      const target = header(request.headers, 'x-amz-target')
      if (!target?.startsWith(prefix)) return undefined
      const operation = target.slice(prefix.length)
      try {
        const input = request.body.trim() === '' ? {} : JSON.parse(request.body)
        if (input === null || typeof input !== 'object' || Array.isArray(input)) {
          throw new Error('not an object')
        }
        return { operation, input }
      } catch {
        return {
          operation,
          error: new AwsError('SerializationException', 'The request body is not a JSON object')
        }
      }
    },

    result(_operation: string, output: unknown, requestId: string): WireResponse {
      return respond(200, requestId, output ?? {})
    },

    error(_operation: string, error: AwsError, requestId: string): WireResponse {
      const extra: Record<string, string> = { 'x-amzn-errortype': error.code }
      if (options.queryCompatible) {
        extra['x-amzn-query-error'] = `${error.code};${error.status < 500 ? 'Sender' : 'Receiver'}`
      }
      return respond(error.status, requestId, { __type: error.code, message: error.message }, extra)
    }
  }
}

/** JSON with every Date as (fractional) epoch seconds, the protocols' default timestamp format. */
export function encodeJson(value: unknown): string {
  return JSON.stringify(value, function (this: any, key: string, encoded: unknown) {
    const raw = this[key]
    return raw instanceof Date ? raw.getTime() / 1000 : encoded
  })
}
