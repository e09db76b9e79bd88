/** The preflight of a release: what a task definition refers to, what fits, the diff, the checks, old revisions. */
import { describe, expect, test } from '@jest/globals'
import type { RegisterTaskDefinitionCommandInput, Service, TaskDefinition } from '@aws-sdk/client-ecs'
import type { EcsPort } from '../../src/aws/ecs.ts'
import type { Log } from '../../src/core/log.ts'
import { taskDefinitionDiff } from '../../src/preflight/diff.ts'
import { portProblems, sizeProblems } from '../../src/preflight/fit.ts'
import type { LookupsPort } from '../../src/preflight/lookups.ts'
import { Preflight, type Release } from '../../src/preflight/preflight.ts'
import { ecrImage, referencesOf, secretSource } from '../../src/preflight/references.ts'
import { pruneRevisions, type RevisionsPort } from '../../src/preflight/revisions.ts'
import { stateTags } from '../../src/state/state.ts'
import type { ServiceSnapshot } from '../../src/service/service.ts'

const REGISTRY = '123456789012.dkr.ecr.eu-west-1.amazonaws.com'
const ARN = 'arn:aws:ecs:eu-west-1:123456789012:task-definition'

function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (message) => lines.push(`info: ${message}`),
    warning: (message) => lines.push(`warning: ${message}`),
    debug: (message) => lines.push(`debug: ${message}`)
  }
}

const web = (
  image: string,
  extra: Partial<TaskDefinition> = {}
): TaskDefinition & RegisterTaskDefinitionCommandInput => ({
  family: 'web',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'app', image, portMappings: [{ containerPort: 8080 }] }],
  ...extra
})

describe('what a task definition refers to', () => {
  test('ECR images by tag (latest by default) or digest; other registries are not ECR', () => {
    expect(ecrImage(`${REGISTRY}/shop/web:v2`)).toMatchObject({
      account: '123456789012',
      region: 'eu-west-1',
      repository: 'shop/web',
      tag: 'v2'
    })
    expect(ecrImage(`${REGISTRY}/web`)?.tag).toBe('latest')
    expect(ecrImage(`${REGISTRY}/web@sha256:abc`)?.digest).toBe('sha256:abc')
    expect(ecrImage('ghcr.io/acme/web:v2')).toBeUndefined()
    expect(ecrImage('nginx:1.27')).toBeUndefined()
  })

  test("a secret's source: Secrets Manager without its JSON key or version, else SSM by name or ARN", () => {
    const secret = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf'
    expect(secretSource(`${secret}:password::`)).toEqual({
      store: 'secretsmanager',
      id: secret,
      region: 'eu-west-1'
    })
    expect(secretSource('/web/db-url')).toEqual({ store: 'ssm', name: '/web/db-url', region: undefined })
    const parameter = 'arn:aws:ssm:us-east-2:123456789012:parameter/web/key'
    expect(secretSource(parameter)).toEqual({ store: 'ssm', name: parameter, region: 'us-east-2' })
  })

  test('roles, and awslogs groups unless the driver creates them', () => {
    const logs = (group: string, create?: string) => ({
      logDriver: 'awslogs' as const,
      options: { 'awslogs-group': group, ...(create ? { 'awslogs-create-group': create } : {}) }
    })
    const references = referencesOf({
      taskRoleArn: 'arn:aws:iam::123456789012:role/web-task',
      containerDefinitions: [
        { name: 'app', image: 'nginx', logConfiguration: logs('/ecs/web') },
        { name: 'sidecar', image: 'nginx', logConfiguration: logs('/ecs/sidecar', 'true') }
      ]
    })
    expect(references.roles).toEqual([
      { kind: 'task', arn: 'arn:aws:iam::123456789012:role/web-task', name: 'web-task' }
    ])
    expect(references.logGroups).toEqual([{ container: 'app', ref: { name: '/ecs/web', region: undefined } }])
    expect(references.elsewhere.map((named) => named.ref)).toEqual(['nginx', 'nginx'])
  })
})

describe('what fits', () => {
  test("the service's load balancer container and port must be in the revision", () => {
    const loadBalancers = [{ containerName: 'app', containerPort: 8080 }]
    expect(portProblems(loadBalancers, web('nginx'))).toEqual([])
    const moved = web('nginx', {
      containerDefinitions: [{ name: 'app', portMappings: [{ containerPort: 3000 }] }]
    })
    expect(portProblems(loadBalancers, moved)).toEqual([
      "container app has no port 8080 (it maps 3000), but the service's load balancer sends traffic to app:8080"
    ])
    const renamed = web('nginx', {
      containerDefinitions: [{ name: 'web', portMappings: [{ containerPort: 8080 }] }]
    })
    expect(portProblems(loadBalancers, renamed)).toEqual([
      "no container is named app, but the service's load balancer sends traffic to app:8080"
    ])
  })

  test("Fargate's sizes, in units or words; containers within the task", () => {
    expect(sizeProblems(web('x', { cpu: '1 vCPU', memory: '2 GB' }), true)).toEqual([])
    expect(sizeProblems(web('x', { cpu: '256', memory: '4096' }), true)).toEqual([
      'Fargate offers no task of cpu 256 with memory 4096 (512 to 2048 MiB: 512, 1024, 2048)'
    ])
    expect(sizeProblems(web('x', { cpu: '300', memory: '1024' }), true)[0]).toMatch(/no task of cpu 300/)
    // Not on Fargate: any size; but a container cannot ask for more than the task has.
    expect(sizeProblems(web('x', { cpu: '256', memory: '4096' }), false)).toEqual([])
    const greedy = web('x', { containerDefinitions: [{ name: 'app', memory: 1024 }] })
    expect(sizeProblems(greedy, true)).toEqual([
      "container app asks for 1024 MiB of memory, more than the task's 512 MiB"
    ])
  })
})

describe('the diff', () => {
  test('image, environment names (plain values cut), secrets by name only, CPU and memory', () => {
    const serving = web('web:v1', {
      containerDefinitions: [
        {
          name: 'app',
          image: 'web:v1',
          environment: [
            { name: 'MODE', value: 'a' },
            { name: 'OLD', value: 'x' }
          ],
          secrets: [{ name: 'DB', valueFrom: '/web/db' }]
        }
      ]
    })
    const next = web('web:v2', {
      memory: '1024',
      containerDefinitions: [
        {
          name: 'app',
          image: 'web:v2',
          environment: [
            { name: 'MODE', value: 'b' },
            { name: 'NEW', value: 'y'.repeat(60) }
          ],
          secrets: [
            { name: 'DB', valueFrom: '/web/db' },
            { name: 'TOKEN', valueFrom: '/web/token' }
          ]
        }
      ]
    })
    expect(taskDefinitionDiff(serving, next)).toEqual([
      'task: memory 512 -> 1024',
      `container app: image web:v1 -> web:v2; environment ~MODE=b +NEW=${'y'.repeat(40)}... -OLD; secrets +TOKEN`
    ])
    expect(taskDefinitionDiff(serving, serving)).toEqual([])
  })
})

/** Look-ups that know these things, and count what they were asked; `denied` answer AccessDenied. */
function lookups(known: string[], denied: string[] = []): LookupsPort & { asked: string[] } {
  const asked: string[] = []
  const look = (kind: string, name: string) => {
    asked.push(`${kind} ${name}`)
    if (denied.includes(kind))
      throw Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' })
    return known.includes(name)
  }
  return {
    asked,
    imageExists: async (image) => look('image', image.uri),
    secretExists: async (id) => look('secret', id),
    missingParameters: async (names) => names.filter((name) => !look('parameter', name)),
    roleExists: async (name) => look('role', name),
    logGroupExists: async (name) => look('log-group', name)
  }
}

const service: ServiceSnapshot = {
  name: 'web',
  arn: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/web',
  taskDefinition: `${ARN}/web:7`,
  desiredCount: 2,
  deployments: [],
  loadBalancers: [{ containerName: 'app', containerPort: 8080 }],
  eventIds: [],
  tags: [],
  launchType: 'FARGATE'
}

const ecsServing = (serving: TaskDefinition) =>
  ({ describeTaskDefinition: async () => ({ taskDefinition: serving, tags: [] }) }) as unknown as EcsPort

const full = web(`${REGISTRY}/web:v2`, {
  executionRoleArn: 'arn:aws:iam::123456789012:role/web-execution',
  containerDefinitions: [
    {
      name: 'app',
      image: `${REGISTRY}/web:v2`,
      portMappings: [{ containerPort: 8080 }],
      secrets: [
        { name: 'DB', valueFrom: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf' },
        { name: 'KEY', valueFrom: '/web/key' }
      ],
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web' } }
    }
  ]
})
const release: Release = { cluster: 'prod', service, plan: { register: full } }
const everything = [
  `${REGISTRY}/web:v2`,
  'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf',
  '/web/key',
  'web-execution',
  '/ecs/web'
]

describe('the preflight', () => {
  test('a release whose every reference exists passes, and the log says what it checked and what changes', async () => {
    const log = recordingLog()
    const found = lookups(everything)
    const preflight = new Preflight(found, true, log)
    await preflight.check(ecsServing(web('web:v1')), release)
    expect(found.asked).toHaveLength(5)
    expect(log.lines).toContain(
      `info: changes against web:7: container app: image web:v1 -> ${REGISTRY}/web:v2; secrets +DB +KEY`
    )
    expect(log.lines.at(-1)).toMatch(
      /^info: preflight: web \(new revision\) passed \(checked ports, CPU and memory; images in Amazon ECR; /
    )
    expect(preflight.released).toEqual({ cluster: 'prod', family: 'web' })
    expect(preflight.changes[0]).toBe('against web:7:')
  })

  test('every missing thing is named in one refusal', async () => {
    const preflight = new Preflight(lookups([]), true, recordingLog())
    const check = preflight.check(ecsServing(web('web:v1')), release)
    await expect(check).rejects.toThrow(
      `preflight refused web (new revision) for service web: container app: image ${REGISTRY}/web:v2 is not in Amazon ECR; container app: secret DB from arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf does not exist in Secrets Manager; container app: secret KEY from /web/key does not exist in SSM Parameter Store; the execution role arn:aws:iam::123456789012:role/web-execution does not exist; container app: log group /ecs/web does not exist (and awslogs-create-group is not true); nothing was deployed`
    )
  })

  test('a look-up whose right is missing is one warning naming the right, and the release goes on', async () => {
    const log = recordingLog()
    const found = lookups(everything.slice(1), ['image'])
    await new Preflight(found, true, log).check(ecsServing(web('web:v1')), release)
    expect(log.lines.filter((line) => line.startsWith('warning'))).toEqual([
      'warning: preflight: images in Amazon ECR not checked: ecr:DescribeImages (right PreflightImages) is not granted; grant it to check before deploying'
    ])
    expect(log.lines.at(-1)).not.toMatch(/images in Amazon ECR/)
  })

  test('a port the new revision lacks is refused without a look-up; preflight: false checks nothing', async () => {
    const moved = web('web:v2', {
      containerDefinitions: [{ name: 'app', image: 'web:v2', portMappings: [{ containerPort: 3000 }] }]
    })
    const found = lookups([])
    await expect(
      new Preflight(found, true, recordingLog()).check(ecsServing(web('web:v1')), {
        ...release,
        plan: { register: moved }
      })
    ).rejects.toThrow(/container app has no port 8080 \(it maps 3000\)/)
    const log = recordingLog()
    await new Preflight(found, false, log).check(ecsServing(web('web:v1')), release)
    expect(found.asked).toEqual([])
    expect(log.lines).toContain('info: preflight: skipped (preflight: false)')
  })
})

describe('keep-revisions', () => {
  test('keeps the newest N, a revision a service runs and those a record names; deregisters the rest', async () => {
    const active = [9, 8, 7, 6, 5, 4, 3, 2, 1].map((revision) => `${ARN}/web:${revision}`)
    const record = stateTags({
      status: 'succeeded',
      taskDefinition: `${ARN}/web:9`,
      previousTaskDefinition: `${ARN}/web:8`,
      run: 'local',
      updatedAt: '2026-12-01T00:00:00.000Z',
      action: 'rolling',
      step: 0,
      history: ['web:9', 'web:8', 'web:4']
    } as never)
    const services: Service[] = [
      {
        serviceName: 'web',
        taskDefinition: `${ARN}/web:9`,
        deployments: [{ taskDefinition: `${ARN}/web:9` }],
        tags: record
      },
      {
        serviceName: 'worker',
        taskDefinition: `${ARN}/web:2`,
        deployments: [{ taskDefinition: `${ARN}/web:2` }]
      }
    ]
    const deregistered: string[] = []
    const port: RevisionsPort = {
      activeRevisions: async () => active,
      services: async () => services,
      deregister: async (arn) => void deregistered.push(arn)
    }
    const log = recordingLog()
    const gone = await pruneRevisions(port, { cluster: 'prod', family: 'web', keep: 3 }, log)
    expect(gone).toEqual(['web:6', 'web:5', 'web:3', 'web:1'])
    expect(deregistered).toEqual([6, 5, 3, 1].map((revision) => `${ARN}/web:${revision}`))
    expect(log.lines).toEqual([
      'info: keep-revisions: 3 newest of 9 ACTIVE revisions of web kept; deregistered web:6, web:5, web:3, web:1; also kept web:4, web:2 (run by a service or named by a record)'
    ])
  })
})
