import { describe, expect, test } from '@jest/globals'
import {
  arn,
  boolean,
  duration,
  integer,
  list,
  oneOf,
  optional,
  percentage,
  readInputs,
  required,
  text,
  withDefault
} from '../../src/core/inputs.ts'
import { InputError } from '../../src/core/errors.ts'

const spec = {
  cluster: required('cluster', text),
  note: optional('note', text),
  timeout: withDefault('wait-timeout', '15m', duration()),
  alarms: withDefault('alarms', '', list)
}

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('readInputs', () => {
  test('reads typed values, applies defaults, and trims', () => {
    expect(readInputs(spec, reader({ cluster: ' prod ', alarms: 'a, b\nc,,' }))).toEqual({
      cluster: 'prod',
      note: undefined,
      timeout: 900_000,
      alarms: ['a', 'b', 'c']
    })
  })

  test('reports every problem in one line that names each input', () => {
    const read = () => readInputs(spec, reader({ 'wait-timeout': 'later' }))
    expect(read).toThrow(InputError)
    expect(read).toThrow(
      'Invalid inputs: cluster is required; wait-timeout "later" is not a duration (examples: 90s, 5m, 1h; a bare number is seconds)'
    )
  })

  test('a single problem says "input"', () => {
    expect(() => readInputs({ cluster: spec.cluster }, reader({}))).toThrow(
      /^Invalid input: cluster is required$/
    )
  })
})

describe('parsers', () => {
  test('duration limits', () => {
    expect(() => duration({ min: 1000 })('500ms')).toThrow('"500ms" is shorter than 1s')
    expect(() => duration({ max: 60_000 })('2m')).toThrow('"2m" is longer than 60s')
    expect(duration({ min: 1000 })('1s')).toBe(1000)
  })

  test('integer', () => {
    expect(integer({ min: 0 })('3')).toBe(3)
    expect(() => integer()('3.5')).toThrow('"3.5" is not a whole number')
    expect(() => integer({ min: 0 })('-1')).toThrow('"-1" is less than 0')
    expect(() => integer({ max: 10 })('11')).toThrow('"11" is more than 10')
  })

  test('percentage', () => {
    expect(percentage('25%')).toBe(25)
    expect(percentage('12.5')).toBe(12.5)
    expect(percentage('100 %')).toBe(100)
    for (const bad of ['101', '-5', 'half', '5%%'])
      expect(() => percentage(bad)).toThrow('is not a percentage from 0 to 100')
  })

  test('boolean', () => {
    expect(boolean('true')).toBe(true)
    expect(boolean('False')).toBe(false)
    expect(() => boolean('yes')).toThrow('"yes" is not a boolean (true or false)')
  })

  test('oneOf', () => {
    expect(oneOf(['rollback', 'stop'] as const)('stop')).toBe('stop')
    expect(() => oneOf(['rollback', 'stop'] as const)('Stop')).toThrow('"Stop" is not one of rollback, stop')
  })

  test('arn', () => {
    const taskDefinition = arn('ecs', 'task-definition')
    expect(taskDefinition('arn:aws:ecs:eu-west-1:123456789012:task-definition/web:3')).toContain('web:3')
    expect(taskDefinition('arn:aws-cn:ecs:cn-north-1:123456789012:task-definition/web:3')).toContain('web:3')
    expect(() => taskDefinition('web:3')).toThrow(/is not an ARN of the form arn:aws:ecs:/)
    expect(() => taskDefinition('arn:aws:ecs:eu-west-1:123456789012:service/prod/web')).toThrow(
      /is not an ARN/
    )
  })
})
