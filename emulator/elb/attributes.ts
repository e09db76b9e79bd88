/**
 * Target group and load balancer attributes with AWS's defaults. Only `deregistration_delay.timeout_seconds`
 * and `idle_timeout.timeout_seconds` change the emulator's behaviour; the others are stored and echoed.
 */
import { invalid, list, requiredString } from './input.ts'

type Check = (value: string) => boolean

const integer =
  (min: number, max: number): Check =>
  (value) =>
    /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max
const boolean: Check = (value) => value === 'true' || value === 'false'
const among =
  (...allowed: string[]): Check =>
  (value) =>
    allowed.includes(value)
const any: Check = () => true

const TARGET_GROUP: Record<string, [string, Check]> = {
  'deregistration_delay.timeout_seconds': ['300', integer(0, 3600)],
  'slow_start.duration_seconds': ['0', (value) => value === '0' || integer(30, 900)(value)],
  'stickiness.enabled': ['false', boolean],
  'stickiness.type': ['lb_cookie', among('lb_cookie', 'app_cookie')],
  'stickiness.lb_cookie.duration_seconds': ['86400', integer(1, 604800)],
  'stickiness.app_cookie.cookie_name': ['', any],
  'stickiness.app_cookie.duration_seconds': ['86400', integer(1, 604800)],
  'load_balancing.algorithm.type': [
    'round_robin',
    among('round_robin', 'least_outstanding_requests', 'weighted_random')
  ],
  'load_balancing.algorithm.anomaly_mitigation': ['off', among('on', 'off')],
  'load_balancing.cross_zone.enabled': [
    'use_load_balancer_configuration',
    among('true', 'false', 'use_load_balancer_configuration')
  ],
  'target_group_health.dns_failover.minimum_healthy_targets.count': ['1', any],
  'target_group_health.dns_failover.minimum_healthy_targets.percentage': ['off', any],
  'target_group_health.unhealthy_state_routing.minimum_healthy_targets.count': ['1', any],
  'target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage': ['off', any]
}

const LOAD_BALANCER: Record<string, [string, Check]> = {
  'deletion_protection.enabled': ['false', boolean],
  'idle_timeout.timeout_seconds': ['60', integer(1, 4000)],
  'client_keep_alive.seconds': ['3600', integer(60, 604800)],
  'routing.http2.enabled': ['true', boolean],
  'routing.http.drop_invalid_header_fields.enabled': ['false', boolean],
  'routing.http.preserve_host_header.enabled': ['false', boolean],
  'routing.http.xff_client_port.enabled': ['false', boolean],
  'routing.http.xff_header_processing.mode': ['append', among('append', 'preserve', 'remove')],
  'routing.http.desync_mitigation_mode': ['defensive', among('monitor', 'defensive', 'strictest')],
  'routing.http.x_amzn_tls_version_and_cipher_suite.enabled': ['false', boolean],
  'waf.fail_open.enabled': ['false', boolean],
  'access_logs.s3.enabled': ['false', boolean],
  'access_logs.s3.bucket': ['', any],
  'access_logs.s3.prefix': ['', any],
  'zonal_shift.config.enabled': ['false', boolean]
}

export function targetGroupAttributeDefaults(): Map<string, string> {
  return defaults(TARGET_GROUP)
}

export function loadBalancerAttributeDefaults(): Map<string, string> {
  return defaults(LOAD_BALANCER)
}

/** Applies `Attributes=[{Key, Value}]` to `current`, all or nothing. */
export function modifyTargetGroupAttributes(current: Map<string, string>, input: unknown): void {
  modify(TARGET_GROUP, 'Target group', current, input)
}

export function modifyLoadBalancerAttributes(current: Map<string, string>, input: unknown): void {
  modify(LOAD_BALANCER, 'Load balancer', current, input)
}

export function renderAttributes(attributes: Map<string, string>): { Key: string; Value: string }[] {
  return [...attributes].map(([Key, Value]) => ({ Key, Value }))
}

function defaults(table: Record<string, [string, Check]>): Map<string, string> {
  return new Map(Object.entries(table).map(([key, [value]]) => [key, value]))
}

function modify(
  table: Record<string, [string, Check]>,
  kind: string,
  current: Map<string, string>,
  input: unknown
) {
  const changes = list(input).map((entry: any) => {
    const key = requiredString(entry?.Key, 'Attributes.Key')
    const value = String(entry.Value ?? '')
    const known = table[key]
    if (!known) throw invalid(`${kind} attribute key '${key}' is not recognized`)
    if (!known[1](value)) throw invalid(`${kind} attribute '${key}' does not accept the value '${value}'`)
    return [key, value] as const
  })
  if (changes.length === 0) throw invalid('Attributes must be specified')
  for (const [key, value] of changes) current.set(key, value)
}
