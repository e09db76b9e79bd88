import { expect, test } from '@jest/globals'
import { double } from '../../emulator/core/sample.ts'
test('runs on node 24', () => {
  expect(process.versions.node.split('.')[0]).toBe('24')
  expect(double(2)).toBe(4)
})
