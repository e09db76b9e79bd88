/**
 * `npm run emulator -- [--port 4566] [--time-scale 0.01] [--region us-east-1] [--account-id 000000000000]
 *   [--rate-limits scaled|real|off] [--iam principals.json]` (`{ "<access key id>": { "role": "<name>", "policy": <IAM policy> } }`).
 * Prints `emulator ready <endpoint>` once it accepts requests; stops cleanly on SIGINT / SIGTERM.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { EmulatorOptions } from './index.ts'

const USAGE =
  'usage: emulator [--port <n>] [--time-scale <factor>] [--region <name>] [--account-id <12 digits>] ' +
  '[--rate-limits scaled|real|off] [--iam <file>]'

function parseOptions(args: string[]): EmulatorOptions {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string', default: '4566' },
      'time-scale': { type: 'string', default: '1' },
      region: { type: 'string', default: 'us-east-1' },
      'account-id': { type: 'string', default: '000000000000' },
      'rate-limits': { type: 'string', default: 'scaled' },
      iam: { type: 'string' }
    }
  })
  const port = Number(values.port)
  if (!/^\d+$/.test(values.port) || port > 65535)
    throw new Error(`--port must be 0 to 65535, got ${values.port}`)
  const timeScale = Number(values['time-scale'])
  if (!(timeScale > 0) || !Number.isFinite(timeScale)) {
    throw new Error(`--time-scale must be a positive number, got ${values['time-scale']}`)
  }
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(values.region))
    throw new Error(`--region is not a region: ${values.region}`)
  if (!/^\d{12}$/.test(values['account-id'])) throw new Error('--account-id must be 12 digits')
  const limits = values['rate-limits']
  if (limits !== 'scaled' && limits !== 'real' && limits !== 'off') {
    throw new Error(`--rate-limits must be scaled, real or off, got ${limits}`)
  }
  const rateLimits: EmulatorOptions['rateLimits'] = limits === 'off' ? false : { clock: limits }
  const options: EmulatorOptions = {
    port,
    timeScale,
    region: values.region,
    accountId: values['account-id'],
    rateLimits
  }
  if (values.iam !== undefined) {
    try {
      options.iam = { principals: JSON.parse(readFileSync(values.iam, 'utf8')) }
    } catch (error) {
      throw new Error(`--iam ${values.iam}: ${(error as Error).message}`, { cause: error })
    }
  }
  return options
}

async function main(): Promise<void> {
  let options: EmulatorOptions
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    const message = (error as Error).message.replace(/\s+/g, ' ')
    process.stderr.write(`emulator: ${message} (${USAGE})\n`)
    process.exit(2)
  }
  // Loaded only once the flags are good, so that a usage error answers at once.
  const { startEmulator } = await import('./index.ts')
  const emulator = await startEmulator(options)
  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    emulator.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`emulator: stopping failed: ${(error as Error).message}\n`)
        process.exit(1)
      }
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  process.stdout.write(`emulator ready ${emulator.endpoint}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`emulator: ${(error as Error).message}\n`)
  process.exit(1)
})
