/** The inputs of every action that deploys a version, about its preflight and its old revisions (action.yml names). */
import { boolean, integer, optional, withDefault } from '../core/inputs.ts'

export const releaseInputs = {
  preflight: withDefault('preflight', 'true', boolean),
  keepRevisions: optional('keep-revisions', integer({ min: 1 }))
}
