import * as core from '@actions/core'
import { CancelledError, oneLine } from './errors.ts'
import type { Log } from './log.ts'

/** The job log through @actions/core. */
export const actionLog: Log = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message)
}

/**
 * Runs one action's body: any error becomes one `setFailed` line (the stack only with step debug on), and the
 * runner's cancellation (SIGINT, then SIGTERM) aborts the signal handed to the body so it can clean up.
 */
export async function runAction(body: (signal: AbortSignal) => Promise<void>): Promise<void> {
  const controller = new AbortController()
  const cancel = (signal: NodeJS.Signals): void => {
    if (!controller.signal.aborted) controller.abort(new CancelledError(`cancelled (${signal})`))
  }
  process.on('SIGINT', cancel)
  process.on('SIGTERM', cancel)
  try {
    await body(controller.signal)
  } catch (error) {
    core.setFailed(oneLine(error))
    if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack)
  } finally {
    process.off('SIGINT', cancel)
    process.off('SIGTERM', cancel)
  }
}

/** Sets outputs (objects as JSON) and writes the job summary; a missing summary file is not an error. */
export async function publish(outputs: Record<string, unknown>, summaryMarkdown: string): Promise<void> {
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue
    core.setOutput(name, typeof value === 'string' ? value : JSON.stringify(value))
  }
  try {
    await core.summary.addRaw(summaryMarkdown, true).write()
  } catch (error) {
    core.debug(`job summary not written: ${oneLine(error)}`)
  }
}
