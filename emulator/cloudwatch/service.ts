/**
 * Emulated CloudWatch: metric data (put by the load balancer through `MetricSink`, or by PutMetricData),
 * GetMetricData / GetMetricStatistics / ListMetrics, and metric alarms evaluated on a timer.
 *
 * Metric timestamps and query periods are real time. Alarm periods are AWS time: an alarm's period lasts
 * `time.ms(Period)` real milliseconds, so a 60 s alarm at time scale 0.01 looks at the last 0.6 s of data.
 */
import type { ApiService, MetricDatum, MetricSink, ServiceDeps } from '../core/contracts.ts'
import type { EmulatorTime } from '../core/time.ts'
import { AwsError } from '../core/errors.ts'
import {
  COMPARISONS,
  MISSING_DATA_TREATMENTS,
  evaluateAlarm,
  type AlarmState,
  type ComparisonOperator,
  type MissingDataTreatment,
  type Period
} from './alarms.ts'
import { MetricStore, isPercentile, isStatistic, statistic, type MetricId, type Sample } from './metrics.ts'

const ALARM_STATES: AlarmState[] = ['OK', 'ALARM', 'INSUFFICIENT_DATA']
/** Longest evaluation range (Period x EvaluationPeriods) CloudWatch accepts. */
const MAX_EVALUATION_SECONDS = 7 * 24 * 3600

interface Dimension {
  Name: string
  Value: string
}

interface MetricAlarm {
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

interface HistoryItem {
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

export class CloudWatchService implements ApiService, MetricSink {
  private readonly time: EmulatorTime
  private readonly arnPrefix: string
  private readonly store = new MetricStore()
  private readonly alarms = new Map<string, MetricAlarm>()
  private readonly held = new Set<string>()
  private readonly history: HistoryItem[] = []
  private cancelTimer?: () => void
  private timerPeriod?: number

  constructor(deps: ServiceDeps) {
    this.time = deps.time
    this.arnPrefix = `arn:aws:cloudwatch:${deps.account.region}:${deps.account.accountId}:alarm:`
  }

  put(datum: MetricDatum): void {
    const at = (datum.timestamp ?? this.time.now()).getTime()
    this.store.add(
      { namespace: datum.namespace, metricName: datum.metricName, dimensions: datum.dimensions },
      valueSample(at, datum.value),
      datum.unit,
      this.time.now().getTime()
    )
  }

  handle(operation: string, input: any): unknown {
    switch (operation) {
      case 'PutMetricData':
        return this.putMetricData(input)
      case 'GetMetricData':
        return this.getMetricData(input)
      case 'GetMetricStatistics':
        return this.getMetricStatistics(input)
      case 'ListMetrics':
        return this.listMetrics(input)
      case 'PutMetricAlarm':
        return this.putMetricAlarm(input)
      case 'DescribeAlarms':
        return this.describeAlarms(input)
      case 'DescribeAlarmHistory':
        return this.describeAlarmHistory(input)
      case 'SetAlarmState':
        this.setAlarmState(
          required(input, 'AlarmName'),
          required(input, 'StateValue'),
          required(input, 'StateReason'),
          {},
          input.StateReasonData
        )
        return {}
      case 'DeleteAlarms':
        return this.deleteAlarms(input)
      default:
        throw new AwsError(
          'UnknownOperationException',
          `The emulator does not support CloudWatch ${operation}`
        )
    }
  }

  /** Fault injection: forces an alarm's state, as SetAlarmState does. */
  setAlarmState(
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

  stop(): void {
    this.cancelTimer?.()
    this.cancelTimer = undefined
    this.timerPeriod = undefined
  }

  // --- metric data -------------------------------------------------------------------------------

  private putMetricData(input: any): object {
    const namespace = required(input, 'Namespace')
    const data = list(input, 'MetricData')
    if (data.length === 0) throw new AwsError('MissingParameter', 'The parameter MetricData is required.')
    const now = this.time.now().getTime()
    for (const datum of data) {
      const metric = { namespace, metricName: required(datum, 'MetricName'), dimensions: dimensionMap(datum) }
      const at = datum.Timestamp === undefined ? now : toDate(datum.Timestamp, 'Timestamp').getTime()
      for (const sample of samplesOf(datum, at)) this.store.add(metric, sample, datum.Unit, now)
    }
    return {}
  }

  private getMetricData(input: any): object {
    const start = toDate(required(input, 'StartTime'), 'StartTime').getTime()
    const end = toDate(required(input, 'EndTime'), 'EndTime').getTime()
    if (end <= start)
      throw new AwsError('ValidationError', 'The parameter StartTime must be less than EndTime.')
    const queries = list(input, 'MetricDataQueries')
    if (queries.length === 0)
      throw new AwsError('MissingParameter', 'The parameter MetricDataQueries is required.')
    const ascending = input.ScanBy === 'TimestampAscending'
    const results = []
    for (const query of queries) {
      const id = required(query, 'Id')
      if (query.Expression !== undefined) {
        throw new AwsError(
          'ValidationError',
          `Metric math expressions are not supported by the emulator (query ${id}): use MetricStat.`
        )
      }
      if (!query.MetricStat) throw new AwsError('MissingParameter', `The query ${id} needs a MetricStat.`)
      const stat = required(query.MetricStat, 'Stat')
      const metric = metricOf(required(query.MetricStat, 'Metric'))
      const periodSeconds = positiveInteger(query.MetricStat.Period ?? query.Period, 'Period')
      checkStatistic(stat, 'Stat')
      const buckets = this.buckets(metric, start, end, periodSeconds)
      const points = [...buckets]
        .map(([at, samples]) => ({ at, value: statistic(samples, stat) }))
        .filter((p): p is { at: number; value: number } => p.value !== undefined)
        .sort((a, b) => (ascending ? a.at - b.at : b.at - a.at))
      if (!flag(query.ReturnData, 'ReturnData', true)) continue
      results.push({
        Id: id,
        Label: query.Label ?? metric.metricName,
        Timestamps: points.map((p) => new Date(p.at)),
        Values: points.map((p) => p.value),
        StatusCode: 'Complete'
      })
    }
    return { MetricDataResults: results, Messages: [] }
  }

  private getMetricStatistics(input: any): object {
    const metric = metricOf(input)
    const start = toDate(required(input, 'StartTime'), 'StartTime').getTime()
    const end = toDate(required(input, 'EndTime'), 'EndTime').getTime()
    if (end <= start)
      throw new AwsError('InvalidParameterValue', 'The parameter StartTime must be less than EndTime.')
    const periodSeconds = positiveInteger(input.Period, 'Period')
    const statistics: string[] = list(input, 'Statistics')
    const extended: string[] = list(input, 'ExtendedStatistics')
    if (statistics.length + extended.length === 0) {
      throw new AwsError('MissingParameter', 'Either Statistics or ExtendedStatistics must be given.')
    }
    for (const stat of statistics) if (!isStatistic(stat)) throw invalidValue('Statistics', stat)
    for (const stat of extended) if (!isPercentile(stat)) throw invalidValue('ExtendedStatistics', stat)
    const unit = this.store.unit(metric) ?? 'None'
    const Datapoints = [...this.buckets(metric, start, end, periodSeconds)].map(([at, samples]) => {
      const point: Record<string, unknown> = { Timestamp: new Date(at), Unit: unit }
      for (const stat of statistics) point[stat] = statistic(samples, stat)
      if (extended.length > 0) {
        point.ExtendedStatistics = Object.fromEntries(
          extended.map((stat) => [stat, statistic(samples, stat)])
        )
      }
      return point
    })
    return { Label: metric.metricName, Datapoints }
  }

  private listMetrics(input: any): object {
    const filters: { Name: string; Value?: string }[] = list(input, 'Dimensions')
    const Metrics = this.store
      .metrics()
      .filter(
        (m) =>
          (input.Namespace === undefined || m.namespace === input.Namespace) &&
          (input.MetricName === undefined || m.metricName === input.MetricName) &&
          filters.every(
            (f) => f.Name in m.dimensions && (f.Value === undefined || m.dimensions[f.Name] === f.Value)
          )
      )
      .map((m) => ({
        Namespace: m.namespace,
        MetricName: m.metricName,
        Dimensions: dimensionList(m.dimensions)
      }))
    return { Metrics }
  }

  /** Samples from `[start, end)` grouped into periods, keyed by period start. Starts are whole seconds,
   * whole minutes for periods of whole minutes, as CloudWatch rounds them. */
  private buckets(
    metric: MetricId,
    start: number,
    end: number,
    periodSeconds: number
  ): Map<number, Sample[]> {
    const periodMs = periodSeconds * 1000
    const alignTo = periodSeconds % 60 === 0 ? 60_000 : 1000
    const first = Math.floor(start / alignTo) * alignTo
    const buckets = new Map<number, Sample[]>()
    for (const sample of this.store.samples(metric, first, end)) {
      const at = first + Math.floor((sample.at - first) / periodMs) * periodMs
      const bucket = buckets.get(at)
      if (bucket) bucket.push(sample)
      else buckets.set(at, [sample])
    }
    return buckets
  }

  // --- alarms --------------------------------------------------------------------------------------

  private putMetricAlarm(input: any): object {
    const name = required(input, 'AlarmName')
    if (input.Metrics !== undefined || input.ThresholdMetricId !== undefined) {
      throw new AwsError(
        'ValidationError',
        'Metric math and anomaly detection alarms are not supported by the emulator.'
      )
    }
    const comparison = required(input, 'ComparisonOperator')
    if (!(comparison in COMPARISONS))
      throw invalidValue('ComparisonOperator', comparison, Object.keys(COMPARISONS))
    const treatMissingData = input.TreatMissingData ?? 'missing'
    if (!MISSING_DATA_TREATMENTS.includes(treatMissingData)) {
      throw invalidValue('TreatMissingData', treatMissingData, MISSING_DATA_TREATMENTS)
    }
    if ((input.Statistic === undefined) === (input.ExtendedStatistic === undefined)) {
      throw new AwsError(
        'InvalidParameterCombination',
        'Exactly one of Statistic and ExtendedStatistic must be given.'
      )
    }
    if (input.Statistic !== undefined && !isStatistic(input.Statistic))
      throw invalidValue('Statistic', input.Statistic)
    if (input.ExtendedStatistic !== undefined && !isPercentile(input.ExtendedStatistic)) {
      throw invalidValue('ExtendedStatistic', input.ExtendedStatistic)
    }
    const period = positiveInteger(required(input, 'Period'), 'Period')
    const evaluationPeriods = positiveInteger(required(input, 'EvaluationPeriods'), 'EvaluationPeriods')
    const datapointsToAlarm =
      input.DatapointsToAlarm === undefined
        ? undefined
        : positiveInteger(input.DatapointsToAlarm, 'DatapointsToAlarm')
    if (datapointsToAlarm !== undefined && datapointsToAlarm > evaluationPeriods) {
      throw new AwsError(
        'ValidationError',
        'DatapointsToAlarm must be less than or equal to EvaluationPeriods.'
      )
    }
    if (period * evaluationPeriods > MAX_EVALUATION_SECONDS) {
      throw new AwsError(
        'ValidationError',
        'The evaluation range (Period x EvaluationPeriods) must not exceed 7 days.'
      )
    }
    const threshold = Number(required(input, 'Threshold'))
    if (!Number.isFinite(threshold)) throw invalidValue('Threshold', input.Threshold)

    const now = this.time.now()
    const existing = this.alarms.get(name)
    const alarm: MetricAlarm = {
      AlarmName: name,
      AlarmArn: this.arnPrefix + name,
      AlarmDescription: input.AlarmDescription,
      AlarmConfigurationUpdatedTimestamp: now,
      ActionsEnabled: flag(input.ActionsEnabled, 'ActionsEnabled', true),
      OKActions: list(input, 'OKActions'),
      AlarmActions: list(input, 'AlarmActions'),
      InsufficientDataActions: list(input, 'InsufficientDataActions'),
      // An update keeps the alarm's state, as on CloudWatch.
      StateValue: existing?.StateValue ?? 'INSUFFICIENT_DATA',
      StateReason: existing?.StateReason ?? 'Unchecked: Initial alarm creation',
      StateReasonData: existing?.StateReasonData,
      StateUpdatedTimestamp: existing?.StateUpdatedTimestamp ?? now,
      StateTransitionedTimestamp: existing?.StateTransitionedTimestamp ?? now,
      ...metricOfAlarm(input),
      Statistic: input.Statistic,
      ExtendedStatistic: input.ExtendedStatistic,
      Period: period,
      Unit: input.Unit,
      EvaluationPeriods: evaluationPeriods,
      ...(datapointsToAlarm === undefined ? {} : { DatapointsToAlarm: datapointsToAlarm }),
      Threshold: threshold,
      ComparisonOperator: comparison as ComparisonOperator,
      TreatMissingData: treatMissingData,
      EvaluateLowSampleCountPercentile: input.EvaluateLowSampleCountPercentile
    }
    this.alarms.set(name, alarm)
    this.held.delete(name)
    this.record(alarm, 'ConfigurationUpdate', `Alarm "${name}" ${existing ? 'updated' : 'created'}`, {
      type: existing ? 'Update' : 'Create',
      version: '1.0'
    })
    this.scheduleEvaluation()
    return {}
  }

  private describeAlarms(input: any): object {
    // An empty list is no filter (awsQuery sends it as `AlarmNames=`).
    const givenNames: string[] = list(input, 'AlarmNames')
    const names = givenNames.length > 0 ? givenNames : undefined
    if (names !== undefined && input.AlarmNamePrefix !== undefined) {
      throw new AwsError(
        'InvalidParameterCombination',
        'AlarmNames and AlarmNamePrefix cannot be used together.'
      )
    }
    if (input.StateValue !== undefined && !ALARM_STATES.includes(input.StateValue)) {
      throw invalidValue('StateValue', input.StateValue, ALARM_STATES)
    }
    const maxRecords = input.MaxRecords === undefined ? 50 : Number(input.MaxRecords)
    if (!Number.isInteger(maxRecords) || maxRecords < 1 || maxRecords > 100) {
      throw invalidValue('MaxRecords', input.MaxRecords)
    }
    const alarmTypes: string[] = list(input, 'AlarmTypes')
    const wantsMetricAlarms = alarmTypes.length === 0 || alarmTypes.includes('MetricAlarm')
    const prefix: string | undefined = input.ActionPrefix
    const matching = [...this.alarms.values()]
      .filter(
        (a) =>
          wantsMetricAlarms &&
          (names === undefined || names.includes(a.AlarmName)) &&
          (input.AlarmNamePrefix === undefined || a.AlarmName.startsWith(input.AlarmNamePrefix)) &&
          (input.StateValue === undefined || a.StateValue === input.StateValue) &&
          (prefix === undefined ||
            [...a.OKActions, ...a.AlarmActions, ...a.InsufficientDataActions].some((x) =>
              x.startsWith(prefix)
            ))
      )
      .sort((a, b) => (a.AlarmName < b.AlarmName ? -1 : a.AlarmName > b.AlarmName ? 1 : 0))
    const { page, next } = paginate(matching, input.NextToken, maxRecords)
    return { MetricAlarms: page.map((a) => ({ ...a })), CompositeAlarms: [], NextToken: next }
  }

  private describeAlarmHistory(input: any): object {
    const from = input.StartDate === undefined ? -Infinity : toDate(input.StartDate, 'StartDate').getTime()
    const to = input.EndDate === undefined ? Infinity : toDate(input.EndDate, 'EndDate').getTime()
    const maxRecords = input.MaxRecords === undefined ? 100 : Number(input.MaxRecords)
    if (!Number.isInteger(maxRecords) || maxRecords < 1 || maxRecords > 100) {
      throw invalidValue('MaxRecords', input.MaxRecords)
    }
    const items = this.history
      .filter(
        (h) =>
          (input.AlarmName === undefined || h.AlarmName === input.AlarmName) &&
          (input.HistoryItemType === undefined || h.HistoryItemType === input.HistoryItemType) &&
          h.Timestamp.getTime() >= from &&
          h.Timestamp.getTime() <= to
      )
      .sort((a, b) =>
        input.ScanBy === 'TimestampAscending'
          ? a.Timestamp.getTime() - b.Timestamp.getTime()
          : b.Timestamp.getTime() - a.Timestamp.getTime()
      )
    const { page, next } = paginate(items, input.NextToken, maxRecords)
    return { AlarmHistoryItems: page, NextToken: next }
  }

  private deleteAlarms(input: any): object {
    const names: string[] = list(input, 'AlarmNames')
    const unknown = names.filter((n) => !this.alarms.has(n))
    if (unknown.length > 0)
      throw new AwsError('ResourceNotFound', `Alarm ${unknown.join(', ')} not found`, 404)
    for (const name of names) {
      this.alarms.delete(name)
      this.held.delete(name)
    }
    this.scheduleEvaluation()
    return {}
  }

  /** Runs the evaluation every shortest alarm period (AWS time), or not at all without alarms. */
  private scheduleEvaluation(): void {
    const periods = [...this.alarms.values()].map((a) => a.Period)
    const shortest = periods.length > 0 ? Math.min(...periods) : undefined
    if (shortest === this.timerPeriod) return
    this.cancelTimer?.()
    this.cancelTimer = undefined
    this.timerPeriod = shortest
    if (shortest !== undefined) this.cancelTimer = this.time.every(shortest, () => this.evaluateAlarms())
  }

  /** Evaluates every alarm against its last EvaluationPeriods periods, each `time.ms(Period)` long. */
  evaluateAlarms(): void {
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
      const periods: Period[] = []
      for (let i = 0; i < alarm.EvaluationPeriods; i++) {
        const end = now - i * periodMs
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

// --- input helpers -----------------------------------------------------------------------------------

function required(input: any, name: string): any {
  const value = input?.[name]
  if (value === undefined || value === null || value === '') {
    throw new AwsError('MissingParameter', `The parameter ${name} is required.`)
  }
  return value
}

function list(input: any, name: string): any[] {
  const value = input?.[name]
  if (value === undefined || value === null || value === '') return []
  if (!Array.isArray(value)) throw invalidValue(name, value)
  return value
}

function invalidValue(name: string, value: unknown, allowed?: readonly string[]): AwsError {
  const hint = allowed ? ` Valid values: ${allowed.join(', ')}.` : ''
  return new AwsError(
    'InvalidParameterValue',
    `The value ${String(value)} for parameter ${name} is not valid.${hint}`
  )
}

/** A boolean as either protocol sends it: JSON `true`, awsQuery `'true'`. */
function flag(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback
  if (value === true || value === 'true') return true
  if (value === false || value === 'false') return false
  throw invalidValue(name, value)
}

function positiveInteger(value: unknown, name: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw invalidValue(name, value)
  return n
}

function checkStatistic(stat: string, name: string): void {
  if (!isStatistic(stat) && !isPercentile(stat)) throw invalidValue(name, stat)
}

/** JSON protocols send timestamps as epoch seconds, awsQuery as ISO 8601 strings; Dates are accepted too. */
function toDate(value: unknown, name: string): Date {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'number' || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value))
        ? new Date(Number(value) * 1000)
        : typeof value === 'string'
          ? new Date(value)
          : new Date(NaN)
  if (Number.isNaN(date.getTime())) throw invalidValue(name, value)
  return date
}

function dimensionMap(input: any): Record<string, string> {
  const dimensions: Record<string, string> = {}
  for (const d of list(input, 'Dimensions')) dimensions[required(d, 'Name')] = String(required(d, 'Value'))
  return dimensions
}

function dimensionList(dimensions: Record<string, string>): Dimension[] {
  return Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value }))
}

function metricOf(input: any): MetricId {
  return {
    namespace: required(input, 'Namespace'),
    metricName: required(input, 'MetricName'),
    dimensions: dimensionMap(input)
  }
}

function metricOfAlarm(input: any): Pick<MetricAlarm, 'Namespace' | 'MetricName' | 'Dimensions'> {
  const metric = metricOf(input)
  return {
    Namespace: metric.namespace,
    MetricName: metric.metricName,
    Dimensions: dimensionList(metric.dimensions)
  }
}

/** The samples of one PutMetricData datum: a value, values with counts, or a statistic set. */
function samplesOf(datum: any, at: number): Sample[] {
  const finite = (value: unknown, name: string) => {
    const n = Number(value)
    if (value === null || value === '' || !Number.isFinite(n)) throw invalidValue(name, value)
    return n
  }
  if (datum.StatisticValues !== undefined) {
    const s = datum.StatisticValues
    const count = finite(s.SampleCount, 'SampleCount')
    return [
      {
        at,
        count,
        sum: finite(s.Sum, 'Sum'),
        min: finite(s.Minimum, 'Minimum'),
        max: finite(s.Maximum, 'Maximum')
      }
    ]
  }
  if (datum.Values !== undefined) {
    const counts = list(datum, 'Counts')
    return list(datum, 'Values').map((v, i) => {
      const value = finite(v, 'Values')
      const count = counts[i] === undefined ? 1 : finite(counts[i], 'Counts')
      return valueSample(at, value, count)
    })
  }
  return [valueSample(at, finite(required(datum, 'Value'), 'Value'))]
}

/** One raw value seen `count` times. */
function valueSample(at: number, value: number, count = 1): Sample {
  return { at, count, sum: value * count, min: value, max: value, value }
}

/** A page of `items` from the opaque token (an offset). */
function paginate<T>(items: T[], token: unknown, size: number): { page: T[]; next?: string } {
  const offset = token === undefined ? 0 : Number(token)
  if (!Number.isInteger(offset) || offset < 0 || offset > items.length) {
    throw new AwsError('InvalidNextToken', 'The NextToken is not valid.')
  }
  const page = items.slice(offset, offset + size)
  return { page, next: offset + size < items.length ? String(offset + size) : undefined }
}
