/**
 * A workflow step as written runs as the runner runs it: the action its `uses:` names, its `with:` values as
 * text with their expressions evaluated, action.yml defaults for the rest, and the runner's warning (not a
 * failure) for an input the action does not declare, which still reaches the action as an INPUT_ variable.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, unexpectedInputsWarning } from '../../emulator/rehearsal/runner.ts'
import { actionOfStep, evaluate, parseStep, runStep, stepInputs } from '../../emulator/rehearsal/step.ts'

let actionsDir: string

beforeAll(() => {
  actionsDir = mkdtempSync(join(tmpdir(), 'step-test-'))
  mkdirSync(join(actionsDir, 'echo'))
  writeFileSync(
    join(actionsDir, 'echo', 'action.yml'),
    [
      'inputs:',
      '  service: { description: s, required: true }',
      "  wait: { description: w, default: '5s' }",
      'runs: { using: node24, main: main.mjs }',
      ''
    ].join('\n')
  )
  // Writes back the INPUT_ variables it was given.
  writeFileSync(
    join(actionsDir, 'echo', 'main.mjs'),
    [
      "import { appendFileSync } from 'node:fs'",
      'const inputs = Object.entries(process.env).filter(([k]) => k.startsWith("INPUT_"))',
      'appendFileSync(process.env.GITHUB_OUTPUT, `inputs=${JSON.stringify(Object.fromEntries(inputs))}\\n`)'
    ].join('\n')
  )
})

afterAll(() => rmSync(actionsDir, { recursive: true, force: true }))

test('uses: names the action folder, from a repository or the workspace', () => {
  expect(actionOfStep('octo/deploy/actions/rolling@v1')).toBe('rolling')
  expect(actionOfStep('OWNER/REPO/actions/blue-green@v1.2.0')).toBe('blue-green')
  expect(actionOfStep('./actions/canary')).toBe('canary')
  expect(() => actionOfStep('aws-actions/amazon-ecs-deploy-task-definition@v2')).toThrow(/names none/)
})

test('with: values become text as the runner makes them; expressions take their values', () => {
  const step = parseStep(
    '- uses: ./actions/echo\n  with:\n    on: true\n    count: 3\n    path: ${{ a.b }}\n'
  )
  expect(stepInputs(step)).toEqual({ on: 'true', count: '3', path: '${{ a.b }}' })
  expect(evaluate('${{ a.b }}/x', { 'a.b': '/tmp/f' })).toBe('/tmp/f/x')
  expect(() => evaluate('${{ c }}', {})).toThrow('no value given for ${{ c }}')
})

test('an undeclared input: warned about as the runner does, passed all the same, the step runs', async () => {
  const run = await runStep('uses: ./actions/echo\nwith:\n  service: web\n  extra: true\n', { actionsDir })
  expect(run.exitCode).toBe(0)
  expect(run.runnerWarnings).toEqual(["Unexpected input(s) 'extra', valid inputs are ['service', 'wait']"])
  expect(run.runnerWarnings).toEqual([unexpectedInputsWarning(['extra'], ['service', 'wait'])])
  expect(JSON.parse(run.outputs.inputs)).toEqual({
    INPUT_SERVICE: 'web',
    INPUT_EXTRA: 'true',
    INPUT_WAIT: '5s'
  })
})

test('runAction still refuses an undeclared input unless told to warn', async () => {
  await expect(runAction('echo', { actionsDir, inputs: { extra: 'x' } })).rejects.toThrow(
    'action echo has no input named extra'
  )
})
