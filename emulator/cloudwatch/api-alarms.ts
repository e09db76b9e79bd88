/**
 * The alarm operations: PutMetricAlarm, DescribeAlarms, DescribeAlarmHistory, SetAlarmState, DeleteAlarms.
 * They check the request and hand the change to the `AlarmRegistry`.
 */
import { AwsError } from '../core/errors.ts'
import type { EmulatorTime } from '../core/time.ts'
import type { AlarmRegistry, MetricAlarm } from './alarm-registry.ts'
import { ALARM_STATES, COMPARISONS, MISSING_DATA_TREATMENTS, type ComparisonOperator } from './alarms.ts'
import {
  dimensionList,
  flag,
  invalidValue,
  list,
  maxRecords,
  metricOf,
  paginate,
  positiveInteger,
  required,
  toDate
} from './input.ts'
import { isPercentile, isStatistic } from './metrics.ts'

/** Longest evaluation range (Period x EvaluationPeriods) CloudWatch accepts. */
const MAX_EVALUATION_SECONDS = 7 * 24 * 3600

export function alarmOperations(alarms: AlarmRegistry, time: EmulatorTime, arnPrefix: string) {
  return {
    PutMetricAlarm(input: any): object {
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

      const now = time.now()
      const existing = alarms.get(name)
      const metric = metricOf(input)
      const alarm: MetricAlarm = {
        AlarmName: name,
        AlarmArn: arnPrefix + name,
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
        Namespace: metric.namespace,
        MetricName: metric.metricName,
        Dimensions: dimensionList(metric.dimensions),
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
      alarms.save(alarm)
      return {}
    },

    DescribeAlarms(input: any): object {
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
      const pageSize = maxRecords(input, 50)
      const alarmTypes: string[] = list(input, 'AlarmTypes')
      const wantsMetricAlarms = alarmTypes.length === 0 || alarmTypes.includes('MetricAlarm')
      const prefix: string | undefined = input.ActionPrefix
      const matching = alarms
        .all()
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
      const { page, next } = paginate(matching, input.NextToken, pageSize)
      return { MetricAlarms: page.map((a) => ({ ...a })), CompositeAlarms: [], NextToken: next }
    },

    DescribeAlarmHistory(input: any): object {
      const from = input.StartDate === undefined ? -Infinity : toDate(input.StartDate, 'StartDate').getTime()
      const to = input.EndDate === undefined ? Infinity : toDate(input.EndDate, 'EndDate').getTime()
      const pageSize = maxRecords(input, 100)
      const items = alarms
        .historyItems()
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
      const { page, next } = paginate(items, input.NextToken, pageSize)
      return { AlarmHistoryItems: page, NextToken: next }
    },

    SetAlarmState(input: any): object {
      alarms.setState(
        required(input, 'AlarmName'),
        required(input, 'StateValue'),
        required(input, 'StateReason'),
        {},
        input.StateReasonData
      )
      return {}
    },

    DeleteAlarms(input: any): object {
      alarms.delete(list(input, 'AlarmNames'))
      return {}
    }
  }
}
