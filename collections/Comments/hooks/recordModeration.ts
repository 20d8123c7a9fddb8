import type { CollectionBeforeChangeHook } from 'payload'

const REMOVED = new Set(['spam', 'trash'])
const SHOWN_OR_QUEUED = new Set(['pending', 'approved'])

/**
 * Who approved, marked as spam or trashed a comment, and when; and, when it leaves the queue or the
 * site for spam or the trash, where it was, so that "Restore" and "Not spam" put it back there.
 */
export const recordModeration: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !data.status || data.status === originalDoc?.status) return data
  const from = originalDoc?.status as string | undefined
  const removedFrom = REMOVED.has(data.status) && from && SHOWN_OR_QUEUED.has(from) ? { previousStatus: from } : {}
  return { ...data, ...removedFrom, moderatedBy: req.user?.id ?? null, moderatedAt: new Date().toISOString() }
}
