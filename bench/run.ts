/**
 * `npm run bench`: every benchmark in turn, each in its own process so one's servers and timers cannot
 * disturb another's figures. Each prints its numbers and writes bench/results/<name>.json.
 * `npm run bench -- rolling` runs only the named ones.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

// `compare` (about half an hour at AWS speed) runs only when named.
const all = [
  'emulator',
  'rolling',
  'blue-green',
  'canary',
  'canary-stats',
  'rollback',
  'native',
  'fleet',
  'bundle'
]
const chosen = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
for (const name of chosen.length > 0 ? chosen : all) {
  const script = `bench/${name}.ts`
  if (!existsSync(script)) throw new Error(`no benchmark ${script} (have: ${all.join(', ')}, compare)`)
  console.log(`\n### ${name}`)
  const { status } = spawnSync(process.execPath, [script], { stdio: 'inherit' })
  if (status !== 0) process.exitCode = 1
}
