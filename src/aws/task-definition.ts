import { readFile } from 'node:fs/promises'
import type { Tag, TaskDefinition } from '@aws-sdk/client-ecs'
import { InputError, quote } from '../core/errors.ts'
import type { EcsPort, TaskDefinitionRequest } from './ecs.ts'

/** Where the new version comes from. */
export type TaskDefinitionSource =
  /** A JSON file, as `aws ecs describe-task-definition` or the render-task-definition action writes it. */
  | { kind: 'file'; path: string }
  /** An already registered revision: nothing new is registered. */
  | { kind: 'arn'; arn: string }
  /** The service's current task definition with a new image for one container. */
  | { kind: 'image'; container: string; image: string }
  /** The service's current task definition, unchanged (a forced new deployment). */
  | { kind: 'current' }

/** What deploying needs: a revision to register, or the ARN of an existing one. */
export type NewVersion = { register: TaskDefinitionRequest } | { arn: string }

/** Fields that DescribeTaskDefinition returns but RegisterTaskDefinition does not accept. */
const readOnlyFields = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
  'deleteRequestedAt'
]

/**
 * Resolves the source into a plan with read-only calls only, so that a bad file, a missing revision, an unknown
 * container or another family fails before anything changes. `currentArn` is the service's task definition; a
 * version of another family is refused unless `allowFamilyChange` (deploying `billing` to service `web` is
 * almost always a wrong file or ARN).
 */
export async function chooseVersion(
  source: TaskDefinitionSource,
  currentArn: string,
  ecs: EcsPort,
  allowFamilyChange = false
): Promise<NewVersion> {
  const sameFamily = (input: string, family: string): void => {
    const current = familyOf(currentArn)
    if (allowFamilyChange || family === current) return
    throw new InputError(
      `Invalid input ${input}: its family ${quote(family)} is not the family of the service's task definition ${quote(current)} (${currentArn}); set allow-family-change: true to deploy another family`
    )
  }
  switch (source.kind) {
    case 'file': {
      const register = await readTaskDefinitionFile(source.path)
      sameFamily('task-definition', register.family!)
      return { register }
    }
    case 'arn':
      sameFamily('task-definition-arn', familyOf(source.arn))
      await describeRevision(ecs, source.arn)
      return { arn: source.arn }
    case 'current':
      return { arn: currentArn }
    case 'image': {
      const current = await ecs.describeTaskDefinition(currentArn)
      return {
        register: withImage(toRequest(current.taskDefinition, current.tags), source.container, source.image)
      }
    }
  }
}

/** `arn:...:task-definition/web:12` or `web:12` -> `web` */
export function familyOf(taskDefinition: string): string {
  return taskDefinition.replace(/^arn:[^:]+:ecs:[^:]*:\d*:task-definition\//, '').replace(/:\d+$/, '')
}

/**
 * Why ECS would refuse an image reference, if it would: at most 255 letters, digits, hyphens, underscores,
 * colons, periods, slashes, number signs (and `@` of a digest), nothing else (no spaces, no new lines).
 */
export function imageProblem(image: string): string | undefined {
  if (image.length === 0) return 'is empty'
  if (image.length > 255) return `is ${image.length} characters long; ECS takes at most 255`
  const refused = [...new Set(image.replace(/[A-Za-z0-9\-_:./#@]/g, ''))]
  if (refused.length > 0) {
    const shown = refused.map((char) => JSON.stringify(char)).join(' ')
    return `contains characters ECS refuses in an image reference (${shown})`
  }
  return undefined
}

/** Reads a task definition file; every problem is an InputError naming the `task-definition` input. */
export async function readTaskDefinitionFile(path: string): Promise<TaskDefinitionRequest> {
  const problem = (what: string): InputError =>
    new InputError(`Invalid input task-definition: ${quote(path)}: ${what}`)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw problem(
      code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? (error as Error).message})`
    )
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw problem(`not valid JSON (${(error as Error).message})`)
  }
  if (!isObject(parsed)) throw problem('not a JSON object')
  // `aws ecs describe-task-definition` wraps the definition (and, with --include TAGS, its tags).
  const wrapped = isObject(parsed.taskDefinition)
  const definition = (wrapped ? parsed.taskDefinition : parsed) as Record<string, unknown>
  const tags = wrapped && Array.isArray(parsed.tags) ? (parsed.tags as Tag[]) : undefined
  if (typeof definition.family !== 'string' || definition.family === '') throw problem('"family" is missing')
  const containers = definition.containerDefinitions
  if (!Array.isArray(containers) || containers.length === 0)
    throw problem('"containerDefinitions" is missing or empty')
  containers.forEach((container, index) => {
    if (!isObject(container) || typeof container.name !== 'string' || typeof container.image !== 'string') {
      throw problem(`containerDefinitions[${index}] needs a "name" and an "image"`)
    }
    const refused = imageProblem(container.image)
    if (refused)
      throw problem(`the image of container ${quote(container.name)} ${quote(container.image)} ${refused}`)
  })
  return toRequest(definition as TaskDefinition, tags)
}

/** Drops the read-only fields (and empty tags) of a described task definition. */
export function toRequest(definition: TaskDefinition, tags?: Tag[]): TaskDefinitionRequest {
  const request: Record<string, unknown> = { ...definition }
  for (const field of readOnlyFields) delete request[field]
  if (tags && tags.length > 0) request.tags = tags
  return request as unknown as TaskDefinitionRequest
}

/** The request with a new image for `container`; names the containers that exist when it is not one of them. */
export function withImage(
  request: TaskDefinitionRequest,
  container: string,
  image: string
): TaskDefinitionRequest {
  const containers = request.containerDefinitions ?? []
  if (!containers.some((definition) => definition.name === container)) {
    const names = containers.map((definition) => definition.name).join(', ')
    throw new InputError(
      `Invalid input container: ${quote(container)} is not a container of task definition ${request.family} (containers: ${names})`
    )
  }
  return {
    ...request,
    containerDefinitions: containers.map((definition) =>
      definition.name === container ? { ...definition, image } : definition
    )
  }
}

async function describeRevision(ecs: EcsPort, arn: string): Promise<void> {
  try {
    await ecs.describeTaskDefinition(arn)
  } catch (error) {
    // ECS answers ClientException for a revision that does not exist.
    if ((error as Error).name !== 'ClientException') throw error
    throw new InputError(
      `Invalid input task-definition-arn: ${quote(arn)} cannot be described (${(error as Error).message})`
    )
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether two registration requests describe the same task definition (key order aside). */
export function sameRequest(a: TaskDefinitionRequest, b: TaskDefinitionRequest): boolean {
  return canonical(a) === canonical(b)
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (!isObject(value)) return JSON.stringify(value) ?? 'null'
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort()
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`
}
