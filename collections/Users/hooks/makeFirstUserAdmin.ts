import type { CollectionBeforeChangeHook } from 'payload'

import { COLLECTION } from '../../../src/constants'

/**
 * The admin's first-register screen creates the very first account without anyone signed in, so
 * nobody could grant it a role: that account becomes the admin.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: COLLECTION.users, req, overrideAccess: true })
  if (totalDocs === 0) {
    return { ...data, roles: ['admin'] }
  }
  return data
}
