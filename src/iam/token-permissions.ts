/**
 * The permissions of the workflow's `GITHUB_TOKEN` each action needs, beside its AWS rights (./rights.ts): the
 * README's "IAM permissions" section lists them. Only the preview and the releases that may replace a preview call
 * GitHub's API.
 */

/** A permission of the workflow's `GITHUB_TOKEN` (`permissions:` in the workflow), e.g. `pull-requests: write`. */
export interface TokenPermission {
  scope: string
  access: 'read' | 'write'
  why: string
  /** Not needed: what degrades without it. */
  optional?: string
}

/** The GitHub token permissions of the actions that call GitHub's API; the others need no token. */
const warnsOnce = 'the run warns once, for both permissions, and goes on'
/** What a release needs to tell a pull request that it replaced its preview (production first). */
const tellReplacedPreview: TokenPermission[] = [
  {
    scope: 'pull-requests',
    access: 'write',
    why: "update the pull request's preview comment: replaced by this run",
    optional: `the comment still shows the preview as ready (${warnsOnce})`
  },
  {
    scope: 'deployments',
    access: 'write',
    why: "mark the replaced preview's GitHub deployment inactive",
    optional: `the replaced preview's deployment stays active (${warnsOnce})`
  }
]

export const TOKEN_PERMISSIONS: Record<string, TokenPermission[]> = {
  'blue-green': tellReplacedPreview,
  canary: tellReplacedPreview,
  rollback: tellReplacedPreview,
  preview: [
    {
      scope: 'pull-requests',
      access: 'write',
      why: "write the preview's comment on the pull request (its address and state) and update it in place",
      optional: `no comment on the pull request (${warnsOnce})`
    },
    {
      scope: 'deployments',
      access: 'write',
      why: "record the preview as a GitHub deployment of the pull request's head, with its statuses (inactive once removed)",
      optional: `no GitHub deployment and no \`deployment-id\` output (${warnsOnce})`
    }
  ]
}
