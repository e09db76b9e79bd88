import type { Task } from '@aws-sdk/client-ecs'

/** passed: healthy now; waiting: not (yet) healthy, may still become so; failed: the version is bad. */
export type GateState = 'passed' | 'waiting' | 'failed'

export interface GateResult {
  state: GateState
  /** One line of what was observed; stable between polls unless something changed (it is logged on change). */
  observed: string
}

/**
 * What the strategy knows about the version under watch, shared by every gate of one look. What comes from AWS is
 * fetched when a gate first asks (once per look), so gates that need none of it (alarms, a probe) start at once.
 */
export interface GateContext {
  /** The version's tasks, running and stopped. */
  tasks(): Promise<Task[]>
  /**
   * How many tasks the rollout deployed (at least 1): what the version must run. Never the service's current
   * desired count, which another run, a person or autoscaling may have lowered (to 0) since.
   */
  expectedCount: number
  /** ECS's counts of the version's deployment, when the look read them (DescribeServices). */
  counts?(): Promise<DeploymentCounts | undefined>
  /**
   * Whether the deployment has settled: ECS completed it, or it is verified or baked. Before, while nothing failed,
   * ECS's counts say all there is: the tasks and their targets are read only once it settles (or on a failure).
   * Without it a look counts as settled.
   */
  settled?(): Promise<boolean>
  /** Aborts once the look has its verdict (an answer that comes later is not used) or the run is cancelled. */
  signal: AbortSignal
}

/** ECS's counts of one deployment. */
export interface DeploymentCounts {
  running: number
  pending: number
  desired: number
  failed: number
}

/** One health check of a new version: ECS tasks, target health, alarms, later metrics and probes. */
export interface Gate {
  readonly name: string
  check(context: GateContext): Promise<GateResult>
}

export interface GateReport extends GateResult {
  gate: string
}

/**
 * Checks every gate at once and ends as soon as one fails, without waiting for the slower ones (what they answer
 * later is ignored); otherwise when all have answered. Returns the reports that came in time, in gate order; an
 * error of a gate that answered in time is thrown.
 */
export function checkGates(gates: Gate[], context: GateContext): Promise<GateReport[]> {
  const reports: (GateReport | undefined)[] = gates.map(() => undefined)
  const inTime = () => reports.filter((report): report is GateReport => report !== undefined)
  return new Promise((resolve, reject) => {
    let pending = gates.length
    if (pending === 0) resolve([])
    gates.forEach((gate, index) => {
      Promise.resolve()
        .then(() => gate.check(context))
        .then((result) => {
          reports[index] = { gate: gate.name, ...result }
          if (result.state === 'failed' || --pending === 0) resolve(inTime())
        }, reject)
    })
  })
}

/** The first failure, else waiting if any gate waits, else passed. */
export function overall(reports: GateReport[]): GateState {
  if (reports.some((report) => report.state === 'failed')) return 'failed'
  return reports.some((report) => report.state === 'waiting') ? 'waiting' : 'passed'
}

/** `load` run on the first call only; every call gets the same promise. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined
  return () => (loaded ??= load())
}

/** The last part of an ARN: a task id, a deployment id. */
export function shortId(arn: string | undefined): string {
  return arn?.split('/').pop() ?? '?'
}
