/**
 * The XML the awsQuery SDK deserializer reads: structures as child elements, lists as `<member>`
 * children, maps as `<entry><key/><value/></entry>` children, timestamps in ISO 8601, booleans and numbers
 * as text, everything else escaped text.
 */

export interface XmlOptions {
  /** Members whose object values are maps, not structures (the service model says which). */
  maps?: ReadonlySet<string>
}

/** `<name>value</name>`; `undefined` / `null` members are left out. */
export function xmlElement(name: string, value: unknown, options: XmlOptions = {}): string {
  const isMap =
    options.maps?.has(name) && typeof value === 'object' && value !== null && !Array.isArray(value)
  const content = isMap ? mapContent(value as Record<string, unknown>, options) : xmlContent(value, options)
  return `<${name}>${content}</${name}>`
}

function xmlContent(value: unknown, options: XmlOptions): string {
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) {
    return value
      .filter((item) => item !== undefined && item !== null)
      .map((item) => xmlElement('member', item, options))
      .join('')
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .filter(([, member]) => member !== undefined && member !== null)
      .map(([key, member]) => xmlElement(key, member, options))
      .join('')
  }
  return escapeXml(String(value))
}

function mapContent(map: Record<string, unknown>, options: XmlOptions): string {
  return Object.entries(map)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => `<entry>${xmlElement('key', key)}${xmlElement('value', value, options)}</entry>`)
    .join('')
}
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;'
}

/** Escaped text; characters XML cannot carry at all are dropped. */
export function escapeXml(text: string): string {
  let escaped = ''
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
      code === 0xfffe ||
      code === 0xffff
    )
      continue
    escaped += ENTITIES[char] ?? char
  }
  return escaped
}
