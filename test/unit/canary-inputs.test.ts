/** The canary's inputs: every one validated before any change, each error naming the input and the bad item. */
import { describe, expect, test } from '@jest/globals'
import { canaryOptions } from '../../src/main/canary.ts'

const base: Record<string, string> = {
  cluster: 'prod',
  'blue-service': 'web-blue',
  'green-service': 'web-green',
  'listener-rule':
    'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee',
  container: 'web',
  image: 'registry.example/web:2.0'
}
const options = (inputs: Record<string, string>) =>
  canaryOptions((name) => ({ ...base, ...inputs })[name] ?? '', {})

describe('steps', () => {
  test('weights with their times, a bare weight taking step-time, a trailing 100 allowed', () => {
    expect(options({ steps: '10@2m, 25, 50@90s, 100', 'step-time': '3m' }).steps).toEqual([
      { weight: 10, durationMs: 120_000 },
      { weight: 25, durationMs: 180_000 },
      { weight: 50, durationMs: 90_000 }
    ])
    expect(options({}).steps.map((step) => step.weight)).toEqual([10, 25, 50])
  })

  test.each([
    ['10, 5', 'steps item "5": weights must increase, and 5 does not follow 10'],
    ['0@1m', 'steps item "0@1m": the weight must be a whole percentage from 1 to 99'],
    ['10, 150', 'steps item "150": the weight must be a whole percentage from 1 to 99'],
    ['10@soon', 'steps item "10@soon": "soon" is not a duration'],
    ['ten', 'steps item "ten": not a weight (1 to 99) with an optional @duration'],
    [Array.from({ length: 21 }, (_, i) => i + 1).join(','), 'steps has 21 steps; at most 20'],
    ...['100', '100@5m', '100%', ' 100 , '].map((steps) => [
      steps,
      `steps ${JSON.stringify(steps.trim())} has no step below 100%: a canary needs at least one (e.g. 10, 25, 50); 100% comes by itself at the end`
    ])
  ])('%s is refused', (steps, message) => {
    expect(() => options({ steps })).toThrow(`Invalid input: ${message}`)
  })
})

describe('thresholds and modes', () => {
  test('percentages become fractions; bad ones name their input', () => {
    expect(
      options({ 'max-error-rate': '2%', 'max-error-rate-increase': '0.5', 'max-latency-increase': '200%' })
    ).toMatchObject({ maxErrorRate: 0.02, maxErrorRateIncrease: 0.005, maxLatencyIncrease: 2 })
    expect(() => options({ 'max-error-rate': 'lots' })).toThrow(
      'Invalid input: max-error-rate "lots" is not a percentage from 0 to 100'
    )
    expect(() => options({ 'min-requests': '0', 'on-inconclusive': 'maybe' })).toThrow(
      'Invalid inputs: min-requests "0" is less than 1; on-inconclusive "maybe" is not one of extend, fail, pass'
    )
  })

  test('confidence: 95% by default, for the whole run; from 50% to 99.99%', () => {
    expect(options({})).toMatchObject({ confidence: 0.95 })
    expect(options({ confidence: '99.9' }).confidence).toBeCloseTo(0.999, 9)
    expect(() => options({ confidence: '100%' })).toThrow(
      'Invalid input: confidence "100%" is not a percentage from 50 to 99.99'
    )
  })

  test('promote and abort take no new version; full and deploy need one', () => {
    expect(options({ mode: 'promote', image: '', container: '', promote: 'full' })).toMatchObject({
      mode: 'promote',
      promote: 'full',
      taskDefinition: undefined
    })
    expect(() => options({ mode: 'abort' })).toThrow(
      'Invalid input: image is not used with mode abort, which acts on the rollout in progress'
    )
    expect(() => options({ image: '', container: '' })).toThrow(
      'Invalid input: task-definition, task-definition-arn or image (with container) is required with mode full'
    )
  })
})
