import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { ECSClient } from '@aws-sdk/client-ecs'
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2'

export interface AwsClients {
  ecs: ECSClient
  elb: ElasticLoadBalancingV2Client
  cloudwatch: CloudWatchClient
}

/**
 * Clients from the SDK's default credential chain and region. The SDK itself honours AWS_ENDPOINT_URL and
 * AWS_ENDPOINT_URL_<SERVICE> (how the local emulator is reached). Many rollouts can share one account's rate
 * limits, so throttling is retried with jittered exponential back-off (the standard retry mode) and more attempts
 * than the default 3, unless AWS_RETRY_MODE / AWS_MAX_ATTEMPTS say otherwise. Not the adaptive mode: its
 * client-side rate limiter is one per client, so throttled looks (DescribeTargetHealth, in the account's shared
 * describe budget) would hold back the next ModifyRule, which may be the switch back; the pollers already keep
 * the rate of looks bounded.
 */
export function createClients(env: NodeJS.ProcessEnv = process.env): AwsClients {
  const config = clientConfig(env)
  return {
    ecs: new ECSClient(config),
    elb: new ElasticLoadBalancingV2Client(config),
    cloudwatch: new CloudWatchClient(config)
  }
}

/** What every client of a run is configured with (see createClients). */
export function clientConfig(env: NodeJS.ProcessEnv = process.env): {
  retryMode?: string
  maxAttempts?: number
  region?: string
} {
  const config: { retryMode?: string; maxAttempts?: number; region?: string } = {}
  if (!env.AWS_RETRY_MODE) config.retryMode = 'standard'
  if (!env.AWS_MAX_ATTEMPTS) config.maxAttempts = 8
  // The SDK for JavaScript reads AWS_REGION only; other AWS tools (and many workflows) set AWS_DEFAULT_REGION.
  if (!env.AWS_REGION && env.AWS_DEFAULT_REGION) config.region = env.AWS_DEFAULT_REGION
  return config
}
