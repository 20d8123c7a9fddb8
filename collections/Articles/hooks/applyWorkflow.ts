import { Forbidden } from 'payload'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { COLLECTION, type Role, type Stage, type WorkflowAction } from '../../../src/constants'
import { changedParts } from '../../../src/domain/approvedText'
import { APPROVED_STAGES, publishRefusal, transition } from '../../../src/domain/workflow'
import { fieldRefusal } from '../../../src/errors/fieldRefusal'
import { reviewRequired } from '../../globals/EditorialSettings'
import { hasRole } from '../../shared/access'
import { fingerprintOf, type ApprovalFingerprint } from './approvalFingerprint'
import { isDraftSave, statusAfterSave } from './saveKind'

type HistoryEntry = {
  at: string
  by?: number | string | null
  byName?: string | null
  from?: Stage | null
  to: Stage
  note?: string | null
}

/** Whether the article's main row — what the website shows — is published now. */
async function isLive(originalDoc: { id?: number | string } | undefined, req: PayloadRequest): Promise<boolean> {
  if (originalDoc?.id === undefined) return false
  const main = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
    collection: COLLECTION.articles,
    where: { id: { equals: originalDoc.id } },
    req,
  })
  return main?._status === 'published'
}

function entry(req: PayloadRequest, from: Stage | null, to: Stage, note?: string | null): HistoryEntry {
  const user = req.user as { id: number | string; name?: string } | null
  return {
    at: new Date().toISOString(),
    by: user?.id ?? null,
    // Kept as text too, so the history still reads well after an account is removed.
    byName: user?.name ?? (user ? null : 'System'),
    from,
    to,
    note: note || null,
  }
}

/**
 * Moves the article through the review stages and records every move. Clients ask for a move with
 * the virtual `workflowAction` (+ `workflowNote`) fields, the same way over REST, GraphQL and the
 * Local API; `stage`, the history and the approval fingerprint cannot be written by anyone.
 *
 * An approval covers the text approved (src/domain/approvedText.ts): a save that changes it sends
 * an approved or published article back to review. With review required (the editorial setting)
 * nothing is published — now, scheduled, in bulk, by restoring a version — unless it is approved.
 */
export const applyWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const user = req.user
  // Without a user (the seed, an import, a job of the system) the server acts with an admin's rights.
  const roles = (user ? ((user as { roles?: Role[] }).roles ?? []) : ['admin']) as Role[]
  const from: Stage = operation === 'create' ? 'draft' : ((originalDoc?.stage as Stage | undefined) ?? 'draft')
  const action = data.workflowAction as WorkflowAction | undefined
  const note = typeof data.workflowNote === 'string' ? data.workflowNote.trim() : ''
  const status = statusAfterSave({ data, originalDoc, operation, req })
  const isPublishing = status === 'published'

  const current = fingerprintOf({ ...(originalDoc ?? {}), ...data })
  // Articles approved before fingerprints existed: the text they have is the text that was approved.
  let approved = (originalDoc?.approvalFingerprint as ApprovalFingerprint | null | undefined) ?? null
  if (!approved && APPROVED_STAGES.includes(from) && originalDoc) approved = fingerprintOf(originalDoc)

  const moves: HistoryEntry[] = operation === 'create' ? [entry(req, null, 'draft')] : []
  let to: Stage = from
  if (action) {
    const result = transition({ from, action, roles, note, publishing: isPublishing })
    if (!result.ok) throw fieldRefusal([{ path: result.field, message: result.message }], result.status)
    to = result.to
    moves.push(entry(req, from, to, action === 'publish_without_review' ? `Published without review: ${note}` : note))
    if (action === 'approve') approved = current
  } else if (approved && (from === 'approved' || from === 'published')) {
    const changed = changedParts(approved, current)
    if (changed.length) {
      to = 'in_review'
      // The part names read as they are (title, excerpt, intro, reasons, conclusion).
      const parts = changed.join(', ')
      moves.push(entry(req, from, to, `Changed after approval (${parts}): back to review.`))
      approved = { ...approved, reopenedFrom: from }
    }
  } else if (approved?.reopenedFrom && from === 'in_review' && !changedParts(approved, current).length) {
    to = approved.reopenedFrom
    moves.push(entry(req, from, to, 'Back to the approved text.'))
  }
  // Any other move of the stage settles the question of returning.
  if (approved?.reopenedFrom && to !== 'in_review') approved = { ...approved, reopenedFrom: undefined }

  if (operation === 'update' && status === 'draft' && !isDraftSave(req) && (await isLive(originalDoc, req))) {
    // Unpublished: a live article goes back to draft; a correction under review stays in its stage.
    const after: Stage = to === 'published' ? 'draft' : to
    moves.push(entry(req, to, after, 'Unpublished'))
    to = after
    if (approved?.reopenedFrom === 'published') approved = { ...approved, reopenedFrom: 'approved' }
  }

  if (isPublishing) {
    if (user && !hasRole(user, 'admin', 'editor')) throw new Forbidden(req.t)
    if (action !== 'publish_without_review') {
      const refusal = publishRefusal(to, await reviewRequired(req))
      if (refusal) throw fieldRefusal([{ path: '_status', message: `_status: ${refusal}` }], 400)
    }
    if (to !== 'published') moves.push(entry(req, to, 'published'))
    to = 'published'
    // What goes live is, from now on, the approved text.
    approved = { ...current }
  }

  const history = [...((originalDoc?.history as HistoryEntry[] | undefined) ?? []), ...moves]
  const next: Record<string, unknown> = { ...data, stage: to, history, approvalFingerprint: approved }
  delete next.workflowAction
  delete next.workflowNote
  if (isPublishing && !originalDoc?.publishedAt && !data.publishedAt) {
    next.publishedAt = new Date().toISOString()
  }
  return next
}
