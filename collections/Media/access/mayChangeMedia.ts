import type { Access, PayloadRequest, Where } from 'payload'

import { COLLECTION } from '../../../src/constants'
import { SITE_SETTINGS } from '../../globals/SiteSettings'
import { hasRole } from '../../shared/access'
import { idOf } from '../../shared/refs'

/**
 * Which of these media readers see: a published article's hero or sharing image, or the site's logo
 * (in the header of every page).
 */
async function liveMedia(ids: Array<number | string>, req: PayloadRequest) {
  if (!ids.length) return []
  const site = await req.payload.findGlobal({ slug: SITE_SETTINGS, select: { logo: true }, depth: 0, req })
  const logo = idOf(site.logo)
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
  return [logo, ...docs.flatMap((article) => [idOf(article.heroImage), idOf(article.meta?.image)])].filter(
    (id) => id != null && ids.includes(id),
  )
}

/**
 * Editors and admins change any media. A writer changes only what they uploaded themselves and
 * readers do not see: alt text, caption, credit and file of a live image are live content,
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
  const live = await liveMedia(
    docs.map((doc) => doc.id),
    req,
  )
  return live.length ? { and: [own, { id: { not_in: live } }] } : own
}
