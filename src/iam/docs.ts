/**
 * The README's "IAM permissions" section and the policy files under iam/, both made from the rights table
 * (./rights.ts, ./token-permissions.ts); `npm run iam` writes them and a test checks they are what the table makes.
 */
import { ACTION_RIGHTS } from './rights.ts'
import { TOKEN_PERMISSIONS } from './token-permissions.ts'
import { policyFor, rightsOf } from './policy.ts'

// Prettier would pad every table to its widest cell; the section is left as it is made.
export const README_BEGIN =
  '<!-- iam:begin (made by npm run iam from src/iam/rights.ts) -->\n<!-- prettier-ignore-start -->'
export const README_END = '<!-- prettier-ignore-end -->\n<!-- iam:end -->'

/** `iam/<action>.json`: the action's whole policy, with its placeholders. */
export function policyFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.keys(ACTION_RIGHTS).map((action) => [
      `iam/${action}.json`,
      `${JSON.stringify(policyFor(action), null, 2)}\n`
    ])
  )
}

const code = (text: string) => `\`${text}\``
const cell = (text: string) => text.replace(/\|/g, '\\|')

export function readmeSection(): string {
  const lines = [
    README_BEGIN,
    '',
    "Each action's policy is in `iam/<action>.json`: replace `<region>`, `<account-id>`, `<cluster>`, " +
      '`<load-balancer>` (its name), `<task-role>` and `<execution-role>`, or drop the statements you do not ' +
      'need. ELBv2 Describe calls, `ecs:DescribeTaskDefinition` and `cloudwatch:GetMetricData` are not ' +
      'authorized per resource, so they take `*`; so do `ecs:RegisterTaskDefinition` (the new revision has no ' +
      'ARN yet) and `ecs:ListTasks`, which `ecs:cluster` still holds to the cluster. The tests run every action ' +
      'as a role with exactly this policy and fail if it calls anything else, or if the policy grants a right no scenario ' +
      'used.',
    ''
  ]
  for (const action of Object.keys(ACTION_RIGHTS)) {
    lines.push(`#### \`${action}\``, '', '| Right | Actions | Resources | Needed |', '|---|---|---|---|')
    for (const right of rightsOf(action)) {
      const needed = right.optional
        ? `optional: without it, ${right.optional}`
        : right.when
          ? `when ${right.when}`
          : 'always'
      const condition = Object.entries(right.condition ?? {}).flatMap(([operator, keys]) =>
        Object.entries(keys).map(
          ([key, values]) => `${operator} ${code(key)} = ${values.map(code).join(', ')}`
        )
      )
      lines.push(
        `| ${right.sid}: ${cell(right.why)} | ${right.actions.map(code).join('<br>')} | ${[
          ...right.resources.map(code),
          ...condition
        ].join('<br>')} | ${cell(needed)} |`
      )
    }
    const token = TOKEN_PERMISSIONS[action] ?? []
    lines.push('')
    if (token.length === 0) {
      lines.push('It needs no GitHub token.', '')
      continue
    }
    lines.push('Its `GITHUB_TOKEN` needs:', '')
    for (const permission of token) {
      const needed = permission.optional ? ` (optional: without it, ${permission.optional})` : ''
      lines.push(`- \`${permission.scope}: ${permission.access}\`: ${permission.why}${needed}`)
    }
    lines.push('')
  }
  lines.push(README_END)
  return lines.join('\n')
}

/** The README with its IAM section replaced (or added before `## The emulator`). */
export function withReadmeSection(readme: string): string {
  const begin = readme.indexOf(README_BEGIN)
  const end = readme.indexOf(README_END)
  if (begin >= 0 && end > begin) {
    return readme.slice(0, begin) + readmeSection() + readme.slice(end + README_END.length)
  }
  const anchor = readme.indexOf('## The emulator')
  const section = `## IAM permissions\n\n${readmeSection()}\n\n`
  return anchor >= 0 ? readme.slice(0, anchor) + section + readme.slice(anchor) : `${readme}\n${section}`
}
