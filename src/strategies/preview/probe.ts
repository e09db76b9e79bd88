/**
 * The probe of a preview sends what its rule matches: the preview header, and the preview host as Host when the
 * URL names another host (a loopback or internal address). fetch may not set Host, so this one speaks node:http.
 */
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { Fetch } from '../../gates/http-probe.ts'
import type { PreviewAddress } from './address.ts'

/** The headers a probe of `url` needs to reach the preview. */
export function probeHeaders(url: string, address: PreviewAddress): Record<string, string> {
  const headers: Record<string, string> = {}
  if (address.header) headers[address.header.name] = address.header.value
  if (address.host && new URL(url).hostname.toLowerCase() !== address.host) headers.host = address.host
  return headers
}

/** A GET that may set any header, Host included; the answer's body is read and dropped. */
export const headerFetch: Fetch = (url, init) =>
  new Promise((resolve, reject) => {
    const send = url.startsWith('https:') ? httpsRequest : httpRequest
    const request = send(url, { method: 'GET', headers: init.headers, signal: init.signal }, (response) => {
      response.resume()
      response.on('end', () => resolve({ status: response.statusCode ?? 0 }))
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end()
  })
