/** How long the emulated ECS takes for things, in AWS seconds (scaled by `EmulatorTime`). */
export interface EcsTimings {
  /** How often the service scheduler looks at every service (launches, stops, health, rollout state). */
  schedulerIntervalSeconds: number
  /** From task creation to RUNNING: a third PROVISIONING, the rest PENDING (image pull), then the app starts. */
  taskStartSeconds: number
  /** From the container's exit to STOPPED (deprovisioning). */
  taskStopSeconds: number
  /** SIGTERM to SIGKILL when a container definition sets no `stopTimeout`. */
  stopTimeoutSeconds: number
  /** How long STOPPED tasks stay describable. */
  stoppedTaskRetentionSeconds: number
  /** The least time a native (BLUE_GREEN, LINEAR, CANARY) deployment spends in each lifecycle stage. */
  lifecycleStageSeconds: number
}

export const DEFAULT_ECS_TIMINGS: EcsTimings = {
  schedulerIntervalSeconds: 5,
  taskStartSeconds: 15,
  taskStopSeconds: 10,
  stopTimeoutSeconds: 30,
  stoppedTaskRetentionSeconds: 3600,
  lifecycleStageSeconds: 10
}

export function resolveTimings(timings: Partial<EcsTimings> = {}): EcsTimings {
  const resolved = { ...DEFAULT_ECS_TIMINGS }
  for (const [key, value] of Object.entries(timings) as [keyof EcsTimings, number | undefined][]) {
    if (value === undefined) continue
    if (!(value >= 0)) throw new Error(`ECS timing ${key} must be a non-negative number, got ${value}`)
    resolved[key] = value
  }
  if (!(resolved.schedulerIntervalSeconds > 0)) throw new Error('schedulerIntervalSeconds must be positive')
  return resolved
}
