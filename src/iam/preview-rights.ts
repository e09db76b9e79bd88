/** The rights of pull-request previews: the preview action's own rule, and a release removing a preview. */
import { ecsArn, elbArn, type Right } from './right.ts'

const previewRuleArns = [elbArn('listener-rule/app/<load-balancer>/*')]
const createPreviewRule: Right = {
  sid: 'CreatePreviewRule',
  why: "create the pull request's preview rule (its host or header to the idle color) with its tags",
  actions: ['elasticloadbalancing:CreateRule'],
  // Authorized against the preview listener, and the tags on create (AddTags) against the new rule.
  resources: [elbArn('listener/app/<load-balancer>/*'), ...previewRuleArns]
}
const tagAndDeletePreviewRule: Right = {
  sid: 'TagAndDeletePreviewRule',
  why: "tag the preview rule (on create, and with each new push's run and commit) and delete it (cleanup, takeover)",
  actions: ['elasticloadbalancing:AddTags', 'elasticloadbalancing:DeleteRule'],
  resources: previewRuleArns
}
const changePreviewRule: Right = {
  sid: 'ChangePreviewRule',
  why: "change the preview rule's host or header",
  actions: ['elasticloadbalancing:ModifyRule'],
  resources: previewRuleArns,
  when: "a new push changes the preview's `host` or `header`"
}
const readPreviewTags: Right = {
  sid: 'ReadPreviewRuleTags',
  why: "read a preview rule's tags (its pull request, GitHub deployment and run)",
  actions: ['elasticloadbalancing:DescribeTags'],
  resources: ['*']
}
const tagPreviewService: Right = {
  sid: 'TagPreviewService',
  why: "name the preview rule in the idle service's tags, and clear it when the preview is removed",
  actions: ['ecs:TagResource'],
  resources: [ecsArn('service/<cluster>/*')]
}
/** Production first: a release removes the preview that holds the color it needs (src/pair/preview.ts). */
const previewHeld = 'a pull-request preview holds the color the run deploys to (it is removed first)'
export const RELEASE_PREVIEW: Right[] = [
  {
    sid: 'DeletePreviewRule',
    why: 'delete the preview rule',
    actions: ['elasticloadbalancing:DeleteRule'],
    resources: previewRuleArns,
    when: previewHeld
  },
  { ...readPreviewTags, why: "read the preview rule's tags (the pull request to tell)", when: previewHeld }
]

/** A preview's own rule, and its name on the idle service. */
export const PREVIEW_RULE = [
  createPreviewRule,
  tagAndDeletePreviewRule,
  changePreviewRule,
  readPreviewTags,
  tagPreviewService
]
