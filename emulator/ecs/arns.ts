/** ARNs and identifiers of ECS resources, shaped like AWS's. */
import { randomBytes, randomInt, randomUUID } from 'node:crypto'
import type { Account } from '../core/contracts.ts'
import type { NetworkInterfaceRecord } from './model.ts'

export class EcsArns {
  readonly region: string
  private readonly prefix: string

  constructor(account: Account) {
    this.region = account.region
    this.prefix = `arn:aws:ecs:${account.region}:${account.accountId}`
  }

  cluster(name: string): string {
    return `${this.prefix}:cluster/${name}`
  }

  service(cluster: string, name: string): string {
    return `${this.prefix}:service/${cluster}/${name}`
  }

  task(cluster: string, id: string): string {
    return `${this.prefix}:task/${cluster}/${id}`
  }

  container(cluster: string, taskId: string): string {
    return `${this.prefix}:container/${cluster}/${taskId}/${randomUUID()}`
  }

  /** `<19 digits>` revision ids, as AWS's. */
  serviceRevision(cluster: string, service: string): string {
    let digits = String(randomInt(1, 10))
    while (digits.length < 19) digits += String(randomInt(0, 10))
    return `${this.prefix}:service-revision/${cluster}/${service}/${digits}`
  }

  /** 22 URL-safe characters, as AWS's service deployment ids. */
  serviceDeployment(cluster: string, service: string): string {
    return `${this.prefix}:service-deployment/${cluster}/${service}/${randomBytes(16).toString('base64url')}`
  }

  taskDefinition(family: string, revision: number): string {
    return `${this.prefix}:task-definition/${family}:${revision}`
  }
}

export type EcsResource =
  | { type: 'cluster'; cluster: string }
  | { type: 'service'; cluster: string; name: string }
  | { type: 'task'; cluster: string; id: string }
  | { type: 'task-definition'; family: string; revision: number }

/** Reads an ECS ARN; `undefined` when it is not one this emulator knows. */
export function parseEcsArn(arn: string): EcsResource | undefined {
  const match = /^arn:aws[\w-]*:ecs:[^:]*:\d*:([a-z-]+)\/(.+)$/.exec(arn)
  if (!match) return undefined
  const [, type, rest] = match
  const parts = rest.split('/')
  if (type === 'cluster' && parts.length === 1) return { type, cluster: parts[0] }
  if (type === 'service' && parts.length === 2) return { type, cluster: parts[0], name: parts[1] }
  if (type === 'task' && parts.length === 2) return { type, cluster: parts[0], id: parts[1] }
  const definition = /^([\w-]+):(\d+)$/.exec(rest)
  if (type === 'task-definition' && definition) {
    return { type, family: definition[1], revision: Number(definition[2]) }
  }
  return undefined
}

/** The last path segment of an ARN, or the value itself when it is a plain name or id. */
export function nameOf(nameOrArn: string): string {
  return nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn
}

/** `ecs-svc/` and 19 digits, like AWS deployment ids. */
export function newDeploymentId(): string {
  let digits = String(randomInt(1, 10))
  while (digits.length < 19) digits += String(randomInt(0, 10))
  return `ecs-svc/${digits}`
}

/** Where awsvpc tasks of a service without `networkConfiguration` subnets get their ENI. */
export const DEFAULT_SUBNET_ID = 'subnet-00000000000000000'

/** A new ENI in `subnetId`, with ids and a MAC address shaped like AWS's. */
export function newNetworkInterface(subnetId: string): NetworkInterfaceRecord {
  const hex = (digits: number) =>
    randomBytes(Math.ceil(digits / 2))
      .toString('hex')
      .slice(0, digits)
  // 02 as the first octet: a locally administered unicast address, as EC2's are.
  const mac = ['02', ...(hex(10).match(/../g) ?? [])].join(':')
  return {
    attachmentId: randomUUID(),
    id: `eni-${hex(17)}`,
    macAddress: mac,
    subnetId
  }
}

/** 32 hex digits, like AWS task ids. */
export function newTaskId(): string {
  return randomBytes(16).toString('hex')
}
