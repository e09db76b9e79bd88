import { describe, expect, test } from '@jest/globals'
import { LockLost } from '../../src/core/errors.ts'
import { fencePorts, portCalls } from '../../src/state/fence.ts'
import type { Fence } from '../../src/state/lock.ts'

// The same table the fence reads, so a port added there is tested here without a second list.
const tables: Record<string, Record<string, 'read' | 'change'>> = portCalls

describe('fenced ports', () => {
  test('every call a port names a change waits for the fence; a lost lock sends none of them, and reads still go', async () => {
    const sent: string[] = []
    const ports = Object.fromEntries(
      Object.entries(tables).map(([port, calls]) => [
        port,
        Object.fromEntries(
          Object.keys(calls).map((call) => [call, async () => void sent.push(`${port}.${call}`)])
        )
      ])
    )
    const lost: Fence = { check: () => Promise.reject(new LockLost('this run lost the lock')) }
    const fenced = fencePorts(ports as never, lost) as Record<string, Record<string, () => Promise<void>>>
    const reads: string[] = []
    for (const [port, calls] of Object.entries(tables)) {
      for (const [call, kind] of Object.entries(calls)) {
        if (kind === 'change') await expect(fenced[port][call]()).rejects.toThrow(LockLost)
        else await fenced[port][call]()
        if (kind === 'read') reads.push(`${port}.${call}`)
      }
    }
    expect(sent).toEqual(reads)
    // The changes a run makes: registering, updating, tagging, stopping or continuing a deployment,
    // rules, and making or unmaking a pair.
    expect(
      Object.values(tables).flatMap((calls) => Object.keys(calls).filter((call) => calls[call] === 'change'))
    ).toEqual([
      'registerTaskDefinition',
      'updateService',
      'tagResource',
      'stopServiceDeployment',
      'continueServiceDeployment',
      'setActions',
      'create',
      'setConditions',
      'tag',
      'delete',
      'createTargetGroup',
      'setAttributes',
      'deleteTargetGroup',
      'createService',
      'deleteService',
      'untagService'
    ])
  })
})
