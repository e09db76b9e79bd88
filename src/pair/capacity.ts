/**
 * Capacity of a pair's colors: a color is scaled down only when the production rule, read right before, gives it
 * no traffic (another run or a person may have sent traffic to it since this run read the rule).
 */
import type { EcsPort } from '../aws/ecs.ts'
import type { ElbPort } from '../aws/elb.ts'
import { formatDuration } from '../core/duration.ts'
import { CancelledError, oneLine } from '../core/errors.ts'
import type { Ending, Rollout, RolloutContext, Undo } from '../rollout/rollout.ts'
import { scaleToZero } from '../service/service.ts'
import { TakesTraffic, type PairRouter } from './router.ts'
import { labelOf, sideOf, type Color } from './pair.ts'

export interface CapacitySettings {
  cluster: string
  pollIntervalMs: number
  waitTimeoutMs: number
}

export class PairCapacity {
  private readonly ports: { ecs: EcsPort; elb: ElbPort }
  private readonly router: PairRouter
  private readonly rollout: Rollout
  private readonly context: RolloutContext
  private readonly settings: CapacitySettings

  constructor(
    ports: { ecs: EcsPort; elb: ElbPort },
    router: PairRouter,
    rollout: Rollout,
    context: RolloutContext,
    settings: CapacitySettings
  ) {
    this.ports = ports
    this.router = router
    this.rollout = rollout
    this.context = context
    this.settings = settings
  }

  /**
   * After a success: the old color to zero (unless `keep`), waiting until its targets drained. A color that takes
   * traffic again fails the run (saying what the rule sends); another error only warns (the new version serves).
   */
  async retire(color: Color, keep = false): Promise<Ending | void> {
    const { rollout, context, settings } = this
    const label = labelOf(this.router.pair, color)
    if (keep) {
      rollout.timeline.note('scale-down', `${label} keeps running (scale-down: never)`)
      return rollout.say(`${label} kept running`)
    }
    try {
      await this.router.checkIdle(color)
      const { service, targetGroupArn } = sideOf(this.router.pair, color)
      const drained = await rollout.timed('scaleDown', (now) =>
        scaleToZero({
          ...this.ports,
          ...context,
          ...settings,
          label,
          service,
          targetGroupArn,
          timeline: rollout.timeline,
          intervalMs: settings.pollIntervalMs,
          deadline: now + settings.waitTimeoutMs
        })
      )
      const still = `${label} scaled to 0 (still draining after ${formatDuration(settings.waitTimeoutMs)})`
      rollout.say(drained ? `${label} drained and scaled to 0` : still)
    } catch (error) {
      if (error instanceof TakesTraffic)
        return { status: 'failed', reason: rollout.sayAlso(`but ${error.message}`) }
      const why = error instanceof CancelledError ? 'cancelled' : `failed: ${oneLine(error)}`
      context.log.warning(`scale-down of ${label} ${why}`)
      rollout.say(`the scale-down of ${label} ${why}`)
    }
  }

  /**
   * How a failure undoes a deployment to `color`: scaled to zero, not waited for; not with on-failure stop, on
   * cancellation (no time left), or when another deployment owns the service.
   */
  undo(color: Color): Undo {
    const label = labelOf(this.router.pair, color)
    return {
      kind: 'capacity',
      run: async (failure, { stop, cancelled }) => {
        if (stop || cancelled || failure.cause === 'superseded') return { said: '' }
        try {
          await this.router.checkIdle(color)
          const service = sideOf(this.router.pair, color).arn
          await this.ports.ecs.updateService({ cluster: this.settings.cluster, service, desiredCount: 0 })
          this.rollout.timeline.note('rollback', `${label} scaled to 0`)
          return { said: `; ${label} scaled to 0` }
        } catch (error) {
          // A color that takes traffic now is left as it is: the reason says what the rule sends.
          if (error instanceof TakesTraffic) return { said: `; ${error.message}` }
          return { said: `; scaling ${label} to 0 failed: ${oneLine(error)}` }
        }
      }
    }
  }
}
