/**
 * The emulator as a process: `node emulator/cli.ts` announces its endpoint, answers the SDK, and stops with
 * exit code 0 on SIGTERM; a bad flag is a one-line usage error with exit code 2.
 */
import { afterEach, expect, test } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { ECSClient, ListClustersCommand } from '@aws-sdk/client-ecs'

const cli = fileURLToPath(new URL('../../emulator/cli.ts', import.meta.url))
const children: ChildProcess[] = []

function run(...args: string[]) {
  // process.execPath is the Node that runs the tests (the project's Node 24, able to run .ts files).
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  let stdout = ''
  let stderr = ''
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
  return { child, exited, stdout: () => stdout, stderr: () => stderr }
}

afterEach(() => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
})

/** The first stdout line, once it is complete; fails when the process exits or stays silent. */
function readyLine(emulator: ReturnType<typeof run>, timeoutMs = 15_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no ready line')), timeoutMs)
    const check = () => {
      if (!emulator.stdout().includes('\n')) return
      clearTimeout(timer)
      resolve(emulator.stdout())
    }
    emulator.child.stdout!.on('data', () => setImmediate(check))
    void emulator.exited.then(() => {
      clearTimeout(timer)
      reject(new Error(`emulator exited early: ${emulator.stderr()}`))
    })
    check()
  })
}

test.each(['SIGTERM', 'SIGINT'] as const)(
  'prints one ready line, serves the SDK, and exits 0 on %s',
  async (signal) => {
    const emulator = run('--port', '0', '--time-scale', '0.01')
    const output = await readyLine(emulator)
    const match = /^emulator ready (http:\/\/127\.0\.0\.1:(\d+))\n$/.exec(output)
    expect(match).not.toBeNull()
    expect(Number(match![2])).toBeGreaterThan(0)

    const config = {
      endpoint: match![1],
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxAttempts: 1
    }
    const ecs = new ECSClient(config)
    const cloudwatch = new CloudWatchClient(config)
    try {
      await expect(ecs.send(new ListClustersCommand({}))).resolves.toMatchObject({
        clusterArns: expect.any(Array)
      })
      await expect(cloudwatch.send(new DescribeAlarmsCommand({}))).resolves.toMatchObject({
        MetricAlarms: []
      })
    } finally {
      ecs.destroy()
      cloudwatch.destroy()
    }

    emulator.child.kill(signal)
    expect(await emulator.exited).toEqual([0, null])
    expect(emulator.stdout()).toBe(output)
  },
  30_000
)

test('a bad flag is a one-line error and exit code 2', async () => {
  const emulator = run('--prot', '4566')
  expect(await emulator.exited).toEqual([2, null])
  expect(emulator.stderr()).toMatch(/^emulator: .*--prot.*\n$/)
  expect(emulator.stdout()).toBe('')

  const badScale = run('--time-scale', 'fast')
  expect(await badScale.exited).toEqual([2, null])
  expect(badScale.stderr()).toMatch(/^emulator: --time-scale must be a positive number, got fast .*\n$/)

  const badLimits = run('--rate-limits', 'none')
  expect(await badLimits.exited).toEqual([2, null])
  expect(badLimits.stderr()).toMatch(/^emulator: --rate-limits must be scaled, real or off, got none .*\n$/)
})

test('--iam holds a key to its policy: outside it, AccessDenied; a file that cannot be read is exit code 2', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'cli-iam-')), 'principals.json')
  const policy = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'ecs:List*', Resource: '*' }]
  }
  writeFileSync(file, JSON.stringify({ AKIADEPLOY: { role: 'deploy', policy } }))
  const emulator = run('--port', '0', '--iam', file)
  const endpoint = /^emulator ready (\S+)\n$/.exec(await readyLine(emulator))![1]
  const config = {
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIADEPLOY', secretAccessKey: 'b' },
    maxAttempts: 1
  }
  const ecs = new ECSClient(config)
  const cloudwatch = new CloudWatchClient(config)
  try {
    await expect(ecs.send(new ListClustersCommand({}))).resolves.toMatchObject({
      clusterArns: expect.any(Array)
    })
    await expect(cloudwatch.send(new DescribeAlarmsCommand({}))).rejects.toMatchObject({
      name: 'AccessDenied',
      message: expect.stringContaining(
        'assumed-role/deploy/GitHubActions is not authorized to perform: cloudwatch:DescribeAlarms'
      )
    })
  } finally {
    ecs.destroy()
    cloudwatch.destroy()
  }
  emulator.child.kill('SIGTERM')
  expect(await emulator.exited).toEqual([0, null])

  const missing = run('--iam', `${file}.missing`)
  expect(await missing.exited).toEqual([2, null])
  expect(missing.stderr()).toMatch(/^emulator: --iam .*principals\.json\.missing: ENOENT/)
}, 30_000)
