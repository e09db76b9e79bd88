/**
 * Writes README.md's inputs and outputs tables from each actions/<name>/action.yml, between markers:
 *
 *     <!-- inputs:rolling -->  ...  <!-- /inputs:rolling -->
 *     <!-- outputs:rolling --> ...  <!-- /outputs:rolling -->
 *
 * Everything outside the markers is left as written; the file is then formatted as `npm run lint` expects, so a
 * second run changes nothing. `npm run docs` writes README.md; `npm run docs -- --check` only says whether it would
 * (test/unit/docs.test.ts fails when the README differs from what this writes).
 */
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { parse } from 'yaml'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

interface ActionMetadata {
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown } | null>
  outputs?: Record<string, { description?: string } | null>
}

export type TableKind = 'inputs' | 'outputs'

/** The folders under actions/ that hold an action.yml, sorted. */
export function actionNames(actionsDir = join(root, 'actions')): string[] {
  return readdirSync(actionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(actionsDir, entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .sort()
}

export function readMetadata(name: string, actionsDir = join(root, 'actions')): ActionMetadata {
  return (parse(readFileSync(join(actionsDir, name, 'action.yml'), 'utf8')) ?? {}) as ActionMetadata
}

/** A description as one table cell: one line, `|` escaped, `<` escaped outside code spans. */
function cell(text: unknown): string {
  const oneLine = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
  return oneLine
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : part.replace(/</g, '&lt;')))
    .join('')
    .replace(/\|/g, '\\|')
}

const code = (text: string): string => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``)

export function table(kind: TableKind, metadata: ActionMetadata): string {
  if (kind === 'inputs') {
    const rows = Object.entries(metadata.inputs ?? {}).map(([name, spec]) => {
      const given = spec?.default === undefined ? '' : String(spec.default)
      const fallback = spec?.required ? '(required)' : given === '' ? '' : code(given)
      return `| ${code(name)} | ${fallback} | ${cell(spec?.description)} |`
    })
    return ['| input | default | description |', '| --- | --- | --- |', ...rows].join('\n')
  }
  const rows = Object.entries(metadata.outputs ?? {}).map(
    ([name, spec]) => `| ${code(name)} | ${cell(spec?.description)} |`
  )
  return ['| output | description |', '| --- | --- |', ...rows].join('\n')
}

const markerPattern = /<!-- (inputs|outputs):([a-z0-9-]+) -->\n[\s\S]*?<!-- \/\1:\2 -->/g

/** The markers a README holds, as `inputs:rolling`, in order. */
export function markersIn(readme: string): string[] {
  return [...readme.matchAll(markerPattern)].map((match) => `${match[1]}:${match[2]}`)
}

/**
 * The README with every marked table written from its action.yml. A marker naming no action fails, as does an
 * action whose inputs or outputs have no marker (its hand-written table could drift).
 */
export async function renderReadme(
  readme: string,
  actionsDir = join(root, 'actions'),
  readmePath = join(root, 'README.md')
): Promise<string> {
  const names = actionNames(actionsDir)
  const problems: string[] = []
  const filled = readme.replace(markerPattern, (whole, kind: TableKind, name: string) => {
    if (!names.includes(name)) {
      problems.push(`README marks ${kind}:${name}, but actions/${name}/action.yml does not exist`)
      return whole
    }
    const body = table(kind, readMetadata(name, actionsDir))
    return `<!-- ${kind}:${name} -->\n\n${body}\n\n<!-- /${kind}:${name} -->`
  })
  const marked = new Set(markersIn(readme))
  for (const name of names) {
    for (const kind of ['inputs', 'outputs'] as const) {
      if (!marked.has(`${kind}:${name}`))
        problems.push(
          `README has no ${kind} table for ${name}: add <!-- ${kind}:${name} --> and <!-- /${kind}:${name} --> on lines of their own where it belongs, then run npm run docs`
        )
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'))
  const options = (await resolveConfig(readmePath)) ?? {}
  return format(filled, { ...options, filepath: readmePath })
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const readmePath = join(root, 'README.md')
  const current = readFileSync(readmePath, 'utf8')
  const written = await renderReadme(current)
  if (process.argv.includes('--check')) {
    if (written !== current) {
      console.error('README.md tables differ from action.yml: run npm run docs')
      process.exit(1)
    }
    console.log('README.md tables match every action.yml')
  } else if (written !== current) {
    writeFileSync(readmePath, written)
    console.log(`README.md: tables written for ${actionNames().join(', ')}`)
  } else {
    console.log('README.md: tables already up to date')
  }
}
