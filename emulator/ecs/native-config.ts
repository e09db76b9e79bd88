/**
 * Checks of a BLUE_GREEN, LINEAR or CANARY service's configuration at CreateService / UpdateService: the
 * strategy's own settings, lifecycle hooks, and each load balancer's advanced configuration (the alternate
 * target group, and production and test rules that forward to both groups).
 */
import type { ListenerRulesPort, LoadBalancingPort } from '../core/contracts.ts'
import { invalidParameter } from './input.ts'
import type { DeploymentConfig, LoadBalancerConfig } from './model.ts'
import { HOOK_STAGES, isNative, NATIVE_STRATEGIES } from './native-model.ts'

export interface NativeSetupPorts {
  elb: LoadBalancingPort
  rules?: ListenerRulesPort
}

/** The emulator's stand-in for a Lambda function: a loopback URL it POSTs the hook's payload to. */
export const HOOK_URL = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/.*)?$/

const HOOK_ACTIONS = ['CONTINUE', 'ROLLBACK']

export function checkDeploymentStrategy(
  configuration: DeploymentConfig,
  loadBalancers: LoadBalancerConfig[],
  controllerType: string,
  ports: NativeSetupPorts
): void {
  const strategy = configuration.strategy
  if (strategy !== 'ROLLING' && !NATIVE_STRATEGIES.includes(strategy)) {
    throw invalidParameter(`strategy must be one of ROLLING, ${NATIVE_STRATEGIES.join(', ')}.`)
  }
  if (!isNative(strategy)) return
  if (controllerType !== 'ECS') {
    throw invalidParameter(`The ${strategy} strategy requires the ECS deployment controller.`)
  }
  const bake = configuration.bakeTimeInMinutes
  if (strategy === 'BLUE_GREEN' && bake === undefined) {
    throw invalidParameter('bakeTimeInMinutes must be specified for the BLUE_GREEN deployment strategy.')
  }
  if (bake !== undefined) checkRange('bakeTimeInMinutes', bake, 0, 1440)
  const linear = configuration.linearConfiguration as any
  if (strategy === 'LINEAR' && linear) {
    if (linear.stepPercent !== undefined)
      checkPercent('linearConfiguration.stepPercent', linear.stepPercent, 3)
    checkOptionalRange('linearConfiguration.stepBakeTimeInMinutes', linear.stepBakeTimeInMinutes)
  }
  const canary = configuration.canaryConfiguration as any
  if (strategy === 'CANARY' && canary) {
    if (canary.canaryPercent !== undefined)
      checkPercent('canaryConfiguration.canaryPercent', canary.canaryPercent, 0.1)
    checkOptionalRange('canaryConfiguration.canaryBakeTimeInMinutes', canary.canaryBakeTimeInMinutes)
  }
  checkHooks(configuration.lifecycleHooks)
  // Without a load balancer the stages run and no traffic moves.
  if (loadBalancers.length === 0) return
  const rules = ports.rules
  if (!rules) throw invalidParameter(`The ${strategy} strategy needs a load balancer the emulator runs.`)
  for (const lb of loadBalancers) checkAdvanced(lb, ports.elb, rules)
}

function checkAdvanced(lb: LoadBalancerConfig, elb: LoadBalancingPort, rules: ListenerRulesPort): void {
  const advanced = lb.advancedConfiguration
  if (!advanced) {
    throw invalidParameter(
      `advancedConfiguration must be specified for the target group ${lb.targetGroupArn} of a service using BLUE_GREEN, LINEAR or CANARY.`
    )
  }
  const alternate = advanced.alternateTargetGroupArn
  if (!alternate) throw invalidParameter('advancedConfiguration.alternateTargetGroupArn can not be blank.')
  if (alternate === lb.targetGroupArn) {
    throw invalidParameter('alternateTargetGroupArn must differ from targetGroupArn.')
  }
  if (!elb.targetGroup(alternate)) {
    throw invalidParameter(`The target group with targetGroupArn ${alternate} does not exist.`)
  }
  if (!advanced.roleArn) throw invalidParameter('advancedConfiguration.roleArn can not be blank.')
  if (!advanced.productionListenerRule) {
    throw invalidParameter('advancedConfiguration.productionListenerRule can not be blank.')
  }
  const named: [string, string | undefined][] = [
    ['productionListenerRule', advanced.productionListenerRule],
    ['testListenerRule', advanced.testListenerRule]
  ]
  for (const [field, ruleArn] of named) {
    if (!ruleArn) continue
    const forward = rules.forwardWeights(ruleArn)
    if (!forward) throw invalidParameter(`The ${field} ${ruleArn} does not exist.`)
    const groups = forward.map((weight) => weight.targetGroupArn)
    if (!groups.includes(lb.targetGroupArn) || !groups.includes(alternate)) {
      throw invalidParameter(
        `The ${field} ${ruleArn} must forward to both ${lb.targetGroupArn} and ${alternate}.`
      )
    }
  }
}

function checkHooks(hooks: unknown): void {
  if (hooks === undefined || hooks === null) return
  if (!Array.isArray(hooks)) throw invalidParameter('lifecycleHooks must be a list.')
  for (const hook of hooks) {
    const type = hook?.targetType ?? 'AWS_LAMBDA'
    if (type !== 'AWS_LAMBDA' && type !== 'PAUSE')
      throw invalidParameter('targetType must be AWS_LAMBDA or PAUSE.')
    const stages: unknown = hook?.lifecycleStages
    if (!Array.isArray(stages) || stages.length === 0)
      throw invalidParameter('lifecycleStages can not be empty.')
    for (const stage of stages) {
      if (!HOOK_STAGES.includes(stage))
        throw invalidParameter(`${stage} is not a valid lifecycle hook stage.`)
      if (type === 'PAUSE' && (stage === 'TEST_TRAFFIC_SHIFT' || stage === 'PRODUCTION_TRAFFIC_SHIFT')) {
        throw invalidParameter(`PAUSE hooks cannot be configured at the ${stage} stage.`)
      }
    }
    const timeout = hook.timeoutConfiguration
    if (timeout?.timeoutInMinutes !== undefined && timeout?.timeoutInMinutes !== null)
      checkRange('timeoutConfiguration.timeoutInMinutes', timeout.timeoutInMinutes, 1, 20160)
    if (timeout?.action !== undefined && timeout?.action !== null && !HOOK_ACTIONS.includes(timeout.action))
      throw invalidParameter('timeoutConfiguration.action must be CONTINUE or ROLLBACK.')
    if (type === 'PAUSE') continue
    if (!hook.roleArn) throw invalidParameter('roleArn must be specified for an AWS_LAMBDA lifecycle hook.')
    if (typeof hook.hookTargetArn !== 'string' || !HOOK_URL.test(hook.hookTargetArn)) {
      throw invalidParameter(
        `hookTargetArn ${hook.hookTargetArn}: the emulator invokes no Lambda function; give a loopback URL (http://127.0.0.1:<port>/<path>) that answers like the function would.`
      )
    }
  }
}

function checkRange(field: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalidParameter(`${field} must be an integer from ${min} to ${max}.`)
  }
}

function checkOptionalRange(field: string, value: unknown): void {
  if (value !== undefined && value !== null) checkRange(field, value, 0, 1440)
}

function checkPercent(field: string, value: unknown, min: number): void {
  const tenths = typeof value === 'number' ? Math.round(value * 10) : NaN
  if (typeof value !== 'number' || Math.abs(tenths - value * 10) > 1e-9 || value < min || value > 100) {
    throw invalidParameter(`${field} must be a multiple of 0.1 from ${min} to 100.`)
  }
}
