/**
 * The demo's pair: a running service made a blue/green pair under load (`pair` with `mode: create`, after a check),
 * then a first blue-green deploy on the pair it made, named by its outputs.
 */
import type { Emulator } from '../emulator/index.ts'
import { createRollingApp } from '../emulator/rehearsal/infrastructure.ts'
import type { ActionRun } from '../emulator/rehearsal/runner.ts'

type Deploy = (
  title: string,
  url: string,
  action: string,
  inputs: Record<string, string>
) => Promise<ActionRun>

export async function demoPair(emulator: Emulator, deploy: Deploy, say: (line: string) => void) {
  const store = await createRollingApp({ endpoint: emulator.endpoint }, 'store', {
    image: 'store:v1',
    desiredCount: 2
  })
  say(`\npair: service store runs 2 tasks of store:v1 behind ${store.url}, one service, no pair`)
  const inputs = { cluster: store.cluster, service: store.service }
  await deploy('pair: check (read-only: the findings, each with its fix)', store.url, 'pair', inputs)
  const made = await deploy(
    'pair: create (the target group cloned, store-green with no tasks, the rule made blue 100 / green 0 in one change)',
    store.url,
    'pair',
    { ...inputs, mode: 'create' }
  )
  const outputs = made.outputs
  say(
    `   outputs:  green-service=${outputs['green-service']}, listener-rule=${outputs['listener-rule']}, green-target-group=${outputs['green-target-group']}`
  )
  await deploy('blue-green: store:v2 on the pair pair made, named by its outputs', store.url, 'blue-green', {
    cluster: store.cluster,
    'blue-service': outputs['blue-service'],
    'green-service': outputs['green-service'],
    'listener-rule': outputs['listener-rule'],
    container: 'app',
    image: 'store:v2',
    'bake-time': '3s'
  })
}
