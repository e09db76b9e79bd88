/** The command-line options the benchmarks of an action under load share (`--tasks 4 --time-scale 0.05 ...`). */
import { parseArgs } from 'node:util'

export function benchArgs(name: string, defaults: { tasks: string }) {
  const { values } = parseArgs({
    options: {
      tasks: { type: 'string', default: defaults.tasks },
      'time-scale': { type: 'string', default: '0.05' },
      rate: { type: 'string', default: '100' },
      trials: { type: 'string', default: '3' },
      'poll-interval': { type: 'string', default: '250ms' },
      out: { type: 'string', default: `bench/results/${name}.json` }
    },
    allowPositionals: true
  })
  return {
    tasks: Number(values.tasks),
    scale: Number(values['time-scale']),
    rate: Number(values.rate),
    trials: Number(values.trials),
    pollInterval: values['poll-interval']!,
    out: values.out!
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
