/** The gates blue-green adds: an HTTP probe and a command whose exit code is the verdict. */
import { describe, expect, test } from '@jest/globals'
import { CommandGate } from '../../src/gates/command.ts'
import { HttpProbeGate, type Fetch } from '../../src/gates/http-probe.ts'

describe('HttpProbeGate', () => {
  const probe = (fetch: Fetch) => new HttpProbeGate('http://test.example/ready', { timeoutMs: 2000, fetch })

  test('2xx and 3xx pass; the request does not follow redirects and carries a timeout', async () => {
    const seen: { url: string; redirect: string; signal: AbortSignal }[] = []
    const answer =
      (status: number): Fetch =>
      async (url, init) => {
        seen.push({ url, ...init })
        return { status }
      }
    expect(await probe(answer(200)).check()).toEqual({
      state: 'passed',
      observed: 'GET http://test.example/ready answered 200'
    })
    expect((await probe(answer(302)).check()).state).toBe('passed')
    expect(seen[0]).toMatchObject({ url: 'http://test.example/ready', redirect: 'manual' })
    expect(seen[0].signal).toBeInstanceOf(AbortSignal)
  })

  test('another status fails with the status seen and the one expected', async () => {
    expect(await probe(async () => ({ status: 503 })).check()).toEqual({
      state: 'failed',
      observed: 'GET http://test.example/ready answered 503 (expected 2xx or 3xx)'
    })
  })

  test('no answer: the network error, or the timeout', async () => {
    const refused: Fetch = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } })
    }
    expect(await probe(refused).check()).toEqual({
      state: 'failed',
      observed: 'GET http://test.example/ready failed: ECONNREFUSED (expected 2xx or 3xx)'
    })
    const slow: Fetch = async () => {
      throw new DOMException('The operation was aborted due to timeout', 'TimeoutError')
    }
    expect(await probe(slow).check()).toEqual({
      state: 'failed',
      observed: 'GET http://test.example/ready no answer within 2000 ms (expected 2xx or 3xx)'
    })
  })
})

describe('CommandGate', () => {
  test('exit code 0 passes; any other fails with the code; the rollout environment is passed', async () => {
    const runs: [string, Record<string, string>][] = []
    const gate = (code: number) =>
      new CommandGate(
        './smoke.sh',
        async (command, env) => {
          runs.push([command, env])
          return code
        },
        { ROLLOUT_COLOR: 'green' }
      )
    expect(await gate(0).check()).toEqual({
      state: 'passed',
      observed: '`./smoke.sh` exited with code 0'
    })
    expect(await gate(2).check()).toEqual({
      state: 'failed',
      observed: '`./smoke.sh` exited with code 2 (expected 0)'
    })
    expect(runs).toEqual([
      ['./smoke.sh', { ROLLOUT_COLOR: 'green' }],
      ['./smoke.sh', { ROLLOUT_COLOR: 'green' }]
    ])
  })
})
