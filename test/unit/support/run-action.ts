import type { RunOverrides } from '../../../src/main/run.ts'
import * as core from '../../fixtures/core.ts'
import type { World } from './fresh-world.ts'
import type { ScriptedAws } from './scripted-aws.ts'

/**
 * Runs an action's `run` (its @actions/core mocked with the fixture) with these inputs against a scripted world,
 * on its fake clock and with a heartbeat that never fires; what the step output, and the failure line if any.
 */
export async function runWithInputs(
  run: (overrides?: RunOverrides) => Promise<void>,
  world: World<ScriptedAws<string>>,
  inputs: Record<string, string>
) {
  core.reset(inputs)
  await run({ clock: world.clock, clients: world.aws.clients, every: () => () => {} })
  const outputs = core.outputs()
  return {
    outputs,
    rollout: outputs.rollout ? JSON.parse(outputs.rollout) : undefined,
    failure: core.setFailed.mock.calls.map(([message]) => String(message))
  }
}
