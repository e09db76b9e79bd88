/** README's inputs and outputs tables are what scripts/docs.ts writes from each action.yml, so they cannot drift. */
import { afterAll, describe, expect, test } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { actionNames, markersIn, renderReadme } from '../../scripts/docs.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const readmePath = join(root, 'README.md')
const readme = readFileSync(readmePath, 'utf8')
const scratch = mkdtempSync(join(tmpdir(), 'docs-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The body between one pair of markers. */
function tableOf(text: string, marker: string): string {
  const [kind, name] = marker.split(':')
  const start = text.indexOf(`<!-- ${kind}:${name} -->`)
  const end = text.indexOf(`<!-- /${kind}:${name} -->`)
  expect({ marker, start: start >= 0, end: end > start }).toEqual({ marker, start: true, end: true })
  return text.slice(start, end)
}

describe('README.md', () => {
  test('its tables are what npm run docs writes from every action.yml', async () => {
    expect(await renderReadme(readme)).toBe(readme)
  })

  test('it has an inputs and an outputs table for every action folder', () => {
    const expected = actionNames().flatMap((name) => [`inputs:${name}`, `outputs:${name}`])
    expect([...markersIn(readme)].sort()).toEqual(expected.sort())
  })

  test('every input and output of every action.yml is in its table', () => {
    for (const name of actionNames()) {
      const metadata = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as {
        inputs?: object
        outputs?: object
      }
      for (const input of Object.keys(metadata.inputs ?? {}))
        expect(tableOf(readme, `inputs:${name}`)).toContain(`| \`${input}\``)
      for (const output of Object.keys(metadata.outputs ?? {}))
        expect(tableOf(readme, `outputs:${name}`)).toContain(`| \`${output}\``)
    }
  })
})

describe('the generator', () => {
  test('rewrites a stale table and is idempotent', async () => {
    const stale = readme.replace(
      /(<!-- inputs:rolling -->)[\s\S]*?(<!-- \/inputs:rolling -->)/,
      '$1\n| old |\n$2'
    )
    expect(stale).not.toBe(readme)
    const once = await renderReadme(stale)
    expect(once).toBe(readme)
    expect(await renderReadme(once)).toBe(once)
  })

  /** A copy of actions/ with one more action, as when an action is added later. */
  function actionsWithOneMore(): string {
    const dir = mkdtempSync(join(scratch, 'actions-'))
    cpSync(join(root, 'actions'), dir, { recursive: true })
    mkdirSync(join(dir, 'sandbox'))
    writeFileSync(
      join(dir, 'sandbox', 'action.yml'),
      [
        'name: Sandbox',
        'description: A pull request in a sandbox.',
        'inputs:',
        '  pull-request:',
        '    description: The pull request | its number.',
        '    required: true',
        '  header:',
        '    description: >-',
        '      Header that routes to the sandbox,',
        '      e.g. <x-sandbox>.',
        "    default: 'x-sandbox'",
        'outputs:',
        '  url:',
        '    description: Where the sandbox answers.',
        'runs: { using: node24, main: ../../dist/sandbox/index.js }',
        ''
      ].join('\n')
    )
    return dir
  }

  test('covers any action folder, and fails for one whose tables have no markers', async () => {
    const dir = actionsWithOneMore()
    await expect(renderReadme(readme, dir, readmePath)).rejects.toThrow(
      /no inputs table for sandbox: add <!-- inputs:sandbox -->[\s\S]*no outputs table for sandbox/
    )
    const marked = `${readme}\n### \`sandbox\`\n\n<!-- inputs:sandbox -->\n<!-- /inputs:sandbox -->\n\n<!-- outputs:sandbox -->\n<!-- /outputs:sandbox -->\n`
    const written = await renderReadme(marked, dir, readmePath)
    const inputs = tableOf(written, 'inputs:sandbox')
    expect(inputs).toMatch(/\| `pull-request` \| \(required\) +\| The pull request \\\| its number\. +\|/)
    expect(inputs).toMatch(
      /\| `header` +\| `x-sandbox` +\| Header that routes to the sandbox, e\.g\. &lt;x-sandbox>\. \|/
    )
    expect(tableOf(written, 'outputs:sandbox')).toMatch(/\| `url` +\| Where the sandbox answers\. \|/)
    expect(await renderReadme(written, dir, readmePath)).toBe(written)
  })

  test('refuses a marker that names no action', async () => {
    const marked = `${readme}\n<!-- outputs:nowhere -->\n<!-- /outputs:nowhere -->\n`
    await expect(renderReadme(marked)).rejects.toThrow(
      'README marks outputs:nowhere, but actions/nowhere/action.yml does not exist'
    )
  })

  test('follows a changed action.yml', async () => {
    const dir = mkdtempSync(join(scratch, 'actions-'))
    cpSync(join(root, 'actions'), dir, { recursive: true })
    const yml = join(dir, 'rolling', 'action.yml')
    writeFileSync(
      yml,
      readFileSync(yml, 'utf8').replace('Name of the ECS service to update.', 'Which service.')
    )
    const written = await renderReadme(readme, dir, readmePath)
    expect(tableOf(written, 'inputs:rolling')).toMatch(
      /\| `service` +\| \(required\) +\| Which service\. +\|/
    )
    expect(written).not.toBe(readme)
  })
})
