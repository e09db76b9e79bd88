/** rollback on a single service whose own ECS strategy (BLUE_GREEN, LINEAR, CANARY) moves its traffic. */
import { invalidInputs, type InputReader } from '../core/inputs.ts'
import type { RollbackOptions } from '../strategies/rollback/index.ts'
import type { NativeOptions, NativeReport } from '../native/options.ts'
import { nativeRollback } from '../strategies/rollback/native.ts'
import { findNativeService, nativeLock } from '../native/service.ts'
import { nativeFacts } from './native.ts'
import type { ActionDefinition, RunOptions } from './run.ts'

type Options = Omit<NativeOptions, 'taskDefinition' | 'mode'> & RunOptions & { to: string }

/** A rollback's options, as the options of a native run. */
function nativeOf(given: RollbackOptions): Options {
  if (given.dryRun)
    throw invalidInputs(['dry-run is not supported with a service whose ECS strategy is not ROLLING'])
  return {
    action: 'rolling',
    cluster: given.cluster,
    service: given.service!,
    to: given.to,
    allowFamilyChange: true,
    alarms: given.alarms,
    healthCheckUrl: given.healthCheckUrl,
    waitTimeoutMs: given.waitTimeoutMs,
    pollIntervalMs: given.pollIntervalMs,
    onFailure: 'rollback',
    run: given.run,
    lockTimeoutMs: given.lockTimeoutMs
  }
}

export function nativeRollbackAction(
  read: (reader: InputReader) => RollbackOptions
): ActionDefinition<Options, NativeReport & { rolledBackFrom?: string }> {
  return {
    name: 'Rollback',
    id: 'rollback',
    preempts: true,
    lock: (o, ports) => nativeLock(ports, o.cluster, o.service),
    check: (o, ports) => findNativeService(ports.ecs, o.cluster, o.service, 'rolling'),
    options: (reader) => nativeOf(read(reader)),
    deploy: async (o, ports, context) => {
      const { rolledBackFrom, ...result } = await nativeRollback(o, ports, context)
      return { ...result, report: { ...result.report, action: 'rollback', rolledBackFrom } }
    },
    title: (report) => `Rollback of ${report.service} (ECS ${report.strategy})`,
    outputs: (report) => ({
      status: report.status,
      'live-color': report.liveColor,
      'task-definition-arn': report.taskDefinitionArn,
      'rolled-back-from': report.rolledBackFrom,
      rollout: report
    }),
    facts: nativeFacts
  }
}
