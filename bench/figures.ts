/** What the benchmarks count and summarise: API calls by operation, the spread of a measure over trials. */
import type { ApiCall } from '../emulator/core/contracts.ts'

/** The API calls a run made, by operation. */
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

/** The middle of `values` (the upper one of an even count, as the benchmarks' figures have always been taken). */
export const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** The least, the median and the greatest of `values`. */
export function spread(values: number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b)
  return { min: sorted[0], median: median(sorted), max: sorted[sorted.length - 1] }
}
