/**
 * A small, scripted AWS behind aws-sdk-client-mock for blue/green: two ECS services (web-blue live with 2 tasks,
 * web-green idle at 0), each behind its own target group, both in one production rule (100/0); a test listener;
 * alarms; service tags. Each time the fake clock sleeps, every service takes one scheduler step. How a task
 * definition behaves is set per revision ('healthy' unless told otherwise).
 */
import type { Service, Task } from '@aws-sdk/client-ecs'
import {
  DescribeListenersCommand,
  DescribeRulesCommand,
  ListenerNotFoundException,
  ModifyListenerCommand,
  ModifyRuleCommand,
  RuleNotFoundException,
  type Action
} from '@aws-sdk/client-elastic-load-balancing-v2'
import type { FakeClock } from './fake-clock.ts'
import { ScriptedAws, ecsArn, elbArn, taskDefinitionArn } from './scripted-aws.ts'

export { taskDefinitionArn } from './scripted-aws.ts'

/**
 * healthy: tasks start, then their targets turn healthy; crash: one task exits with code 137 once started;
 * unhealthy: targets fail health checks forever; stuck: tasks never start.
 */
export type Behaviour = 'healthy' | 'crash' | 'unhealthy' | 'stuck'
export type Color = 'blue' | 'green'

export const targetGroupArns: Record<Color, string> = {
  blue: elbArn('targetgroup/web-blue/0123456789abcdef'),
  green: elbArn('targetgroup/web-green/fedcba9876543210')
}
export const listenerArn = elbArn('listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2')
export const ruleArn = elbArn('listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee')
export const testListenerArn = elbArn('listener/app/web/50dc6c495c0c9188/0467ef3c8400ae65')
/** A listener of another load balancer. */
export const foreignListenerArn = elbArn('listener/app/other/1111111111111111/2222222222222222')
export const serviceArn = (color: Color) => ecsArn(`service/prod/web-${color}`)

/** The production weights by target group, as rule changes record them. */
export const weightsBy = (blue: number, green: number): Record<string, number> => ({
  [targetGroupArns.blue]: blue,
  [targetGroupArns.green]: green
})

/** A ModifyRule or ModifyListener call: when (fake clock) and with which weights. */
export interface RuleChange {
  at: number
  operation: 'ModifyRule' | 'ModifyListener'
  arn: string
  weights: Record<string, number>
  actions: Action[]
}

export class FakePair extends ScriptedAws<Behaviour> {
  readonly services: Record<Color, Service>
  /** The production rule's actions; `ruleIsDefault` serves it as the listener's default rule instead. */
  ruleActions: Action[]
  ruleIsDefault = false
  testListenerActions: Action[] = [
    { Type: 'fixed-response', Order: 1, FixedResponseConfig: { StatusCode: '404' } }
  ]
  readonly ruleChanges: RuleChange[] = []

  constructor(clock: FakeClock) {
    super(clock)
    this.addTaskDefinition(1, 'registry.example/web:1.0')
    this.services = {
      blue: this.newService('web-blue', targetGroupArns.blue, 2, taskDefinitionArn(1)),
      green: this.newService('web-green', targetGroupArns.green, 0, taskDefinitionArn(1))
    }
    this.ruleActions = forward({ [targetGroupArns.blue]: 100, [targetGroupArns.green]: 0 })
    // Two scheduler steps: the tasks start, then turn healthy.
    this.progress()
    this.progress()
    this.services.blue.events = [{ id: 'event-0', createdAt: new Date(clock.now()), message: 'steady' }]
    this.wireRouting()
  }

  /** Registers revision `revision` of family web with this image. */
  addTaskDefinition(revision: number, image: string, behaviour: Behaviour = 'healthy'): string {
    const arn = taskDefinitionArn(revision)
    this.taskDefinitions.set(arn, {
      taskDefinitionArn: arn,
      family: 'web',
      revision,
      status: 'ACTIVE',
      networkMode: 'awsvpc',
      containerDefinitions: [{ name: 'web', image, portMappings: [{ containerPort: 8080 }], essential: true }]
    })
    this.behaviours.set(arn, behaviour)
    return arn
  }

  /** Weights of the production rule now, by color. */
  weights(): Record<Color, number> {
    const groups =
      this.ruleActions.find((action) => action.Type === 'forward')?.ForwardConfig?.TargetGroups ?? []
    const weight = (color: Color) =>
      groups.find((group) => group.TargetGroupArn === targetGroupArns[color])?.Weight
    return { blue: weight('blue') ?? -1, green: weight('green') ?? -1 }
  }

  setWeights(blue: number, green: number): void {
    this.ruleActions = forward({ [targetGroupArns.blue]: blue, [targetGroupArns.green]: green })
  }

  /** The tags of a color's service, by key. */
  tagsOf(color: Color): Record<string, string> {
    return Object.fromEntries((this.tags[serviceArn(color)] ?? []).map((tag) => [tag.key!, tag.value!]))
  }

  setTags(color: Color, tags: Record<string, string>): void {
    this.tags[serviceArn(color)] = Object.entries(tags).map(([key, value]) => ({ key, value }))
  }

  runningTasks(color: Color): Task[] {
    return this.tasks.filter(
      (task) => task.group === `service:web-${color}` && task.desiredStatus === 'RUNNING'
    )
  }

  protected clusterServices(): Service[] {
    return Object.values(this.services)
  }

  /** The production listener (where the pair's lock is made). */
  protected listeners() {
    return [{ arn: listenerArn, targetGroups: Object.values(targetGroupArns) }]
  }

  /** Every service's scheduler takes one step. */
  protected progress(): void {
    for (const service of this.clusterServices()) this.reconcile(service)
  }

  /** The listener rules and listeners of the production and test traffic. */
  private wireRouting(): void {
    const copy = <T>(value: T): T => structuredClone(value)
    const notFound = { message: 'not found', $metadata: {} }
    this.elb.on(DescribeRulesCommand).callsFake((input) => {
      const lock = this.lockRulesAnswer(input)
      if (lock) return lock
      this.log('DescribeRules', input)
      if (input.RuleArns?.[0] !== ruleArn) throw new RuleNotFoundException(notFound)
      return {
        Rules: [{ RuleArn: ruleArn, Priority: '100', Actions: copy(this.ruleActions), IsDefault: false }]
      }
    })
    this.elb.on(DescribeListenersCommand).callsFake((input) => {
      this.log('DescribeListeners', input)
      const arn = input.ListenerArns?.[0]
      if (arn === listenerArn && this.ruleIsDefault)
        return { Listeners: [{ ListenerArn: arn, DefaultActions: copy(this.ruleActions) }] }
      if (arn === testListenerArn || arn === foreignListenerArn)
        return { Listeners: [{ ListenerArn: arn, DefaultActions: copy(this.testListenerActions) }] }
      throw new ListenerNotFoundException(notFound)
    })
    this.elb.on(ModifyRuleCommand).callsFake((input) => {
      this.log('ModifyRule', input)
      if (input.RuleArn !== ruleArn) throw new RuleNotFoundException(notFound)
      this.ruleActions = copy(input.Actions!)
      this.ruleChanges.push(change('ModifyRule', input.RuleArn, this.ruleActions, this.clock.now()))
      return { Rules: [{ RuleArn: ruleArn, Actions: copy(this.ruleActions) }] }
    })
    this.elb.on(ModifyListenerCommand).callsFake((input) => {
      this.log('ModifyListener', input)
      const actions = copy(input.DefaultActions!)
      if (input.ListenerArn === listenerArn) this.ruleActions = actions
      else if (input.ListenerArn === testListenerArn) this.testListenerActions = actions
      else throw new ListenerNotFoundException(notFound)
      this.ruleChanges.push(change('ModifyListener', input.ListenerArn, actions, this.clock.now()))
      return { Listeners: [{ ListenerArn: input.ListenerArn, DefaultActions: copy(actions) }] }
    })
  }

  /**
   * The scheduler, one step at a time: drained targets go; missing tasks start (targets `initial`); started
   * targets get their verdict; extra tasks stop; once the PRIMARY runs its count healthy, older deployments'
   * tasks stop and it completes.
   */
  private reconcile(service: Service): void {
    const group = service.loadBalancers![0].targetGroupArn!
    this.targets[group] = (this.targets[group] ?? []).filter((target) => target.state !== 'draining')
    const [primary, ...older] = service.deployments!
    const behaviour = this.behaviourOf(primary)
    const live = this.runningTasksOf(primary)
    const desired = primary.desiredCount ?? 0
    if (behaviour === 'stuck') {
      primary.pendingCount = desired
      return
    }
    for (const task of live) {
      if (this.targetOf(task)?.state !== 'initial') continue
      if (behaviour === 'crash') {
        this.stop(task, 'Essential container in task exited', 'EssentialContainerExited', 137)
        primary.failedTasks = (primary.failedTasks ?? 0) + 1
        this.behaviours.set(primary.taskDefinition!, 'healthy')
        return
      }
      this.setTarget(task, behaviour === 'unhealthy' ? 'unhealthy' : 'healthy')
    }
    for (let i = live.length; i < desired; i++) this.startTask(service, primary)
    for (const task of live.slice(desired)) this.scaleIn(task, primary.id!)
    const running = this.runningTasksOf(primary)
    primary.runningCount = running.length
    service.runningCount = running.length + older.reduce((sum, d) => sum + (d.runningCount ?? 0), 0)
    const healthy = running.filter((task) => this.targetOf(task)?.state === 'healthy').length
    if (healthy === desired && running.length === desired && primary.rolloutState === 'IN_PROGRESS') {
      for (const task of older.flatMap((deployment) => this.runningTasksOf(deployment)))
        this.scaleIn(task, primary.id!)
      service.deployments = [primary]
      primary.rolloutState = 'COMPLETED'
      service.runningCount = running.length
      this.event(service, `(service ${service.serviceName}) has reached a steady state.`)
    }
  }

  private scaleIn(task: Task, deploymentId: string): void {
    this.stop(
      task,
      `Scaling activity initiated by (deployment ${deploymentId})`,
      'ServiceSchedulerInitiated',
      0
    )
  }

  /** Stops a task; its target drains until the next step. */
  private stop(task: Task, reason: string, stopCode: string, exitCode: number): void {
    this.stopTask(task, reason, stopCode)
    task.containers = [{ name: 'web', lastStatus: 'STOPPED', exitCode }]
    this.setTarget(task, 'draining')
  }
}

function forward(weights: Record<string, number>): Action[] {
  return [
    {
      Type: 'forward',
      Order: 1,
      ForwardConfig: {
        TargetGroups: Object.entries(weights).map(([arn, weight]) => ({
          TargetGroupArn: arn,
          Weight: weight
        })),
        TargetGroupStickinessConfig: { Enabled: false }
      }
    }
  ]
}

function change(operation: RuleChange['operation'], arn: string, actions: Action[], at: number): RuleChange {
  const groups = actions.find((action) => action.Type === 'forward')?.ForwardConfig?.TargetGroups ?? []
  return {
    at,
    operation,
    arn,
    actions,
    weights: Object.fromEntries(groups.map((group) => [group.TargetGroupArn!, group.Weight ?? 1]))
  }
}
