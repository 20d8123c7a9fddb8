'use client'
import { useNav, usePreferences, useWindowInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

/** From this width the navigation fits beside the content (Payload itself waits for 1441 px). */
export const WIDE_SCREEN = '(min-width: 1280px)'

/**
 * Payload keeps the navigation closed up to 1440 px and remembers the toggle only above that.
 * A newsroom works on 1280–1440 px laptops, where the navigation (and its pending-comments badge)
 * fits beside the content as on a desktop: open it there too, unless the person closed it on a
 * desktop (Payload's saved `nav` preference). Below 1280 px Payload's own behaviour stays.
 */
export function OpenNavOnWideScreens() {
  const { hydrated, setNavOpen } = useNav()
  const {
    breakpoints: { l: upTo1440 },
  } = useWindowInfo()
  const { getPreference } = usePreferences()

  useEffect(() => {
    if (!hydrated || !upTo1440) return
    const wide = window.matchMedia(WIDE_SCREEN)
    let cancelled = false
    // Payload closes the navigation in an effect of its own provider, which runs after this one;
    // the preference arrives asynchronously, so opening happens after that close.
    const openIfWide = async () => {
      if (!wide.matches) return
      const preference = (await getPreference('nav')) as { open?: boolean } | undefined
      if (!cancelled && preference?.open !== false) setNavOpen(true)
    }
    void openIfWide()
    const onChange = () => void openIfWide()
    wide.addEventListener('change', onChange)
    return () => {
      cancelled = true
      wide.removeEventListener('change', onChange)
    }
  }, [hydrated, upTo1440, getPreference, setNavOpen])

  return null
}
