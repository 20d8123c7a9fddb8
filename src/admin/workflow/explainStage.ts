import type { Role, Stage } from '@/constants'
import { publishRefusal } from '@/domain/workflow'

type Situation = {
  stage: Stage
  roles: readonly Role[]
  /** Whether the signed-in writer started this article. */
  own: boolean
  reviewRequired: boolean
  live: boolean
}

const isEditor = (roles: readonly Role[]) => roles.includes('admin') || roles.includes('editor')

/**
 * The sentence under the stage in the workflow panel: why the form is locked, what happens next,
 * what this person can do. Writers see a greyed-out form after submitting; this says why.
 */
export function explainStage({ stage, roles, own, reviewRequired, live }: Situation): string | null {
  if (isEditor(roles)) {
    if (stage === 'in_review' && live)
      return 'A change to the live article waits for approval; readers still see the published text.'
    const refusal = publishRefusal(stage, reviewRequired)
    if (refusal) return refusal.replace('This article is', 'It is')
    if (stage === 'approved') return 'Approved: ready to publish now or on a schedule.'
    return null
  }
  if (!roles.includes('writer')) return 'You can read articles here; writers and editors change them.'
  if (!own) return 'Another writer started this article: you can read it, not change it.'
  switch (stage) {
    case 'draft':
      return 'Your draft saves itself as you type. Submit it when it is ready for an editor.'
    case 'changes_requested':
      return 'An editor asked for changes (below). Revise, then submit again.'
    case 'in_review':
      return 'Submitted: the article is locked while an editor reviews it. Withdraw it to keep editing.'
    case 'approved':
      return 'Approved by an editor and waiting to be published. Withdraw it to change it again (it will need a new approval).'
    case 'published':
      return 'Live on the website. To change it, ask an editor to request changes.'
  }
}
