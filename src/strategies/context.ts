import type { Clock } from '../core/clock.ts'
import type { Log } from '../core/log.ts'

/** What every strategy is given besides its options and ports: time, a log, and the run's cancellation. */
export interface StrategyContext {
  clock: Clock
  log: Log
  signal?: AbortSignal
}

/** What a strategy does when a gate fails: put the previous version back, or stop and leave things as they are. */
export type OnFailure = 'rollback' | 'stop'
