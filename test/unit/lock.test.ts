/**
 * One rollout at a time: the lock rule on the pair's production listener (scripted ELBv2, fake clock). Taking
 * it, refusing or waiting while another run holds it, taking over a dead holder, a rollback preempting a deploy,
 * the heartbeat, and fencing: two blue-green runs started at once change the pair through one of them only, and a
 * run whose lock was taken stops at its next change without undoing anything.
 */
import { describe, expect, test } from '@jest/globals'
import { lockRulePort } from '../../src/aws/lock-rules.ts'
import type { Every } from '../../src/core/clock.ts'
import { InputError, LockHeld, LockLost } from '../../src/core/errors.ts'
import { silentLog } from '../../src/core/log.ts'
import { pairLock } from '../../src/pair/pair.ts'
import { fenceFreshMs, lockHost, lockPriority, lockTtl, type LockSettings } from '../../src/state/lock.ts'
import { acquireLock, withLock } from '../../src/state/acquire.ts'
import { fencePorts } from '../../src/state/fence.ts'
import { blueGreenDeploy } from '../../src/strategies/blue-green/index.ts'
import { freshWorldEachTest } from './support/fresh-world.ts'
import { FakePair, listenerArn, ruleArn } from './support/fake-pair.ts'
import { blueGreenDefaults, pairAddress } from './support/run-blue-green.ts'

const world = freshWorldEachTest((clock) => new FakePair(clock))

const target = pairLock(pairAddress)
const priority = lockPriority(ruleArn)
const runA = 'https://github.com/example/app/actions/runs/1/attempts/1'
const runB = 'https://github.com/example/app/actions/runs/2/attempts/1'

const settings = (overrides: Partial<LockSettings> = {}): LockSettings => ({
  run: runA,
  action: 'blue-green',
  preempt: false,
  timeoutMs: 0,
  pollIntervalMs: 5000,
  ...overrides
})

const port = () => lockRulePort(world.aws.clients.elb)
const context = () => ({ clock: world.clock, log: silentLog })
const acquire = (overrides: Partial<LockSettings> = {}) =>
  acquireLock(port(), target, settings(overrides), context())

/** A heartbeat timer the test fires by hand. */
function manualTimer(): { every: Every; fire: () => void; stopped: () => boolean } {
  let tick = () => {}
  let stopped = false
  return {
    every: (_ms, given) => {
      tick = given
      return () => (stopped = true)
    },
    fire: () => tick(),
    stopped: () => stopped
  }
}

const lockCalls = () => world.aws.lockSent.map((call) => call.operation)

describe('taking the lock', () => {
  test('one rule at the reserved priority of the production listener, never matching a request, naming the run', async () => {
    const lock = await acquire()
    expect(target).toEqual({
      subject: 'pair web-blue / web-green',
      key: ruleArn,
      listenerArn
    })
    expect(priority).toBeGreaterThanOrEqual(45_000)
    expect(priority).toBeLessThan(50_000)
    const rule = world.aws.lockRules.at(listenerArn, priority)!
    expect(rule.arn).toBe(lock.arn)
    expect(rule.hosts).toEqual([lockHost])
    expect(world.aws.lockRules.tagsOf(lock.arn)).toEqual({
      'ecs-deploy:lock': ruleArn,
      'ecs-deploy:lock-run': runA,
      'ecs-deploy:lock-action': 'blue-green',
      'ecs-deploy:lock-since': '2026-11-25T10:00:00.000Z',
      'ecs-deploy:lock-heartbeat': '2026-11-25T10:00:00.000Z',
      'ecs-deploy:lock-expires': '2026-11-25T10:01:00.000Z'
    })
    expect(lockCalls()).toEqual(['CreateRule'])
    await lock.release()
    expect(world.aws.lockRules.rules.size).toBe(0)
    expect(world.aws.sent).toEqual([])
  })

  test('held by another run: refused at once, in one line naming its run link and since when', async () => {
    await acquire()
    world.clock.time += 3000
    const refused = await acquire({ run: runB }).catch((error: Error) => error)
    expect(refused).toBeInstanceOf(LockHeld)
    expect((refused as Error).message).toBe(
      `pair web-blue / web-green is locked by run ${runA} (blue-green, since 2026-11-25T10:00:00.000Z, last heartbeat 3s ago); this run changed nothing (runs of one pair must not overlap: share a concurrency group with the other workflow, or give lock-timeout to wait)`
    )
    expect(world.clock.sleeps).toEqual([])
    expect(lockCalls()).toEqual(['CreateRule', 'CreateRule', 'DescribeRules', 'DescribeTags'])
  })

  test('lock-timeout waits, and takes the lock once its holder released it', async () => {
    const first = await acquire()
    world.aws.at(3, () => world.aws.lockRules.rules.delete(first.arn))
    const second = await acquire({ run: runB, timeoutMs: 60_000 })
    expect(world.clock.sleeps).toEqual([5000, 5000, 5000])
    expect(world.aws.lockRules.tagsOf(second.arn)['ecs-deploy:lock-run']).toBe(runB)
    expect(second.story).toEqual([
      `waiting for run ${runA} (blue-green, since 2026-11-25T10:00:00.000Z, last heartbeat 0s ago)`
    ])
  })

  test('still held at lock-timeout: refused, saying how long it waited', async () => {
    await acquire()
    const refused = await acquire({ run: runB, timeoutMs: 12_000 }).catch((error: Error) => error.message)
    expect(refused).toMatch(/ after waiting lock-timeout 12s; this run changed nothing/)
    expect(world.clock.sleeps).toEqual([5000, 5000, 2000])
  })

  test('a holder whose heartbeat ran out (its runner was lost) is taken over', async () => {
    const dead = await acquire()
    world.clock.time += lockTtl(5000) + 1
    const taker = await acquire({ run: runB })
    expect(world.aws.lockRules.rules.has(dead.arn)).toBe(false)
    expect(taker.story).toEqual([
      `took over the lock from run ${runA} (blue-green, since 2026-11-25T10:00:00.000Z, last heartbeat 1m ago): its heartbeat ran out (its runner was lost)`
    ])
    await expect(dead.check()).rejects.toThrow(
      `this run lost the lock of pair web-blue / web-green to run ${runB} (blue-green, since 2026-11-25T10:01:00.001Z, last heartbeat 0s ago); it stops here and changes nothing more`
    )
  })

  test('a rollback takes the lock from a live deploy, then leaves it a moment to land a change in flight', async () => {
    const deploy = await acquire()
    const rollback = await acquire({ run: runB, action: 'rollback', preempt: true })
    expect(rollback.story[0]).toMatch(
      /^took the lock from run .*runs\/1\/attempts\/1 \(blue-green, .*\): a rollback goes first; that run stops before its next change$/
    )
    expect(world.clock.sleeps).toEqual([2000])
    await expect(deploy.check()).rejects.toThrow(LockLost)
    // A rollback does not preempt another rollback.
    const again = await acquire({ run: 'third', action: 'rollback', preempt: true }).catch((e: Error) => e)
    expect(again).toBeInstanceOf(LockHeld)
  })

  test('a rule that is not a lock at the reserved priority: refused, naming it', async () => {
    const other = world.aws.lockRules.occupy(listenerArn, priority)
    const refused = await acquire().catch((error: Error) => error)
    expect(refused).toBeInstanceOf(InputError)
    expect((refused as Error).message).toBe(
      `Cannot lock pair web-blue / web-green: priority ${priority} of listener ${listenerArn} is taken by rule ${other.arn}, which is not a lock of these actions; give that rule another priority`
    )
  })
})

describe('holding the lock', () => {
  test('the heartbeat pushes the expiry forward; a beat on a rule that is gone loses the lock', async () => {
    const timer = manualTimer()
    let beats = 0
    await withLock(port(), target, settings(), { ...context(), every: timer.every }, async (held) => {
      const lock = held!
      world.clock.time += 10_000
      timer.fire()
      await new Promise((resolve) => setImmediate(resolve))
      beats = world.aws.lockSent.filter((call) => call.operation === 'AddTags').length
      expect(world.aws.lockRules.tagsOf(lock.arn)['ecs-deploy:lock-expires']).toBe('2026-11-25T10:01:10.000Z')
      world.aws.lockRules.rules.delete(lock.arn)
      await lock.beat()
      await expect(lock.check()).rejects.toThrow(/lost the lock/)
    })
    expect(beats).toBe(1)
    expect(timer.stopped()).toBe(true)
    // A run that lost its lock does not delete the rule of the run that holds it now.
    expect(lockCalls().filter((operation) => operation === 'DeleteRule')).toEqual([])
  })

  test('a heartbeat that cannot be written warns once', async () => {
    const warnings: string[] = []
    const lock = await acquireLock(port(), target, settings(), {
      clock: world.clock,
      log: { ...silentLog, warning: (message) => warnings.push(message) }
    })
    world.aws.failLock = (operation) =>
      operation === 'AddTags'
        ? Object.assign(new Error('throttled'), { name: 'ThrottlingException' })
        : undefined
    await lock.beat()
    await lock.beat()
    expect(warnings).toEqual([
      'lock heartbeat not written (another run may take the lock over once it runs out): ThrottlingException: throttled'
    ])
    await expect(lock.check()).resolves.toBeUndefined()
  })

  test('a role that may not create the lock rule: one warning, and the run goes on without a lock', async () => {
    const warnings: string[] = []
    world.aws.failLock = (operation) =>
      operation === 'CreateRule'
        ? Object.assign(new Error('not authorized to perform: elasticloadbalancing:CreateRule'), {
            name: 'AccessDenied'
          })
        : undefined
    const log = { ...silentLog, warning: (message: string) => warnings.push(message) }
    const ran = await withLock(
      port(),
      target,
      settings(),
      { clock: world.clock, log, every: manualTimer().every },
      async (lock) => (lock === undefined ? 'unlocked' : 'locked')
    )
    expect(ran).toBe('unlocked')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^no lock on pair web-blue \/ web-green: the role may not create its lock rule \(it needs elasticloadbalancing:CreateRule, .*\), so nothing keeps another run .*: AccessDenied: not authorized/
    )
  })

  test('fenced ports look at the lock before a change unless they saw it just now, and send nothing once it is lost', async () => {
    const lock = await acquire()
    const ports = fencePorts(world.aws.ports(), lock)
    const tag = () => ports.ecs.tagResource(world.aws.services.blue.serviceArn!, [{ key: 'a', value: 'b' }])
    await tag() // the rule was created just now
    world.clock.time += fenceFreshMs
    await tag()
    await tag() // the rule was described just now
    expect(world.aws.journal.map((call) => call.operation)).toEqual([
      'CreateRule',
      'TagResource',
      'DescribeRules',
      'TagResource',
      'TagResource'
    ])
    world.aws.lockRules.rules.delete(lock.arn)
    world.clock.time += fenceFreshMs
    await expect(
      ports.ecs.updateService({ cluster: 'prod', service: 'web-green', desiredCount: 2 })
    ).rejects.toThrow(LockLost)
    expect(world.aws.mutations()).toEqual(['TagResource', 'TagResource', 'TagResource'])
  })
})

describe('two runs on one pair', () => {
  const locked = (run: string, image: string) =>
    withLock(port(), target, settings({ run }), { ...context(), every: manualTimer().every }, (lock) =>
      blueGreenDeploy(
        { ...blueGreenDefaults, run, taskDefinition: { kind: 'image', container: 'web', image } },
        fencePorts(world.aws.ports(), lock!),
        { ...context(), fence: lock }
      )
    )

  test('started at the same moment: exactly one changes anything; the other is refused naming it', async () => {
    const [a, b] = await Promise.allSettled([
      locked(runA, 'registry.example/web:2.0'),
      locked(runB, 'registry.example/web:3.0')
    ])
    expect(a).toMatchObject({ status: 'fulfilled', value: { report: { status: 'succeeded' } } })
    expect(b).toMatchObject({ status: 'rejected', reason: expect.any(LockHeld) })
    expect(String((b as PromiseRejectedResult).reason.message)).toContain(`locked by run ${runA}`)
    // Every change is run A's: its version, its record.
    expect(world.aws.calls('RegisterTaskDefinition')).toHaveLength(1)
    expect(world.aws.calls('RegisterTaskDefinition')[0].containerDefinitions[0].image).toBe(
      'registry.example/web:2.0'
    )
    expect(
      world.aws.calls('TagResource').every((call) => call.tags.some((tag: any) => tag.value === runA))
    ).toBe(true)
    expect(world.aws.lockRules.rules.size).toBe(0)
  })

  test('a deploy whose lock a rollback took stops at its next change and undoes nothing', async () => {
    // Step 1: green deploys; the lock is taken from the run while it follows the deployment.
    world.aws.at(1, () => {
      const rule = world.aws.lockRules.at(listenerArn, priority)!
      world.aws.lockRules.rules.delete(rule.arn)
      world.aws.lockRules.hold(listenerArn, ruleArn, { run: runB, action: 'rollback' })
    })
    const { report } = await locked(runA, 'registry.example/web:2.0')
    expect(report.status).toBe('failed')
    expect(report.reason).toBe(
      `this run lost the lock of pair web-blue / web-green to run ${runB} (rollback); it stops here and changes nothing more`
    )
    // Deployed green, then nothing: no switch, no scale-down of green, no record of the ending.
    expect(world.aws.mutations()).toEqual(['RegisterTaskDefinition', 'TagResource', 'UpdateService'])
    expect(world.aws.weights()).toEqual({ blue: 100, green: 0 })
  })

  test('a gate that fails once the lock was taken: the run undoes nothing and says it lost the lock', async () => {
    // During the bake (traffic on green), a rollback takes the lock, moves traffic back and scales green in.
    world.aws.at(5, () => {
      world.aws.lockRules.rules.delete(world.aws.lockRules.at(listenerArn, priority)!.arn)
      world.aws.lockRules.hold(listenerArn, ruleArn, { run: runB, action: 'rollback' })
      world.aws.setWeights(100, 0)
      world.aws.services.green.desiredCount = 0
      world.aws.services.green.deployments![0].desiredCount = 0
    })
    const { report } = await locked(runA, 'registry.example/web:2.0')
    expect(report.status).toBe('failed')
    expect(report.reason).toMatch(/^gate tasks failed on green \(web-green\): during bake-time/)
    expect(report.reason).toMatch(
      /; this run lost the lock of pair web-blue \/ web-green to run \S+runs\/2\/attempts\/1 \(rollback\); it stops here and changes nothing more$/
    )
    // Its last changes are the switch and its record; nothing after the lock was taken.
    expect(world.aws.mutations()).toEqual([
      'RegisterTaskDefinition',
      'TagResource',
      'UpdateService',
      'TagResource',
      'ModifyRule'
    ])
  })
})
