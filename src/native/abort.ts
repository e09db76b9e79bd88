/** Stopping the service deployment in flight with ROLLBACK, followed to its end (canary's abort, rollback). */
import { shortArn } from './follow.ts'
import type { NativeResult } from './options.ts'
import { nativeReport } from './report.ts'
import type { NativeRun } from './run.ts'

export async function stopInFlight(run: NativeRun): Promise<NativeResult> {
  const { rollout } = run
  run.arn = run.plan.inFlight?.serviceDeploymentArn
  const ending = await rollout.run([
    {
      name: 'rollback',
      run: async () => {
        const failure = { reason: 'rollback asked', cause: 'error' as const }
        const undone = await run.stop(failure, { stop: false, cancelled: false })
        const what = `stopped service deployment ${shortArn(run.arn)} with ROLLBACK${undone.said}`
        if (!undone.restored) throw new Error(what)
        rollout.say(what)
      }
    }
  ])
  return { report: await nativeReport(run, ending), timeline: rollout.timeline, gates: rollout.gates }
}
