import { expect, test } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { blueGreenInputs, blueGreenOutputs } from '../../src/main/blue-green.ts'
import { canaryInputs, canaryOutputs } from '../../src/main/canary.ts'
import { rollbackInputs, rollbackOutputs } from '../../src/main/rollback.ts'
import { previewInputs, previewOutputs } from '../../src/main/preview.ts'
import { pairSetupInputs, pairSetupOutputs } from '../../src/main/pair.ts'
import { rollingInputs, rollingOutputs } from '../../src/main/rolling.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

interface ActionYml {
  name: string
  description: string
  inputs: Record<string, { description: string; required?: boolean; default?: unknown }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
  branding?: { icon?: string; color?: string }
}

const actions = [
  { name: 'rolling', inputs: Object.values(rollingInputs), outputs: rollingOutputs },
  { name: 'blue-green', inputs: Object.values(blueGreenInputs), outputs: blueGreenOutputs },
  { name: 'canary', inputs: Object.values(canaryInputs), outputs: canaryOutputs },
  { name: 'rollback', inputs: Object.values(rollbackInputs), outputs: rollbackOutputs },
  { name: 'preview', inputs: Object.values(previewInputs), outputs: previewOutputs },
  { name: 'pair', inputs: Object.values(pairSetupInputs), outputs: pairSetupOutputs }
]

test.each(actions)(
  'actions/$name/action.yml declares what the code reads and writes',
  ({ name, inputs, outputs }) => {
    const path = join(root, 'actions', name, 'action.yml')
    const metadata = parse(readFileSync(path, 'utf8')) as ActionYml
    expect(metadata.name).toBeTruthy()
    expect(metadata.description).toBeTruthy()

    expect(Object.keys(metadata.inputs).sort()).toEqual(inputs.map((input) => input.name).sort())
    for (const input of inputs) {
      const declared = metadata.inputs[input.name]
      expect({ input: input.name, described: Boolean(declared.description?.trim()) }).toEqual({
        input: input.name,
        described: true
      })
      expect({ input: input.name, required: declared.required ?? false }).toEqual({
        input: input.name,
        required: input.required
      })
      const declaredDefault = declared.default === undefined ? undefined : String(declared.default)
      expect({ input: input.name, default: declaredDefault }).toEqual({
        input: input.name,
        default: input.default
      })
    }

    expect(Object.keys(metadata.outputs).sort()).toEqual([...outputs].sort())
    for (const output of outputs) expect(metadata.outputs[output].description?.trim()).toBeTruthy()

    expect(metadata.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` })
    expect(existsSync(resolve(dirname(path), metadata.runs.main))).toBe(true)
  }
)

/**
 * The Marketplace shows an action's badge from `branding`: a Feather icon (GitHub leaves out the brand logos and a
 * few others) on one of its background colors. Checked for every folder under actions/, listed or not above.
 */
const featherIcons = Object.keys(
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve('feather-icons/dist/icons.json'), 'utf8'))
)
const leftOutByGitHub = new Set([
  ...['coffee', 'columns', 'divide-circle', 'divide-square', 'divide', 'frown', 'hexagon', 'key', 'meh'],
  ...['mouse-pointer', 'smile', 'tool', 'x-octagon'],
  // brand logos
  ...['chrome', 'codepen', 'codesandbox', 'dribbble', 'facebook', 'figma', 'framer', 'github', 'gitlab'],
  ...['instagram', 'linkedin', 'pocket', 'slack', 'trello', 'twitch', 'twitter', 'youtube']
])
const brandingColors = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']
const actionFolders = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

test('the branding check reads every action folder and the Feather icon set', () => {
  expect(actionFolders).toEqual(expect.arrayContaining(actions.map((action) => action.name)))
  expect(featherIcons.length).toBeGreaterThan(250)
})

test.each(actionFolders)('actions/%s/action.yml has a branding GitHub accepts', (name) => {
  const { branding } = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as ActionYml
  expect(branding).toEqual({ icon: expect.any(String), color: expect.any(String) })
  expect({ icon: branding!.icon, known: featherIcons.includes(branding!.icon!) }).toEqual({
    icon: branding!.icon,
    known: true
  })
  expect(leftOutByGitHub.has(branding!.icon!)).toBe(false)
  expect(brandingColors).toContain(branding!.color)
})
