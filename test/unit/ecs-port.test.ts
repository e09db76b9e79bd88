/** The ECS port's reads that never change: a task definition revision is described once per run. */
import { expect, test } from '@jest/globals'
import { DescribeTaskDefinitionCommand, ECSClient, TagResourceCommand } from '@aws-sdk/client-ecs'
import { mockClient } from 'aws-sdk-client-mock'
import { ecsPort } from '../../src/aws/ecs.ts'

function described() {
  const ecs = mockClient(ECSClient)
  let revision = 0
  ecs.on(DescribeTaskDefinitionCommand).callsFake(async ({ taskDefinition }) => ({
    taskDefinition: { family: 'web', revision: ++revision, taskDefinitionArn: taskDefinition },
    tags: []
  }))
  ecs.on(TagResourceCommand).resolves({})
  const sent = () =>
    ecs.commandCalls(DescribeTaskDefinitionCommand).map((call) => call.args[0].input.taskDefinition)
  return { port: ecsPort(new ECSClient({ region: 'us-east-1' })), sent, restore: () => ecs.restore() }
}

test('a revision (by ARN or family:revision) is described once; a bare family, which names the latest, each time', async () => {
  const { port, sent, restore } = described()
  const arn = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7'
  const first = await port.describeTaskDefinition(arn)
  expect(await port.describeTaskDefinition(arn)).toBe(first)
  await port.describeTaskDefinition('web:7')
  await port.describeTaskDefinition('web:7')
  await port.describeTaskDefinition('web')
  await port.describeTaskDefinition('web')
  expect(sent()).toEqual([arn, 'web:7', 'web', 'web'])
  restore()
})

test('tagging forgets what was described (the tags come with the description)', async () => {
  const { port, sent, restore } = described()
  await port.describeTaskDefinition('web:7')
  await port.tagResource('arn:aws:ecs:us-east-1:123456789012:task-definition/web:7', [
    { key: 'a', value: 'b' }
  ])
  await port.describeTaskDefinition('web:7')
  expect(sent()).toEqual(['web:7', 'web:7'])
  restore()
})

test('a failed description is not kept', async () => {
  const ecs = mockClient(ECSClient)
  ecs
    .on(DescribeTaskDefinitionCommand)
    .rejectsOnce(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }))
    .resolves({ taskDefinition: { family: 'web', revision: 7 }, tags: [] })
  const port = ecsPort(new ECSClient({ region: 'us-east-1', maxAttempts: 1 }))
  await expect(port.describeTaskDefinition('web:7')).rejects.toThrow('Rate exceeded')
  await expect(port.describeTaskDefinition('web:7')).resolves.toMatchObject({
    taskDefinition: { revision: 7 }
  })
  expect(ecs.commandCalls(DescribeTaskDefinitionCommand)).toHaveLength(2)
  ecs.restore()
})
