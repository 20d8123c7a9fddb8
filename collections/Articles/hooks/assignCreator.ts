import type { CollectionBeforeChangeHook } from 'payload'

/** Remembers who started the article: writers may edit only their own. */
export const assignCreator: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && !data.createdBy) {
    return { ...data, createdBy: req.user.id }
  }
  return data
}
