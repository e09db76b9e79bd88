import type { Task } from '@aws-sdk/client-ecs'
import { shortId, type Gate, type GateContext, type GateResult } from './gate.ts'

/** The version's tasks reach RUNNING at the desired count, and none of them stops. */
export class EcsTasksGate implements Gate {
  readonly name = 'tasks'

  async check(context: GateContext): Promise<GateResult> {
    const tasks = await context.tasks()
    const stopped = tasks.filter((task) => task.desiredStatus === 'STOPPED' && !isScaleIn(task))
    if (stopped.length > 0) return { state: 'failed', observed: describeStoppedTasks(stopped) }
    const desiredCount = await context.desiredCount()
    const live = tasks.filter((task) => task.desiredStatus !== 'STOPPED')
    const running = live.filter((task) => task.lastStatus === 'RUNNING')
    const unhealthy = running
      .filter((task) => task.healthStatus === 'UNHEALTHY')
      .map((task) => shortId(task.taskArn))
    const starting = live.length - running.length
    const parts = [`${running.length}/${desiredCount} running`]
    if (starting > 0) parts.push(`${starting} starting`)
    if (unhealthy.length > 0) parts.push(`container health check failing on ${unhealthy.join(', ')}`)
    const passed = running.length >= desiredCount && unhealthy.length === 0
    return { state: passed ? 'passed' : 'waiting', observed: parts.join(', ') }
  }
}

/**
 * Why tasks stopped, with everything ECS said: reason, stop code, each container's reason and exit code.
 * Tasks that stopped for the same reasons are named together.
 */
export function describeStoppedTasks(tasks: Task[]): string {
  const byWhy = new Map<string, string[]>()
  for (const task of tasks) {
    const why = whyStopped(task)
    byWhy.set(why, [...(byWhy.get(why) ?? []), shortId(task.taskArn)])
  }
  return [...byWhy]
    .map(([why, ids]) => `${ids.length > 1 ? 'tasks' : 'task'} ${ids.join(', ')} stopped: ${why}`)
    .join('; ')
}

function whyStopped(task: Task): string {
  const parts = [`${task.stoppedReason ?? 'no reason given'}${task.stopCode ? ` (${task.stopCode})` : ''}`]
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
