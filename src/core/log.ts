/** What strategies may write to the job log (the entry point wires it to @actions/core). */
export interface Log {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export const silentLog: Log = { info() {}, warning() {}, debug() {} }
