import { DescribeAlarmsCommand, type CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { answer } from './answer.ts'

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
