import { quote } from '../core/errors.ts'
import type { Gate, GateResult } from './gate.ts'

/** Runs a shell command with extra environment variables and resolves to its exit code (wired to @actions/exec). */
export type CommandRunner = (command: string, env: Record<string, string>) => Promise<number>

/** A command of the user's (a smoke test, a check script) whose exit code is the verdict: 0 passes. */
export class CommandGate implements Gate {
  readonly name = 'verify-command'
  private readonly command: string
  private readonly run: CommandRunner
  private readonly env: Record<string, string>

  constructor(command: string, run: CommandRunner, env: Record<string, string> = {}) {
    this.command = command
    this.run = run
    this.env = env
  }

  async check(): Promise<GateResult> {
    const exitCode = await this.run(this.command, this.env)
    return exitCode === 0
      ? { state: 'passed', observed: `${quote(this.command, 200, '`')} exited with code 0` }
      : {
          state: 'failed',
          observed: `${quote(this.command, 200, '`')} exited with code ${exitCode} (expected 0)`
        }
  }
}
