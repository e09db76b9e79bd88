/** dist/ is checked in: it must be exactly what the build makes of the current sources. */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from '../../scripts/build.ts'

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist')
let fresh: string

beforeAll(async () => {
  fresh = mkdtempSync(join(tmpdir(), 'dist-'))
  await build(fresh)
}, 60_000)
afterAll(() => rmSync(fresh, { recursive: true, force: true }))

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

test('dist/ matches a fresh build (run `npm run build` after changing src/)', () => {
  expect(files(dist)).toEqual(files(fresh))
  const stale = files(fresh).filter(
    (file) => !readFileSync(join(dist, file)).equals(readFileSync(join(fresh, file)))
  )
  expect(stale).toEqual([])
})
