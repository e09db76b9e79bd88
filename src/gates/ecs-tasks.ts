import type { Task } from '@aws-sdk/client-ecs'
import { shortId, type Gate, type GateContext, type GateResult } from './gate.ts'

/** The version's tasks reach RUNNING at the desired count, and none of them stops. */
export class EcsTasksGate implements Gate {
  readonly name = 'tasks'

  async check({ tasks, desiredCount }: GateContext): Promise<GateResult> {
    const stopped = tasks.filter((task) => task.desiredStatus === 'STOPPED' && !isScaleIn(task))
    if (stopped.length > 0) return { state: 'failed', observed: stopped.map(describeStoppedTask).join('; ') }
    const live = tasks.filter((task) => task.desiredStatus !== 'STOPPED')
    const running = live.filter((task) => task.lastStatus === 'RUNNING')
    const unhealthy = running.filter((task) => task.healthStatus === 'UNHEALTHY').map((task) => shortId(task.taskArn))
    const starting = live.length - running.length
    const parts = [`${running.length}/${desiredCount} running`]
    if (starting > 0) parts.push(`${starting} starting`)
    if (unhealthy.length > 0) parts.push(`container health check failing on ${unhealthy.join(', ')}`)
    const passed = running.length >= desiredCount && unhealthy.length === 0
    return { state: passed ? 'passed' : 'waiting', observed: parts.join(', ') }
  }
}

/** Why a task stopped, with everything ECS said about it: reason, stop code, each container's reason and exit code. */
export function describeStoppedTask(task: Task): string {
  const parts = [`task ${shortId(task.taskArn)} stopped: ${task.stoppedReason ?? 'no reason given'}`]
  if (task.stopCode) parts[0] += ` (${task.stopCode})`
  for (const container of task.containers ?? []) {
    const details: string[] = []
    if (container.exitCode !== undefined) details.push(`exit code ${container.exitCode}`)
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
