/** A deploy to a service ECS deploys itself: checked with read-only calls first, then run, or stopped (abort). */
import type { RolloutContext } from '../rollout/rollout.ts'
import { stopInFlight } from './abort.ts'
import type { NativeOptions, NativePorts } from './options.ts'
import { prepareNative } from './prepare.ts'
import { NativeRun } from './run.ts'

/** Checks everything with read-only calls (refusals change nothing), then runs the deploy. */
export async function nativeDeploy(o: NativeOptions, ports: NativePorts, context: RolloutContext) {
  const run = new NativeRun(o, ports, context, await prepareNative(o, ports))
  return o.mode === 'abort' ? stopInFlight(run) : run.run()
}
