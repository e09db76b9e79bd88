/**
 * The preflight of a release: before the first change, with read-only calls, what would make the new version fail
 * to start (its images, secrets, roles and log groups missing; a load balancer port it lacks; a size Fargate does
 * not offer) refuses the release in one line, and what the release changes is said in the log and the summary.
 * Each look-up's right is optional: without it, one warning names the check skipped and the right, and the
 * release goes on. Every deploy reaches it through `registerVersion` (src/service/service.ts).
 */
import type { LoadBalancer, TaskDefinition } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../aws/ecs.ts'
import { familyOf, type NewVersion } from '../aws/task-definition.ts'
import { InputError, oneLine } from '../core/errors.ts'
import type { Log } from '../core/log.ts'
import type { Right } from '../iam/right.ts'
import {
  checkImages,
  checkLogGroups,
  checkParameters,
  checkRoles,
  checkSecrets
} from '../iam/preflight-rights.ts'
import { revisionOf } from '../state/revision.ts'
import { taskDefinitionDiff } from './diff.ts'
import { onFargate, portProblems, sizeProblems } from './fit.ts'
import type { LookupsPort } from './lookups.ts'
import { referencesOf, type References } from './references.ts'

/** A version about to be deployed to a service. */
export interface Release {
  cluster: string
  /** What the checks read of the service (a ServiceSnapshot). */
  service: { name: string; taskDefinition: string; loadBalancers: LoadBalancer[]; launchType?: string }
  plan: NewVersion
  /** The task definition that serves now, which the diff compares with (default: the service's). */
  serving?: string
}

/** One kind of look-up: the right it needs, what it checks (for messages), and the problems it finds. */
type Lookup = { right: Right; what: string; run: () => Promise<string[]> }

const isDenied = (error: unknown) =>
  error instanceof Error &&
  (['AccessDeniedException', 'AccessDenied'].includes(error.name) ||
    (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 403)

export class Preflight {
  /** The diff of the last release checked, for the job summary. */
  readonly changes: string[] = []
  /** What was released (the cluster and the family), once a release was seen. */
  released?: { cluster: string; family: string }
  private readonly lookups: LookupsPort
  private readonly checks: boolean
  private readonly log: Log

  /** `checks: false` (the input `preflight: false`) skips the checks; the diff is still said. */
  constructor(lookups: LookupsPort, checks: boolean, log: Log) {
    this.lookups = lookups
    this.checks = checks
    this.log = log
  }

  /** Says what the release changes, then checks it; throws an InputError naming every problem found. */
  async check(ecs: EcsPort, release: Release): Promise<void> {
    const next =
      'register' in release.plan
        ? (release.plan.register as TaskDefinition)
        : (await ecs.describeTaskDefinition(release.plan.arn)).taskDefinition
    const nextName = 'arn' in release.plan ? revisionOf(release.plan.arn) : `${next.family} (new revision)`
    this.released = { cluster: release.cluster, family: next.family ?? familyOf(nextName) }
    await this.sayChanges(ecs, release.serving ?? release.service.taskDefinition, next)
    if (!this.checks) {
      this.log.info('preflight: skipped (preflight: false)')
      return
    }
    const fargate = onFargate(release.service.launchType, next)
    const problems = [...portProblems(release.service.loadBalancers, next), ...sizeProblems(next, fargate)]
    const references = referencesOf(next)
    for (const { container, ref } of references.elsewhere) {
      this.log.debug(`preflight: image ${ref} of container ${container} is not in Amazon ECR: not checked`)
    }
    const lookups = this.lookupsOf(references)
    const found = await Promise.all(lookups.map((lookup) => this.run(lookup)))
    problems.push(...found.flatMap((problem) => problem ?? []))
    if (problems.length > 0) {
      throw new InputError(
        `preflight refused ${nextName} for service ${release.service.name}: ${problems.join('; ')}; nothing was deployed`
      )
    }
    const checked = lookups.filter((_, index) => found[index] !== undefined).map((lookup) => lookup.what)
    this.log.info(
      `preflight: ${nextName} passed (checked ${['ports, CPU and memory', ...checked].join('; ')})`
    )
  }

  private async sayChanges(ecs: EcsPort, servingArn: string, next: TaskDefinition): Promise<void> {
    const against = revisionOf(servingArn)
    try {
      const serving = (await ecs.describeTaskDefinition(servingArn)).taskDefinition
      const lines = taskDefinitionDiff(serving, next)
      this.changes.splice(0, this.changes.length, ...(lines.length > 0 ? lines : ['no change']))
      this.changes.unshift(`against ${against}:`)
      for (const line of lines) this.log.info(`changes against ${against}: ${line}`)
      if (lines.length === 0) this.log.info(`changes against ${against}: none (the same task definition)`)
    } catch (error) {
      this.log.warning(
        `what the release changes is not shown: ${against} could not be read (${oneLine(error)})`
      )
    }
  }

  /**
   * Runs one look-up: its problems, or `undefined` when it could not look (a missing right is one warning, another
   * error one warning too: the release goes on).
   */
  private async run(lookup: Lookup): Promise<string[] | undefined> {
    try {
      return await lookup.run()
    } catch (error) {
      const right = `${lookup.right.actions.join(', ')} (right ${lookup.right.sid})`
      this.log.warning(
        isDenied(error)
          ? `preflight: ${lookup.what} not checked: ${right} is not granted; grant it to check before deploying`
          : `preflight: ${lookup.what} not checked: ${oneLine(error)}`
      )
      return undefined
    }
  }

  private lookupsOf(references: References): Lookup[] {
    const { lookups } = this
    const secrets = references.secrets.filter((s) => s.ref.store === 'secretsmanager')
    const parameters = references.secrets.filter((s) => s.ref.store === 'ssm')
    const each = <T>(
      items: T[],
      right: Right,
      what: string,
      problem: (item: T) => Promise<string | undefined>
    ) =>
      items.length === 0
        ? []
        : [
            {
              right,
              what,
              run: async () => (await Promise.all(items.map(problem))).filter((p) => p !== undefined)
            }
          ]
    return [
      ...each(references.images, checkImages, 'images in Amazon ECR', async ({ container, ref }) =>
        (await lookups.imageExists(ref))
          ? undefined
          : `container ${container}: image ${ref.uri} is not in Amazon ECR`
      ),
      ...each(secrets, checkSecrets, 'secrets in Secrets Manager', async ({ container, as, ref }) =>
        ref.store === 'secretsmanager' && !(await lookups.secretExists(ref.id, ref.region))
          ? `container ${container}: secret ${as} from ${ref.id} does not exist in Secrets Manager`
          : undefined
      ),
      ...each(
        parameters,
        checkParameters,
        'parameters in SSM Parameter Store',
        async ({ container, as, ref }) =>
          ref.store === 'ssm' && (await lookups.missingParameters([ref.name], ref.region)).length > 0
            ? `container ${container}: secret ${as} from ${ref.name} does not exist in SSM Parameter Store`
            : undefined
      ),
      ...each(references.roles, checkRoles, 'roles', async ({ kind, arn, name }) =>
        (await lookups.roleExists(name)) ? undefined : `the ${kind} role ${arn} does not exist`
      ),
      ...each(references.logGroups, checkLogGroups, 'log groups', async ({ container, ref }) =>
        (await lookups.logGroupExists(ref.name, ref.region))
          ? undefined
          : `container ${container}: log group ${ref.name} does not exist (and awslogs-create-group is not true)`
      )
    ]
  }
}
