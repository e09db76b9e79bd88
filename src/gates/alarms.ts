import type { AlarmPort } from '../aws/cloudwatch.ts'
import { InputError, quote } from '../core/errors.ts'
import type { Gate, GateContext, GateResult } from './gate.ts'

/** None of the named CloudWatch alarms is in ALARM. INSUFFICIENT_DATA is reported, not failed. */
export class AlarmsGate implements Gate {
  readonly name = 'alarms'
  private readonly port: AlarmPort
  private readonly names: string[]

  constructor(port: AlarmPort, names: string[]) {
    this.port = port
    this.names = names
  }

  async check(context?: GateContext): Promise<GateResult> {
    const alarms = await this.port.alarms(this.names, context?.signal)
    const firing = alarms.filter((alarm) => alarm.state === 'ALARM')
    if (firing.length > 0) {
      return {
        state: 'failed',
        observed: firing
          .map((alarm) => `alarm ${alarm.name} is in ALARM: ${alarm.reason ?? 'no reason given'}`)
          .join('; ')
      }
    }
    const missing = this.names.filter((name) => !alarms.some((alarm) => alarm.name === name))
    if (missing.length > 0)
      return {
        state: 'failed',
        observed: `alarm ${missing.map((name) => quote(name)).join(', ')} no longer exists`
      }
    const states = alarms.map((alarm) => `${alarm.name} ${alarm.state}`).join(', ')
    return { state: 'passed', observed: states }
  }
}

/** The named alarms exist and none is firing already (a deployment started during an alarm could not be judged). */
export async function checkAlarms(port: AlarmPort, names: string[]): Promise<void> {
  if (names.length === 0) return
  const alarms = await port.alarms(names)
  const missing = names.filter((name) => !alarms.some((alarm) => alarm.name === name))
  if (missing.length > 0)
    throw new InputError(
      `Invalid input alarms: no CloudWatch alarm named ${missing.map((name) => quote(name)).join(', ')}`
    )
  const firing = alarms.filter((alarm) => alarm.state === 'ALARM')
  if (firing.length > 0) {
    const states = firing.map(
      (alarm) => `${alarm.name} is already in ALARM (state reason: ${alarm.reason ?? 'none given'})`
    )
    throw new Error(`input alarms: ${states.join(', ')}; nothing was deployed`)
  }
}
