/**
 * What the run skeleton (src/main/run.ts) does about the version a run releases: the preflight, which every deploy
 * reaches through the ports (`ports.preflight`), and after the rollout, the old revisions `keep-revisions` lets go
 * (once it succeeded) and what the release changed, for the job summary.
 */
import type { ECSClient } from '@aws-sdk/client-ecs'
import { clientConfig } from '../aws/clients.ts'
import { oneLine } from '../core/errors.ts'
import { readInputs, type InputReader } from '../core/inputs.ts'
import type { Log } from '../core/log.ts'
import { releaseInputs } from './inputs.ts'
import { lookupsPort, type LookupsPort } from './lookups.ts'
import { Preflight } from './preflight.ts'

export type { LookupsPort } from './lookups.ts'
export type { Preflight } from './preflight.ts'
import { pruneRevisions, revisionsPort, type RevisionsPort } from './revisions.ts'

export interface ReleaseGuard {
  preflight: Preflight
  /** The run's result, its details followed by what the release changed; old revisions go once it succeeded. */
  after<Result extends { report: { status: string }; details?: string[] }>(result: Result): Promise<Result>
}

/** The run's guard, from its inputs; the look-ups go through clients of their own unless given. */
export function releaseGuard(
  read: InputReader,
  ecs: ECSClient | RevisionsPort,
  log: Log,
  lookups: LookupsPort = lookupsPort(clientConfig())
): ReleaseGuard {
  const inputs = readInputs(releaseInputs, read)
  const preflight = new Preflight(lookups, inputs.preflight, log)
  const revisions = 'send' in ecs ? revisionsPort(ecs) : ecs
  return {
    preflight,
    async after(result) {
      const released = preflight.released
      if (inputs.keepRevisions && released && result.report.status === 'succeeded') {
        // The rollout succeeded: a cleanup that fails is a warning, not a failed run.
        await pruneRevisions(revisions, { ...released, keep: inputs.keepRevisions }, log).catch((error) =>
          log.warning(`keep-revisions: old revisions were not deregistered: ${oneLine(error)}`)
        )
      }
      if (preflight.changes.length === 0) return result
      const [against, ...lines] = preflight.changes
      const changes = [
        '### What the release changes',
        '',
        `Compared ${against}`,
        '',
        ...lines.map((line) => `- ${line}`),
        ''
      ]
      return { ...result, details: [...(result.details ?? []), ...changes] }
    }
  }
}
