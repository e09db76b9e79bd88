/**
 * `npx node bench/bundle.ts`: what users download and wait for. Prints the size of dist/ (each action's
 * entry and the shared chunks) and each action's cold start on this Node.js: the time from process start
 * to exit when an input is missing (parse, load the bundle, validate, fail), the median of 15 runs.
 * Writes bench/results/bundle.json.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { median } from './figures.ts'

const dist = 'dist'
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
  )
const size = (paths: string[]) => paths.reduce((total, path) => total + statSync(path).size, 0)
const gzipped = (paths: string[]) =>
  paths.reduce((total, path) => total + gzipSync(readFileSync(path)).length, 0)
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

const all = files(dist).filter((path) => path.endsWith('.js'))
const shared = all.filter((path) => path.startsWith(join(dist, 'shared')))
const actions = readdirSync(dist, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name)

function coldStartMs(args: string[]): number {
  const runs: number[] = []
  for (let i = 0; i < 15; i++) {
    const started = process.hrtime.bigint()
    spawnSync(process.execPath, args, { env: { PATH: process.env.PATH ?? '' }, stdio: 'ignore' })
    runs.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return Math.round(median(runs) * 10) / 10
}

const bare = coldStartMs(['-e', '0'])
const result = {
  benchmark: 'bundle',
  date: new Date().toISOString(),
  node: process.version,
  totalBytes: size(all),
  totalGzipBytes: gzipped(all),
  sharedBytes: size(shared),
  nodeStartMs: bare,
  actions: Object.fromEntries(
    actions.map((name) => {
      const entry = join(dist, name, 'index.js')
      return [name, { entryBytes: statSync(entry).size, coldStartMs: coldStartMs([entry]) }]
    })
  )
}

console.log(
  `dist/ on Node ${process.version}: ${kb(result.totalBytes)} in all (${kb(result.totalGzipBytes)} gzipped), shared chunks ${kb(result.sharedBytes)}`
)
console.log(`bare node start: ${bare} ms`)
for (const [name, figures] of Object.entries(result.actions)) {
  console.log(
    `  ${name.padEnd(12)} entry ${kb(figures.entryBytes).padStart(7)}   cold start to first error ${figures.coldStartMs} ms`
  )
}
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/bundle.json', JSON.stringify(result, null, 2) + '\n')
