/**
 * The metric data operations: PutMetricData, GetMetricData, GetMetricStatistics, ListMetrics. Metric timestamps are
 * real time (the emulator clock's); query periods are AWS time, scaled like every AWS duration: a `Period` of 60 at
 * time scale 0.05 groups 3 real seconds of data, and whole-minute periods start on whole scaled minutes.
 */
import { AwsError } from '../core/errors.ts'
import type { EmulatorTime } from '../core/time.ts'
import {
  checkStatistic,
  dimensionList,
  dimensionMap,
  flag,
  invalidValue,
  list,
  metricOf,
  positiveInteger,
  required,
  toDate
} from './input.ts'
import {
  isPercentile,
  isStatistic,
  statistic,
  valueSample,
  type MetricId,
  type MetricStore,
  type Sample
} from './metrics.ts'

export function metricOperations(store: MetricStore, time: EmulatorTime) {
  /** Samples from `[start, end)` grouped into periods, keyed by period start. Starts are whole (scaled) seconds,
   * whole (scaled) minutes for periods of whole minutes, as CloudWatch rounds them. */
  function buckets(
    metric: MetricId,
    start: number,
    end: number,
    periodSeconds: number
  ): Map<number, Sample[]> {
    const periodMs = Math.max(1, time.ms(periodSeconds))
    const alignTo = Math.max(1, time.ms(periodSeconds % 60 === 0 ? 60 : 1))
    const first = Math.floor(start / alignTo) * alignTo
    const grouped = new Map<number, Sample[]>()
    for (const sample of store.samples(metric, first, end)) {
      const at = first + Math.floor((sample.at - first) / periodMs) * periodMs
      const bucket = grouped.get(at)
      if (bucket) bucket.push(sample)
      else grouped.set(at, [sample])
    }
    return grouped
  }

  return {
    PutMetricData(input: any): object {
      const namespace = required(input, 'Namespace')
      const data = list(input, 'MetricData')
      if (data.length === 0) throw new AwsError('MissingParameter', 'The parameter MetricData is required.')
      const now = time.now().getTime()
      for (const datum of data) {
        const metric = {
          namespace,
          metricName: required(datum, 'MetricName'),
          dimensions: dimensionMap(datum)
        }
        const at = datum.Timestamp === undefined ? now : toDate(datum.Timestamp, 'Timestamp').getTime()
        for (const sample of samplesOf(datum, at)) store.add(metric, sample, datum.Unit, now)
      }
      return {}
    },

    GetMetricData(input: any): object {
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
        const points = [...buckets(metric, start, end, periodSeconds)]
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
    },

    GetMetricStatistics(input: any): object {
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
      const unit = store.unit(metric) ?? 'None'
      const Datapoints = [...buckets(metric, start, end, periodSeconds)].map(([at, samples]) => {
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
    },

    ListMetrics(input: any): object {
      const filters: { Name: string; Value?: string }[] = list(input, 'Dimensions')
      const Metrics = store
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
