import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import type { EcsPort } from '../../src/aws/ecs.ts'
import { silentLog } from '../../src/core/log.ts'
import { recordOf, stepOf } from '../../src/rollout/record.ts'
import { Rollout } from '../../src/rollout/rollout.ts'
import { readState } from '../../src/state/state.ts'

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : [join(dir, entry.name)]
  )

describe('the record a rollout keeps', () => {
  test('its writer is built in one place', () => {
    const building = sources('src').filter((file) => readFileSync(file, 'utf8').includes('new StateWriter('))
    expect(building).toEqual(['src/rollout/record.ts'])
  })

  test('the step is the index of the step it was written at among the strategy names, or its status says it', () => {
    const names = ['deploy', 'verify', 'pause', 'shift', 'bake', 'scale-down']
    expect(stepOf('shift', 'switched', names)).toBe(3)
    expect(stepOf(undefined, 'switched', names)).toBe(4)
    expect(stepOf('restore', 'succeeded', names)).toBe(5)
    expect(stepOf(undefined, 'failed', ['deploy', 'follow'])).toBe(0)
    expect(stepOf('follow', 'failed', ['deploy', 'follow'])).toBe(1)
  })

  test('the rollout adds the status, the step it is at and the time to the facts the strategy gives', async () => {
    const tagged: { key?: string; value?: string }[][] = []
    const ecs = {
      tagResource: async (_arn: string, tags: never[]) => void tagged.push(tags)
    } as unknown as EcsPort
    const clock = { now: () => Date.parse('2026-01-02T03:04:05Z'), sleep: async () => {} }
    const context = { clock, log: silentLog }
    const rollout = new Rollout(context, 'rollback')
    const record = recordOf(rollout, context, {
      ecs,
      service: { arn: 'arn:aws:ecs:us-east-1:1:service/prod/web', name: 'web' },
      steps: () => ({ names: ['deploy', 'follow'], current: undefined }),
      facts: () => ({
        taskDefinition: 'web:2',
        previousTaskDefinition: 'web:1',
        run: 'run-1',
        action: 'rolling'
      })
    })
    await rollout.run([
      { name: 'deploy', run: () => record.save('deploying') },
      { name: 'follow', run: () => record.save('switched') }
    ])
    expect(tagged.map((tags) => readState(tags))).toEqual([
      expect.objectContaining({ status: 'deploying', step: 0, updatedAt: '2026-01-02T03:04:05.000Z' }),
      expect.objectContaining({ status: 'switched', step: 1, taskDefinition: 'web:2', run: 'run-1' })
    ])
  })
})
