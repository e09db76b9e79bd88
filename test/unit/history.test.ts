/** The history of succeeded versions in the saved state: its tag value, and how rollouts and rollbacks change it. */
import { expect, test } from '@jest/globals'
import {
  formatHistory,
  historyLength,
  historyOf,
  parseHistory,
  previousOf,
  rolledBack,
  succeeded
} from '../../src/state/history.ts'

const arn = (revision: number, family = 'web') =>
  `arn:aws:ecs:us-east-1:123456789012:task-definition/${family}:${revision}`

test('one tag value: family:revision words, a bare revision repeating the family before it', () => {
  const history = ['web:14', 'web:13', 'api:3', 'web:9']
  expect(formatHistory(history)).toBe('web:14 13 api:3 web:9')
  expect(parseHistory('web:14 13 api:3 web:9')).toEqual(history)
  expect(parseHistory(undefined)).toEqual([])
  expect(parseHistory('7 web:3 junk 2')).toEqual(['web:3', 'web:2'])
})

test(`at most ${historyLength} versions, and never more than the 256 characters of a tag value`, () => {
  const many = Array.from({ length: 15 }, (_, i) => `web:${100 - i}`)
  expect(parseHistory(formatHistory(many))).toEqual(many.slice(0, historyLength))
  // Families of 100 characters that alternate: two fit.
  const long = (letter: string, revision: number) => `${letter.repeat(100)}:${revision}`
  const alternating = [long('a', 3), long('b', 2), long('a', 1)]
  const text = formatHistory(alternating)
  expect(text.length).toBeLessThanOrEqual(256)
  expect(parseHistory(text)).toEqual(alternating.slice(0, 2))
})

test('a success comes first; a first history keeps what served before it', () => {
  expect(succeeded([], arn(2), arn(1))).toEqual(['web:2', 'web:1'])
  expect(succeeded(['web:2', 'web:1'], arn(3), arn(2))).toEqual(['web:3', 'web:2', 'web:1'])
  // Deploying again a version of the history moves it to the front.
  expect(succeeded(['web:3', 'web:2', 'web:1'], arn(2), arn(3))).toEqual(['web:2', 'web:3', 'web:1'])
})

test('a rollback puts its target first and drops the version rolled back from', () => {
  expect(rolledBack(['web:3', 'web:2', 'web:1'], arn(3), arn(2))).toEqual(['web:2', 'web:1'])
  expect(rolledBack(['web:3', 'web:2', 'web:1'], arn(3), 'web:1')).toEqual(['web:1', 'web:2'])
})

test('previous: the entry after the one serving, or the newest when the serving one never succeeded', () => {
  const history = ['web:3', 'web:2', 'web:1']
  expect(previousOf(history, arn(3))).toBe('web:2')
  expect(previousOf(history, arn(2))).toBe('web:1')
  expect(previousOf(history, arn(1))).toBeUndefined()
  expect(previousOf(history, arn(4))).toBe('web:3')
})

test('a state written before histories: its versions', () => {
  const state = { status: 'succeeded', taskDefinition: arn(2), previousTaskDefinition: arn(1) }
  expect(historyOf(state)).toEqual(['web:2', 'web:1'])
  expect(historyOf({ ...state, status: 'switched' })).toEqual(['web:1'])
  expect(historyOf({ ...state, history: ['web:5'] })).toEqual(['web:5'])
  expect(historyOf(undefined)).toEqual([])
})
