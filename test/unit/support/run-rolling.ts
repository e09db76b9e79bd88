import type { RollingOptions } from '../../../src/strategies/rolling/rolling.ts'

/** A rolling update of service web to a new image, as tests of the strategy start from. */
export const rollingDefaults: RollingOptions = {
  cluster: 'prod',
  service: 'web',
  taskDefinition: { kind: 'image', container: 'web', image: 'registry.example/web:2.0' },
  forceNewDeployment: false,
  alarms: [],
  waitTimeoutMs: 600_000,
  pollIntervalMs: 5000,
  bakeTimeMs: 0,
  onFailure: 'rollback',
  run: 'https://github.com/example/app/actions/runs/42/attempts/1'
}
