/**
 * What can be checked from the task definition and the service alone, without a call: the service's load
 * balancers name a container and port the new version has (else `UpdateService` refuses it), and CPU and memory
 * are a combination Fargate offers and that the containers fit in.
 */
import type { LoadBalancer, TaskDefinition } from '@aws-sdk/client-ecs'

/** Fargate's task sizes: CPU units, and the memory (MiB) each allows, from AWS's table. */
const FARGATE_SIZES: { cpu: number; memory: number[] }[] = [
  { cpu: 256, memory: [512, 1024, 2048] },
  { cpu: 512, memory: steps(1024, 4096, 1024) },
  { cpu: 1024, memory: steps(2048, 8192, 1024) },
  { cpu: 2048, memory: steps(4096, 16384, 1024) },
  { cpu: 4096, memory: steps(8192, 30720, 1024) },
  { cpu: 8192, memory: steps(16384, 61440, 4096) },
  { cpu: 16384, memory: steps(32768, 122880, 8192) }
]

function steps(from: number, to: number, by: number): number[] {
  return Array.from({ length: (to - from) / by + 1 }, (_, index) => from + index * by)
}

/** `1024`, `1 vCPU`, `0.25 vcpu` as CPU units; `2048`, `2 GB`, `2GB` as MiB (undefined when not a size). */
export function units(value: string | undefined, unit: 'vcpu' | 'gb'): number | undefined {
  if (!value) return undefined
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value)
  if (!match) return undefined
  const number = Number(match[1])
  if (match[2] === '') return number
  return match[2].toLowerCase() === unit ? Math.round(number * 1024) : undefined
}

/** Whether the service runs on Fargate: its launch type, else what the revision requires. */
export function onFargate(launchType: string | undefined, taskDefinition: TaskDefinition): boolean {
  if (launchType) return launchType === 'FARGATE'
  return taskDefinition.requiresCompatibilities?.includes('FARGATE') ?? false
}

/** The service's load balancer entries the revision has no container or port for, each as one fact. */
export function portProblems(loadBalancers: LoadBalancer[], taskDefinition: TaskDefinition): string[] {
  const problems: string[] = []
  for (const { containerName, containerPort } of loadBalancers) {
    if (!containerName || containerPort === undefined) continue
    const container = taskDefinition.containerDefinitions?.find((found) => found.name === containerName)
    const sends = `the service's load balancer sends traffic to ${containerName}:${containerPort}`
    if (!container) {
      problems.push(`no container is named ${containerName}, but ${sends}`)
      continue
    }
    const ports = (container.portMappings ?? []).map((mapping) => mapping.containerPort)
    if (!ports.includes(containerPort)) {
      const maps = ports.length > 0 ? `it maps ${ports.join(', ')}` : 'it maps no port'
      problems.push(`container ${containerName} has no port ${containerPort} (${maps}), but ${sends}`)
    }
  }
  return problems
}

/** CPU and memory Fargate would refuse, and containers that ask for more than the task has. */
export function sizeProblems(taskDefinition: TaskDefinition, fargate: boolean): string[] {
  const problems: string[] = []
  const cpu = units(taskDefinition.cpu, 'vcpu')
  const memory = units(taskDefinition.memory, 'gb')
  if (fargate) {
    const size = FARGATE_SIZES.find((candidate) => candidate.cpu === cpu)
    if (cpu === undefined || memory === undefined) {
      problems.push(
        `Fargate needs the task's cpu and memory (cpu ${taskDefinition.cpu ?? 'none'}, memory ${taskDefinition.memory ?? 'none'})`
      )
    } else if (!size) {
      problems.push(
        `Fargate offers no task of cpu ${taskDefinition.cpu} (${FARGATE_SIZES.map((s) => s.cpu).join(', ')} units)`
      )
    } else if (!size.memory.includes(memory)) {
      const [low, high] = [size.memory[0], size.memory[size.memory.length - 1]]
      problems.push(
        `Fargate offers no task of cpu ${taskDefinition.cpu} with memory ${taskDefinition.memory} (${low} to ${high} MiB${size.memory.length > 3 ? ` in steps of ${size.memory[1] - size.memory[0]}` : `: ${size.memory.join(', ')}`})`
      )
    }
  }
  const containers = taskDefinition.containerDefinitions ?? []
  if (memory !== undefined) {
    for (const container of containers) {
      const asked = container.memory ?? container.memoryReservation
      if (asked !== undefined && asked > memory) {
        problems.push(
          `container ${container.name} asks for ${asked} MiB of memory, more than the task's ${memory} MiB`
        )
      }
    }
    const total = containers.reduce((sum, c) => sum + (c.memoryReservation ?? c.memory ?? 0), 0)
    if (total > memory && containers.length > 1) {
      problems.push(
        `the containers reserve ${total} MiB of memory together, more than the task's ${memory} MiB`
      )
    }
  }
  const cpus = containers.reduce((sum, container) => sum + (container.cpu ?? 0), 0)
  if (cpu !== undefined && cpus > cpu) {
    problems.push(`the containers ask for ${cpus} CPU units together, more than the task's ${cpu}`)
  }
  return problems
}
