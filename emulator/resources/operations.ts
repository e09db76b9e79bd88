/** What the small emulated services share: dispatching an operation by name, and reading a required member. */
import type { Caller } from '../core/contracts.ts'
import { AwsError } from '../core/errors.ts'

type Operation = (input: any, caller?: Caller) => unknown

/** `handle(operation, input)` over a table of operations; an unknown one is answered as AWS answers it. */
export function operations(
  table: Record<string, Operation>
): (operation: string, input: any, caller?: Caller) => unknown {
  return (operation, input, caller) => {
    const run = Object.hasOwn(table, operation) ? table[operation] : undefined
    if (!run) throw new AwsError('UnknownOperationException', `Unknown operation ${operation}.`)
    return run(input ?? {}, caller)
  }
}

/** The input's member `name`, which must be a non-empty string. */
export function required(input: any, name: string): string {
  const value = input?.[name]
  if (typeof value !== 'string' || value === '') {
    throw new AwsError(
      'ValidationException',
      `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`
    )
  }
  return value
}
