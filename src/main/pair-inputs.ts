import type { Parser } from '../core/inputs.ts'
import { quote } from '../core/errors.ts'
import { optional, required } from '../core/inputs.ts'
import { ecsName } from './shared-inputs.ts'

/** An Application Load Balancer listener rule ARN, or a listener ARN (meaning its default rule). */
export const listenerRuleArn: Parser<string> = (raw) => {
  if (/^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:listener(-rule)?\/app\/.+$/.test(raw))
    return raw
  throw new Error(
    `${quote(raw)} is not the ARN of an Application Load Balancer listener rule (arn:aws:elasticloadbalancing:<region>:<account>:listener-rule/app/...) or listener (.../listener/app/...)`
  )
}

/** The inputs that locate a blue/green pair, shared by the actions that work on one (action.yml names). */
export const pairInputs = {
  cluster: required('cluster', ecsName('cluster')),
  blueService: required('blue-service', ecsName('service')),
  greenService: required('green-service', ecsName('service')),
  listenerRule: required('listener-rule', listenerRuleArn),
  testListenerRule: optional('test-listener-rule', listenerRuleArn)
}
