/**
 * Why a task cannot start, as ECS words it in the task's `stoppedReason`: a secret or parameter it cannot
 * retrieve (`ResourceInitializationError`, before anything is pulled), then an image of this account's ECR that is
 * not there (`CannotPullContainerError`). Images of other registries (the demo images) are not checked.
 */
import type { Account } from '../core/contracts.ts'
import type { EcrService } from './ecr.ts'
import type { SecretsManagerService } from './secrets-manager.ts'
import type { SsmService } from './ssm.ts'

export interface StartCheckDeps {
  account: Account
  ecr: EcrService
  secretsManager: SecretsManagerService
  ssm: SsmService
}

/** The container definitions of a task's task definition (the members the check reads). */
export interface ContainerSpec {
  image?: string
  secrets?: { name?: string; valueFrom?: string }[]
}

const SECRETS_FAILED =
  'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed'

export function startCheck(deps: StartCheckDeps): (containers: ContainerSpec[]) => string | undefined {
  return (containers) => {
    for (const container of containers) {
      const missing = missingSecret(deps, container)
      if (missing) return missing
    }
    for (const container of containers) {
      const missing = missingImage(deps, container.image ?? '')
      if (missing) return missing
    }
    return undefined
  }
}

function missingSecret(deps: StartCheckDeps, container: ContainerSpec): string | undefined {
  const { region, accountId } = deps.account
  for (const secret of container.secrets ?? []) {
    const from = secret.valueFrom ?? ''
    const managed = /^arn:aws:secretsmanager:([^:]*):([^:]*):secret:([^:]+)/.exec(from)
    if (managed) {
      if (managed[1] !== region || managed[2] !== accountId) continue
      const arn = managed[0]
      if (!deps.secretsManager.find(arn)) {
        return `${SECRETS_FAILED}: unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret ${arn} from secrets manager: ResourceNotFoundException: Secrets Manager can't find the specified secret. status code: 400`
      }
      continue
    }
    const parameter = /^arn:aws:ssm:([^:]*):([^:]*):parameter/.exec(from)
    if (parameter && (parameter[1] !== region || parameter[2] !== accountId)) continue
    if (!deps.ssm.find(from)) {
      return `${SECRETS_FAILED}: unable to retrieve secrets from ssm: service call has been retried 1 time(s): invalid ssm parameters: ${from}`
    }
  }
  return undefined
}

function missingImage(deps: StartCheckDeps, image: string): string | undefined {
  const named = deps.ecr.parse(image)
  if (!named) return undefined
  const found = deps.ecr.has(named.repository, named.id)
  if (found === 'yes') return undefined
  const ref =
    image.includes('@') || image.slice(image.lastIndexOf('/')).includes(':') ? image : `${image}:latest`
  const why =
    found === 'no-repository'
      ? 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed'
      : `${ref}: not found`
  return `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${ref}: ${why}`
}
