/**
 * How a metric alarm decides its state from its most recent periods, following CloudWatch's rules for
 * "M out of N" evaluation and missing data: when at least DatapointsToAlarm real datapoints exist only they
 * count; with fewer, missing periods are filled according to TreatMissingData.
 */

export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA'

export const ALARM_STATES: AlarmState[] = ['OK', 'ALARM', 'INSUFFICIENT_DATA']

export const COMPARISONS = {
  GreaterThanOrEqualToThreshold: {
    words: 'greater than or equal to',
    test: (v: number, t: number) => v >= t
  },
  GreaterThanThreshold: { words: 'greater than', test: (v: number, t: number) => v > t },
  LessThanThreshold: { words: 'less than', test: (v: number, t: number) => v < t },
  LessThanOrEqualToThreshold: { words: 'less than or equal to', test: (v: number, t: number) => v <= t }
} as const

export type ComparisonOperator = keyof typeof COMPARISONS

export const MISSING_DATA_TREATMENTS = ['missing', 'ignore', 'breaching', 'notBreaching'] as const

export type MissingDataTreatment = (typeof MISSING_DATA_TREATMENTS)[number]

export interface AlarmRule {
  comparison: ComparisonOperator
  threshold: number
  evaluationPeriods: number
  datapointsToAlarm: number
  treatMissingData: MissingDataTreatment
}

/** One evaluated period: its start and the statistic's value, `undefined` when it had no data. */
export interface Period {
  start: Date
  value: number | undefined
}

export interface Verdict {
  state: AlarmState
  reason: string
}

/**
 * The state the alarm should be in, given its last `evaluationPeriods` periods (most recent first);
 * `undefined` means "keep the current state" (TreatMissingData `ignore` without enough data).
 */
export function evaluateAlarm(rule: AlarmRule, periods: Period[], current: AlarmState): Verdict | undefined {
  const { words, test } = COMPARISONS[rule.comparison]
  const present = periods.filter((p): p is { start: Date; value: number } => p.value !== undefined)
  const breaching = present.filter((p) => test(p.value, rule.threshold))
  const missing = periods.length - present.length
  const needed = rule.datapointsToAlarm
  const threshold = `the threshold (${formatNumber(rule.threshold)})`

  const alarm = (): Verdict => {
    const count = breaching.length
    const filled = present.length < needed && rule.treatMissingData === 'breaching' ? missing : 0
    if (count === 0) return { state: 'ALARM', reason: noData(missing, 'Breaching') }
    const list = datapointList(breaching)
    const tail =
      filled > 0 ? ` and ${plural(filled, 'missing datapoint')} ${verb(filled)} treated as [Breaching]` : ''
    if (needed === rule.evaluationPeriods && filled === 0) {
      return {
        state: 'ALARM',
        reason: `Threshold Crossed: ${plural(count, 'datapoint')} ${list} ${verb(count)} ${words} ${threshold}.`
      }
    }
    return {
      state: 'ALARM',
      reason:
        `Threshold Crossed: ${count} out of the last ${plural(rule.evaluationPeriods, 'datapoint')} ${list} ` +
        `${verb(count)} ${words} ${threshold}${tail} (minimum ${plural(needed, 'datapoint')} for ${current} -> ALARM transition).`
    }
  }

  const ok = (): Verdict => {
    const calm = present.filter((p) => !test(p.value, rule.threshold))
    if (calm.length === 0) return { state: 'OK', reason: noData(missing, 'NonBreaching') }
    const count = calm.length
    return {
      state: 'OK',
      reason: `Threshold Crossed: ${plural(count, 'datapoint')} ${datapointList(calm)} ${verb(count)} not ${words} ${threshold}.`
    }
  }

  if (present.length >= needed) return breaching.length >= needed ? alarm() : ok()

  switch (rule.treatMissingData) {
    case 'breaching':
      return breaching.length + missing >= needed ? alarm() : ok()
    case 'notBreaching':
      return breaching.length >= needed ? alarm() : ok()
    case 'ignore':
      if (present.length === 0) return undefined
      return breaching.length === present.length ? undefined : ok()
    case 'missing':
      if (present.length === 0) {
        return {
          state: 'INSUFFICIENT_DATA',
          reason: `Insufficient Data: ${plural(periods.length, 'datapoint')} ${verb(periods.length)} unknown.`
        }
      }
      return breaching.length === present.length ? alarm() : ok()
  }
}

function noData(missing: number, treatedAs: string): string {
  return (
    `Threshold Crossed: no datapoints were received for ${plural(missing, 'period')} and ` +
    `${plural(missing, 'missing datapoint')} ${verb(missing)} treated as [${treatedAs}].`
  )
}

function datapointList(periods: { start: Date; value: number }[]): string {
  return `[${periods.map((p) => `${formatNumber(p.value)} (${formatDate(p.start)})`).join(', ')}]`
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
const verb = (n: number) => (n === 1 ? 'was' : 'were')

/** Numbers the way CloudWatch prints them in reasons: `12.0`, `0.25`. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value)
}

/** `dd/MM/yy HH:mm:ss` in UTC, as in CloudWatch state reasons. */
export function formatDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  return (
    `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${two(date.getUTCFullYear() % 100)} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`
  )
}
