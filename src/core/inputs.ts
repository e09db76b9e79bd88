import { parseDuration } from './duration.ts'
import { InputError, quote } from './errors.ts'

/** Reads one raw input by its action.yml name ('' when not given). */
export type InputReader = (name: string) => string

/** Turns a non-empty raw value into a typed one, or throws with what is wrong (the caller adds the name). */
export type Parser<T> = (raw: string) => T

/** One input of an action, declared once: its action.yml name, its default, and how to read it. */
export interface InputSpec<T> {
  readonly name: string
  readonly required: boolean
  /** The text that action.yml declares as default (parsed like any given value). */
  readonly default?: string
  read(raw: string): T
}

export type InputValues<S> = { [K in keyof S]: S[K] extends InputSpec<infer T> ? T : never }

export function required<T>(name: string, parse: Parser<T>): InputSpec<T> {
  return {
    name,
    required: true,
    read(raw) {
      if (raw === '') throw new Error('is required')
      return parse(raw)
    }
  }
}

export function optional<T>(name: string, parse: Parser<T>): InputSpec<T | undefined> {
  return { name, required: false, read: (raw) => (raw === '' ? undefined : parse(raw)) }
}

export function withDefault<T>(name: string, defaultText: string, parse: Parser<T>): InputSpec<T> {
  return { name, required: false, default: defaultText, read: (raw) => parse(raw === '' ? defaultText : raw) }
}

/**
 * Reads every input of a spec and reports every problem at once, in one line that names each input.
 */
export function readInputs<S extends Record<string, InputSpec<unknown>>>(
  spec: S,
  reader: InputReader
): InputValues<S> {
  const values: Record<string, unknown> = {}
  const problems: string[] = []
  for (const [key, input] of Object.entries(spec)) {
    try {
      values[key] = input.read(reader(input.name).trim())
    } catch (error) {
      problems.push(`${input.name} ${(error as Error).message}`)
    }
  }
  if (problems.length > 0) throw invalidInputs(problems)
  return values as InputValues<S>
}

/** One error for one or more `<input> <problem>` lines. */
export function invalidInputs(problems: string[]): InputError {
  return new InputError(`Invalid input${problems.length > 1 ? 's' : ''}: ${problems.join('; ')}`)
}

// Parsers. Each throws an Error whose message completes "<input name> ...".

export const text: Parser<string> = (raw) => raw

export function duration(limits: { min?: number; max?: number } = {}): Parser<number> {
  return (raw) => {
    const ms = parseDuration(raw)
    if (ms === undefined)
      throw new Error(`${quote(raw)} is not a duration (examples: 90s, 5m, 1h; a bare number is seconds)`)
    if (limits.min !== undefined && ms < limits.min)
      throw new Error(`${quote(raw)} is shorter than ${limits.min / 1000}s`)
    if (limits.max !== undefined && ms > limits.max)
      throw new Error(`${quote(raw)} is longer than ${limits.max / 1000}s`)
    return ms
  }
}

export function integer(limits: { min?: number; max?: number } = {}): Parser<number> {
  return (raw) => {
    if (!/^-?\d+$/.test(raw)) throw new Error(`${quote(raw)} is not a whole number`)
    const value = Number(raw)
    if (limits.min !== undefined && value < limits.min)
      throw new Error(`${quote(raw)} is less than ${limits.min}`)
    if (limits.max !== undefined && value > limits.max)
      throw new Error(`${quote(raw)} is more than ${limits.max}`)
    return value
  }
}

/** `25%` or `25`, from 0 to 100. */
export const percentage: Parser<number> = (raw) => {
  const match = /^(\d+(\.\d+)?)\s*%?$/.exec(raw)
  const value = match ? Number(match[1]) : NaN
  if (!(value >= 0 && value <= 100)) throw new Error(`${quote(raw)} is not a percentage from 0 to 100`)
  return value
}

/** The YAML 1.2 booleans that workflow files use. */
export const boolean: Parser<boolean> = (raw) => {
  const value = raw.toLowerCase()
  if (value === 'true') return true
  if (value === 'false') return false
  throw new Error(`${quote(raw)} is not a boolean (true or false)`)
}

/** Items separated by commas or new lines; blanks dropped. */
export const list: Parser<string[]> = (raw) =>
  raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')

export function oneOf<const T extends string>(choices: readonly T[]): Parser<T> {
  return (raw) => {
    if ((choices as readonly string[]).includes(raw)) return raw as T
    throw new Error(`${quote(raw)} is not one of ${choices.join(', ')}`)
  }
}

/** An ARN of the given service whose resource starts with `resourceType` (e.g. `task-definition`). */
export function arn(service: string, resourceType: string): Parser<string> {
  const pattern = new RegExp(`^arn:aws[a-z-]*:${service}:[a-z0-9-]+:\\d{12}:${resourceType}[/:].+$`)
  return (raw) => {
    if (!pattern.test(raw)) {
      throw new Error(
        `${quote(raw)} is not an ARN of the form arn:aws:${service}:<region>:<account>:${resourceType}/...`
      )
    }
    return raw
  }
}

/** An absolute http:// or https:// URL. */
export const httpUrl: Parser<string> = (raw) => {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`${quote(raw)} is not a URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${quote(raw)} is not an http(s) URL`)
  return raw
}
