import { describe, expect, test } from '@jest/globals'
import { formatDuration, parseDuration } from '../../src/core/duration.ts'

describe('parseDuration', () => {
  test.each([
    ['90s', 90_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1m30s', 90_000],
    ['250ms', 250],
    ['1.5m', 90_000],
    ['45', 45_000],
    ['0', 0],
    [' 2M ', 120_000]
  ])('%s is %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  test.each(['', 'soon', '5x', '-5s', '5 m', 'm5', '1h 30m', '1e3'])('%p is not a duration', (text) => {
    expect(parseDuration(text)).toBeUndefined()
  })
})

test.each([
  [0, '0ms'],
  [450, '450ms'],
  [42_000, '42s'],
  [300_000, '5m'],
  [90_000, '1m30s'],
  [7_500_000, '2h5m']
])('formatDuration(%i) is %s', (ms, text) => {
  expect(formatDuration(ms)).toBe(text)
})
