import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch'
import { metricsPort } from '../../../src/aws/cloudwatch.ts'
import { silentLog } from '../../../src/core/log.ts'
import type { CommandRunner } from '../../../src/gates/command.ts'
import type { Fetch } from '../../../src/gates/http-probe.ts'
import { canaryDeploy, type CanaryOptions } from '../../../src/strategies/canary/index.ts'
import { FakeMetrics } from './fake-metrics.ts'
import { targetGroupArns, type FakePair } from './fake-pair.ts'
import type { World } from './fresh-world.ts'
import { blueGreenDefaults } from './run-blue-green.ts'

/** A full canary of a new image in three two-minute steps, as most tests start from. */
export const canaryDefaults: CanaryOptions = {
  ...blueGreenDefaults,
  promote: 'step',
  steps: [
    { weight: 10, durationMs: 120_000 },
    { weight: 25, durationMs: 120_000 },
    { weight: 50, durationMs: 120_000 }
  ],
  canaryScale: 'full',
  maxErrorRate: 0.05,
  maxErrorRateIncrease: 0.01,
  maxLatencyIncrease: 0.5,
  minRequests: 100,
  confidence: 0.95,
  onInconclusive: 'extend',
  run: 'https://github.com/example/app/actions/runs/43/attempts/1'
}

/**
 * Production traffic through the scripted pair's rule, as its load balancer would report it: `rps` requests a second
 * split by the rule's weights, each color failing at the error rate of the version it runs.
 */
export class PairTraffic {
  rps = 100
  /** Error rate (a fraction) by task definition ARN; 0 when not set. */
  readonly errorRates = new Map<string, number>()
  readonly metrics: FakeMetrics
  private readonly world: World<FakePair>
  private last: number

  constructor(world: World<FakePair>) {
    this.world = world
    this.metrics = new FakeMetrics(() => world.clock.now())
    this.last = world.clock.now()
    world.aws.cloudwatch.on(GetMetricDataCommand).callsFake((input) => this.metrics.answer(input))
    const step = world.clock.onSleep
    world.clock.onSleep = () => {
      this.flow(world.clock.now())
      step()
    }
  }

  /** The requests of `[last, to)`, one second at a time. */
  private flow(to: number): void {
    const { aws } = this.world
    for (let at = this.last; at < to; at += 1000) {
      const weights = aws.weights()
      const total = Math.max(0, weights.blue) + Math.max(0, weights.green)
      if (total === 0) continue
      for (const color of ['blue', 'green'] as const) {
        const requests = (this.rps * Math.max(0, weights[color])) / total
        if (requests === 0) continue
        const rate = this.errorRates.get(aws.services[color].taskDefinition!) ?? 0
        this.metrics.add(targetGroupArns[color], at, { requests, errors: requests * rate })
      }
    }
    this.last = to
  }
}

export interface CanaryExtras {
  signal?: AbortSignal
  runCommand?: CommandRunner
  fetch?: Fetch
}

/** Runs the canary strategy against the scripted pair on its fake clock, logging nothing. */
export function runCanary(world: World<FakePair>, options: CanaryOptions, extras: CanaryExtras = {}) {
  const ports = {
    ...world.aws.ports(),
    metrics: metricsPort(world.aws.clients.cloudwatch),
    runCommand: extras.runCommand,
    fetch: extras.fetch
  }
  return canaryDeploy(options, ports, { clock: world.clock, log: silentLog, signal: extras.signal })
}
