/**
 * The demo's native blue/green: one service that ECS deploys itself (BLUE_GREEN strategy), driven by the bundled
 * blue-green action: a good version followed through every lifecycle stage, then one whose alarm fires during
 * ECS's bake (the action stops the deployment with ROLLBACK and traffic goes back).
 */
import type { Emulator } from '../emulator/index.ts'
import { createErrorAlarm } from '../emulator/rehearsal/infrastructure.ts'
import { createNativeService } from '../emulator/rehearsal/native-service.ts'

type Deploy = (
  title: string,
  url: string,
  action: string,
  inputs: Record<string, string>,
  onLine?: (line: string) => void
) => Promise<unknown>

export async function demoNative(emulator: Emulator, deploy: Deploy, say: (line: string) => void) {
  const app = await createNativeService(
    { endpoint: emulator.endpoint },
    'cart',
    { image: 'cart:v1', desiredCount: 2 },
    { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 2 }
  )
  say(`\nnative blue/green: service cart (ECS BLUE_GREEN strategy) runs 2 tasks of cart:v1 behind ${app.url}`)
  const inputs = {
    cluster: app.cluster,
    service: app.service,
    container: 'app',
    'health-check-url': app.testUrl!
  }
  await deploy(
    'native blue/green: cart:v2, a good version; ECS moves the traffic, the action follows',
    app.url,
    'blue-green',
    {
      ...inputs,
      image: 'cart:v2'
    }
  )
  await createErrorAlarm(app, 'cart-5xx')
  await deploy(
    "native blue/green: cart:v3, its alarm fires during ECS's bake (StopServiceDeployment ROLLBACK)",
    app.url,
    'blue-green',
    { ...inputs, image: 'cart:v3', alarms: 'cart-5xx' },
    (line) => {
      if (/stage: BAKE_TIME/.test(line))
        emulator.cloudwatch.setAlarmState('cart-5xx', 'ALARM', 'Threshold Crossed: set by the demo', {
          hold: true
        })
    }
  )
  emulator.cloudwatch.setAlarmState('cart-5xx', 'OK', 'demo over')
}
