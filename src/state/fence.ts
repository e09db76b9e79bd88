/**
 * Fencing by construction: every call a port's table (src/aws/calls.ts) names a change is sent only after the
 * run's fence says the lock is still its own. Reads go straight through. The lock's own port is not fenced: it is
 * how the lock is kept.
 */
import { alarmCalls, metricsCalls } from '../aws/cloudwatch.ts'
import { beforeChanges, type Calls } from '../aws/calls.ts'
import { ecsCalls } from '../aws/ecs.ts'
import { elbCalls } from '../aws/elb.ts'
import { ruleCalls } from '../aws/listener-rules.ts'
import { setupCalls } from '../aws/pair-setup.ts'
import { previewRuleCalls } from '../aws/preview-rules.ts'
import type { Fence } from './lock.ts'

/** The table of every AWS port a strategy may take, by the name it has in a strategy's ports. */
export const portCalls = {
  ecs: ecsCalls,
  elb: elbCalls,
  rules: ruleCalls,
  previewRules: previewRuleCalls,
  cloudwatch: alarmCalls,
  metrics: metricsCalls,
  setup: setupCalls
}

/** The ports fencing covers, by name. */
export type FencedPorts = {
  [K in keyof typeof portCalls]: (typeof portCalls)[K] extends Calls<infer P> ? P : never
}

/** The ports with every change sent only while the lock is held (`fence.check` first). */
export function fencePorts<P extends Partial<FencedPorts>>(ports: P, fence: Fence): P {
  const fenced: Record<string, unknown> = { ...ports }
  for (const [name, calls] of Object.entries(portCalls)) {
    const port = ports[name as keyof FencedPorts]
    if (port) fenced[name] = beforeChanges(port, calls as Calls<typeof port>, () => fence.check())
  }
  return fenced as P
}
