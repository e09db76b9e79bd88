import {
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  type CloudWatchClient,
  type MetricDataQuery
} from '@aws-sdk/client-cloudwatch'
import { answer } from './answer.ts'
import type { Calls } from './calls.ts'

export interface AlarmState {
  name: string
  /** OK, ALARM or INSUFFICIENT_DATA */
  state: string
  reason?: string
}

/** The CloudWatch calls the strategies make. */
export interface AlarmPort {
  /** The named alarms (metric and composite) that exist; missing names are simply absent. */
  alarms(names: string[], signal?: AbortSignal): Promise<AlarmState[]>
}

export const alarmCalls: Calls<AlarmPort> = { alarms: 'read' }

export function alarmPort(client: CloudWatchClient): AlarmPort {
  return {
    async alarms(names, signal) {
      const found: AlarmState[] = []
      for (let i = 0; i < names.length; i += 100) {
        const output = await answer(
          client.send(
            new DescribeAlarmsCommand({
              AlarmNames: names.slice(i, i + 100),
              MaxRecords: 100,
              AlarmTypes: ['MetricAlarm', 'CompositeAlarm']
            }),
            { abortSignal: signal }
          ),
          signal
        )
        for (const alarm of [...(output.MetricAlarms ?? []), ...(output.CompositeAlarms ?? [])]) {
          found.push({
            name: alarm.AlarmName ?? '',
            state: alarm.StateValue ?? 'INSUFFICIENT_DATA',
            reason: alarm.StateReason
          })
        }
      }
      return found
    }
  }
}

/** One statistic of one metric, as a query of GetMetricData names it. */
export interface MetricQuery {
  /** Starts with a lower-case letter; letters, digits and underscores (as CloudWatch takes it). */
  id: string
  namespace: string
  metricName: string
  dimensions: Record<string, string>
  /** `Sum`, `p99`, `PR(:0.25)`, ... */
  stat: string
}

/** The datapoints of one query, oldest first: period start times (epoch ms) and values. */
export interface MetricValues {
  timestamps: number[]
  values: number[]
}

/** The window of a metrics look: `[start, end)` in epoch milliseconds, in periods of `periodSeconds`. */
export interface MetricWindow {
  start: number
  end: number
  periodSeconds: number
}

/** The CloudWatch metric reads the strategies make. */
export interface MetricsPort {
  /**
   * Every query over the window in one GetMetricData call (more only when CloudWatch pages its answer); a query
   * without data has no datapoints.
   */
  metricData(
    queries: MetricQuery[],
    window: MetricWindow,
    signal?: AbortSignal
  ): Promise<Record<string, MetricValues>>
}

export const metricsCalls: Calls<MetricsPort> = { metricData: 'read' }

export function metricsPort(client: CloudWatchClient): MetricsPort {
  return {
    async metricData(queries, window, signal) {
      const results: Record<string, MetricValues> = Object.fromEntries(
        queries.map((query) => [query.id, { timestamps: [], values: [] }])
      )
      const MetricDataQueries: MetricDataQuery[] = queries.map((query) => ({
        Id: query.id,
        ReturnData: true,
        MetricStat: {
          Metric: {
            Namespace: query.namespace,
            MetricName: query.metricName,
            Dimensions: Object.entries(query.dimensions).map(([Name, Value]) => ({ Name, Value }))
          },
          Period: window.periodSeconds,
          Stat: query.stat
        }
      }))
      let NextToken: string | undefined
      do {
        const output = await answer(
          client.send(
            new GetMetricDataCommand({
              StartTime: new Date(window.start),
              EndTime: new Date(window.end),
              ScanBy: 'TimestampAscending',
              MetricDataQueries,
              NextToken
            }),
            { abortSignal: signal }
          ),
          signal
        )
        for (const result of output.MetricDataResults ?? []) {
          const into = results[result.Id ?? '']
          if (!into) continue
          const timestamps = result.Timestamps ?? []
          const values = result.Values ?? []
          for (let i = 0; i < Math.min(timestamps.length, values.length); i++) {
            into.timestamps.push(new Date(timestamps[i]).getTime())
            into.values.push(values[i])
          }
        }
        NextToken = output.NextToken
      } while (NextToken)
      return results
    }
  }
}
