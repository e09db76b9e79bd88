/** The report of a run on a pair (blue-green, canary): the colors as the rule has them at the end, the versions. */
import type { Clock } from '../core/clock.ts'
import type { RolloutReport } from '../rollout/report.ts'
import type { Ending, Rollout } from '../rollout/rollout.ts'
import type { PairRouter } from './router.ts'
import { other, sideOf, type Color, type ColorPair, type PairAddress } from './pair.ts'

export interface PairReport<Mode extends string = string> extends RolloutReport {
  mode: Mode
  cluster: string
  listenerRule: string
  blueService: string
  greenService: string
  /** Colors as the production rule has them when the run ends (a split leaves the color the run began on live). */
  liveColor: Color
  idleColor: Color
  /** The color production traffic was on before this rollout: what a rollback returns to. */
  previousColor: Color
  /** The version this run deployed or promoted (the live one when there was nothing to do). */
  taskDefinitionArn: string
  /** What the previous color runs: what a rollback returns to. */
  previousTaskDefinitionArn: string
  /** When all production traffic moved to the new version, and back. */
  switchedAt?: string
  switchedBackAt?: string
  run: string
}

export function pairReport<Mode extends string>(
  action: string,
  options: PairAddress & { mode: Mode; run: string },
  pair: ColorPair,
  router: PairRouter,
  rollout: Rollout,
  ending: Ending,
  /** The color live when the run began, the one a rollback returns to, and the version deployed. */
  run: { live: Color; previous: Color; arn: string },
  clock: Clock
): PairReport<Mode> {
  const traffic = router.traffic()
  const live = traffic.state === 'all' ? traffic.live : run.live
  const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())
  return {
    action,
    mode: options.mode,
    ...ending,
    startedAt: new Date(rollout.startedAt).toISOString(),
    finishedAt: new Date(clock.now()).toISOString(),
    durations: rollout.durations,
    cluster: options.cluster,
    listenerRule: options.listenerRule,
    blueService: pair.blue.name,
    greenService: pair.green.name,
    liveColor: live,
    idleColor: other(live),
    previousColor: run.previous,
    taskDefinitionArn: run.arn,
    previousTaskDefinitionArn: sideOf(pair, run.previous).service.taskDefinition,
    switchedAt: iso(router.switchedAt),
    switchedBackAt: iso(router.switchedBackAt),
    run: options.run
  }
}
