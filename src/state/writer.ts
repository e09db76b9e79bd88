import type { EcsPort } from '../aws/ecs.ts'
import { LockLost, oneLine } from '../core/errors.ts'
import type { Log } from '../core/log.ts'
import { stateTags, type RolloutState, type StateStatus } from './state.ts'

/**
 * Writes one rollout's state on the service it deploys to. One policy for a role without tagging rights: the
 * state is given up with one warning, the rollout goes on (a later promote or re-run then finds no state). Other
 * errors are the rollout's.
 */
export class StateWriter {
  /** This run wrote a state (so its ending must be written too). */
  written = false
  private denied = false
  private readonly ecs: EcsPort
  private readonly service: { arn: string; name: string }
  private readonly log: Log
  private readonly stateOf: (status: StateStatus) => RolloutState

  constructor(
    ecs: EcsPort,
    service: { arn: string; name: string },
    log: Log,
    stateOf: (status: StateStatus) => RolloutState
  ) {
    this.ecs = ecs
    this.service = service
    this.log = log
    this.stateOf = stateOf
  }

  /** Not once `signal` aborted: a state announcing a change the cancelled run will not make. */
  async save(status: StateStatus, signal?: AbortSignal): Promise<void> {
    if (this.denied) return
    try {
      await this.ecs.tagResource(this.service.arn, stateTags(this.stateOf(status)), signal)
      this.written = true
    } catch (error) {
      if ((error as Error).name !== 'AccessDeniedException') throw error
      this.denied = true
      this.log.warning(
        `the rollout record was not written on service ${this.service.name} (the role needs ecs:TagResource): ${oneLine(error)}`
      )
    }
  }

  /**
   * How the rollout ended, when this run wrote a state and the ending is not the last one it saved: a failure
   * before the rollout completed.
   */
  async saveEnding(ending: { status: string }, committed: boolean): Promise<void> {
    if (!this.written || committed) return
    if (ending.status === 'failed' || ending.status === 'rolled-back') await this.saveOrWarn(ending.status)
  }

  /** How the run ended, unless it lost its lock (the run that holds it now writes the state). */
  async saveFinal(status: StateStatus): Promise<void> {
    await this.save(status).catch((error) => {
      if (!(error instanceof LockLost)) throw error
    })
  }

  /** Saves, and only warns when it cannot (the rollout's outcome stands either way). */
  async saveOrWarn(status: StateStatus): Promise<void> {
    await this.save(status).catch((error) =>
      this.log.warning(`the rollout record was not written: ${oneLine(error)}`)
    )
  }
}
