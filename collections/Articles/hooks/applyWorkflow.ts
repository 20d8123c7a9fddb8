import { Forbidden } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import type { Role, Stage, WorkflowAction } from '../../../src/constants'
import { transition } from '../../../src/domain/workflow'
import { fieldRefusal } from '../../../src/errors/fieldRefusal'
import { hasRole } from '../../shared/access'

type HistoryEntry = {
  at: string
  by?: number | string | null
  byName?: string | null
  from?: Stage | null
  to: Stage
  note?: string | null
}

/**
 * Moves the article through the review stages and records every move. Clients ask for a move with
 * the virtual `workflowAction` (+ `workflowNote`) fields, the same way over REST, GraphQL and the
 * Local API; `stage` itself cannot be written by anyone.
 */
export const applyWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const user = req.user
  const roles = ((user as { roles?: Role[] } | null)?.roles ?? []) as Role[]
  const from: Stage = operation === 'create' ? 'draft' : ((originalDoc?.stage as Stage | undefined) ?? 'draft')
  const action = data.workflowAction as WorkflowAction | undefined
  const note = typeof data.workflowNote === 'string' ? data.workflowNote.trim() : ''
  const isPublishing = data._status === 'published'

  let to: Stage = from
  if (action) {
    // Without a user (seed, system jobs) the rules are applied as an editor would.
    const result = transition({ from, action, roles: user ? roles : ['editor'], note })
    if (!result.ok) throw fieldRefusal([{ path: result.field, message: result.message }], result.status)
    to = result.to
  }

  if (isPublishing) {
    if (user && !hasRole(user, 'admin', 'editor')) {
      throw new Forbidden(req.t)
    }
    to = 'published'
  }

  const history = [...((originalDoc?.history as HistoryEntry[] | undefined) ?? [])]
  if (operation === 'create' || to !== from) {
    history.push({
      at: new Date().toISOString(),
      by: user?.id ?? null,
      // Kept as text too, so the history still reads well after an account is removed.
      byName: (user as { name?: string } | null)?.name ?? (user ? null : 'System'),
      from: operation === 'create' ? null : from,
      to,
      note: note || null,
    })
  }

  const next: Record<string, unknown> = { ...data, stage: to, history }
  delete next.workflowAction
  delete next.workflowNote
  if (isPublishing && !originalDoc?.publishedAt && !data.publishedAt) {
    next.publishedAt = new Date().toISOString()
  }
  return next
}
