import { run } from '../main/pair.ts'

await run()
