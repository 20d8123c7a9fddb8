import type { Access } from 'payload'

import { hasRole } from '../../shared/access'

/**
 * Moderators, editors and admins delete a comment only from the trash, whichever API they use: a
 * comment is trashed first, and can be restored from there until someone empties it. An approved or
 * pending comment asked to be deleted is not found (404), as if it were not there to delete.
 */
export const deleteTrashed: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'editor', 'moderator') ? { status: { equals: 'trash' } } : false
