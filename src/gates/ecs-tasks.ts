import type { Task } from '@aws-sdk/client-ecs'
import { shortId, type DeploymentCounts, type Gate, type GateContext, type GateResult } from './gate.ts'

/**
 * The version's tasks reach RUNNING at the count the rollout deployed, and none of them stops. A service whose
 * desired count dropped below that count (another run, a person, autoscaling) fails the gate: the capacity the
 * rollout verified is no longer there.
 */
export class EcsTasksGate implements Gate {
  readonly name = 'tasks'

  async check(context: GateContext): Promise<GateResult> {
    const expected = Math.max(1, context.expectedCount)
    const [counts, settled] = await Promise.all([context.counts?.(), context.settled?.() ?? true])
    const desiredNow = counts?.desired
    if (counts && !settled && counts.failed === 0) return fromCounts(counts, expected)
    const tasks = await context.tasks()
    const stopped = failedTasks(tasks)
    if (stopped.length > 0) return { state: 'failed', observed: describeStoppedTasks(stopped) }
    const live = tasks.filter((task) => task.desiredStatus !== 'STOPPED')
    const running = live.filter((task) => task.lastStatus === 'RUNNING')
    const unhealthy = running
      .filter((task) => task.healthStatus === 'UNHEALTHY')
      .map((task) => shortId(task.taskArn))
    const starting = live.length - running.length
    const parts = [`${running.length}/${expected} running`]
    if (starting > 0) parts.push(`${starting} starting`)
    if (unhealthy.length > 0) parts.push(`container health check failing on ${unhealthy.join(', ')}`)
    if (desiredNow !== undefined && desiredNow < expected) {
      parts.push(lowered(desiredNow, expected))
      return { state: 'failed', observed: parts.join(', ') }
    }
    const passed = running.length >= expected && unhealthy.length === 0
    return { state: passed ? 'passed' : 'waiting', observed: parts.join(', ') }
  }
}

/** While a deployment goes on and none of its tasks failed, ECS's counts tell as much as its tasks would. */
function fromCounts(counts: DeploymentCounts, expected: number): GateResult {
  const parts = [`${counts.running}/${expected} running`]
  if (counts.pending > 0) parts.push(`${counts.pending} starting`)
  if (counts.desired < expected)
    return { state: 'failed', observed: [...parts, lowered(counts.desired, expected)].join(', ') }
  return { state: counts.running >= expected ? 'passed' : 'waiting', observed: parts.join(', ') }
}

function lowered(desired: number, expected: number): string {
  return `the service's desired count is now ${desired}, below the ${expected} this rollout deployed (changed outside this rollout)`
}

/** Tasks of the version that stopped for a reason of their own (not the scheduler scaling the service in). */
export function failedTasks(tasks: Task[]): Task[] {
  return tasks.filter((task) => task.desiredStatus === 'STOPPED' && !isScaleIn(task))
}

/**
 * Why tasks stopped, with everything ECS said: stop code, reason, each container's exit code and reason, e.g.
 * `3 tasks stopped: EssentialContainerExited: Essential container in task exited; container app: exit code 1
 * (tasks 1a2b, 3c4d, 5e6f)`. Tasks that stopped for the same reasons are counted together.
 */
export function describeStoppedTasks(tasks: Task[]): string {
  const byWhy = new Map<string, string[]>()
  for (const task of tasks) {
    const why = whyStopped(task)
    byWhy.set(why, [...(byWhy.get(why) ?? []), shortId(task.taskArn)])
  }
  return [...byWhy]
    .map(([why, ids]) => {
      const shown = ids.length > 3 ? `${ids.slice(0, 3).join(', ')}, ...` : ids.join(', ')
      return `${ids.length} ${ids.length > 1 ? 'tasks' : 'task'} stopped: ${why} (${ids.length > 1 ? 'tasks' : 'task'} ${shown})`
    })
    .join('; ')
}

function whyStopped(task: Task): string {
  const parts = [`${task.stopCode ? `${task.stopCode}: ` : ''}${task.stoppedReason ?? 'no reason given'}`]
  for (const container of task.containers ?? []) {
    const details: string[] = []
    if (container.exitCode !== undefined && container.exitCode !== null)
      details.push(`exit code ${container.exitCode}`)
    if (container.reason) details.push(container.reason)
    if (details.length > 0) parts.push(`container ${container.name}: ${details.join(', ')}`)
  }
  return parts.join('; ')
}

/** The scheduler scaling the service in (not a failure of the version). */
function isScaleIn(task: Task): boolean {
  return (
    task.stopCode === 'ServiceSchedulerInitiated' &&
    (task.stoppedReason ?? '').startsWith('Scaling activity initiated by') &&
    (task.containers ?? []).every((container) => !container.exitCode)
  )
}
