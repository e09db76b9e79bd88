import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readTaskDefinitionFile, toRequest, withImage } from '../../src/aws/task-definition.ts'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'task-definition-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(content: unknown): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

const definition = {
  family: 'web',
  taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:4',
  revision: 4,
  status: 'ACTIVE',
  requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' }],
  compatibilities: ['FARGATE'],
  registeredAt: '2026-01-01T00:00:00Z',
  registeredBy: 'arn:aws:iam::123456789012:role/ci',
  deregisteredAt: '2026-02-01T00:00:00Z',
  requiresCompatibilities: ['FARGATE'],
  containerDefinitions: [{ name: 'web', image: 'web:1', environment: [{ name: 'MODE', value: 'prod' }] }]
}

const writable = {
  family: 'web',
  requiresCompatibilities: ['FARGATE'],
  containerDefinitions: definition.containerDefinitions
}

describe('readTaskDefinitionFile', () => {
  test('a rendered definition: read-only fields dropped, the rest kept', async () => {
    expect(await readTaskDefinitionFile(file(definition))).toEqual(writable)
  })

  test('the describe-task-definition wrapper, with its tags', async () => {
    const tags = [{ key: 'team', value: 'web' }]
    expect(await readTaskDefinitionFile(file({ taskDefinition: definition, tags }))).toEqual({
      ...writable,
      tags
    })
    expect(await readTaskDefinitionFile(file({ taskDefinition: definition, tags: [] }))).toEqual(writable)
  })

  test.each([
    ['not JSON', '{"family":', /not valid JSON/],
    ['an array', '[]', /not a JSON object/],
    ['no family', { containerDefinitions: [{ name: 'a', image: 'b' }] }, /"family" is missing/],
    ['no containers', { family: 'web' }, /"containerDefinitions" is missing or empty/],
    [
      'a container without image',
      { family: 'web', containerDefinitions: [{ name: 'web' }] },
      /containerDefinitions\[0\] needs a "name" and an "image"/
    ]
  ])('%s is an input error', async (_name, content, message) => {
    const path = file(content)
    await expect(readTaskDefinitionFile(path)).rejects.toThrow(message)
    await expect(readTaskDefinitionFile(path)).rejects.toThrow(`Invalid input task-definition: "${path}": `)
  })

  test('a missing file is an input error', async () => {
    await expect(readTaskDefinitionFile(join(dir, 'missing.json'))).rejects.toThrow(
      /missing\.json": file not found$/
    )
  })
})

describe('withImage', () => {
  const request = toRequest({
    family: 'web',
    containerDefinitions: [
      { name: 'web', image: 'web:1' },
      { name: 'sidecar', image: 'envoy:1' }
    ]
  })

  test('changes only the named container', () => {
    expect(withImage(request, 'sidecar', 'envoy:2').containerDefinitions).toEqual([
      { name: 'web', image: 'web:1' },
      { name: 'sidecar', image: 'envoy:2' }
    ])
    expect(request.containerDefinitions?.[1].image).toBe('envoy:1')
  })

  test('names the containers that exist when the container is unknown', () => {
    expect(() => withImage(request, 'app', 'app:2')).toThrow(
      'Invalid input container: "app" is not a container of task definition web (containers: web, sidecar)'
    )
  })
})
