/**
 * One rollout at a time per pair or service. The lock is a listener rule created at a priority reserved for what
 * is locked: ELBv2 refuses a second rule at a priority in use (PriorityInUse), so of two runs creating it at once
 * exactly one gets it. The rule never matches a request (its host is under `.invalid`) and answers 404 if one
 * did. Its tags name the holder (the workflow run, the action, since when) and when its heartbeat runs out.
 *
 * - Fencing: before every change it makes, a run checks that its rule still exists (./fence.ts), unless it
 *   saw it less than `fenceFreshMs` ago (a change that close to the check lands within a preemption's grace); a
 *   run whose lock was taken stops with LockLost and undoes nothing (the run that took the lock finishes the job).
 * - Heartbeat: the holder pushes its expiry forward every half of the lock's time to live (a beat on a deleted
 *   rule fails, so it fences too); a holder whose expiry passed is dead (runner lost, SIGKILL), and the next run
 *   deletes its rule and takes the lock.
 * - Preemption: a rollback deletes the rule of a deploy that holds the lock, then waits a moment for a change the
 *   deploy may have in flight to land before it reads the pair.
 * What remains: a change that passed its fencing check just before the lock was taken still lands (one call, seen
 * by the next run's own read-before-change checks); and the expiry compares two runners' clocks.
 */
import type { LockRulePort, PriorityHolder } from '../aws/lock-rules.ts'
import type { Clock, Every } from '../core/clock.ts'
import { formatElapsed } from '../core/duration.ts'
import { LockLost, oneLine } from '../core/errors.ts'
import type { Log } from '../core/log.ts'
import { tagValue } from './state.ts'

/** What a run locks, and the listener that holds the lock rule. */
export interface LockTarget {
  /** How messages name it: `pair web-blue / web-green`, `service web`. */
  subject: string
  /** What identifies it for every run: the production rule's ARN, the service's ARN. */
  key: string
  listenerArn: string
}

export interface LockSettings {
  /** The workflow run (its link), the action, as the lock's tags name them. */
  run: string
  action: string
  /** Take the lock from a live holder that is not a rollback itself (rollback, the emergency path). */
  preempt: boolean
  /** How long to wait while another run holds the lock; 0 refuses at once. */
  timeoutMs: number
  pollIntervalMs: number
}

export interface LockContext {
  clock: Clock
  log: Log
  signal?: AbortSignal
}

/** The host of every lock rule: no request carries it (RFC 2606 reserves `.invalid`). */
export const lockHost = 'lock.ecs-deploy.invalid'

export const lockKeys = {
  key: 'ecs-deploy:lock',
  run: 'ecs-deploy:lock-run',
  action: 'ecs-deploy:lock-action',
  since: 'ecs-deploy:lock-since',
  heartbeat: 'ecs-deploy:lock-heartbeat',
  expires: 'ecs-deploy:lock-expires'
} as const

/** The priority reserved for `key`: one of 45000 to 49999 (rules users write sit far lower), by hash. */
export function lockPriority(key: string): number {
  let hash = 0x811c9dc5
  for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
  return 45_000 + (hash % 5000)
}

/** How long a holder lives without a heartbeat: twelve poll intervals, from 5 s to 60 s. */
export function lockTtl(pollIntervalMs: number): number {
  return Math.min(60_000, Math.max(5000, pollIntervalMs * 12))
}

/** A live holder's change in flight lands within this, once its lock was taken from it. */
export const preemptionGraceMs = 2000

/** A rule seen this recently needs no new look before a change: the change lands within a preemption's grace. */
export const fenceFreshMs = preemptionGraceMs / 2

/** What fencing checks: the lock is still this run's. */
export interface Fence {
  check(): Promise<void>
}

/** The lock, held: checked before every change, kept alive by its heartbeat, released at the end. */
export class HeldLock implements Fence {
  readonly arn: string
  /** What acquiring it involved (waiting, a takeover, a preemption), for the summary. */
  readonly story: string[]
  private lost?: string
  /** The heartbeat found the rule gone. */
  private gone = false
  private beatFailed = false
  private stop?: () => void
  /** When the rule was last seen to exist (created, beaten, checked). */
  private seenAt: number
  private readonly port: LockRulePort
  private readonly target: LockTarget
  private readonly settings: LockSettings
  private readonly context: LockContext

  constructor(
    port: LockRulePort,
    target: LockTarget,
    settings: LockSettings,
    context: LockContext,
    arn: string,
    story: string[]
  ) {
    this.port = port
    this.target = target
    this.settings = settings
    this.context = context
    this.arn = arn
    this.story = story
    this.seenAt = context.clock.now()
  }

  /** Fencing: throws LockLost, naming who took the lock, when this run no longer holds it. */
  async check(): Promise<void> {
    const now = this.context.clock.now()
    if (!this.lost && !this.gone && now - this.seenAt < fenceFreshMs) return
    if (!this.lost && (this.gone || !(await this.port.exists(this.arn)))) {
      const priority = lockPriority(this.target.key)
      const holder = await this.port.ruleAt(this.target.listenerArn, priority).catch(() => undefined)
      const by = holder?.hosts.includes(lockHost)
        ? ` to ${describeHolder(holder, this.context.clock.now())}`
        : ''
      this.lost = `this run lost the lock of ${this.target.subject}${by}; it stops here and changes nothing more`
    }
    if (this.lost) throw new LockLost(this.lost)
    this.seenAt = now
  }

  /** Pushes the expiry forward every half of the time to live. */
  startHeartbeat(every: Every): void {
    const ttl = lockTtl(this.settings.pollIntervalMs)
    this.stop = every(Math.floor(ttl / 2), () => void this.beat())
  }

  async beat(): Promise<void> {
    try {
      const now = this.context.clock.now()
      const ttl = lockTtl(this.settings.pollIntervalMs)
      const tagged = await this.port.tag(this.arn, heartbeatTags(now, ttl))
      this.gone ||= !tagged
      if (tagged) this.seenAt = now
    } catch (error) {
      // Once: a role without elasticloadbalancing:AddTags would say it on every beat.
      if (!this.beatFailed)
        this.context.log.warning(
          `lock heartbeat not written (another run may take the lock over once it runs out): ${oneLine(error)}`
        )
      this.beatFailed = true
    }
  }

  /** Deletes the rule, unless another run holds the lock now. */
  async release(): Promise<void> {
    this.stop?.()
    if (this.lost || this.gone) return
    await this.port
      .delete(this.arn)
      .catch((error) =>
        this.context.log.warning(
          `the lock rule ${this.arn} was not deleted (the next run takes it over once its heartbeat runs out): ${oneLine(error)}`
        )
      )
  }
}

export function lockTags(target: LockTarget, settings: LockSettings, now: number): Record<string, string> {
  return {
    [lockKeys.key]: tagValue(target.key, 255),
    [lockKeys.run]: tagValue(settings.run, 255),
    [lockKeys.action]: settings.action,
    [lockKeys.since]: new Date(now).toISOString(),
    ...heartbeatTags(now, lockTtl(settings.pollIntervalMs))
  }
}

function heartbeatTags(now: number, ttl: number): Record<string, string> {
  return {
    [lockKeys.heartbeat]: new Date(now).toISOString(),
    [lockKeys.expires]: new Date(now + ttl).toISOString()
  }
}

/** `run <link> (blue-green, since <ISO>, last heartbeat 3s ago)` */
export function describeHolder(holder: PriorityHolder, now: number): string {
  const tags = holder.tags
  const beat = Date.parse(tags[lockKeys.heartbeat] ?? '')
  const facts = [
    tags[lockKeys.action],
    tags[lockKeys.since] ? `since ${tags[lockKeys.since]}` : undefined,
    Number.isNaN(beat) ? undefined : `last heartbeat ${formatElapsed(Math.max(0, now - beat))} ago`
  ].filter(Boolean)
  return `run ${tags[lockKeys.run] || 'unknown'} (${facts.join(', ') || `lock rule ${holder.arn}`})`
}
