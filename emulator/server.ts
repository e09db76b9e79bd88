/**
 * The emulator's single HTTP endpoint. Each request is routed by its wire protocol to the ECS, ELBv2, CloudWatch,
 * ECR, Secrets Manager, SSM, IAM or CloudWatch Logs service, after the service's fault settings have had their say; every call is logged.
 * Signatures are not checked; credentials are only when the emulator enforces policies (iam/access.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomUUID } from 'node:crypto'
import type {
  ApiCall,
  ApiService,
  FaultSettings,
  Hold,
  ResourceServiceName,
  ServiceName
} from './core/contracts.ts'
import { AwsError } from './core/errors.ts'
import { THROTTLED_CODES, type RateLimiter } from './core/rate-limits.ts'
import type { Enforcer } from './iam/access.ts'
import { awsJson } from './protocol/json.ts'
import { awsQuery, isFormEncoded, queryErrorDocument } from './protocol/query.ts'
import type { WireProtocol, WireRequest, WireResponse } from './protocol/wire.ts'

interface ServiceWire {
  /** The protocols the service's clients speak, any of which may carry a call. */
  protocols: WireProtocol[]
  /** What the service answers when it throttles a caller. */
  throttleCode: string
  /** What the service answers on an internal failure. */
  internalError: { code: string; message: string }
}

/** Each service's protocol and fault vocabulary, as the AWS SDK clients expect them. */
export const WIRES: Record<ServiceName, ServiceWire> = {
  ecs: {
    protocols: [awsJson({ version: '1.1', targetPrefix: 'AmazonEC2ContainerServiceV20141113' })],
    throttleCode: 'ThrottlingException',
    internalError: { code: 'ServerException', message: 'Service Unavailable. Please try again later.' }
  },
  elb: {
    protocols: [
      awsQuery({ version: '2015-12-01', xmlns: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/' })
    ],
    throttleCode: 'Throttling',
    internalError: { code: 'InternalFailure', message: 'An internal error occurred.' }
  },
  cloudwatch: {
    protocols: [
      // What the current SDK v3 client sends.
      awsJson({ version: '1.0', targetPrefix: 'GraniteServiceVersion20100801', queryCompatible: true }),
      // What older clients send (the AWS CLI v2 packaged by Debian, older boto3 and SDK v3 releases).
      awsQuery({
        version: '2010-08-01',
        xmlns: 'http://monitoring.amazonaws.com/doc/2010-08-01/',
        withoutResult: ['PutMetricData', 'PutMetricAlarm', 'SetAlarmState', 'DeleteAlarms'],
        mapMembers: ['ExtendedStatistics']
      })
    ],
    throttleCode: 'ThrottlingException',
    internalError: { code: 'InternalServiceError', message: 'An internal error occurred.' }
  },
  ecr: jsonWire('AmazonEC2ContainerRegistry_V20150921', 'ServerException'),
  secretsmanager: jsonWire('secretsmanager', 'InternalServiceError'),
  ssm: jsonWire('AmazonSSM', 'InternalServerError'),
  logs: jsonWire('Logs_20140328', 'ServiceUnavailableException'),
  iam: {
    protocols: [awsQuery({ version: '2010-05-08', xmlns: 'https://iam.amazonaws.com/doc/2010-05-08/' })],
    throttleCode: 'Throttling',
    internalError: { code: 'ServiceFailure', message: 'An internal error occurred.' }
  },
  sts: {
    protocols: [awsQuery({ version: '2011-06-15', xmlns: 'https://sts.amazonaws.com/doc/2011-06-15/' })],
    throttleCode: 'Throttling',
    internalError: { code: 'InternalFailure', message: 'An internal error occurred.' }
  }
}

/** An awsJson1_1 service (ECR, Secrets Manager, SSM, CloudWatch Logs): its target prefix and internal error code. */
function jsonWire(targetPrefix: string, internalCode: string): ServiceWire {
  return {
    protocols: [awsJson({ version: '1.1', targetPrefix })],
    throttleCode: 'ThrottlingException',
    internalError: { code: internalCode, message: 'An internal error occurred.' }
  }
}

const NO_FAULTS: FaultSettings = { throttleRate: 0, errorRate: 0 }
const MAX_BODY_BYTES = 16 * 1024 * 1024

export interface ServerOptions {
  /** The resource services (ECR, ...) are optional: requests for one not given are not recognised. */
  services: Record<Exclude<ServiceName, ResourceServiceName>, ApiService> &
    Partial<Record<ResourceServiceName, ApiService>>
  /** 0 (the default) picks a free port. */
  port?: number
  /** Source of randomness for fault injection. */
  random?: () => number
  /** AWS's rate limits, when enforced. */
  limiter?: RateLimiter
  /** Holds callers to their policies; without it every caller may do everything. */
  enforcer?: Enforcer
}

export interface EmulatorServer {
  /** `http://127.0.0.1:<port>` */
  endpoint: string
  port: number
  calls: ApiCall[]
  faults: {
    set(service: ServiceName, settings: Partial<FaultSettings>): void
    get(service: ServiceName): FaultSettings
    /**
     * Holds the next call of `operation` on `service` (whose input `match` accepts, if given): it is logged, then
     * waits, neither applied nor answered, until `release()`. Holds catch one call each, in the order they were set.
     */
    hold(service: ServiceName, operation: string, match?: (input: any) => boolean): Hold
    /** Rates back to 0; every hold released (held calls go through, waiting holds are disarmed). */
    clear(): void
  }
  close(): Promise<void>
}

export async function startServer(options: ServerOptions): Promise<EmulatorServer> {
  const random = options.random ?? Math.random
  const calls: ApiCall[] = []
  const faultSettings = new Map<ServiceName, FaultSettings>()
  const faultsOf = (service: ServiceName) => faultSettings.get(service) ?? NO_FAULTS
  const names = (Object.keys(WIRES) as ServiceName[]).filter((name) => options.services[name])

  interface PendingHold {
    service: ServiceName
    operation: string
    match?: (input: any) => boolean
    caught: boolean
    arrive(call: ApiCall): void
    released: Promise<void>
    release(): void
  }
  let holds: PendingHold[] = []

  function hold(service: ServiceName, operation: string, match?: (input: any) => boolean): Hold {
    let arrive!: (call: ApiCall) => void
    let release!: () => void
    const arrived = new Promise<ApiCall>((resolve) => (arrive = resolve))
    const released = new Promise<void>((resolve) => (release = resolve))
    const pending: PendingHold = { service, operation, match, caught: false, arrive, released, release }
    holds.push(pending)
    return {
      arrived,
      release: () => {
        holds = holds.filter((other) => other !== pending)
        pending.release()
      }
    }
  }

  /** The hold that catches this call, if any (a `match` that throws does not match). */
  function holdFor(call: ApiCall): PendingHold | undefined {
    const found = holds.find((candidate) => {
      if (candidate.caught || candidate.service !== call.service || candidate.operation !== call.operation) {
        return false
      }
      try {
        return !candidate.match || candidate.match(call.input)
      } catch {
        return false
      }
    })
    if (found) found.caught = true
    return found
  }

  function releaseAll(): void {
    const all = holds
    holds = []
    for (const pending of all) pending.release()
  }

  /** The first protocol of any service that recognises the request, with its call. */
  function route(request: WireRequest) {
    for (const service of names) {
      for (const protocol of WIRES[service].protocols) {
        const call = protocol.decode(request)
        if (call) return { service, protocol, call }
      }
    }
    return undefined
  }

  async function answer(body: string, request: IncomingMessage): Promise<WireResponse> {
    const requestId = randomUUID()
    const wireRequest = { headers: request.headers, body }
    const routed = route(wireRequest)
    if (!routed) return unmatched(wireRequest, requestId)
    const { service, protocol, call } = routed
    const { throttleCode, internalError } = WIRES[service]
    const log: ApiCall = { service, operation: call.operation, at: new Date() }
    if ('input' in call) log.input = copyOf(call.input)
    const access =
      'input' in call
        ? options.enforcer?.check(service, call.operation, call.input, request.headers)
        : undefined
    if (access) Object.assign(log, { role: access.role, actions: access.actions })
    calls.push(log)
    const held = holdFor(log)
    if (held) {
      held.arrive(log)
      // Then applied and answered, even if the caller gave up meanwhile: AWS acts on a request it received.
      await held.released
    }
    try {
      if ('error' in call) throw call.error
      if (access?.denied) throw access.denied
      if (options.limiter?.admit(service, call.operation))
        throw new AwsError(THROTTLED_CODES[service], 'Rate exceeded')
      const faults = faultsOf(service)
      if (faults.throttleRate > 0 && random() < faults.throttleRate) {
        throw new AwsError(throttleCode, 'Rate exceeded')
      }
      if (faults.errorRate > 0 && random() < faults.errorRate) {
        throw new AwsError(internalError.code, internalError.message, 500)
      }
      const output = await options.services[service]!.handle(call.operation, call.input, {
        role: access?.role
      })
      return protocol.result(call.operation, output, requestId)
    } catch (thrown) {
      let error: AwsError
      if (thrown instanceof AwsError) {
        error = thrown
      } else {
        console.error(`emulator: ${service} ${call.operation} failed:`, thrown)
        error = new AwsError(internalError.code, internalError.message, 500)
      }
      log.error = error.code
      return protocol.error(call.operation, error, requestId)
    }
  }

  async function onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let reply: WireResponse
    try {
      reply = await answer(await readBody(request), request)
    } catch (error) {
      reply = { status: 400, headers: { 'content-type': 'text/plain' }, body: (error as Error).message }
    }
    response.writeHead(reply.status, { ...reply.headers, 'content-length': Buffer.byteLength(reply.body) })
    response.end(reply.body)
  }

  const server = createServer((request, response) => void onRequest(request, response))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port

  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    calls,
    faults: {
      set: (service, settings) => faultSettings.set(service, { ...faultsOf(service), ...settings }),
      get: faultsOf,
      hold,
      clear: () => {
        faultSettings.clear()
        releaseAll()
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        releaseAll()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
  }
}

/** The input as it arrived (a service may normalise the object it is handed). */
function copyOf(input: unknown): unknown {
  try {
    return structuredClone(input)
  } catch {
    return input
  }
}

/**
 * The answer to a request no service recognised: an awsQuery `ErrorResponse` for a form-encoded body (an
 * unknown Version, or no Action), since that is the only shape such a client can read; JSON otherwise.
 */
function unmatched(request: WireRequest, requestId: string): WireResponse {
  const served =
    'the emulated services (ECS, ELBv2 2015-12-01, CloudWatch 2010-08-01, ECR, Secrets Manager, SSM, IAM 2010-05-08, CloudWatch Logs)'
  if (isFormEncoded(request)) {
    const params = new URLSearchParams(request.body)
    const action = params.get('Action')
    const error = action
      ? new AwsError(
          'InvalidAction',
          `The action ${action} for version ${params.get('Version') ?? '(none)'} is not valid for ${served}.`
        )
      : new AwsError('MissingAction', 'The request must contain the parameter Action.')
    return {
      status: error.status,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
      body: queryErrorDocument(error, requestId)
    }
  }
  return {
    status: 404,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId },
    body: JSON.stringify({
      __type: 'UnknownOperationException',
      message: `The request matches none of ${served}`
    })
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'))
        request.destroy()
      } else chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}
