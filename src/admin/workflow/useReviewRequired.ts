'use client'
import { useEffect, useState } from 'react'

import { GLOBAL } from '@/constants'

/**
 * The editorial setting "publishing needs an approved article", read once per page by the admin's
 * workflow controls (the server enforces it; this only decides what to offer). Until the answer
 * arrives it counts as on, so no Publish button flashes up that the server would refuse.
 */
export function useReviewRequired(): boolean {
  const [required, setRequired] = useState(true)
  useEffect(() => {
    let cancelled = false
    void fetch(`/api/globals/${GLOBAL.editorialSettings}?depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((settings: { reviewRequired?: boolean | null } | null) => {
        if (!cancelled && settings) setRequired(settings.reviewRequired !== false)
      })
      .catch(() => undefined)
    return () => {
      cancelled = true
    }
  }, [])
  return required
}
