import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser'

// @ts-expect-error: the configuration is plain JavaScript, read by the command line too.
import layers from '../../.dependency-cruiser.js'

const config = layers as IConfiguration

async function violations(path: string): Promise<string[]> {
  const { output } = await cruise([path], {
    ...config.options,
    validate: true,
    ruleSet: { forbidden: config.forbidden }
  })
  return (output as ICruiseResult).summary.violations.map(
    ({ rule, from, to }) => `${rule.name}: ${from} -> ${to}`
  )
}

describe('the layers of src/', () => {
  it('hold: no folder imports from a layer above it or beside it, and no module imports itself', async () => {
    expect(await violations('src')).toEqual([])
  })

  it('count type-only imports: two modules that import each other only as types are a cycle', async () => {
    expect(await violations('test/fixtures/type-cycle')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^no-circular: test\/fixtures\/type-cycle\//)])
    )
  })
})

describe('the files of src/', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
    )

  it('each hold at most 250 lines: one reads a file whole', () => {
    const long = files('src')
      .map((file) => [file, readFileSync(file, 'utf8').trimEnd().split('\n').length] as const)
      .filter(([, lines]) => lines > 250)
    expect(long).toEqual([])
  })
})
