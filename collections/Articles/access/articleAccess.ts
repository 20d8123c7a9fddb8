import type { Access, Where } from 'payload'

import type { Stage } from '../../../src/constants'
import { hasRole } from '../../shared/access'

/** Stages in which a writer may still change their own article. */
export const WRITER_EDITABLE_STAGES: Stage[] = ['draft', 'changes_requested']

/** Writers can never publish; Payload asks this with data `{ _status: 'published' }` before showing Publish. */
const isPublishing = (data: unknown) => (data as { _status?: string } | undefined)?._status === 'published'

export const canUpdateArticle: Access = ({ req, data }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!req.user || !hasRole(req.user, 'writer')) return false
  if (isPublishing(data)) return false
  const own: Where = {
    and: [{ createdBy: { equals: req.user.id } }, { stage: { in: WRITER_EDITABLE_STAGES } }],
  }
  return own
}
