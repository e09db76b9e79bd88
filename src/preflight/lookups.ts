/**
 * The read-only look-ups of the preflight, over the SDK clients of ECR, Secrets Manager, SSM, IAM and CloudWatch
 * Logs: each says whether a thing exists (a "not found" answer is `false`); any other error, AccessDenied included,
 * is thrown for the caller to judge. A resource of another region is looked up in its region (the clients of a
 * region are made when first needed).
 */
import { DescribeImagesCommand, ECRClient } from '@aws-sdk/client-ecr'
import { DescribeSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { GetParametersCommand, SSMClient } from '@aws-sdk/client-ssm'
import { GetRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs'
import type { EcrImage } from './references.ts'

export interface LookupsPort {
  imageExists(image: EcrImage): Promise<boolean>
  secretExists(secretId: string, region?: string): Promise<boolean>
  /** The names or ARNs (at most 10) that are not parameters. */
  missingParameters(names: string[], region?: string): Promise<string[]>
  roleExists(name: string): Promise<boolean>
  logGroupExists(name: string, region?: string): Promise<boolean>
}

/** What the look-ups' clients are configured with (the run's region, retries). */
export type ClientConfig = { region?: string; retryMode?: string; maxAttempts?: number }

const NOT_FOUND = new Set([
  'ImageNotFoundException',
  'RepositoryNotFoundException',
  'ResourceNotFoundException',
  'NoSuchEntityException'
])

const isNotFound = (error: unknown) => error instanceof Error && NOT_FOUND.has(error.name)

async function exists(call: Promise<unknown>): Promise<boolean> {
  try {
    await call
    return true
  } catch (error) {
    if (isNotFound(error)) return false
    throw error
  }
}

/** One client per region, made when first asked for. */
function byRegion<Client>(config: ClientConfig, make: (config: ClientConfig) => Client) {
  const clients = new Map<string, Client>()
  return (region: string | undefined): Client => {
    const key = region ?? ''
    let client = clients.get(key)
    if (!client) {
      client = make(region ? { ...config, region } : config)
      clients.set(key, client)
    }
    return client
  }
}

export function lookupsPort(config: ClientConfig): LookupsPort {
  const ecr = byRegion(config, (c) => new ECRClient(c))
  const secrets = byRegion(config, (c) => new SecretsManagerClient(c))
  const ssm = byRegion(config, (c) => new SSMClient(c))
  const logs = byRegion(config, (c) => new CloudWatchLogsClient(c))
  const iam = new IAMClient(config)
  return {
    imageExists: (image) =>
      exists(
        ecr(image.region).send(
          new DescribeImagesCommand({
            registryId: image.account,
            repositoryName: image.repository,
            imageIds: [image.digest ? { imageDigest: image.digest } : { imageTag: image.tag }]
          })
        )
      ),
    secretExists: (secretId, region) =>
      exists(secrets(region).send(new DescribeSecretCommand({ SecretId: secretId }))),
    async missingParameters(names, region) {
      const output = await ssm(region).send(new GetParametersCommand({ Names: names }))
      return output.InvalidParameters ?? []
    },
    roleExists: (name) => exists(iam.send(new GetRoleCommand({ RoleName: name }))),
    async logGroupExists(name, region) {
      const output = await logs(region).send(new DescribeLogGroupsCommand({ logGroupNamePrefix: name }))
      return (output.logGroups ?? []).some((group) => group.logGroupName === name)
    }
  }
}
