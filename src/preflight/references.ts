/**
 * What a task definition refers to outside itself, read from it alone: images in Amazon ECR, secrets in Secrets
 * Manager or SSM Parameter Store, roles, and log groups; each with the container that names it, for messages.
 */
import type { ContainerDefinition, TaskDefinition } from '@aws-sdk/client-ecs'

/** An image in Amazon ECR: `<account>.dkr.ecr.<region>.amazonaws.com/<repository>[:tag][@digest]`. */
export interface EcrImage {
  uri: string
  account: string
  region: string
  repository: string
  tag: string
  digest?: string
}

/** A secret's source: Secrets Manager (the secret's ARN, without a JSON key or version) or SSM (a name or ARN). */
export type SecretSource =
  { store: 'secretsmanager'; id: string; region?: string } | { store: 'ssm'; name: string; region?: string }

export interface Named<T> {
  container: string
  /** What the container calls it (the secret's variable name), when it differs from the thing itself. */
  as?: string
  ref: T
}

export interface References {
  images: Named<EcrImage>[]
  /** Images not in ECR (another registry): not checked. */
  elsewhere: Named<string>[]
  secrets: Named<SecretSource>[]
  roles: { kind: 'task' | 'execution'; arn: string; name: string }[]
  logGroups: Named<{ name: string; region?: string }>[]
}

const ECR_IMAGE =
  /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)(?::([^@]+))?(?:@(.+))?$/

export function ecrImage(uri: string): EcrImage | undefined {
  const match = ECR_IMAGE.exec(uri)
  if (!match) return undefined
  const [, account, region, repository, tag, digest] = match
  return { uri, account, region, repository, tag: tag ?? 'latest', digest }
}

const SECRET_ARN = /^(arn:aws[a-z-]*:secretsmanager:([a-z0-9-]+):\d{12}:secret:[^:]+)(?::.*)?$/
const PARAMETER_ARN = /^arn:aws[a-z-]*:ssm:([a-z0-9-]+):\d{12}:parameter\/.+$/

/** Where `valueFrom` points: a JSON key or version suffix of a secret's ARN is not part of the secret. */
export function secretSource(valueFrom: string): SecretSource {
  const secret = SECRET_ARN.exec(valueFrom)
  if (secret) return { store: 'secretsmanager', id: secret[1], region: secret[2] }
  const parameter = PARAMETER_ARN.exec(valueFrom)
  return { store: 'ssm', name: valueFrom, region: parameter?.[1] }
}

const roleName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1)

export function referencesOf(taskDefinition: TaskDefinition): References {
  const found: References = { images: [], elsewhere: [], secrets: [], roles: [], logGroups: [] }
  for (const container of taskDefinition.containerDefinitions ?? []) {
    const name = container.name ?? '?'
    const image = container.image ?? ''
    const ecr = ecrImage(image)
    if (ecr) found.images.push({ container: name, ref: ecr })
    else found.elsewhere.push({ container: name, ref: image })
    for (const secret of container.secrets ?? []) {
      if (secret.valueFrom) {
        found.secrets.push({ container: name, as: secret.name, ref: secretSource(secret.valueFrom) })
      }
    }
    const group = awslogsGroup(container)
    if (group) found.logGroups.push({ container: name, ref: group })
  }
  for (const [kind, arn] of [
    ['task', taskDefinition.taskRoleArn],
    ['execution', taskDefinition.executionRoleArn]
  ] as const) {
    if (arn) found.roles.push({ kind, arn, name: roleName(arn) })
  }
  return found
}

/** The awslogs group a container writes to, unless the driver creates it (`awslogs-create-group: true`). */
function awslogsGroup(container: ContainerDefinition): { name: string; region?: string } | undefined {
  const { logDriver, options = {} } = container.logConfiguration ?? {}
  const name = options['awslogs-group']
  if (logDriver !== 'awslogs' || !name || options['awslogs-create-group'] === 'true') return undefined
  return { name, region: options['awslogs-region'] }
}
