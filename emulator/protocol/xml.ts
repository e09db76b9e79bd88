/**
 * The XML the awsQuery SDK deserializer reads: structures as child elements, lists as `<member>`
 * children, timestamps in ISO 8601, booleans and numbers as text, everything else escaped text.
 */

/** `<name>value</name>`; `undefined` / `null` members are left out. */
export function xmlElement(name: string, value: unknown): string {
  return `<${name}>${xmlContent(value)}</${name}>`
}

function xmlContent(value: unknown): string {
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) {
    return value
      .filter((item) => item !== undefined && item !== null)
      .map((item) => xmlElement('member', item))
      .join('')
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .filter(([, member]) => member !== undefined && member !== null)
      .map(([key, member]) => xmlElement(key, member))
      .join('')
  }
  return escapeXml(String(value))
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
