import { run } from '../main/rolling.ts'

await run()
