/** The answer to a call, unless whoever made it stopped waiting meanwhile (then nothing more is asked on its behalf). */
export async function answer<T>(call: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  const output = await call
  signal?.throwIfAborted()
  return output
}
