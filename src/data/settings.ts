import { cache } from 'react'

import { SITE_SETTINGS } from '../../collections/globals/SiteSettings'
import { AS_READER, payloadClient } from './payload'

export const getSiteSettings = cache(async () => {
  const payload = await payloadClient()
  const settings = await payload.findGlobal({ slug: SITE_SETTINGS, depth: 0, ...AS_READER })
  return { relatedCount: settings.relatedCount ?? 3, articlesPerPage: settings.articlesPerPage ?? 12 }
})
