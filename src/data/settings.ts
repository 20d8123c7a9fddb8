import { cache } from 'react'

import { readSiteSettings, type SiteSettingsView } from '../settings/readSiteSettings'
import { payloadClient } from './payload'

export type { SiteLogo, SiteSettingsView } from '../settings/readSiteSettings'

/** Website settings with their defaults filled in, read as a reader; once per request. */
export const getSiteSettings = cache(async (): Promise<SiteSettingsView> => readSiteSettings(await payloadClient()))

/**
 * The newsroom's IANA time zone ("Europe/London"), for showing and picking dates and times: the one
 * reader of it, on the website, in admin components and in jobs alike.
 */
export async function siteTimezone(): Promise<string> {
  return (await getSiteSettings()).timezone
}
