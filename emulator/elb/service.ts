/**
 * The emulated Elastic Load Balancing v2 (Application Load Balancer): the awsQuery API operations, real
 * HTTP proxies per listener, real health checks, and CloudWatch metrics. Emulated ECS reaches it through
 * `LoadBalancingPort`, the way ECS on AWS calls the load balancer's API.
 */
import type {
  Account,
  ApiService,
  ForwardWeight,
  ListenerRulesPort,
  LoadBalancingPort,
  MetricSink,
  TargetGroupView,
  TargetHealthView,
  TargetRef
} from '../core/contracts.ts'
import { AwsError } from '../core/errors.ts'
import type { EmulatorTime } from '../core/time.ts'
import type { ElbContext, Operation } from './context.ts'
import { groupsInUse, listenerOperations } from './listeners.ts'
import { loadBalancerOperations } from './load-balancers.ts'
import { ElbMetrics, type MetricPublishing } from './metrics.ts'
import { Arns, forwardedGroups, loadBalancerDimension, targetGroupDimension } from './model.ts'
import { ListenerServer } from './proxy.ts'
import { listenerRouter } from './router.ts'
import { ElbState } from './state.ts'
import { tagOperations } from './tags.ts'
import { targetGroupOperations } from './target-groups.ts'
import { Targets } from './targets.ts'

export interface ElbDeps {
  time: EmulatorTime
  account: Account
  metrics: MetricSink
  /** How the load balancer publishes its metrics (default: 60 s periods, 60 s after the period ends). */
  publishing?: MetricPublishing
  /** Weighted target group choice; tests may make it deterministic. */
  random?: () => number
}

const OPERATIONS: Record<string, Operation> = {
  ...loadBalancerOperations,
  ...targetGroupOperations,
  ...listenerOperations,
  ...tagOperations
}

export class ElbService implements ApiService, LoadBalancingPort, ListenerRulesPort {
  private readonly context: ElbContext
  private readonly state = new ElbState()
  private readonly targets: Targets
  private readonly metrics: ElbMetrics

  constructor(deps: ElbDeps) {
    const metrics = new ElbMetrics(deps.metrics, deps.time, deps.publishing)
    this.metrics = metrics
    const state = this.state
    this.targets = new Targets({
      time: deps.time,
      settings: (groupArn) => {
        const group = state.targetGroup(groupArn)
        return {
          healthCheck: group.healthCheck,
          deregistrationDelaySeconds: Number(group.attributes.get('deregistration_delay.timeout_seconds'))
        }
      },
      onRound: (groupArn, counts) => {
        const group = state.targetGroups.get(groupArn)
        if (!group) return
        for (const lb of state.loadBalancersUsing(groupArn)) {
          metrics.hostCounts(
            loadBalancerDimension(lb),
            targetGroupDimension(group),
            counts.healthy,
            counts.unhealthy
          )
        }
      }
    })
    const targets = this.targets
    const routerDeps = { state, targets, metrics, time: deps.time, random: deps.random }
    this.context = {
      state,
      targets,
      arns: new Arns(deps.account),
      account: deps.account,
      time: deps.time,
      servers: new Map(),
      async openServer(listenerArn, port, protocol) {
        const server = new ListenerServer(port, protocol, listenerRouter(listenerArn, routerDeps))
        await server.listen()
        return server
      },
      refreshUsage() {
        const used = groupsInUse(this)
        for (const groupArn of state.targetGroups.keys()) targets.setUsed(groupArn, used.has(groupArn))
      }
    }
  }

  async handle(operation: string, input: any): Promise<any> {
    const run = OPERATIONS[operation]
    if (!run)
      throw new AwsError('InvalidAction', `The action ${operation} is not valid for this web service.`)
    return await run(this.context, input ?? {})
  }

  targetGroup(arn: string): TargetGroupView | undefined {
    const group = this.state.targetGroups.get(arn)
    if (!group) return undefined
    return {
      arn: group.arn,
      name: group.name,
      port: group.port,
      loadBalancerArns: this.state.loadBalancersUsing(arn).map((lb) => lb.arn)
    }
  }

  register(target: TargetRef): void {
    this.state.targetGroup(target.targetGroupArn)
    this.targets.register(target.targetGroupArn, target.id, target.port)
  }

  deregister(target: TargetRef): Promise<void> {
    if (!this.state.targetGroups.has(target.targetGroupArn)) return Promise.resolve()
    return this.targets.deregister(target.targetGroupArn, target.id, target.port) ?? Promise.resolve()
  }

  health(target: TargetRef): TargetHealthView | undefined {
    if (!this.state.targetGroups.has(target.targetGroupArn)) return undefined
    return this.targets.health(target.targetGroupArn, target.id, target.port)
  }

  forwardWeights(ruleArn: string): ForwardWeight[] | undefined {
    const rule = this.findRule(ruleArn)
    if (!rule) return undefined
    return forwardedGroups(rule).map((group) => ({ targetGroupArn: group.arn, weight: group.weight }))
  }

  setForwardWeights(ruleArn: string, weights: ForwardWeight[]): void {
    const rule = this.findRule(ruleArn)
    if (!rule) return
    for (const group of forwardedGroups(rule)) {
      const given = weights.find((weight) => weight.targetGroupArn === group.arn)
      if (given) group.weight = given.weight
    }
    this.context.refreshUsage()
  }

  private findRule(ruleArn: string) {
    try {
      return this.state.rule(ruleArn)
    } catch {
      return undefined
    }
  }

  /** Publishes the metric datapoints of the periods not yet published, now (tests). */
  flushMetrics(): void {
    this.metrics.flush()
  }

  async stop(): Promise<void> {
    this.targets.stop()
    this.metrics.stop()
    const servers = [...this.context.servers.values()]
    this.context.servers.clear()
    await Promise.all(servers.map((server) => server.close()))
  }
}
