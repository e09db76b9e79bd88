import { run } from '../main/blue-green.ts'

await run()
