/**
 * The metric alarms and their history: what the alarm operations change and the evaluation timer reads.
 * Alarm periods are AWS time: an alarm's period lasts `time.ms(Period)` real milliseconds, so a 60 s alarm
 * at time scale 0.01 looks at the last 0.6 s of data.
 */
import { AwsError } from '../core/errors.ts'
import type { EmulatorTime } from '../core/time.ts'
import {
  ALARM_STATES,
  evaluateAlarm,
  type AlarmState,
  type ComparisonOperator,
  type MissingDataTreatment,
  type Period
} from './alarms.ts'
import { dimensionMap, invalidValue, type Dimension } from './input.ts'
import { statistic, type MetricStore } from './metrics.ts'

export interface MetricAlarm {
  AlarmName: string
  AlarmArn: string
  AlarmDescription?: string
  AlarmConfigurationUpdatedTimestamp: Date
  ActionsEnabled: boolean
  OKActions: string[]
  AlarmActions: string[]
  InsufficientDataActions: string[]
  StateValue: AlarmState
  StateReason: string
  StateReasonData?: string
  StateUpdatedTimestamp: Date
  StateTransitionedTimestamp: Date
  MetricName: string
  Namespace: string
  Statistic?: string
  ExtendedStatistic?: string
  Dimensions: Dimension[]
  Period: number
  Unit?: string
  EvaluationPeriods: number
  /** Only when PutMetricAlarm gave it: CloudWatch leaves it out otherwise (EvaluationPeriods applies). */
  DatapointsToAlarm?: number
  Threshold: number
  ComparisonOperator: ComparisonOperator
  TreatMissingData: MissingDataTreatment
  EvaluateLowSampleCountPercentile?: string
}

export interface HistoryItem {
  AlarmName: string
  AlarmType: 'MetricAlarm'
  Timestamp: Date
  HistoryItemType: 'StateUpdate' | 'ConfigurationUpdate'
  HistorySummary: string
  HistoryData: string
}

export interface SetAlarmStateOptions {
  /** Keep the state until the next `setAlarmState` / SetAlarmState / PutMetricAlarm instead of letting
   * the next evaluation correct it (which is what CloudWatch does). */
  hold?: boolean
}

export class AlarmRegistry {
  private readonly store: MetricStore
  private readonly time: EmulatorTime
  private readonly alarms = new Map<string, MetricAlarm>()
  /** Alarms whose forced state evaluation leaves alone. */
  private readonly held = new Set<string>()
  private readonly history: HistoryItem[] = []
  private cancelTimer?: () => void
  private timerPeriod?: number

  constructor(store: MetricStore, time: EmulatorTime) {
    this.store = store
    this.time = time
  }

  get(name: string): MetricAlarm | undefined {
    return this.alarms.get(name)
  }

  all(): MetricAlarm[] {
    return [...this.alarms.values()]
  }

  historyItems(): HistoryItem[] {
    return this.history
  }

  /** Creates or replaces an alarm (PutMetricAlarm): a forced state is released, evaluation rescheduled. */
  save(alarm: MetricAlarm): void {
    const existing = this.alarms.has(alarm.AlarmName)
    this.alarms.set(alarm.AlarmName, alarm)
    this.held.delete(alarm.AlarmName)
    this.record(
      alarm,
      'ConfigurationUpdate',
      `Alarm "${alarm.AlarmName}" ${existing ? 'updated' : 'created'}`,
      {
        type: existing ? 'Update' : 'Create',
        version: '1.0'
      }
    )
    this.scheduleEvaluation()
  }

  /** Deletes every named alarm, or none when one of them does not exist. */
  delete(names: string[]): void {
    const unknown = names.filter((n) => !this.alarms.has(n))
    if (unknown.length > 0)
      throw new AwsError('ResourceNotFound', `Alarm ${unknown.join(', ')} not found`, 404)
    for (const name of names) {
      this.alarms.delete(name)
      this.held.delete(name)
    }
    this.scheduleEvaluation()
  }

  /** Forces an alarm's state, as SetAlarmState does (and, with `hold`, keeps it). */
  setState(
    name: string,
    state: string,
    reason: string,
    options: SetAlarmStateOptions = {},
    reasonData?: string
  ): void {
    const alarm = this.alarms.get(name)
    if (!alarm) throw new AwsError('ResourceNotFound', `Alarm ${name} not found`, 404)
    if (!ALARM_STATES.includes(state as AlarmState)) {
      throw invalidValue('StateValue', state, ALARM_STATES)
    }
    if (reasonData !== undefined) {
      try {
        JSON.parse(reasonData)
      } catch {
        throw new AwsError('InvalidFormat', 'StateReasonData is not valid JSON')
      }
    }
    if (options.hold) this.held.add(name)
    else this.held.delete(name)
    this.transition(alarm, state as AlarmState, reason, reasonData)
  }

  /** Evaluates every alarm against its last EvaluationPeriods periods, each `time.ms(Period)` long. */
  evaluate(): void {
    const now = this.time.now().getTime()
    for (const alarm of this.alarms.values()) {
      if (this.held.has(alarm.AlarmName)) continue
      const periodMs = Math.max(1, this.time.ms(alarm.Period))
      const stat = alarm.Statistic ?? alarm.ExtendedStatistic!
      const metric = {
        namespace: alarm.Namespace,
        metricName: alarm.MetricName,
        dimensions: dimensionMap(alarm)
      }
      // A metric the load balancer publishes late is judged on the periods published so far.
      const publishing = this.store.publishing(metric)
      const latest = publishing
        ? Math.floor((now - publishing.delayMs) / publishing.periodMs) * publishing.periodMs
        : now
      const periods: Period[] = []
      for (let i = 0; i < alarm.EvaluationPeriods; i++) {
        const end = latest - i * periodMs
        const start = end - periodMs
        periods.push({
          start: new Date(start),
          value: statistic(this.store.samples(metric, start, end), stat)
        })
      }
      const rule = {
        comparison: alarm.ComparisonOperator,
        threshold: alarm.Threshold,
        evaluationPeriods: alarm.EvaluationPeriods,
        datapointsToAlarm: alarm.DatapointsToAlarm ?? alarm.EvaluationPeriods,
        treatMissingData: alarm.TreatMissingData
      }
      const verdict = evaluateAlarm(rule, periods, alarm.StateValue)
      if (!verdict || verdict.state === alarm.StateValue) continue
      const reasonData = JSON.stringify({
        version: '1.0',
        queryDate: new Date(now).toISOString(),
        startDate: periods[periods.length - 1].start.toISOString(),
        statistic: stat,
        period: alarm.Period,
        recentDatapoints: periods.filter((p) => p.value !== undefined).map((p) => p.value),
        threshold: alarm.Threshold,
        evaluatedDatapoints: periods
          .filter((p) => p.value !== undefined)
          .map((p) => ({ timestamp: p.start.toISOString(), value: p.value }))
      })
      this.transition(alarm, verdict.state, verdict.reason, reasonData)
    }
  }

  stop(): void {
    this.cancelTimer?.()
    this.cancelTimer = undefined
    this.timerPeriod = undefined
  }

  /** Runs the evaluation every shortest alarm period (AWS time), or not at all without alarms. */
  private scheduleEvaluation(): void {
    const periods = [...this.alarms.values()].map((a) => a.Period)
    const shortest = periods.length > 0 ? Math.min(...periods) : undefined
    if (shortest === this.timerPeriod) return
    this.cancelTimer?.()
    this.cancelTimer = undefined
    this.timerPeriod = shortest
    if (shortest !== undefined) this.cancelTimer = this.time.every(shortest, () => this.evaluate())
  }

  private transition(alarm: MetricAlarm, state: AlarmState, reason: string, reasonData?: string): void {
    const previous = alarm.StateValue
    const now = this.time.now()
    alarm.StateValue = state
    alarm.StateReason = reason
    alarm.StateReasonData = reasonData
    alarm.StateUpdatedTimestamp = now
    if (previous !== state) alarm.StateTransitionedTimestamp = now
    this.record(alarm, 'StateUpdate', `Alarm updated from ${previous} to ${state}`, {
      version: '1.0',
      oldState: { stateValue: previous },
      newState: { stateValue: state, stateReason: reason }
    })
  }

  private record(
    alarm: MetricAlarm,
    type: HistoryItem['HistoryItemType'],
    summary: string,
    data: object
  ): void {
    this.history.push({
      AlarmName: alarm.AlarmName,
      AlarmType: 'MetricAlarm',
      Timestamp: this.time.now(),
      HistoryItemType: type,
      HistorySummary: summary,
      HistoryData: JSON.stringify(data)
    })
  }
}
