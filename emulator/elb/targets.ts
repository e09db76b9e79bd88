/**
 * Registered targets of every target group and their health, as the ALB tracks them:
 * - a group no listener forwards to is not checked: its targets are `unused` (Target.NotInUse);
 * - in a used group a target starts `initial` (Elb.RegistrationInProgress, then Elb.InitialHealthChecking
 *   after its first check), turns `healthy` after HealthyThresholdCount passes in a row and `unhealthy`
 *   after UnhealthyThresholdCount failures in a row;
 * - deregistering drains the target for the group's deregistration delay (at once when unused), then
 *   forgets it.
 * All waits go through `EmulatorTime`, so they scale with the emulator's clock.
 */
import type { TargetHealthState, TargetHealthView } from '../core/contracts.ts'
import type { EmulatorTime } from '../core/time.ts'
import type { HealthCheck } from './model.ts'
import { probe } from './probe.ts'

export interface GroupSettings {
  healthCheck: HealthCheck
  deregistrationDelaySeconds: number
}

export interface Target {
  id: string
  port: number
  state: TargetHealthState
  reason?: string
  description?: string
}

interface Entry extends Target {
  passes: number
  failures: number
  /** Requests at the target now (the proxy's). */
  inFlight: number
  /** Draining, its delay is over: it goes once its last request in flight ends. */
  drainOver?: boolean
  checking?: () => void
  stopChecks?: () => void
  drained?: { done: Promise<void>; finish: () => void; cancel: () => void }
}

interface Group {
  used: boolean
  targets: Map<string, Entry>
  /** Round-robin position. */
  next: number
  stopRounds?: () => void
}

const NOT_IN_USE = {
  state: 'unused',
  reason: 'Target.NotInUse',
  description: 'Target group is not configured to receive traffic from the load balancer'
} as const
const REGISTERING = {
  state: 'initial',
  reason: 'Elb.RegistrationInProgress',
  description: 'Target registration is in progress'
} as const
const CHECKS_DISABLED = {
  state: 'unavailable',
  reason: 'Target.HealthCheckDisabled',
  description: 'Health checks are disabled'
} as const

export interface TargetsOptions {
  time: EmulatorTime
  settings: (groupArn: string) => GroupSettings
  /** Called once per health-check interval of every used group (for HealthyHostCount and friends). */
  onRound: (groupArn: string, counts: { healthy: number; unhealthy: number }) => void
}

export class Targets {
  private readonly groups = new Map<string, Group>()
  private readonly options: TargetsOptions

  constructor(options: TargetsOptions) {
    this.options = options
  }

  addGroup(groupArn: string): void {
    this.groups.set(groupArn, { used: false, targets: new Map(), next: 0 })
  }

  removeGroup(groupArn: string): void {
    const group = this.groups.get(groupArn)
    if (!group) return
    group.stopRounds?.()
    for (const entry of group.targets.values()) this.forget(group, entry)
    this.groups.delete(groupArn)
  }

  /** Registers (or re-registers, ending a drain) a target. */
  register(groupArn: string, id: string, port: number): void {
    const group = this.group(groupArn)
    const existing = group.targets.get(key(id, port))
    if (existing && existing.state !== 'draining') return
    if (existing) this.forget(group, existing)
    const entry: Entry = { id, port, state: 'unused', passes: 0, failures: 0, inFlight: 0 }
    group.targets.set(key(id, port), entry)
    if (group.used) this.startChecking(groupArn, entry)
    else Object.assign(entry, NOT_IN_USE)
  }

  /** Starts draining; resolves when the target is gone. `undefined` when it is not registered. */
  deregister(groupArn: string, id: string, port: number): Promise<void> | undefined {
    const group = this.group(groupArn)
    const entry = group.targets.get(key(id, port))
    if (!entry) return undefined
    if (entry.drained) return entry.drained.done
    this.stopChecking(entry)
    if (!group.used) {
      this.forget(group, entry)
      return Promise.resolve()
    }
    Object.assign(entry, {
      state: 'draining',
      reason: 'Target.DeregistrationInProgress',
      description: 'Target deregistration is in progress'
    })
    let finish = () => {}
    const done = new Promise<void>((resolve) => (finish = resolve))
    // The delay is how long requests in flight may still take: they are real, so it lasts at least the floor, and
    // a request still at the target then (the load balancer's idle timeout ends it) is let finish.
    const cancel = this.options.time.timeout(
      this.options.settings(groupArn).deregistrationDelaySeconds,
      () => {
        entry.drainOver = true
        if (entry.inFlight === 0) this.forget(group, entry)
      }
    )
    entry.drained = { done, finish, cancel }
    return done
  }

  /** A request is at the target until the returned function is called; a drain that is over waits for the last. */
  inFlight(groupArn: string, id: string, port: number): () => void {
    const group = this.groups.get(groupArn)
    const entry = group?.targets.get(key(id, port))
    if (!group || !entry) return () => {}
    entry.inFlight += 1
    return () => {
      entry.inFlight -= 1
      if (entry.drainOver && entry.inFlight === 0) this.forget(group, entry)
    }
  }

  /** Whether a listener forwards to the group; a group that becomes used starts checking from `initial`. */
  setUsed(groupArn: string, used: boolean): void {
    const group = this.groups.get(groupArn)
    if (!group || group.used === used) return
    group.used = used
    for (const entry of group.targets.values()) {
      if (entry.state === 'draining') continue
      if (used) this.startChecking(groupArn, entry)
      else {
        this.stopChecking(entry)
        Object.assign(entry, NOT_IN_USE)
      }
    }
    group.stopRounds?.()
    group.stopRounds = used ? this.startRounds(groupArn) : undefined
  }

  /** Health-check settings changed: restart checks so the new interval, path or `enabled` apply. */
  settingsChanged(groupArn: string): void {
    const group = this.groups.get(groupArn)
    if (!group?.used) return
    for (const entry of group.targets.values()) {
      if (entry.state === 'draining') continue
      const enabled = this.options.settings(groupArn).healthCheck.enabled
      if (entry.state === 'unavailable' || !enabled) this.startChecking(groupArn, entry)
      else {
        this.stopChecking(entry)
        this.scheduleCheck(groupArn, entry, 0)
      }
    }
    group.stopRounds?.()
    group.stopRounds = this.startRounds(groupArn)
  }

  list(groupArn: string): Target[] {
    return [...this.group(groupArn).targets.values()].map(view)
  }

  find(groupArn: string, id: string, port: number): Target | undefined {
    const entry = this.groups.get(groupArn)?.targets.get(key(id, port))
    return entry && view(entry)
  }

  health(groupArn: string, id: string, port: number): TargetHealthView | undefined {
    const entry = this.groups.get(groupArn)?.targets.get(key(id, port))
    if (!entry) return undefined
    return { state: entry.state, reason: entry.reason, description: entry.description }
  }

  /**
   * The next target for a request: round robin over healthy targets (or all when checks are disabled);
   * when none is healthy, over every target that is not draining (the ALB fails open).
   */
  pick(groupArn: string): Target | undefined {
    const group = this.groups.get(groupArn)
    if (!group) return undefined
    const live = [...group.targets.values()].filter((entry) => entry.state !== 'draining')
    const healthy = live.filter((entry) => entry.state === 'healthy' || entry.state === 'unavailable')
    const candidates = healthy.length > 0 ? healthy : live
    if (candidates.length === 0) return undefined
    group.next = (group.next + 1) % candidates.length
    return view(candidates[group.next])
  }

  stop(): void {
    for (const groupArn of [...this.groups.keys()]) this.removeGroup(groupArn)
  }

  private group(groupArn: string): Group {
    const group = this.groups.get(groupArn)
    if (!group) throw new Error(`unknown target group ${groupArn}`)
    return group
  }

  private startChecking(groupArn: string, entry: Entry): void {
    this.stopChecking(entry)
    Object.assign(entry, { passes: 0, failures: 0 })
    if (!this.options.settings(groupArn).healthCheck.enabled) {
      Object.assign(entry, CHECKS_DISABLED)
      return
    }
    Object.assign(entry, REGISTERING)
    this.scheduleCheck(groupArn, entry, 0)
  }

  /** One check now-ish, the next one an interval after it started; never two at once for a target. */
  private scheduleCheck(groupArn: string, entry: Entry, delaySeconds: number): void {
    entry.stopChecks = this.options.time.after(delaySeconds, () => {
      const settings = this.options.settings(groupArn).healthCheck
      this.scheduleCheck(groupArn, entry, settings.intervalSeconds)
      if (!entry.checking) void this.check(settings, entry)
    })
  }

  private async check(settings: HealthCheck, entry: Entry): Promise<void> {
    const port = settings.port === 'traffic-port' ? entry.port : Number(settings.port)
    const attempt = probe({
      host: '127.0.0.1',
      port,
      path: settings.path,
      matcher: settings.matcher,
      armTimeout: (onTimeout) => this.options.time.timeout(settings.timeoutSeconds, onTimeout)
    })
    let aborted = false
    entry.checking = () => {
      aborted = true
      attempt.abort()
    }
    const verdict = await attempt.verdict
    entry.checking = undefined
    if (aborted) return
    if (verdict.passed) {
      entry.passes += 1
      entry.failures = 0
      if (entry.state !== 'healthy' && entry.passes >= settings.healthyThreshold) {
        Object.assign(entry, { state: 'healthy', reason: undefined, description: undefined })
      }
    } else {
      entry.failures += 1
      entry.passes = 0
      if (entry.state === 'unhealthy' || entry.failures >= settings.unhealthyThreshold) {
        Object.assign(entry, { state: 'unhealthy', reason: verdict.reason, description: verdict.description })
      }
    }
    if (entry.state === 'initial') {
      Object.assign(entry, {
        reason: 'Elb.InitialHealthChecking',
        description: 'Initial health checks in progress'
      })
    }
  }

  private stopChecking(entry: Entry): void {
    entry.stopChecks?.()
    entry.stopChecks = undefined
    entry.checking?.()
    entry.checking = undefined
  }

  private startRounds(groupArn: string): () => void {
    return this.options.time.every(this.options.settings(groupArn).healthCheck.intervalSeconds, () => {
      const targets = [...this.group(groupArn).targets.values()]
      this.options.onRound(groupArn, {
        healthy: targets.filter((entry) => entry.state === 'healthy').length,
        unhealthy: targets.filter((entry) => entry.state === 'unhealthy').length
      })
    })
  }

  /** Drops the target for good, ending its checks and releasing whoever waits for its drain. */
  private forget(group: Group, entry: Entry): void {
    this.stopChecking(entry)
    if (entry.drained) {
      entry.drained.cancel()
      entry.drained.finish()
    }
    if (group.targets.get(key(entry.id, entry.port)) === entry)
      group.targets.delete(key(entry.id, entry.port))
  }
}

function key(id: string, port: number): string {
  return `${id}:${port}`
}

function view(entry: Entry): Target {
  return {
    id: entry.id,
    port: entry.port,
    state: entry.state,
    reason: entry.reason,
    description: entry.description
  }
}
