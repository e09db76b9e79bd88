/**
 * Plain words for the summary: AWS names shortened to what a person reads (`web:6` for a task definition ARN, the
 * target group's name for its ARN, no task ids), a reason's clauses each said once, and its gist in one short line.
 */
import { revisionOf } from './versions.ts'

const arnPattern = /arn:aws[\w-]*:[\w-]+:[\w-]*:\d*:[^\s,;()]+/g

/** An ARN as people name the resource: `web:6`, `shop-blue` (a target group), `service web`, `rule 4e08c6ba`. */
export function shortArn(arn: string): string {
  if (/:task-definition\//.test(arn)) return revisionOf(arn)
  const resource = arn.replace(/^arn:[^:]+:[^:]+:[^:]*:\d*:/, '')
  const group = /^targetgroup\/([^/]+)\//.exec(resource)
  if (group) return group[1]
  const rule = /^listener-rule\/app\/([^/]+)\/.*\/([^/]+)$/.exec(resource)
  if (rule) return `rule ${rule[2].slice(0, 8)} of ${rule[1]}`
  return resource.split('/').pop() ?? resource
}

/**
 * A line in plain words: ARNs shortened, lists of task ids and `(service web)`-style tags of service events dropped,
 * spaces tidied.
 */
export function plain(text: string): string {
  return text
    .replace(arnPattern, shortArn)
    .replace(/\((?:target-group|deployment) ([^()]*)\)/g, '$1')
    .replace(/\s*\((?:tasks?|service) [^()]*\)(?:\s*\(task [^()]*\))*/g, '')
    .replace(/\s*\(tasks? [0-9a-f]{16,}(?:, [0-9a-f]{16,})*\)/g, '')
    .replace(/:\s*\./g, '.')
    .replace(/\s+([.,;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The clauses of a reason (`a; b; c`), each once: a clause that repeats, or that an earlier one already contains,
 * is left out (`6 tasks stopped: X; 6 tasks stopped: X` is said once).
 */
export function clauses(reason: string): string[] {
  const kept: string[] = []
  for (const clause of reason.split(/;\s+/)) {
    const text = clause.trim().replace(/^[.;,\s]+|[;,\s]+$/g, '')
    if (text === '' || kept.some((earlier) => earlier.includes(text))) continue
    const inside = kept.findIndex((earlier) => text.includes(earlier))
    if (inside >= 0) kept.splice(inside, 1)
    kept.push(text)
  }
  return kept
}

/** The reason with each clause said once, in plain words. */
export function fullReason(reason: string): string {
  return clauses(plain(reason)).join('; ')
}

/** At most this many characters in the headline's reason. */
const maxGist = 140

/** What ECS's stop codes mean, said plainly. */
const stopWords: [RegExp, string][] = [
  [/container (\S+): exit code ([1-9]\d*)/, 'container $1 exited with code $2'],
  [/CannotPullContainerError/, 'the image could not be pulled'],
  [/ResourceInitializationError/, 'a secret or the log configuration could not be set up'],
  [/OutOfMemoryError|OutOfMemory/, 'a container ran out of memory'],
  [/failed (?:ELB|load balancer) health checks/, 'they failed the load balancer health checks']
]

/**
 * The reason in one short line of plain words: its first clause, without the details in parentheses, the chain of
 * `gate ... failed on ...: during ...:` reduced to what was seen and when, and ECS's stop codes said plainly.
 */
export function gist(reason: string): string {
  const whole = plain(reason)
  let text = withoutParentheses(clauses(whole)[0] ?? whole)
  const gate = /^gate (\S+) failed[^:]*: (?:during ([^,:]+)(?:, after ([^:]+))?: )?(.*)$/.exec(text)
  if (gate) {
    const [, , phase, after, seen] = gate
    const when = phase ? ` (during ${phase.replace(/-time$/, '')}${after ? `, after ${after}` : ''})` : ''
    text = `${seen.split(/:\s/)[0]}${when}`
  } else if (!/^\d+ tasks? stopped/.test(text)) text = text.split(/:\s/)[0]
  const stopped = /^(\d+ tasks? stopped)/.exec(text)
  if (stopped) {
    const said = stopWords.flatMap(([pattern, words]) => {
      const found = pattern.exec(whole)
      return found ? [found[0].replace(pattern, words)] : []
    })
    const when = / \(during [^()]*\)$/.exec(text)?.[0] ?? ''
    text = `${stopped[1]}${said.length > 0 ? `: ${said.join('; ')}` : ''}${when}`
  }
  return text.length > maxGist ? `${text.slice(0, maxGist - 1)}…` : text
}

function withoutParentheses(text: string): string {
  let result = text
  for (let previous = ''; previous !== result;) {
    previous = result
    result = result.replace(/\s*\([^()]*\)/g, '')
  }
  return result.replace(/\s*\[[^\]]*\]/g, '').trim()
}
