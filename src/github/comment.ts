/** The PR comment of a preview: one per PR and environment, found again by its hidden marker and updated in place. */

export type PreviewPhase = 'deploying' | 'ready' | 'failed' | 'removed' | 'replaced'

export interface CommentFacts {
  phase: PreviewPhase
  url?: string
  /** `X-Preview: pr-7`, when the preview is reached through a header. */
  header?: string
  host?: string
  taskDefinitionArn?: string
  commit?: string
  /** `green (web-green)` */
  where?: string
  /** The workflow run (a link, or `local`). */
  run: string
  /** One more sentence: why it failed, what replaced it. */
  note?: string
}

const headings: Record<PreviewPhase, string> = {
  deploying: '⏳ deploying',
  ready: '✅ ready',
  failed: '❌ failed',
  removed: '🧹 removed',
  replaced: '↪️ replaced'
}

/** The hidden line that tells this preview's comment from any other (one per environment). */
export function commentMarker(environment: string): string {
  return `<!-- ecs-deploy:preview environment=${environment} -->`
}

export function renderComment(environment: string, facts: CommentFacts): string {
  const live = facts.phase === 'ready' || facts.phase === 'deploying'
  const run = /^https?:\/\//.test(facts.run) ? `[workflow run](${facts.run})` : facts.run
  const rows: [string, string | undefined][] = [
    ['URL', live && facts.url ? facts.url : undefined],
    ['Host', live && facts.host && !facts.url ? `\`${facts.host}\`` : undefined],
    ['Header', live && facts.header ? `\`${facts.header}\`` : undefined],
    ['Version', facts.taskDefinitionArn ? `\`${facts.taskDefinitionArn}\`` : undefined],
    ['Commit', facts.commit ? `\`${facts.commit.slice(0, 12)}\`` : undefined],
    ['Runs on', facts.where],
    ['Run', run]
  ]
  const curl =
    facts.phase === 'ready' && facts.header && facts.url
      ? ['', '```sh', `curl -H '${facts.header}' ${facts.url}`, '```']
      : []
  return [
    commentMarker(environment),
    `### Preview (${environment}): ${headings[facts.phase]}`,
    '',
    '| | |',
    '|---|---|',
    ...rows.filter(([, value]) => value).map(([label, value]) => `| ${label} | ${value} |`),
    ...curl,
    ...(facts.note ? ['', facts.note] : [])
  ].join('\n')
}
