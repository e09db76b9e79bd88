/**
 * How a preview is reached: its host and/or header, rendered from the inputs' templates for one pull request, and
 * checked as ALB rule conditions take them (a DNS name, a `name: value` header, at most 128 characters a value).
 */
import type { RuleCondition } from '@aws-sdk/client-elastic-load-balancing-v2'
import { quote } from '../../core/errors.ts'

/** What a template may name: the PR number and the head commit (its first 7 characters). */
export const placeholders = ['pr', 'sha'] as const

export type TemplateFacts = Record<(typeof placeholders)[number], string>

/** A template's placeholders are known ones (`{pr}`, `{sha}`, and `extra`); returns it. */
export function checkTemplate(raw: string, extra: readonly string[] = []): string {
  const known: readonly string[] = [...placeholders, ...extra]
  for (const [, name] of raw.matchAll(/\{([^{}]*)\}/g)) {
    if (!known.includes(name)) {
      throw new Error(
        `has an unknown placeholder {${name}} in ${quote(raw)} (known: ${known.map((k) => `{${k}}`).join(', ')})`
      )
    }
  }
  return raw
}

export function render(template: string, facts: Record<string, string>): string {
  return template.replace(/\{([^{}]*)\}/g, (whole, name: string) => facts[name] ?? whole)
}

/** A DNS name a host-header condition can match exactly: labels of letters, digits and inner hyphens. */
export function hostProblem(host: string): string | undefined {
  if (host.length > 128) return `is ${host.length} characters long (an ALB condition value takes at most 128)`
  const labels = host.split('.')
  const bad = labels.find((label) => !/^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(label))
  if (bad !== undefined) {
    return `is not a valid DNS name (label ${quote(bad)}: each label is 1 to 63 letters, digits and hyphens, not starting or ending with a hyphen)`
  }
  return undefined
}

export interface PreviewHeader {
  name: string
  value: string
}

/** `X-Preview: pr-{pr}` -> name and value template. */
export function parseHeader(raw: string): PreviewHeader {
  const match = /^([^:\s]+)\s*:\s*(.+)$/.exec(raw.trim())
  if (!match) throw new Error(`${quote(raw)} is not \`name: value\` (e.g. X-Preview: pr-{pr})`)
  const [, name, value] = match
  if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,40}$/.test(name)) {
    throw new Error(
      `${quote(raw)}: the header name ${quote(name)} is not a header name of at most 40 characters`
    )
  }
  if (name.toLowerCase() === 'host') throw new Error(`${quote(raw)}: use the host input for the Host header`)
  return { name, value: checkTemplate(value.trim()) }
}

/** The preview's address for one pull request, rendered and checked. */
export interface PreviewAddress {
  host?: string
  header?: PreviewHeader
  url?: string
}

/** Renders the templates for `facts`; each problem names its input. */
export function renderAddress(
  templates: { host?: string; header?: PreviewHeader; url?: string },
  facts: TemplateFacts
): PreviewAddress {
  const problems: string[] = []
  const host = templates.host ? render(templates.host, facts).toLowerCase() : undefined
  const hostIssue = host ? hostProblem(host) : undefined
  if (host && hostIssue) problems.push(`host ${quote(host)} ${hostIssue}`)
  const header = templates.header && { ...templates.header, value: render(templates.header.value, facts) }
  if (header && header.value.length > 128) {
    problems.push(`header value ${quote(header.value)} is longer than 128 characters`)
  }
  const url = templates.url
    ? render(templates.url, { ...facts, host: host ?? '' })
    : host
      ? `https://${host}/`
      : undefined
  if (url && !/^https?:\/\/[^/\s]+/.test(url)) problems.push(`url ${quote(url)} is not an http(s) URL`)
  if (problems.length > 0) throw new Error(problems.join('; '))
  return { host, header, url }
}

/** `X-Preview: pr-7` */
export function headerLine(header: PreviewHeader | undefined): string | undefined {
  return header ? `${header.name}: ${header.value}` : undefined
}

/** The preview rule's conditions: the host and the header (both must match when both are given). */
export function conditionsOf(address: PreviewAddress): RuleCondition[] {
  const conditions: RuleCondition[] = []
  if (address.host) conditions.push({ Field: 'host-header', HostHeaderConfig: { Values: [address.host] } })
  if (address.header) {
    conditions.push({
      Field: 'http-header',
      HttpHeaderConfig: { HttpHeaderName: address.header.name, Values: [address.header.value] }
    })
  }
  return conditions
}

/**
 * The lowest priority free on the preview listener, outside the locks' range (45000-49999) and, when the production
 * rule is on the same listener, before it (so that the preview's requests are matched before production's).
 */
export function freePriority(used: number[], before = 45_000): number | undefined {
  const taken = new Set(used)
  for (let priority = 1; priority < Math.min(before, 45_000); priority++) {
    if (!taken.has(priority)) return priority
  }
  return undefined
}

/** Whether a rule's conditions (as AWS describes them, legacy `Values` included) are these. */
export function sameConditions(described: RuleCondition[], wanted: RuleCondition[]): boolean {
  const key = (condition: RuleCondition) =>
    JSON.stringify([
      condition.Field,
      condition.HttpHeaderConfig?.HttpHeaderName?.toLowerCase(),
      condition.HostHeaderConfig?.Values ?? condition.HttpHeaderConfig?.Values ?? condition.Values
    ])
  const keys = (conditions: RuleCondition[]) => conditions.map(key).sort().join('|')
  return keys(described) === keys(wanted)
}
