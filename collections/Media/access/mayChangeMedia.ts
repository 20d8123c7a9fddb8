import type { Access, PayloadRequest, Where } from 'payload'

import { COLLECTION } from '../../../src/constants'
import { hasRole } from '../../shared/access'
import { idOf } from '../../shared/refs'

/** Which of these media a published article shows: as its hero image or as its sharing image. */
async function mediaOnPublishedArticles(ids: Array<number | string>, req: PayloadRequest) {
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: COLLECTION.articles,
    where: {
      and: [{ _status: { equals: 'published' } }, { or: [{ heroImage: { in: ids } }, { 'meta.image': { in: ids } }] }],
    },
    select: { heroImage: true, meta: { image: true } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.flatMap((article) => [idOf(article.heroImage), idOf(article.meta?.image)]).filter((id) => id != null)
}

/**
 * Editors and admins change any media. A writer changes only what they uploaded themselves and no
 * published article shows: alt text, caption, credit and file of a live image are live content,
 * which goes through review like the article's text.
 */
export const mayChangeMedia: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!req.user || !hasRole(req.user, 'writer')) return false
  const own: Where = { uploadedBy: { equals: req.user.id } }
  const { docs } = await req.payload.find({
    collection: COLLECTION.media,
    where: own,
    select: { filename: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const live = await mediaOnPublishedArticles(
    docs.map((doc) => doc.id),
    req,
  )
  return live.length ? { and: [own, { id: { not_in: live } }] } : own
}
