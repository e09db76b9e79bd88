/**
 * The emulated Amazon ECR: repositories and the images pushed to them (by tag and by digest). What a task's image
 * names in this account and region must be here for the task to start (see start-check.ts).
 */
import { createHash } from 'node:crypto'
import type { ApiService, ServiceDeps } from '../core/contracts.ts'
import { AwsError } from '../core/errors.ts'
import { operations, required } from './operations.ts'

interface ImageRecord {
  digest: string
  tags: Set<string>
  manifest: string
  mediaType: string
  pushedAt: Date
}

interface RepositoryRecord {
  name: string
  arn: string
  uri: string
  createdAt: Date
  images: Map<string, ImageRecord>
}

export interface ImageId {
  imageTag?: string
  imageDigest?: string
}

const MANIFEST_TYPE = 'application/vnd.docker.distribution.manifest.v2+json'

export class EcrService implements ApiService {
  private readonly deps: ServiceDeps
  private readonly repositories = new Map<string, RepositoryRecord>()
  readonly handle = operations({
    CreateRepository: (input) => this.createRepository(required(input, 'repositoryName')),
    PutImage: (input) => this.putImage(input),
    DescribeImages: (input) => this.describeImages(input),
    BatchGetImage: (input) => this.batchGetImage(input),
    DescribeRepositories: (input) => ({
      repositories: (input.repositoryNames ?? [...this.repositories.keys()]).map((name: string) =>
        this.view(this.repository(name))
      )
    })
  })

  constructor(deps: ServiceDeps) {
    this.deps = deps
  }

  /** `<account>.dkr.ecr.<region>.amazonaws.com`, the host of this registry's image URIs. */
  get registryHost(): string {
    const { accountId, region } = this.deps.account
    return `${accountId}.dkr.ecr.${region}.amazonaws.com`
  }

  /** The repository and image an image URI names, when it names this registry: `undefined` otherwise. */
  parse(image: string): { repository: string; id: ImageId } | undefined {
    const prefix = `${this.registryHost}/`
    if (!image.startsWith(prefix)) return undefined
    const rest = image.slice(prefix.length)
    const at = rest.indexOf('@')
    if (at >= 0) return { repository: rest.slice(0, at), id: { imageDigest: rest.slice(at + 1) } }
    const colon = rest.lastIndexOf(':')
    return colon > 0
      ? { repository: rest.slice(0, colon), id: { imageTag: rest.slice(colon + 1) } }
      : { repository: rest, id: { imageTag: 'latest' } }
  }

  /** Whether the repository holds the image (for the task start check). */
  has(repository: string, id: ImageId): 'yes' | 'no-repository' | 'no-image' {
    const found = this.repositories.get(repository)
    if (!found) return 'no-repository'
    return this.find(found, id) ? 'yes' : 'no-image'
  }

  stop(): void {}

  private createRepository(name: string) {
    if (this.repositories.has(name)) {
      throw new AwsError(
        'RepositoryAlreadyExistsException',
        `The repository with name '${name}' already exists in the registry with id '${this.deps.account.accountId}'`
      )
    }
    const { accountId, region } = this.deps.account
    const repository: RepositoryRecord = {
      name,
      arn: `arn:aws:ecr:${region}:${accountId}:repository/${name}`,
      uri: `${this.registryHost}/${name}`,
      createdAt: this.deps.time.now(),
      images: new Map()
    }
    this.repositories.set(name, repository)
    return { repository: this.view(repository) }
  }

  private putImage(input: any) {
    const repository = this.repository(required(input, 'repositoryName'))
    const manifest = required(input, 'imageManifest')
    const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`
    if (input.imageDigest && input.imageDigest !== digest) {
      throw new AwsError('ImageDigestDoesNotMatchException', 'The digest of the manifest does not match')
    }
    const image = repository.images.get(digest) ?? {
      digest,
      tags: new Set<string>(),
      manifest,
      mediaType: input.imageManifestMediaType ?? MANIFEST_TYPE,
      pushedAt: this.deps.time.now()
    }
    if (input.imageTag) {
      // A tag names one image: pushing it again moves it.
      for (const other of repository.images.values()) other.tags.delete(input.imageTag)
      image.tags.add(input.imageTag)
    }
    repository.images.set(digest, image)
    return { image: this.imageView(repository, image, input.imageTag) }
  }

  private describeImages(input: any) {
    const repository = this.repository(required(input, 'repositoryName'))
    const ids: ImageId[] | undefined = input.imageIds
    const images = ids
      ? ids.map((id) => {
          const image = this.find(repository, id)
          if (!image) {
            throw new AwsError(
              'ImageNotFoundException',
              `The image with imageId {imageDigest:'${id.imageDigest ?? 'null'}', imageTag:'${id.imageTag ?? 'null'}'} does not exist within the repository with name '${repository.name}' in the registry with id '${this.deps.account.accountId}'`
            )
          }
          return image
        })
      : [...repository.images.values()]
    return {
      imageDetails: images.map((image) => ({
        registryId: this.deps.account.accountId,
        repositoryName: repository.name,
        imageDigest: image.digest,
        imageTags: image.tags.size > 0 ? [...image.tags] : undefined,
        imageSizeInBytes: image.manifest.length,
        imagePushedAt: image.pushedAt,
        imageManifestMediaType: image.mediaType
      }))
    }
  }

  private batchGetImage(input: any) {
    const repository = this.repository(required(input, 'repositoryName'))
    const images = []
    const failures = []
    for (const id of (input.imageIds ?? []) as ImageId[]) {
      const image = this.find(repository, id)
      if (image) images.push(this.imageView(repository, image, id.imageTag))
      else
        failures.push({
          imageId: id,
          failureCode: 'ImageNotFound',
          failureReason: 'Requested image not found'
        })
    }
    return { images, failures }
  }

  private find(repository: RepositoryRecord, id: ImageId): ImageRecord | undefined {
    if (id.imageDigest) {
      const image = repository.images.get(id.imageDigest)
      return image && (!id.imageTag || image.tags.has(id.imageTag)) ? image : undefined
    }
    return [...repository.images.values()].find((image) => id.imageTag && image.tags.has(id.imageTag))
  }

  private repository(name: string): RepositoryRecord {
    const found = this.repositories.get(name)
    if (!found) {
      throw new AwsError(
        'RepositoryNotFoundException',
        `The repository with name '${name}' does not exist in the registry with id '${this.deps.account.accountId}'`
      )
    }
    return found
  }

  private view(repository: RepositoryRecord) {
    return {
      repositoryArn: repository.arn,
      registryId: this.deps.account.accountId,
      repositoryName: repository.name,
      repositoryUri: repository.uri,
      createdAt: repository.createdAt,
      imageTagMutability: 'MUTABLE'
    }
  }

  private imageView(repository: RepositoryRecord, image: ImageRecord, tag?: string) {
    return {
      registryId: this.deps.account.accountId,
      repositoryName: repository.name,
      imageId: { imageDigest: image.digest, imageTag: tag },
      imageManifest: image.manifest,
      imageManifestMediaType: image.mediaType
    }
  }
}
