'use client'
import { useEffect, useState } from 'react'

import { GLOBAL } from '@/constants'

/**
 * The newsroom's time zone from the website settings, for reading and writing scheduled times.
 * Until it is known (or where none is set) it is the browser's own.
 */
export function useSiteTimezone(): string {
  const [zone, setZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
  useEffect(() => {
    let cancelled = false
    void fetch(`/api/globals/${GLOBAL.siteSettings}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((settings: { timezone?: string | null } | null) => {
        if (!cancelled && settings?.timezone) setZone(settings.timezone)
      })
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [])
  return zone
}
