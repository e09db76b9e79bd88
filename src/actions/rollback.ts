import { run } from '../main/rollback.ts'

await run()
