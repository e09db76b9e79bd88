/**
 * The preview part of `npm run demo`: a pull request's version on a pair's idle color behind its own host, under
 * production load, with a local stand-in of GitHub's REST API; prints the preview URL, what requests with the
 * preview host and production requests were answered by, and the PR comment the action wrote; then the cleanup.
 */
import type { Emulator } from '../emulator/index.ts'
import { startGithubStandIn } from '../emulator/github/server.ts'
import { createColorPair } from '../emulator/rehearsal/infrastructure.ts'
import { startLoad } from '../emulator/rehearsal/load.ts'
import { runAction } from '../emulator/rehearsal/runner.ts'

export async function previewDemo(emulator: Emulator, say: (line: string) => void): Promise<void> {
  const github = await startGithubStandIn()
  try {
    const docs = await createColorPair({ endpoint: emulator.endpoint }, 'docs', {
      image: 'docs:v1',
      desiredCount: 3
    })
    say(`\npreview: docs-blue runs 3 tasks of docs:v1 behind ${docs.url}; pull request #12 builds docs:pr-12`)
    const pull = {
      number: 12,
      headSha: 'c0ffee12'.padEnd(40, '0'),
      headRepository: 'example/app',
      baseRepository: 'example/app'
    }
    const preview = (action: string, inputs: Record<string, string>) =>
      runAction('preview', {
        inputs: {
          cluster: docs.cluster,
          'blue-service': docs.blueService,
          'green-service': docs.greenService,
          'listener-rule': docs.ruleArn,
          host: 'pr-{pr}.preview.example.com',
          'health-check-url': docs.url,
          'poll-interval': '250ms',
          'github-token': 'demo-token',
          ...inputs
        },
        env: { ...emulator.env(), GITHUB_API_URL: github.url },
        eventName: 'pull_request',
        eventPayload: github.eventPayload(pull, action)
      })

    say('\n== preview: pull request #12 opened (mode deploy)')
    const production = startLoad({ url: docs.url, ratePerSecond: 50, maxDurationMs: 120_000 })
    const deployed = await preview('opened', { container: 'app', image: 'docs:pr-12' })
    say(
      `   outcome:  status=${deployed.outputs.status}, exit code ${deployed.exitCode}, ${(deployed.durationMs / 1000).toFixed(1)} s`
    )
    say(
      `   preview:  ${deployed.outputs.url} on ${deployed.outputs.color} (rule ${deployed.outputs['rule-arn']})`
    )
    const previewLoad = startLoad({
      url: docs.url,
      ratePerSecond: 20,
      maxDurationMs: 2000,
      headers: { host: 'pr-12.preview.example.com' }
    })
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const previewed = await previewLoad.stop()
    say(
      `   requests with Host pr-12.preview.example.com: ${JSON.stringify(previewed.byVersion)}, ${previewed.failed} failed`
    )
    say('   the PR comment:')
    for (const line of github.comments.find((comment) => comment.issue === 12)?.body.split('\n') ?? [])
      say(`   > ${line}`)

    say('\n== preview: pull request #12 closed (mode cleanup)')
    const cleaned = await preview('closed', { mode: 'cleanup' })
    say(`   outcome:  status=${cleaned.outputs.status}, exit code ${cleaned.exitCode}`)
    const deployments = github.deployments.map(
      (d) => `#${d.id}: ${d.statuses.map((s) => s.state).join(' -> ')}`
    )
    say(`   GitHub deployments: ${deployments.join('; ')}`)
    const traffic = await production.stop()
    say(`   production during both: ${JSON.stringify(traffic.byVersion)}, ${traffic.failed} failed`)
    say(
      `   GitHub received: ${github.requests.map((r) => `${r.method} ${r.path.replace(/^\/repos\/example\/app/, '')}`).join(', ')}`
    )
  } finally {
    await github.stop()
  }
}
