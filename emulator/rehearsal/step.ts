/**
 * Runs one workflow step as written in a workflow file (`uses:` and `with:`), the way the runner does: the action
 * named by `uses:` (`OWNER/REPO/actions/<name>@ref` or `./actions/<name>`, from this project's actions/), every
 * `with:` value turned into text as the runner turns YAML scalars into inputs (`true` -> "true", `3` -> "3"), the
 * action.yml defaults for the rest, and a warning, not a failure, for inputs the action does not declare.
 */
import { parse as parseYaml } from 'yaml'
import { runAction, type ActionRun, type RunOptions } from './runner.ts'

export interface WorkflowStep {
  name?: string
  uses: string
  with?: Record<string, unknown>
}

/** The action folder a `uses:` line names, e.g. `rolling` for `octo/deploy/actions/rolling@v1`. */
export function actionOfStep(uses: string): string {
  const match = /^(?:\.\/|[\w.-]+\/[\w.-]+\/)actions\/([a-z0-9-]+)(?:@[\w./-]+)?$/.exec(uses.trim())
  if (!match)
    throw new Error(`uses: ${uses} names none of this project's actions (OWNER/REPO/actions/<name>@ref)`)
  return match[1]
}

/** The step's `with:` as the runner hands it to the action: every value as text. */
export function stepInputs(step: WorkflowStep): Record<string, string> {
  const inputs: Record<string, string> = {}
  for (const [name, value] of Object.entries(step.with ?? {})) {
    if (value !== null && typeof value === 'object') throw new Error(`with: ${name} is not a scalar`)
    inputs[name] = value === null ? '' : String(value)
  }
  return inputs
}

/** Parses one step: a YAML mapping, or a one-item list as it sits under `steps:`. */
export function parseStep(text: string): WorkflowStep {
  const parsed = parseYaml(text) as WorkflowStep | WorkflowStep[]
  const step = Array.isArray(parsed) ? parsed[0] : parsed
  if (!step || typeof step.uses !== 'string') throw new Error('the step has no uses: line')
  return step
}

/**
 * Replaces each `${{ expression }}` in an input with its value from `values` (by the expression's text, e.g.
 * `steps.task-def.outputs.task-definition`), as the runner evaluates them before the step starts.
 */
export function evaluate(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_whole, expression: string) => {
    if (!(expression in values)) throw new Error(`no value given for \${{ ${expression} }}`)
    return values[expression]
  })
}

export function runStep(
  text: string,
  options: Omit<RunOptions, 'inputs'> & { values?: Record<string, string> } = {}
): Promise<ActionRun> {
  const { values = {}, ...runOptions } = options
  const step = parseStep(text)
  const inputs = Object.entries(stepInputs(step)).map(([name, value]) => [name, evaluate(value, values)])
  return runAction(actionOfStep(step.uses), {
    ...runOptions,
    inputs: Object.fromEntries(inputs),
    unexpectedInputs: 'warn'
  })
}
