import { run } from '../main/canary.ts'

await run()
