/** The API calls a run made, by operation (what the benchmarks print and write next to their totals). */
import type { ApiCall } from '../emulator/core/contracts.ts'

export function byOperation(calls: ApiCall[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const call of calls) counts[call.operation] = (counts[call.operation] ?? 0) + 1
  return counts
}

/** `DescribeServices 13, UpdateService 1, ...` */
export const listed = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .map(([operation, count]) => `${operation} ${count}`)
    .join(', ')
