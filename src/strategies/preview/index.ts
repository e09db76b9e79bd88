/**
 * The preview strategy: a pull request's version on the pair's idle color, reached through its own host or header
 * (./deploy.ts), and removed when the PR closes (./cleanup.ts). Every check runs first with read-only calls
 * (./prepare.ts), again once the run holds the pair's lock.
 */
import type { RolloutContext } from '../../rollout/rollout.ts'
import { previewCleanup } from './cleanup.ts'
import { PreviewDeploy } from './deploy.ts'
import type { PreviewOptions, PreviewPorts, PreviewResult } from './options.ts'
import { preparePreview } from './prepare.ts'

export type { PreviewOptions, PreviewPorts, PreviewReport, PreviewResult } from './options.ts'
export { preparePreview } from './prepare.ts'

export async function previewRun(
  options: PreviewOptions,
  ports: PreviewPorts,
  context: RolloutContext
): Promise<PreviewResult> {
  const roles = await preparePreview(options, ports)
  if (options.mode === 'cleanup') return previewCleanup(options, ports, context, roles)
  return new PreviewDeploy(options, ports, context, roles).run()
}
