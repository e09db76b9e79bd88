/** `npm run iam`: writes iam/<action>.json, the README's IAM section and its deploy role template from src/iam/rights.ts. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { policyFiles, withReadmeSection } from '../src/iam/docs.ts'
import { withDeployRole } from '../src/iam/role-template.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
for (const [path, text] of Object.entries(policyFiles())) {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}
const readme = join(root, 'README.md')
writeFileSync(readme, withDeployRole(withReadmeSection(readFileSync(readme, 'utf8'))))
