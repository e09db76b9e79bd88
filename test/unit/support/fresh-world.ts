import { afterEach, beforeEach } from '@jest/globals'
import { FakeClock } from './fake-clock.ts'

/** A fake clock and the scripted AWS running on it, as one test sees them. */
export interface World<Aws> {
  readonly clock: FakeClock
  readonly aws: Aws
}

/** Gives each test of the file a fresh clock and scripted AWS (made by `create`), restored after the test. */
export function freshWorldEachTest<Aws extends { restore(): void }>(
  create: (clock: FakeClock) => Aws
): World<Aws> {
  const world = {} as { clock: FakeClock; aws: Aws }
  beforeEach(() => {
    world.clock = new FakeClock()
    world.aws = create(world.clock)
  })
  afterEach(() => world.aws.restore())
  return world
}
