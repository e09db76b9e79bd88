/**
 * Per-request routing for one listener, read from the current state on every request so that rule and
 * weight changes apply at once: the first matching rule by priority (default rule last), then a target
 * group by weighted random choice, then a target of that group (round robin, see `Targets.pick`).
 */
import type { EmulatorTime } from '../core/time.ts'
import { matchesAll, type RequestView } from './conditions.ts'
import type { ElbMetrics } from './metrics.ts'
import { loadBalancerDimension, rulesInOrder, targetGroupDimension, type WeightedGroup } from './model.ts'
import type { Decision, Outcome, Router } from './proxy.ts'
import type { ElbState } from './state.ts'
import type { Targets } from './targets.ts'

export interface RouterDeps {
  state: ElbState
  targets: Targets
  metrics: ElbMetrics
  time: EmulatorTime
  random?: () => number
}

export function listenerRouter(listenerArn: string, deps: RouterDeps): Router {
  const random = deps.random ?? Math.random
  const loadBalancer = () => {
    const listener = deps.state.listeners.get(listenerArn)
    return listener && deps.state.loadBalancers.get(listener.loadBalancerArn)
  }
  return {
    route(request: RequestView): Decision {
      const listener = deps.state.listeners.get(listenerArn)
      if (!listener) return { kind: 'forward' }
      const rule = rulesInOrder(listener).find((candidate) => matchesAll(candidate.conditions, request))
      const action = rule?.actions[0]
      if (!action) return { kind: 'forward' }
      if (action.type === 'fixed-response') {
        return {
          kind: 'fixed-response',
          statusCode: Number(action.statusCode),
          contentType: action.contentType,
          body: action.messageBody
        }
      }
      const groupArn = pickWeighted(action.groups, random)
      if (!groupArn) return { kind: 'forward' }
      const group = deps.state.targetGroups.get(groupArn)
      const target = group && deps.targets.pick(groupArn)
      if (!group || !target) return { kind: 'forward', groupArn }
      // Instance ids cannot be resolved here: the emulator's instances all live on loopback.
      const host = group.targetType === 'ip' ? target.id : '127.0.0.1'
      return { kind: 'forward', groupArn, target: { id: target.id, host, port: target.port } }
    },

    inFlight(groupArn: string, target: { id: string; port: number }): () => void {
      return deps.targets.inFlight(groupArn, target.id, target.port)
    },

    idleTimeoutMs(): number {
      const lb = loadBalancer()
      return deps.time.answerMs(Number(lb?.attributes.get('idle_timeout.timeout_seconds') ?? 60))
    },

    record(outcome: Outcome): void {
      const lb = loadBalancer()
      if (!lb) return
      const group = outcome.kind === 'fixed-response' ? undefined : outcome.groupArn
      const groupRecord = group === undefined ? undefined : deps.state.targetGroups.get(group)
      deps.metrics.request(
        loadBalancerDimension(lb),
        groupRecord && targetGroupDimension(groupRecord),
        outcome
      )
    }
  }
}

/** A group chosen with probability weight / sum of weights; `undefined` when every weight is 0. */
export function pickWeighted(groups: WeightedGroup[], random: () => number): string | undefined {
  const total = groups.reduce((sum, group) => sum + group.weight, 0)
  if (total === 0) return undefined
  let point = random() * total
  for (const group of groups) {
    if (point < group.weight) return group.arn
    point -= group.weight
  }
  return groups.filter((group) => group.weight > 0).at(-1)?.arn
}
