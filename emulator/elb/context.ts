/** What the API operations share: the state, the targets' health, and the listeners' proxy servers. */
import type { Account } from '../core/contracts.ts'
import type { EmulatorTime } from '../core/time.ts'
import type { Arns } from './model.ts'
import type { ListenerServer } from './proxy.ts'
import type { ElbState } from './state.ts'
import type { Targets } from './targets.ts'

export interface ElbContext {
  state: ElbState
  targets: Targets
  arns: Arns
  account: Account
  time: EmulatorTime
  /** The running proxy of each listener, by listener ARN. */
  servers: Map<string, ListenerServer>
  /** A proxy for the listener, already bound to 127.0.0.1:<port>. */
  openServer(listenerArn: string, port: number, protocol: string): Promise<ListenerServer>
  /** Re-derives which target groups a listener forwards to (and so which are health-checked). */
  refreshUsage(): void
}

export type Operation = (context: ElbContext, input: any) => any
