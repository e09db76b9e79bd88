import { expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const actionsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../actions')

test('the tests run on the Node.js major version every action declares', () => {
  const declared = readdirSync(actionsDir).map(
    (name) =>
      (parse(readFileSync(join(actionsDir, name, 'action.yml'), 'utf8')) as { runs: { using: string } }).runs
        .using
  )
  expect(declared.length).toBeGreaterThan(0)
  expect(new Set(declared)).toEqual(new Set([`node${process.versions.node.split('.')[0]}`]))
})
