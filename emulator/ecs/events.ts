/** Service events, worded the way ECS words them (tools and people grep for these). */
import { randomUUID } from 'node:crypto'
import type { ServiceRecord, TaskRecord } from './model.ts'

const MAX_EVENTS = 100

export function addEvent(service: ServiceRecord, message: string, at: Date): void {
  service.events.unshift({ id: randomUUID(), createdAt: at, message })
  service.events.length = Math.min(service.events.length, MAX_EVENTS)
}

const taskList = (tasks: TaskRecord[]) => tasks.map((task) => `(task ${task.id})`).join(' ')

export const eventText = {
  tasksStarted: (service: string, tasks: TaskRecord[]) =>
    `(service ${service}) has started ${tasks.length} tasks: ${taskList(tasks)}.`,
  tasksStopped: (service: string, tasks: TaskRecord[]) =>
    `(service ${service}) has stopped ${tasks.length} running tasks: ${taskList(tasks)}.`,
  targetsRegistered: (service: string, count: number, targetGroupArn: string) =>
    `(service ${service}) registered ${count} targets in (target-group ${targetGroupArn})`,
  targetsDeregistered: (service: string, count: number, targetGroupArn: string) =>
    `(service ${service}) deregistered ${count} targets in (target-group ${targetGroupArn})`,
  draining: (service: string, count: number) =>
    `(service ${service}) has begun draining connections on ${count} tasks.`,
  unhealthyTarget: (service: string, port: number, targetGroupArn: string, reason: string) =>
    `(service ${service}) (port ${port}) is unhealthy in (target-group ${targetGroupArn}) due to (reason ${reason}).`,
  deploymentCompleted: (service: string, deploymentId: string) =>
    `(service ${service}) (deployment ${deploymentId}) deployment completed.`,
  deploymentFailed: (service: string, deploymentId: string) =>
    `(service ${service}) (deployment ${deploymentId}) deployment failed: tasks failed to start.`,
  rollingBack: (service: string, deploymentId: string) =>
    `(service ${service}) rolling back to deployment ${deploymentId}.`,
  steadyState: (service: string) => `(service ${service}) has reached a steady state.`
}

/** `rolloutStateReason` wordings. */
export const rolloutText = {
  inProgress: (deploymentId: string) => `ECS deployment ${deploymentId} in progress.`,
  completed: (deploymentId: string) => `ECS deployment ${deploymentId} completed.`,
  circuitBreakerFailed: () => 'ECS deployment circuit breaker: tasks failed to start.',
  rollingBack: (completedDeploymentId: string) =>
    `ECS deployment circuit breaker: rolling back to deploymentId ${completedDeploymentId}.`
}

/** `stoppedReason` wordings. */
export const stopText = {
  scaling: (deploymentId: string) => `Scaling activity initiated by (deployment ${deploymentId})`,
  essentialExited: () => 'Essential container in task exited',
  failedElbHealthChecks: (targetGroupArn: string) =>
    `Task failed ELB health checks in (target-group ${targetGroupArn})`,
  userInitiated: () => 'Task stopped by user',
  failedToStart: (message: string) => `Task failed to start: ${message}`
}
