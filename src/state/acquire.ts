/**
 * Taking the lock (./lock.ts says how it works): create its rule, or take over a dead holder, preempt a live one
 * (rollback), wait, or refuse naming the holder; and holding it while a run changes things.
 */
import type { LockRulePort } from '../aws/lock-rules.ts'
import { throwIfCancelled, type Every } from '../core/clock.ts'
import { formatDuration } from '../core/duration.ts'
import { InputError, LockHeld, oneLine } from '../core/errors.ts'
import {
  describeHolder,
  HeldLock,
  lockHost,
  lockKeys,
  lockPriority,
  lockTags,
  preemptionGraceMs,
  type LockContext,
  type LockSettings,
  type LockTarget
} from './lock.ts'
import { tagValue } from './state.ts'

/**
 * Takes the lock: creates the rule at the reserved priority; if a rule holds it, takes over a dead holder, preempts
 * (rollback) a live one, waits up to `timeoutMs`, or refuses with LockHeld naming the holder.
 */
export async function acquireLock(
  port: LockRulePort,
  target: LockTarget,
  settings: LockSettings,
  context: LockContext
): Promise<HeldLock> {
  const { clock, log, signal } = context
  const priority = lockPriority(target.key)
  const deadline = clock.now() + settings.timeoutMs
  const story: string[] = []
  let preempted = false
  let vanished = 0
  let waitingFor = ''
  for (;;) {
    throwIfCancelled(signal)
    const now = clock.now()
    try {
      const arn = await port.create(target.listenerArn, priority, lockHost, lockTags(target, settings, now))
      if (preempted) await clock.sleep(preemptionGraceMs, signal)
      return new HeldLock(port, target, settings, context, arn, story)
    } catch (error) {
      if ((error as Error).name !== 'PriorityInUseException') throw error
    }
    const holder = await port.ruleAt(target.listenerArn, priority)
    if (!holder) {
      if (++vanished > 3)
        throw new Error(
          `priority ${priority} of listener ${target.listenerArn} is in use, yet no rule holds it`
        )
      continue
    }
    if (!holder.hosts.includes(lockHost)) {
      throw new InputError(
        `Cannot lock ${target.subject}: priority ${priority} of listener ${target.listenerArn} is taken by rule ${holder.arn}, which is not a lock of these actions; give that rule another priority`
      )
    }
    const held = describeHolder(holder, now)
    const sameKey = holder.tags[lockKeys.key] === tagValue(target.key, 255)
    const expires = Date.parse(holder.tags[lockKeys.expires] ?? '')
    if (now > expires) {
      await port.delete(holder.arn)
      story.push(`took over the lock from ${held}: its heartbeat ran out (its runner was lost)`)
      continue
    }
    if (settings.preempt && sameKey && holder.tags[lockKeys.action] !== 'rollback') {
      await port.delete(holder.arn)
      story.push(`took the lock from ${held}: a rollback goes first; that run stops before its next change`)
      preempted = true
      continue
    }
    const what = sameKey
      ? target.subject
      : `${target.subject} (its lock priority ${priority} is shared with ${holder.tags[lockKeys.key] ?? 'another lock'})`
    if (now >= deadline) {
      const waited =
        settings.timeoutMs > 0 ? ` after waiting lock-timeout ${formatDuration(settings.timeoutMs)}` : ''
      throw new LockHeld(
        `${what} is locked by ${held}${waited}; this run changed nothing (runs of one ${target.subject.split(' ')[0]} must not overlap: share a concurrency group with the other workflow, or give lock-timeout to wait)`
      )
    }
    if (waitingFor !== holder.arn) {
      waitingFor = holder.arn
      story.push(`waiting for ${held}`)
      log.info(`${what} is locked by ${held}; waiting up to ${formatDuration(deadline - now)}`)
    }
    await clock.sleep(Math.min(settings.pollIntervalMs, deadline - now), signal)
  }
}

/**
 * Runs `body` holding the lock (heartbeat on), then releases it. A role that may not create the lock rule gets one
 * warning and `body` runs without a lock (as a role that may not tag gets no saved state).
 */
export async function withLock<T>(
  port: LockRulePort,
  target: LockTarget,
  settings: LockSettings,
  context: LockContext & { every: Every },
  body: (lock?: HeldLock) => Promise<T>
): Promise<T> {
  let lock: HeldLock
  try {
    lock = await acquireLock(port, target, settings, context)
  } catch (error) {
    if (!/^AccessDenied/.test((error as Error).name)) throw error
    context.log.warning(
      `no lock on ${target.subject}: the role may not create its lock rule (it needs elasticloadbalancing:CreateRule, DeleteRule, DescribeRules, AddTags, DescribeTags), so nothing keeps another run from changing it at the same time: ${oneLine(error)}`
    )
    return body()
  }
  lock.startHeartbeat(context.every)
  try {
    return await body(lock)
  } finally {
    await lock.release()
  }
}
