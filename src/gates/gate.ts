import type { Task } from '@aws-sdk/client-ecs'

/** passed: healthy now; waiting: not (yet) healthy, may still become so; failed: the version is bad. */
export type GateState = 'passed' | 'waiting' | 'failed'

export interface GateResult {
  state: GateState
  /** One line of what was observed; stable between polls unless something changed (it is logged on change). */
  observed: string
}

/** What the strategy knows about the version under watch, fetched once per poll and shared by every gate. */
export interface GateContext {
  /** The version's tasks, running and stopped. */
  tasks: Task[]
  /** How many tasks the version should run. */
  desiredCount: number
}

/** One health check of a new version: ECS tasks, target health, alarms, later metrics and probes. */
export interface Gate {
  readonly name: string
  check(context: GateContext): Promise<GateResult>
}

export interface GateReport extends GateResult {
  gate: string
}

export async function checkGates(gates: Gate[], context: GateContext): Promise<GateReport[]> {
  return Promise.all(gates.map(async (gate) => ({ gate: gate.name, ...(await gate.check(context)) })))
}

/** The first failure, else waiting if any gate waits, else passed. */
export function overall(reports: GateReport[]): GateState {
  if (reports.some((report) => report.state === 'failed')) return 'failed'
  return reports.some((report) => report.state === 'waiting') ? 'waiting' : 'passed'
}

/** The last part of an ARN: a task id, a deployment id. */
export function shortId(arn: string | undefined): string {
  return arn?.split('/').pop() ?? '?'
}
