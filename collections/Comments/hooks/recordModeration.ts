import type { CollectionBeforeChangeHook } from 'payload'

/** Who approved, marked as spam or trashed a comment, and when. */
export const recordModeration: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !data.status || data.status === originalDoc?.status) return data
  return { ...data, moderatedBy: req.user?.id ?? null, moderatedAt: new Date().toISOString() }
}
