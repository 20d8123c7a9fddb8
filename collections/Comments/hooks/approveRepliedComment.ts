import type { CollectionAfterChangeHook } from 'payload'

import { COLLECTION } from '../../../src/constants'
import { idOf } from '../../shared/refs'

/**
 * A staff reply to a comment still in the queue approves that comment, as WordPress's "Approve and
 * reply" does: a published answer to an unpublished question would hang in the air. The approval
 * runs as the staff member (their access applies) in the same transaction, so both happen or neither.
 */
export const approveRepliedComment: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !doc.byStaff || doc.parent == null) return doc
  const parentId = idOf(doc.parent)!
  const parent = await req.payload.findByID({
    collection: COLLECTION.comments,
    id: parentId,
    depth: 0,
    select: { status: true },
    req,
  })
  if (parent.status === 'pending') {
    await req.payload.update({
      collection: COLLECTION.comments,
      id: parentId,
      data: { status: 'approved' },
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
  }
  return doc
}
