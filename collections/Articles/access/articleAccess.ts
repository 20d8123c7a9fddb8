import type { Access, Where } from 'payload'

import type { Stage } from '../../../src/constants'
import { WORKFLOW_RULES } from '../../../src/domain/workflow'
import { hasRole } from '../../shared/access'

/** Stages in which a writer may still change their own article. */
export const WRITER_EDITABLE_STAGES: Stage[] = ['draft', 'changes_requested']

type Request = { _status?: string; workflowAction?: string } | undefined

/**
 * Editors and admins update any article. A writer updates their own articles while they are a
 * draft or have changes requested — or, to withdraw one, while it waits for review. Writers never
 * publish: Payload asks this with data `{ _status: 'published' }` before it shows a Publish button.
 * Asked about articles in general (no document, no data: the admin's list deciding whether to
 * offer bulk Edit, Publish and Unpublish), the answer for writers is no; the admin then offers
 * them none. A bulk update over the API still reaches their own drafts only.
 */
export const canUpdateArticle: Access = ({ req, data, id }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!req.user || !hasRole(req.user, 'writer')) return false
  const request = data as Request
  if (request?._status === 'published' || (id === undefined && data === undefined)) return false
  const stages =
    request?.workflowAction === 'withdraw'
      ? [...WRITER_EDITABLE_STAGES, ...WORKFLOW_RULES.withdraw.from]
      : WRITER_EDITABLE_STAGES
  const own: Where = { and: [{ createdBy: { equals: req.user.id } }, { stage: { in: stages } }] }
  return own
}
