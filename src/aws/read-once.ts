/**
 * A port whose `methods` answer each distinct call once. For the read-only checks made before the lock: finding what
 * to lock and checking what to change read the same things at the same moment, and the strategy reads them again
 * once it holds the lock. A signal is not part of a call's identity; a failed read is not kept.
 */
export function readOnce<P extends object>(port: P, methods: readonly (keyof P & string)[]): P {
  const answers = new Map<string, Promise<unknown>>()
  const shared: Record<string, unknown> = { ...(port as Record<string, unknown>) }
  for (const name of methods) {
    const read = port[name] as (...args: unknown[]) => Promise<unknown>
    shared[name] = (...args: unknown[]): Promise<unknown> => {
      const key = JSON.stringify([name, args.filter((arg) => !(arg instanceof AbortSignal))])
      const known = answers.get(key)
      if (known) return known
      const answer = read.apply(port, args)
      answers.set(key, answer)
      answer.catch(() => answers.delete(key))
      return answer
    }
  }
  return shared as P
}
