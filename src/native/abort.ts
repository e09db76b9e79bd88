/** Stopping the service deployment in flight with ROLLBACK, followed to its end (canary's abort, rollback). */
import { shortArn } from './follow.ts'
import type { NativeResult } from './options.ts'
import { nativeReport } from './report.ts'
import type { NativeRun } from './run.ts'

/** `rolledBackFrom`: the version the stopped deployment was deploying. */
export async function stopInFlight(run: NativeRun): Promise<NativeResult & { rolledBackFrom: string }> {
  const { rollout, plan, ports, options } = run
  run.arn = plan.inFlight?.serviceDeploymentArn
  const rolledBackFrom = 'arn' in plan.version ? plan.version.arn : run.taskDefinitionArn
  const ending = await rollout.run([
    {
      name: 'rollback',
      run: async () => {
        const failure = { reason: 'rollback asked', cause: 'error' as const }
        const undone = await run.stop(failure, { stop: false, cancelled: false })
        const what = `stopped service deployment ${shortArn(run.arn)} with ROLLBACK${undone.said}`
        if (!undone.restored) throw new Error(what)
        rollout.say(what)
        // What serves now, as ECS says once the rollback is over.
        const service = await ports.ecs.describeService(options.cluster, plan.service.arn)
        run.taskDefinitionArn = service?.taskDefinition ?? run.taskDefinitionArn
      }
    }
  ])
  const report = await nativeReport(run, ending)
  return { report, timeline: rollout.timeline, gates: rollout.gates, rolledBackFrom }
}
