import type { Access, Where } from 'payload'

import { hasRole } from '../../shared/access'

/**
 * Moderators, editors and admins read every comment; a writer reads those on their own articles;
 * everyone else reads approved comments only (and their public fields, by field access).
 */
export const readComments: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'moderator')) return true
  const approved: Where = { status: { equals: 'approved' } }
  if (req.user && hasRole(req.user, 'writer')) {
    const onOwnArticles: Where = { 'article.createdBy': { equals: req.user.id } }
    return { or: [approved, onOwnArticles] }
  }
  return approved
}
