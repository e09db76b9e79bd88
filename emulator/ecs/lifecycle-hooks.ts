/**
 * Lifecycle hooks of a native service deployment. On AWS an AWS_LAMBDA hook invokes a Lambda function; the
 * emulator's stand-in is a loopback URL (`hookTargetArn: 'http://127.0.0.1:<port>/<path>'`) it POSTs the
 * payload to, whose JSON answer `{ "hookStatus": "SUCCEEDED" | "FAILED" | "IN_PROGRESS", "callBackDelay": s,
 * "hookDetails": {...} }` drives the stage as the function's would. PAUSE hooks wait for
 * ContinueServiceDeployment (or their timeout).
 */
import { randomUUID } from 'node:crypto'
import type { EmulatorTime } from '../core/time.ts'
import type { HookDetail, ServiceDeploymentRecord } from './native-model.ts'

/** The deployment must roll back: a hook failed, an alarm fired, the circuit breaker tripped, or a user asked. */
export class RollbackNeeded extends Error {}

export interface HookContext {
  time: EmulatorTime
  /** Throws when the deployment is interrupted (called between invocations and polls). */
  check(): void
  pollSeconds: number
  /** Aborted when the emulator stops (ends a pending call). */
  signal: AbortSignal
}

/** ECS re-invokes an IN_PROGRESS hook after 30 s unless the answer gives a `callBackDelay`. */
const DEFAULT_CALLBACK_SECONDS = 30
/** A Lambda function runs at most 15 minutes. */
const INVOCATION_LIMIT_SECONDS = 900
/** A PAUSE hook without a timeout configuration waits a day, then rolls back (AWS's defaults). */
const PAUSE_TIMEOUT = { timeoutInMinutes: 1440, action: 'ROLLBACK' }

export async function runHooks(
  record: ServiceDeploymentRecord,
  stage: string,
  context: HookContext
): Promise<void> {
  const hooks = ((record.configuration.lifecycleHooks as any[]) ?? []).filter((hook) =>
    (hook.lifecycleStages ?? []).includes(stage)
  )
  for (const hook of hooks) {
    const type = hook.targetType === 'PAUSE' ? 'PAUSE' : 'AWS_LAMBDA'
    const timeout =
      type === 'PAUSE' ? { ...PAUSE_TIMEOUT, ...hook.timeoutConfiguration } : hook.timeoutConfiguration
    const detail: HookDetail = {
      hookId: randomUUID(),
      targetType: type,
      targetArn: type === 'PAUSE' ? undefined : hook.hookTargetArn,
      status: type === 'PAUSE' ? 'AWAITING_ACTION' : 'IN_PROGRESS',
      expiresAt:
        timeout?.timeoutInMinutes !== undefined
          ? new Date(context.time.now().getTime() + context.time.ms(timeout.timeoutInMinutes * 60))
          : undefined,
      timeoutAction: timeout?.action ?? (timeout ? 'ROLLBACK' : undefined)
    }
    record.hooks = [...record.hooks.filter((known) => known.status !== 'SUCCEEDED'), detail]
    record.updatedAt = context.time.now()
    try {
      if (type === 'PAUSE') await awaitDecision(detail, stage, context)
      else await invokeUntilDone(record, detail, stage, hook.hookDetails, context)
    } catch (error) {
      // Interrupted while it waited (a stop, an alarm, a newer deployment): the hook ends too.
      if (detail.status === 'AWAITING_ACTION' || detail.status === 'IN_PROGRESS') detail.status = 'FAILED'
      throw error
    }
    detail.status = 'SUCCEEDED'
  }
}

async function awaitDecision(detail: HookDetail, stage: string, context: HookContext): Promise<void> {
  for (;;) {
    context.check()
    if (detail.decision === 'CONTINUE') return
    if (detail.decision === 'ROLLBACK') {
      detail.status = 'FAILED'
      throw new RollbackNeeded(
        `Lifecycle hook ${detail.hookId} at ${stage}: ContinueServiceDeployment asked for ROLLBACK.`
      )
    }
    const expired = detail.expiresAt && context.time.now() >= detail.expiresAt
    if (expired) {
      detail.status = 'TIMED_OUT'
      if (detail.timeoutAction === 'CONTINUE') return
      throw new RollbackNeeded(`Lifecycle hook ${detail.hookId} at ${stage} timed out.`)
    }
    await context.time.sleep(context.pollSeconds)
  }
}

async function invokeUntilDone(
  record: ServiceDeploymentRecord,
  detail: HookDetail,
  stage: string,
  configured: unknown,
  context: HookContext
): Promise<void> {
  let hookDetails = configured
  for (;;) {
    context.check()
    const answer = await invoke(detail.targetArn!, payload(record, stage, hookDetails), context)
    context.check()
    if (answer.hookStatus === 'SUCCEEDED') return
    if (answer.hookStatus === 'IN_PROGRESS') {
      if (answer.hookDetails !== undefined) hookDetails = answer.hookDetails
      const delay = typeof answer.callBackDelay === 'number' ? answer.callBackDelay : DEFAULT_CALLBACK_SECONDS
      const until = context.time.now().getTime() + context.time.ms(delay)
      while (context.time.now().getTime() < until) {
        context.check()
        await context.time.sleep(Math.min(context.pollSeconds, delay))
      }
      continue
    }
    detail.status = 'FAILED'
    const why = answer.hookStatus === 'FAILED' ? 'returned FAILED' : answer.error
    throw new RollbackNeeded(`Lifecycle hook ${detail.targetArn} at ${stage} ${why}.`)
  }
}

/** What the function receives: the fields AWS documents, plus `lifecycleStage` (the stand-in's addition). */
function payload(record: ServiceDeploymentRecord, stage: string, hookDetails: unknown) {
  const target = record.targetRevision.arn
  const source = record.sourceRevisions[0]?.arn
  const split = (percent: number) => ({ ...(source ? { [source]: 100 - percent } : {}), [target]: percent })
  return {
    serviceArn: record.service.arn,
    targetServiceRevisionArn: target,
    lifecycleStage: stage,
    testTrafficWeights: split(record.weights.test),
    productionTrafficWeights: split(record.weights.production),
    hookDetails
  }
}

async function invoke(
  url: string,
  body: unknown,
  { time, signal }: HookContext
): Promise<{ hookStatus?: string; callBackDelay?: number; hookDetails?: unknown; error?: string }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.any([signal, AbortSignal.timeout(time.answerMs(INVOCATION_LIMIT_SECONDS))])
    })
    const text = await response.text()
    if (!response.ok) return { error: `failed: HTTP ${response.status}` }
    const answer = JSON.parse(text)
    if (!['SUCCEEDED', 'FAILED', 'IN_PROGRESS'].includes(answer?.hookStatus)) {
      return { error: `returned no valid hookStatus (${text.slice(0, 100)})` }
    }
    return answer
  } catch (error) {
    return { error: `failed: ${(error as Error).message}` }
  }
}
