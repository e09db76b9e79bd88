import { expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { blueGreenInputs, blueGreenOutputs } from '../../src/main/blue-green.ts'
import { canaryInputs, canaryOutputs } from '../../src/main/canary.ts'
import { rollbackInputs, rollbackOutputs } from '../../src/main/rollback.ts'
import { previewInputs, previewOutputs } from '../../src/main/preview.ts'
import { rollingInputs, rollingOutputs } from '../../src/main/rolling.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

interface ActionYml {
  name: string
  description: string
  inputs: Record<string, { description: string; required?: boolean; default?: unknown }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

const actions = [
  { name: 'rolling', inputs: Object.values(rollingInputs), outputs: rollingOutputs },
  { name: 'blue-green', inputs: Object.values(blueGreenInputs), outputs: blueGreenOutputs },
  { name: 'canary', inputs: Object.values(canaryInputs), outputs: canaryOutputs },
  { name: 'rollback', inputs: Object.values(rollbackInputs), outputs: rollbackOutputs },
  { name: 'preview', inputs: Object.values(previewInputs), outputs: previewOutputs }
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
