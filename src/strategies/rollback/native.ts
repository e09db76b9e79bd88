/**
 * rollback on a service with a native ECS strategy: during a service deployment, StopServiceDeployment with
 * ROLLBACK, followed to its end; afterwards, a new service deployment of the version to go back to, followed
 * like any other (./run.ts).
 */
import type { RolloutContext } from '../../rollout/rollout.ts'
import { snapshotOf } from '../../service/service.ts'
import { readState } from '../../state/state.ts'
import { targetVersion } from './version.ts'
import type { NativeOptions, NativePorts, NativeResult } from '../../native/options.ts'
import { inFlightStatuses, prepareNative } from '../../native/prepare.ts'
import { nativeDeploy } from '../../native/deploy.ts'
import { NativeRun } from '../../native/run.ts'
import { stopInFlight } from '../../native/abort.ts'
import { findNativeService } from '../../native/service.ts'

/** `to`: previous (from the service's saved state), or a task definition. */
export async function nativeRollback(
  options: Omit<NativeOptions, 'taskDefinition' | 'action' | 'mode'> & { to: string },
  ports: NativePorts,
  context: RolloutContext
): Promise<NativeResult & { rolledBackFrom: string }> {
  const { to, ...rest } = options
  const { service } = await findNativeService(ports.ecs, options.cluster, options.service, 'rolling')
  const snapshot = snapshotOf(service)
  const base: NativeOptions = { ...rest, action: 'rolling', mode: 'full' }
  const inFlight = await ports.ecs.listServiceDeployments(options.cluster, snapshot.arn, {
    status: [...inFlightStatuses]
  })
  if (inFlight.length > 0) {
    const abort: NativeOptions = { ...base, mode: 'abort' }
    const plan = await prepareNative(abort, ports)
    return stopInFlight(new NativeRun(abort, ports, context, plan))
  }
  const where = `service ${snapshot.name}`
  const target = await targetVersion(ports.ecs, to, snapshot.taskDefinition, readState(service.tags), where)
  const result = await nativeDeploy(
    { ...base, rollingBack: true, taskDefinition: { kind: 'arn', arn: target.arn } },
    ports,
    context
  )
  return { ...result, rolledBackFrom: snapshot.taskDefinition }
}
