/**
 * Emulated CloudWatch: metric data (put by the load balancer through `MetricSink`, or by PutMetricData),
 * GetMetricData / GetMetricStatistics / ListMetrics, and metric alarms evaluated on a timer.
 *
 * Metric timestamps are real time. Query and alarm periods are AWS time: a period lasts `time.ms(Period)` real
 * milliseconds, so a 60 s alarm at time scale 0.01 looks at 0.6 s of data. The load balancer's metrics arrive as
 * AWS publishes them (emulator/elb/metrics.ts): alarms on them evaluate the periods already published.
 */
import type { AlarmStatePort, ApiService, MetricDatum, MetricSink, ServiceDeps } from '../core/contracts.ts'
import { AwsError } from '../core/errors.ts'
import type { EmulatorTime } from '../core/time.ts'
import { AlarmRegistry, type SetAlarmStateOptions } from './alarm-registry.ts'
import { alarmOperations } from './api-alarms.ts'
import { metricOperations } from './api-metrics.ts'
import { MetricStore, valueSample } from './metrics.ts'

export type { SetAlarmStateOptions } from './alarm-registry.ts'

type Operation = (input: any) => object

export class CloudWatchService implements ApiService, MetricSink, AlarmStatePort {
  private readonly time: EmulatorTime
  private readonly store = new MetricStore()
  private readonly alarms: AlarmRegistry
  private readonly operations: Record<string, Operation>

  constructor(deps: ServiceDeps) {
    this.time = deps.time
    this.alarms = new AlarmRegistry(this.store, this.time)
    const arnPrefix = `arn:aws:cloudwatch:${deps.account.region}:${deps.account.accountId}:alarm:`
    this.operations = {
      ...metricOperations(this.store, this.time),
      ...alarmOperations(this.alarms, this.time, arnPrefix)
    }
  }

  put(datum: MetricDatum): void {
    const at = (datum.timestamp ?? this.time.now()).getTime()
    const metric = { namespace: datum.namespace, metricName: datum.metricName, dimensions: datum.dimensions }
    this.store.add(
      metric,
      valueSample(at, datum.value, datum.count ?? 1),
      datum.unit,
      this.time.now().getTime()
    )
    if (datum.publishing) this.store.setPublishing(metric, datum.publishing)
  }

  handle(operation: string, input: any): unknown {
    const run = Object.hasOwn(this.operations, operation) ? this.operations[operation] : undefined
    if (!run) {
      throw new AwsError('UnknownOperationException', `The emulator does not support CloudWatch ${operation}`)
    }
    return run(input)
  }

  alarmState(name: string): string | undefined {
    return this.alarms.get(name)?.StateValue
  }

  /** Fault injection: forces an alarm's state, as SetAlarmState does. */
  setAlarmState(
    name: string,
    state: string,
    reason: string,
    options: SetAlarmStateOptions = {},
    reasonData?: string
  ): void {
    this.alarms.setState(name, state, reason, options, reasonData)
  }

  /** Evaluates every alarm now (the timer does it every shortest alarm period). */
  evaluateAlarms(): void {
    this.alarms.evaluate()
  }

  stop(): void {
    this.alarms.stop()
  }
}
