/**
 * Releases the actions as GitHub's own actions are released: users pin `@v1` (the major tag, moved to each new
 * release of that major) or `@v1.2.3` (fixed). From a clean work tree:
 *
 *   1. builds dist/ and checks the build left it unchanged (the checked-in bundles are what the sources make);
 *   2. runs the tests;
 *   3. tags the commit `v1.2.3` (annotated) and moves `v1` to it;
 *   4. pushes both tags only with --push (`v1` with --force, since it moves); otherwise prints the commands.
 *
 *   npm run release -- 1.2.3 [--dry-run] [--push] [--remote origin]
 *
 * --dry-run runs the checks and says what it would tag, and changes nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export interface ReleaseOptions {
  version: string
  /** The repository's work tree. */
  cwd: string
  dryRun?: boolean
  push?: boolean
  remote?: string
  /** Shell commands; the defaults are the project's own. */
  build?: string
  test?: string
  log?: (line: string) => void
}

export interface ReleasePlan {
  commit: string
  tag: string
  majorTag: string
  /** Where the major tag pointed before (undefined for a new major). */
  movedFrom?: string
  /** The commands that publish the tags (run with --push, printed otherwise). */
  pushCommands: string[]
  pushed: boolean
  tagged: boolean
}

export class ReleaseError extends Error {}

type Version = [number, number, number]

function parseVersion(text: string): Version | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(text)
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined
}

const newer = (a: Version, b: Version): boolean =>
  a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2]

export function release(options: ReleaseOptions): ReleasePlan {
  const { cwd, remote = 'origin', log = console.log } = options
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trimEnd()
  const shell = (what: string, command: string): void => {
    log(`${what}: ${command}`)
    const result = spawnSync(command, { cwd, shell: true, stdio: ['ignore', 'inherit', 'inherit'] })
    if (result.status !== 0) throw new ReleaseError(`${what} failed (${command}, exit code ${result.status})`)
  }

  const version = parseVersion(options.version)
  if (!version) throw new ReleaseError(`version ${options.version} is not of the form 1.2.3`)
  const tag = `v${version.join('.')}`
  const majorTag = `v${version[0]}`

  const dirty = git('status', '--porcelain')
  if (dirty)
    throw new ReleaseError(`the work tree has uncommitted changes; commit or stash them first:\n${dirty}`)
  const tags = git('tag', '--list', 'v*').split('\n').filter(Boolean)
  if (tags.includes(tag))
    throw new ReleaseError(`tag ${tag} already exists (at ${git('rev-parse', `${tag}^{}`)})`)
  const newest = tags
    .map(parseVersion)
    .filter((v): v is Version => v !== undefined)
    .reduce<Version | undefined>((max, v) => (!max || newer(v, max) ? v : max), undefined)
  if (newest && !newer(version, newest))
    throw new ReleaseError(`version ${tag} is not newer than the latest release v${newest.join('.')}`)
  const commit = git('rev-parse', 'HEAD')

  shell('build', options.build ?? 'npm run build')
  const stale = git('status', '--porcelain', '--', 'dist')
  if (stale) {
    throw new ReleaseError(
      `the build changed dist/: the checked-in bundles are not what the sources make; commit the rebuilt dist/ first:\n${stale}`
    )
  }
  log('dist/ is unchanged by the build')
  shell('test', options.test ?? 'npm test')

  const movedFrom = tags.includes(majorTag) ? git('rev-parse', `${majorTag}^{commit}`) : undefined
  const pushCommands = [`git push ${remote} ${tag}`, `git push --force ${remote} ${majorTag}`]
  const plan: ReleasePlan = { commit, tag, majorTag, movedFrom, pushCommands, pushed: false, tagged: false }
  const move = movedFrom ? `moves ${majorTag} from ${movedFrom.slice(0, 7)}` : `creates ${majorTag}`
  if (options.dryRun) {
    log(`dry run: would tag ${commit.slice(0, 7)} ${tag} and ${move}; nothing changed`)
    return plan
  }
  git('tag', '--annotate', tag, '--message', tag, commit)
  git('tag', '--force', '--annotate', majorTag, '--message', `${majorTag} (${tag})`, commit)
  plan.tagged = true
  log(`tagged ${commit.slice(0, 7)} ${tag}; ${move}`)
  if (options.push) {
    git('push', remote, `refs/tags/${tag}`)
    git('push', '--force', remote, `refs/tags/${majorTag}`)
    plan.pushed = true
    log(`pushed ${tag} and ${majorTag} to ${remote}`)
  } else {
    log(`not pushed; to publish:\n  ${pushCommands.join('\n  ')}`)
  }
  return plan
}

function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const remote = flag(args, '--remote')
  const version = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--remote')
  if (!version) {
    console.error('usage: npm run release -- <1.2.3> [--dry-run] [--push] [--remote origin]')
    process.exit(2)
  }
  try {
    release({
      version,
      cwd: resolve(dirname(fileURLToPath(import.meta.url)), '..'),
      dryRun: args.includes('--dry-run'),
      push: args.includes('--push'),
      remote
    })
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error
    console.error(`release refused: ${error.message}`)
    process.exit(1)
  }
}
