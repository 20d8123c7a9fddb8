import type { Payload, PayloadRequest } from 'payload'

import { SITE_DEFAULTS, SITE_SETTINGS } from '../../collections/globals/SiteSettings'
import { DEFAULT_TIME_ZONE } from '../domain/timeZones'
import type { Media } from '../payload-types'

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

/**
 * Website settings with their defaults filled in, read as an anonymous reader (they are public):
 * the one reading of them, for the website (src/data/settings.ts), the admin's logo and the emails.
 */
export async function readSiteSettings(payload: Payload, req?: PayloadRequest): Promise<SiteSettingsView> {
  const settings = await payload.findGlobal({ slug: SITE_SETTINGS, depth: 1, overrideAccess: false, req })
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
}
