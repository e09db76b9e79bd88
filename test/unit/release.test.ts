/**
 * The release step in a throwaway git repository (a build that copies src/ into dist/, a test command that leaves
 * a mark outside the repository, a bare repository as the remote): the dry run checks and changes nothing; a
 * release tags v1.2.3 and moves v1, and pushes only with --push; a stale dist/, a dirty tree, a failing test, an
 * existing or older version are refused before any tag.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { release, ReleaseError, type ReleaseOptions } from '../../scripts/release.ts'

let dir: string
let repo: string
let remote: string
let mark: string
let lines: string[]

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
const tags = (cwd: string): string[] => git(cwd, 'tag', '--list').split('\n').filter(Boolean)
const commitOf = (cwd: string, ref: string): string => git(cwd, 'rev-parse', `${ref}^{commit}`)

function commit(files: Record<string, string>, message: string): string {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(repo, name), text)
  git(repo, 'add', '-A')
  git(repo, 'commit', '--quiet', '-m', message)
  return git(repo, 'rev-parse', 'HEAD')
}

/** src/index.js and the dist/index.js the build makes of it, both committed. */
const source = (text: string) => ({ 'index.js': text, 'dist/index.js': `// built\n${text}` })

function run(version: string, options: Partial<ReleaseOptions> = {}) {
  return release({
    version,
    cwd: repo,
    build: `node -e "const fs=require('fs');fs.writeFileSync('dist/index.js','// built\\n'+fs.readFileSync('index.js','utf8'))"`,
    test: `node -e "require('fs').appendFileSync(process.argv[1], 'tested\\n')" ${JSON.stringify(mark)}`,
    log: (line) => lines.push(line),
    ...options
  })
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'release-'))
  repo = join(dir, 'repo')
  remote = join(dir, 'remote.git')
  mark = join(dir, 'tested')
  lines = []
  execFileSync('git', ['init', '--quiet', '--bare', remote])
  execFileSync('git', ['init', '--quiet', '-b', 'main', repo])
  git(repo, 'config', 'user.name', 'Release Test')
  git(repo, 'config', 'user.email', 'release@example.invalid')
  git(repo, 'remote', 'add', 'origin', remote)
  execFileSync('mkdir', [join(repo, 'dist')])
  commit(source('export const answer = 1\n'), 'first')
})

afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('a dry run', () => {
  test('builds, checks dist/, runs the tests, says what it would tag, and changes nothing', () => {
    const head = git(repo, 'rev-parse', 'HEAD')
    const plan = run('1.0.0', { dryRun: true, push: true })
    expect(plan).toMatchObject({ commit: head, tag: 'v1.0.0', majorTag: 'v1', tagged: false, pushed: false })
    expect(plan.movedFrom).toBeUndefined()
    expect(lines).toContain('dist/ is unchanged by the build')
    expect(lines.at(-1)).toBe(`dry run: would tag ${head.slice(0, 7)} v1.0.0 and creates v1; nothing changed`)
    expect(existsSync(mark)).toBe(true)
    expect(tags(repo)).toEqual([])
    expect(tags(remote)).toEqual([])
    expect(git(repo, 'status', '--porcelain')).toBe('')
  })
})

describe('a release', () => {
  test('tags the commit and its major, pushes nothing unless asked', () => {
    const first = git(repo, 'rev-parse', 'HEAD')
    const plan = run('1.0.0')
    expect(plan).toMatchObject({ tag: 'v1.0.0', majorTag: 'v1', tagged: true, pushed: false })
    expect(tags(repo)).toEqual(['v1', 'v1.0.0'])
    expect([commitOf(repo, 'v1'), commitOf(repo, 'v1.0.0')]).toEqual([first, first])
    expect(git(repo, 'cat-file', '-t', 'v1.0.0')).toBe('tag')
    expect(tags(remote)).toEqual([])
    expect(lines.at(-1)).toBe(
      'not pushed; to publish:\n  git push origin v1.0.0\n  git push --force origin v1'
    )
  })

  test('the next release moves the major tag and leaves the earlier one; --push publishes both', () => {
    const first = git(repo, 'rev-parse', 'HEAD')
    run('1.0.0', { push: true })
    expect([commitOf(remote, 'v1'), commitOf(remote, 'v1.0.0')]).toEqual([first, first])
    const second = commit(source('export const answer = 2\n'), 'second')
    const plan = run('1.1.0', { push: true })
    expect(plan).toMatchObject({ movedFrom: first, tagged: true, pushed: true })
    expect(tags(remote)).toEqual(['v1', 'v1.0.0', 'v1.1.0'])
    expect(commitOf(remote, 'v1')).toBe(second)
    expect(commitOf(remote, 'v1.0.0')).toBe(first)
    expect(commitOf(remote, 'v1.1.0')).toBe(second)
    // A new major starts its own tag; v1 stays on the last 1.x.
    const third = commit(source('export const answer = 3\n'), 'third')
    run('2.0.0')
    expect([commitOf(repo, 'v2'), commitOf(repo, 'v1')]).toEqual([third, second])
  })
})

describe('refused before any tag', () => {
  const refused = (version: string, message: RegExp, options: Partial<ReleaseOptions> = {}) => {
    const before = tags(repo)
    let error: unknown
    try {
      run(version, options)
    } catch (thrown) {
      error = thrown
    }
    expect(error).toBeInstanceOf(ReleaseError)
    expect((error as Error).message).toMatch(message)
    expect(tags(repo)).toEqual(before)
    expect(tags(remote)).toEqual([])
  }

  test('a dist/ that the build changes (sources committed without rebuilding)', () => {
    commit({ 'index.js': 'export const answer = 42\n' }, 'forgot to build')
    refused('1.0.0', /the build changed dist\/.*commit the rebuilt dist\/ first:\n M dist\/index.js/s, {
      push: true
    })
    expect(existsSync(mark)).toBe(false)
  })

  test('uncommitted changes', () => {
    writeFileSync(join(repo, 'notes.txt'), 'draft')
    refused('1.0.0', /uncommitted changes.*notes\.txt/s)
  })

  test('failing tests', () => {
    refused('1.0.0', /^test failed \(node -e "process.exit\(3\)", exit code 3\)$/, {
      test: 'node -e "process.exit(3)"'
    })
  })

  test('a version that is taken, older than the latest, or not x.y.z', () => {
    run('1.2.0')
    const before = tags(repo)
    expect(() => run('1.2.0')).toThrow(/tag v1\.2\.0 already exists/)
    expect(() => run('1.1.9')).toThrow('version v1.1.9 is not newer than the latest release v1.2.0')
    expect(() => run('1.3')).toThrow('version 1.3 is not of the form 1.2.3')
    expect(tags(repo)).toEqual(before)
  })
})
