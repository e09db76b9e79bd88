/**
 * Which calls of a port change AWS. Every port declares each of its methods a read or a change in one table whose
 * type names them all (a method added to the port and not to its table fails the type check), so whatever guards
 * changes (the lock's fence) guards a new one too, without a list to keep.
 */
export type Calls<P> = {
  [K in keyof P]-?: P[K] extends (...args: never[]) => Promise<unknown> ? 'read' | 'change' : never
}

/** The port with `before` awaited ahead of every call its table names a change; reads go straight through. */
export function beforeChanges<P extends object>(port: P, calls: Calls<P>, before: () => Promise<void>): P {
  const guarded: Record<string, unknown> = { ...(port as Record<string, unknown>) }
  for (const name of Object.keys(calls) as (keyof P & string)[]) {
    if (calls[name] !== 'change') continue
    const change = port[name] as (...args: unknown[]) => Promise<unknown>
    guarded[name] = async (...args: unknown[]): Promise<unknown> => {
      await before()
      return change.apply(port, args)
    }
  }
  return guarded as P
}
