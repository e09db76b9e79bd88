/**
 * What a release changes, as a few lines a reviewer reads: the new task definition against the one serving, per
 * container its image, environment variable names (values only of plain variables, and cut), secrets by name,
 * ports and health check; for the task its CPU, memory and roles.
 */
import type { ContainerDefinition, KeyValuePair, TaskDefinition } from '@aws-sdk/client-ecs'

const VALUE_CHARS = 40

const cut = (value: string) => (value.length > VALUE_CHARS ? `${value.slice(0, VALUE_CHARS)}...` : value)

/** `a -> b` when they differ (`none` for a missing value). */
function change(label: string, before: unknown, after: unknown): string[] {
  const [was, now] = [shown(before), shown(after)]
  return was === now ? [] : [`${label} ${was} -> ${now}`]
}

const shown = (value: unknown) =>
  value === undefined || value === null || value === ''
    ? 'none'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value)

function byName(
  pairs: { name?: string }[] | undefined
): Map<string, { name?: string; value?: string; valueFrom?: string }> {
  return new Map((pairs ?? []).map((pair) => [pair.name ?? '', pair]))
}

/** Added, removed and changed names; values of plain variables are shown (cut), a secret's never. */
function named(
  label: string,
  before: KeyValuePair[] | undefined,
  after: KeyValuePair[] | undefined,
  values: boolean
) {
  const [was, now] = [byName(before), byName(after)]
  const parts: string[] = []
  const show = (entry?: { value?: string }) => (values ? `=${cut(entry?.value ?? '')}` : '')
  for (const [name, entry] of now) {
    const old = was.get(name)
    if (!old) parts.push(`+${name}${show(entry)}`)
    else if ((old.value ?? old.valueFrom) !== (entry.value ?? entry.valueFrom))
      parts.push(`~${name}${show(entry)}`)
  }
  for (const name of was.keys()) if (!now.has(name)) parts.push(`-${name}`)
  return parts.length > 0 ? [`${label} ${parts.join(' ')}`] : []
}

function containerChanges(before: ContainerDefinition, after: ContainerDefinition): string[] {
  const ports = (c: ContainerDefinition) =>
    (c.portMappings ?? [])
      .map((m) => `${m.containerPort}${m.protocol && m.protocol !== 'tcp' ? `/${m.protocol}` : ''}`)
      .join(', ')
  return [
    ...change('image', before.image, after.image),
    ...named('environment', before.environment, after.environment, true),
    ...named('secrets', before.secrets as KeyValuePair[], after.secrets as KeyValuePair[], false),
    ...change('ports', ports(before), ports(after)),
    // DescribeTaskDefinition answers 0 for a container that sets no CPU.
    ...change('cpu', before.cpu || undefined, after.cpu || undefined),
    ...change('memory', before.memory ?? before.memoryReservation, after.memory ?? after.memoryReservation),
    ...(JSON.stringify(before.healthCheck ?? null) === JSON.stringify(after.healthCheck ?? null)
      ? []
      : [`health check ${after.healthCheck?.command?.join(' ') ?? 'removed'}`])
  ]
}

/** The lines of the diff; empty when nothing that it shows changed. */
export function taskDefinitionDiff(serving: TaskDefinition, next: TaskDefinition): string[] {
  const lines: string[] = []
  const task = [
    ...change('cpu', serving.cpu, next.cpu),
    ...change('memory', serving.memory, next.memory),
    ...change('task role', serving.taskRoleArn, next.taskRoleArn),
    ...change('execution role', serving.executionRoleArn, next.executionRoleArn)
  ]
  if (task.length > 0) lines.push(`task: ${task.join('; ')}`)
  const old = new Map((serving.containerDefinitions ?? []).map((c) => [c.name ?? '', c]))
  for (const container of next.containerDefinitions ?? []) {
    const name = container.name ?? ''
    const before = old.get(name)
    if (!before) {
      lines.push(`container ${name}: added (image ${container.image})`)
      continue
    }
    const changes = containerChanges(before, container)
    if (changes.length > 0) lines.push(`container ${name}: ${changes.join('; ')}`)
  }
  for (const name of old.keys()) {
    if (!(next.containerDefinitions ?? []).some((c) => c.name === name))
      lines.push(`container ${name}: removed`)
  }
  return lines
}
