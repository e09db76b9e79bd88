/**
 * The versions that succeeded on a service or a pair, newest first: what `rollback` with `to: previous` walks
 * back through. Kept in one tag value of the saved state, as `family:revision` words where a bare revision repeats
 * the family before it (`web:14 13 11 9`): the last `historyLength` versions, fewer when long family names leave
 * no room within the 256 characters of a tag value.
 */
import { revisionOf, sameRevision } from './revision.ts'

/** How many succeeded versions the state keeps. */
export const historyLength = 10

const maxChars = 256

/** The history as one tag value: newest first, cut to what fits. */
export function formatHistory(history: string[]): string {
  const words: string[] = []
  let family = ''
  let text = ''
  for (const entry of history.slice(0, historyLength)) {
    const [, entryFamily, revision] = /^(.*):(\d+)$/.exec(revisionOf(entry)) ?? []
    if (!entryFamily) continue
    const word = entryFamily === family ? revision : `${entryFamily}:${revision}`
    const next = text ? `${text} ${word}` : word
    if (next.length > maxChars) break
    words.push(word)
    family = entryFamily
    text = next
  }
  return text
}

/** The history a tag value holds, as `family:revision` entries (empty when there is none). */
export function parseHistory(text: string | undefined): string[] {
  const entries: string[] = []
  let family = ''
  for (const word of (text ?? '').split(' ').filter(Boolean)) {
    const full = /^(.+):(\d+)$/.exec(word)
    if (full) family = full[1]
    else if (!/^\d+$/.test(word) || !family) continue
    entries.push(full ? word : `${family}:${word}`)
  }
  return entries
}

/** What a state says succeeded, newest first: its history, or (a state written before histories) its versions. */
export function historyOf(
  state:
    { status: string; taskDefinition: string; previousTaskDefinition: string; history?: string[] } | undefined
): string[] {
  if (!state) return []
  if (state.history && state.history.length > 0) return state.history
  const older = state.previousTaskDefinition ? [revisionOf(state.previousTaskDefinition)] : []
  return state.status === 'succeeded' ? unique([revisionOf(state.taskDefinition), ...older]) : older
}

/**
 * After `deployed` succeeded: it comes first. A first history also keeps what served before it (`previous`, which
 * had been serving, so had succeeded in its time).
 */
export function succeeded(history: string[], deployed: string, previous: string): string[] {
  const before = history.length > 0 ? history : previous ? [revisionOf(previous)] : []
  return unique([revisionOf(deployed), ...before])
}

/**
 * After a rollback from `from` to `to`: `to` comes first and `from` leaves the history, so that the next
 * `to: previous` goes further back instead of bouncing onto the version rolled back from.
 */
export function rolledBack(history: string[], from: string, to: string): string[] {
  return unique([revisionOf(to), ...history.filter((entry) => !sameRevision(entry, from))])
}

/**
 * The last version that succeeded before `serving`: the entry after it in the history, or the newest entry when
 * it never succeeded (a rollout that did not finish).
 */
export function previousOf(history: string[], serving: string): string | undefined {
  const index = history.findIndex((entry) => sameRevision(entry, serving))
  return history.slice(index + 1).find((entry) => !sameRevision(entry, serving))
}

function unique(entries: string[]): string[] {
  return entries.filter((entry, index) => entries.findIndex((other) => sameRevision(other, entry)) === index)
}
