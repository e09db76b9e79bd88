/**
 * Versions as people name them: the image and tag of each container (`shop/web:2.1.0`), with the task definition
 * revision beside it (`web:6`), and what changed between two revisions.
 */
import type { EcsPort } from '../aws/ecs.ts'

export interface Container {
  name: string
  image: string
}

/** The containers of each task definition revision read, by ARN. */
export type Images = Record<string, Container[]>

/**
 * The containers of each revision, read once each (the port keeps revisions it already described); a revision that
 * cannot be read is left out, and the summary names it by its revision alone.
 */
export async function readImages(
  ecs: Pick<EcsPort, 'describeTaskDefinition'>,
  arns: (string | undefined)[]
): Promise<Images> {
  const images: Images = {}
  for (const arn of new Set(arns.filter((given): given is string => !!given))) {
    try {
      const { taskDefinition } = await ecs.describeTaskDefinition(arn)
      images[arn] = (taskDefinition.containerDefinitions ?? []).map((container) => ({
        name: container.name ?? '?',
        image: container.image ?? '?'
      }))
    } catch {
      // The revision stays named by its ARN.
    }
  }
  return images
}

/** `arn:...:task-definition/web:6` -> `web:6` */
export function revisionOf(arn: string): string {
  return arn.replace(/^arn:[^:]+:ecs:[^:]*:\d*:task-definition\//, '')
}

/**
 * An image as people say it: without the registry host (`1234.dkr.ecr.../shop/web:2.1.0` is `shop/web:2.1.0`) and
 * with a digest cut to 12 hex digits.
 */
export function imageName(image: string): string {
  const parts = image.split('/')
  const host = parts.length > 1 && /[.:]|^localhost$/.test(parts[0])
  const name = host ? parts.slice(1).join('/') : image
  return name.replace(/@(sha256:[0-9a-f]{12})[0-9a-f]+$/, '@$1')
}

/** `shop/web:2.1.0` (one container), `app shop/web:2.1.0, proxy envoy:1.30` (several); the revision when unread. */
export function versionName(arn: string, images: Images): string {
  const containers = images[arn]
  if (!containers || containers.length === 0) return revisionOf(arn)
  if (containers.length === 1) return imageName(containers[0].image)
  return containers.map((container) => `${container.name} ${imageName(container.image)}`).join(', ')
}

/**
 * From one revision to another in Markdown: the containers whose image changed (`shop/web:2.0.0` → `shop/web:2.1.0`),
 * each by name when there are several, then the revisions (`task definition web:5 → web:6`).
 */
export function versionChange(from: string | undefined, to: string, images: Images): string {
  const revisions =
    from && from !== to
      ? `task definition \`${revisionOf(from)}\` → \`${revisionOf(to)}\``
      : `task definition \`${revisionOf(to)}\``
  const after = images[to]
  const before = from ? images[from] : undefined
  if (!after)
    return from && from !== to ? `\`${revisionOf(from)}\` → \`${revisionOf(to)}\`` : `\`${revisionOf(to)}\``
  if (!before || !from || from === to)
    return `\`${versionName(to, images)}\` · ${revisions}${from === to ? ' (the same revision)' : ''}`
  const named = after.length > 1
  const changed = after.flatMap((container) => {
    const was = before.find((old) => old.name === container.name)
    if (was?.image === container.image) return []
    const label = named ? `${container.name}: ` : ''
    return [
      was
        ? `${label}\`${imageName(was.image)}\` → \`${imageName(container.image)}\``
        : `${label}\`${imageName(container.image)}\` (new container)`
    ]
  })
  const same = after.length - changed.length
  if (changed.length === 0) return `\`${versionName(to, images)}\` (images unchanged) · ${revisions}`
  const rest = named && same > 0 ? ` (${same} other container${same > 1 ? 's' : ''} unchanged)` : ''
  return `${changed.join(', ')}${rest} · ${revisions}`
}
