/**
 * The IAM policy documents made from the rights table (./rights.ts): with its placeholders, as iam/<action>.json
 * publishes them, or filled in for one account, as the tests bind them in the emulator.
 */
import { ACTION_RIGHTS, type Right } from './rights.ts'

export interface PolicyStatement {
  Sid: string
  Effect: 'Allow'
  Action: string[]
  Resource: string[]
  Condition?: Record<string, Record<string, string[]>>
}

export interface PolicyDocument {
  Version: '2012-10-17'
  Statement: PolicyStatement[]
}

/** What fills the placeholders; a list gives every value (resources and condition values are repeated). */
export type Placeholders = Partial<
  Record<
    'region' | 'account-id' | 'cluster' | 'load-balancer' | 'task-role' | 'execution-role',
    string | string[]
  >
>

export interface PolicyChoice {
  /** Leave the optional rights out. */
  requiredOnly?: boolean
  /** Leave these IAM actions out (e.g. to show what a missing right does). */
  without?: string[]
}

/** The action's rights, those it cannot do without first. */
export function rightsOf(action: string): Right[] {
  const rights = ACTION_RIGHTS[action]
  if (!rights) throw new Error(`no rights are listed for action ${action}`)
  return [...rights.filter((right) => !right.optional), ...rights.filter((right) => right.optional)]
}

/** Every IAM action the action's policy grants. */
export function grantedActions(action: string): string[] {
  return [...new Set(rightsOf(action).flatMap((right) => right.actions))].sort()
}

function fill(pattern: string, values: Placeholders): string[] {
  let filled = [pattern]
  for (const [name, value] of Object.entries(values)) {
    const options = Array.isArray(value) ? value : [value!]
    filled = filled.flatMap((text) =>
      text.includes(`<${name}>`) ? options.map((option) => text.split(`<${name}>`).join(option)) : [text]
    )
  }
  return filled
}

const fillAll = (patterns: string[], values: Placeholders) => [
  ...new Set(patterns.flatMap((pattern) => fill(pattern, values)))
]

export function policyFor(
  action: string,
  values: Placeholders = {},
  choice: PolicyChoice = {}
): PolicyDocument {
  const statements: PolicyStatement[] = []
  for (const right of rightsOf(action)) {
    if (choice.requiredOnly && right.optional) continue
    const actions = right.actions.filter((name) => !choice.without?.includes(name))
    if (actions.length === 0) continue
    const statement: PolicyStatement = {
      Sid: right.sid,
      Effect: 'Allow',
      Action: actions,
      Resource: fillAll(right.resources, values)
    }
    if (right.condition) {
      statement.Condition = Object.fromEntries(
        Object.entries(right.condition).map(([operator, keys]) => [
          operator,
          Object.fromEntries(Object.entries(keys).map(([key, patterns]) => [key, fillAll(patterns, values)]))
        ])
      )
    }
    statements.push(statement)
  }
  return { Version: '2012-10-17', Statement: statements }
}
