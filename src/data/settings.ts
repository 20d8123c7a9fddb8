import { cache } from 'react'

import { SITE_DEFAULTS, SITE_SETTINGS } from '../../collections/globals/SiteSettings'
import { DEFAULT_TIME_ZONE } from '../domain/timeZones'
import type { Media } from '../payload-types'
import { AS_READER, payloadClient } from './payload'

export type SiteLogo = { url: string; alt: string; width: number | null; height: number | null }

export type SiteSettingsView = {
  siteName: string
  tagline: string
  logo: SiteLogo | null
  timezone: string
  relatedCount: number
  articlesPerPage: number
}

function logoOf(value: unknown): SiteLogo | null {
  const media = value && typeof value === 'object' ? (value as Media) : null
  if (!media?.url) return null
  return { url: media.url, alt: media.alt, width: media.width ?? null, height: media.height ?? null }
}

/** Website settings with their defaults filled in, read as a reader; once per request. */
export const getSiteSettings = cache(async (): Promise<SiteSettingsView> => {
  const payload = await payloadClient()
  const settings = await payload.findGlobal({ slug: SITE_SETTINGS, depth: 1, ...AS_READER })
  // Never saved: the defaults. Saved with the tagline cleared: no tagline.
  const saved = Boolean(settings.updatedAt)
  return {
    siteName: settings.siteName?.trim() || SITE_DEFAULTS.siteName,
    tagline: saved ? (settings.tagline?.trim() ?? '') : SITE_DEFAULTS.tagline,
    logo: logoOf(settings.logo),
    timezone: settings.timezone || DEFAULT_TIME_ZONE,
    relatedCount: settings.relatedCount ?? 3,
    articlesPerPage: settings.articlesPerPage ?? 12,
  }
})

/**
 * The newsroom's IANA time zone ("Europe/London"), for showing and picking dates and times: the one
 * reader of it, on the website, in admin components and in jobs alike.
 */
export async function siteTimezone(): Promise<string> {
  return (await getSiteSettings()).timezone
}
