/**
 * How ECS moves production traffic for each native strategy, the rule weights of a split, and what its
 * monitors (circuit breaker, CloudWatch alarms) say about a deployment.
 */
import type { AlarmStatePort } from '../core/contracts.ts'
import type { ServiceDeploymentRecord } from './native-model.ts'
import { failureThreshold } from './scheduler.ts'

/** The production shifts: percent to green, and the bake after each (none after the last). */
export function productionSteps(config: Record<string, any>): { percent: number; bakeMinutes: number }[] {
  if (config.strategy === 'CANARY') {
    const canary = config.canaryConfiguration ?? {}
    const percent = canary.canaryPercent ?? 5
    if (percent >= 100) return [{ percent: 100, bakeMinutes: 0 }]
    return [
      { percent, bakeMinutes: canary.canaryBakeTimeInMinutes ?? 10 },
      { percent: 100, bakeMinutes: 0 }
    ]
  }
  if (config.strategy === 'LINEAR') {
    const linear = config.linearConfiguration ?? {}
    const step = linear.stepPercent ?? 10
    const steps = []
    for (let n = 1; Math.round(n * step * 10) / 10 < 100; n++) {
      steps.push({ percent: Math.round(n * step * 10) / 10, bakeMinutes: linear.stepBakeTimeInMinutes ?? 6 })
    }
    return [...steps, { percent: 100, bakeMinutes: 0 }]
  }
  return [{ percent: 100, bakeMinutes: 0 }]
}

/** Rule weights (blue, green) that send `percent` to green: out of 100, or out of 1000 for tenths. */
export function splitWeights(percent: number): [number, number] {
  if (Number.isInteger(percent)) return [100 - percent, percent]
  const green = Math.round(percent * 10)
  return [1000 - green, green]
}

/** The circuit breaker or an alarm that fails the deployment now (and whether ECS rolls back), if any. */
export function monitorsFailure(
  record: ServiceDeploymentRecord,
  alarmStates: AlarmStatePort | undefined
): { reason: string; rollback: boolean } | undefined {
  const config = record.configuration
  const breaker = config.deploymentCircuitBreaker
  const failed = record.deployment.failedTasks
  if (
    breaker.enable &&
    failed >= failureThreshold(breaker.thresholdConfiguration, record.deployment.desiredCount)
  ) {
    record.circuitBreakerStatus = 'TRIGGERED'
    return {
      reason: `ECS deployment circuit breaker: ${failed} tasks failed to start.`,
      rollback: breaker.rollback
    }
  }
  const alarms = config.alarms as { alarmNames?: string[]; enable?: boolean; rollback?: boolean } | undefined
  if (!alarms?.enable || !alarmStates) return undefined
  const fired = (alarms.alarmNames ?? []).filter((name) => alarmStates.alarmState(name) === 'ALARM')
  if (fired.length === 0) return undefined
  record.alarmsStatus = 'TRIGGERED'
  record.triggeredAlarmNames = fired
  return { reason: `CloudWatch alarm(s) in ALARM state: ${fired.join(', ')}.`, rollback: !!alarms.rollback }
}
