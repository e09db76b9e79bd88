/**
 * A small, scripted AWS behind aws-sdk-client-mock: one ECS service behind one target group, a few alarms,
 * and rollouts that advance one step each time the fake clock sleeps. How each task definition behaves is
 * set per revision ('healthy' unless told otherwise).
 */
import type { Deployment, Service, Task } from '@aws-sdk/client-ecs'
import type { FakeClock } from './fake-clock.ts'
import { ScriptedAws, elbArn, taskDefinitionArn, type TargetState } from './scripted-aws.ts'

export { taskDefinitionArn } from './scripted-aws.ts'

/**
 * healthy: tasks start, targets turn healthy, the deployment completes (one step each).
 * crash: tasks start, then one exits (out of memory, exit code 137).
 * unhealthy: tasks start; their targets fail health checks forever.
 * stuck: tasks never leave PENDING.
 * breaker: tasks fail to launch; the circuit breaker fails the deployment (and rolls back if enabled).
 */
export type Behaviour = 'healthy' | 'crash' | 'unhealthy' | 'stuck' | 'breaker'

export const targetGroupArn = elbArn('targetgroup/web/0123456789abcdef')
/** The listener of the load balancer the service is behind (where its lock is made). */
export const webListenerArn = elbArn('listener/app/web/50dc6c495c0c9188/0467ef3c8400ae65')

export class FakeAws extends ScriptedAws<Behaviour> {
  service: Service
  /** Steps each deployment started here has taken; its script goes by them. */
  private readonly ages = new Map<string, number>()

  constructor(clock: FakeClock) {
    super(clock)
    const current = taskDefinitionArn(7)
    this.taskDefinitions.set(current, {
      taskDefinitionArn: current,
      family: 'web',
      revision: 7,
      status: 'ACTIVE',
      requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.docker-remote-api.1.18' }],
      compatibilities: ['EC2', 'FARGATE'],
      registeredAt: new Date(clock.now() - 86_400_000),
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        {
          name: 'web',
          image: 'registry.example/web:1.0',
          portMappings: [{ containerPort: 8080 }],
          essential: true
        },
        { name: 'log-router', image: 'registry.example/fluent-bit:2', essential: false }
      ]
    })
    this.tags[current] = [{ key: 'team', value: 'web' }]
    // Steady at the start: revision 7 runs 2 healthy tasks.
    this.service = this.newService('web', targetGroupArn, 2, current)
    const [deployment] = this.deploymentsNow()
    for (let i = 0; i < 2; i++) this.setTarget(this.startTask(this.service, deployment), 'healthy')
    deployment.rolloutState = 'COMPLETED'
    deployment.runningCount = 2
    this.service.runningCount = 2
    this.event(this.service, '(service web) has reached a steady state.')
  }

  deploymentsNow(): Deployment[] {
    return this.service.deployments ?? []
  }

  protected clusterServices(): Service[] {
    return [this.service]
  }

  protected listeners() {
    return [{ arn: webListenerArn, targetGroups: [targetGroupArn] }]
  }

  protected newDeployment(taskDefinition: string, desiredCount: number): Deployment {
    const deployment = super.newDeployment(taskDefinition, desiredCount)
    this.ages.set(deployment.id!, 0)
    return deployment
  }

  /** One step of every rollout in progress that was started here (another's deployment stays as it is). */
  protected progress(): void {
    for (const deployment of [...this.deploymentsNow()]) {
      if (deployment.rolloutState !== 'IN_PROGRESS' || deployment.status !== 'PRIMARY') continue
      const previousAge = this.ages.get(deployment.id!)
      if (previousAge === undefined) continue
      const age = previousAge + 1
      this.ages.set(deployment.id!, age)
      const behaviour = this.behaviourOf(deployment)
      if (behaviour === 'stuck') {
        deployment.pendingCount = deployment.desiredCount
      } else if (behaviour === 'breaker') {
        if (age === 2) this.tripBreaker(deployment)
      } else if (age === 1) {
        for (let i = 0; i < (deployment.desiredCount ?? 0); i++) this.startTask(this.service, deployment)
      } else if (age === 2 && behaviour === 'crash') {
        this.crashOne(deployment)
      } else if (age === 2) {
        this.setTargets(deployment, behaviour === 'unhealthy' ? 'unhealthy' : 'healthy')
        if (behaviour === 'healthy') deployment.runningCount = deployment.desiredCount
      } else if (age === 3 && behaviour === 'healthy') {
        this.complete(deployment)
      }
    }
  }

  private setTargets(deployment: Deployment, state: TargetState): void {
    for (const task of this.runningTasksOf(deployment)) this.setTarget(task, state)
  }

  /** Stops a task; its target leaves the group at once. */
  private stop(task: Task, reason: string, stopCode: string): void {
    this.stopTask(task, reason, stopCode)
    this.deregister(task)
  }

  private crashOne(deployment: Deployment): void {
    const [task] = this.runningTasksOf(deployment)
    this.stop(task, 'Essential container in task exited', 'EssentialContainerExited')
    task.containers = [
      {
        name: 'web',
        lastStatus: 'STOPPED',
        exitCode: 137,
        reason: 'OutOfMemoryError: Container killed due to memory usage'
      }
    ]
    deployment.failedTasks = 1
    this.event(
      this.service,
      `(service web) has stopped 1 running tasks: (task ${task.taskArn!.split('/').pop()}).`
    )
  }

  private complete(deployment: Deployment): void {
    deployment.rolloutState = 'COMPLETED'
    deployment.rolloutStateReason = 'ECS deployment completed.'
    for (const old of this.deploymentsNow().filter((other) => other !== deployment)) {
      for (const task of this.runningTasksOf(old)) {
        this.stop(
          task,
          `Scaling activity initiated by (deployment ${deployment.id})`,
          'ServiceSchedulerInitiated'
        )
      }
    }
    this.service.deployments = [deployment]
    this.service.runningCount = deployment.runningCount
    this.event(this.service, '(service web) has reached a steady state.')
  }

  private tripBreaker(deployment: Deployment): void {
    deployment.rolloutState = 'FAILED'
    deployment.rolloutStateReason = 'ECS deployment circuit breaker: tasks failed to start.'
    deployment.failedTasks = 3
    const breaker = this.service.deploymentConfiguration?.deploymentCircuitBreaker
    if (!breaker?.rollback) return
    const previous = this.deploymentsNow().find(
      (other) => other !== deployment && other.rolloutState === 'COMPLETED'
    )
    if (previous) this.startDeployment(this.service, previous.taskDefinition!)
  }
}
