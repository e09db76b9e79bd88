import { run } from '../main/preview.ts'

await run()
