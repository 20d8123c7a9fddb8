'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { COLLECTION } from '@/constants'
import type { CheckProblem } from '@/domain/editorialChecks'

type Checks = { errors: CheckProblem[]; warnings: CheckProblem[] }

/** The pre-publish checks for the latest saved draft, refreshed after every save. */
export function PrePublishChecks() {
  const { id, savedDocumentData } = useDocumentInfo()
  const [checks, setChecks] = useState<Checks | null>(null)

  const loadChecks = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/${COLLECTION.articles}/${id}/checks`, { credentials: 'include' })
    if (response.ok) setChecks((await response.json()) as Checks)
  }, [id])

  useEffect(() => {
    void loadChecks()
  }, [loadChecks, savedDocumentData?.updatedAt])

  if (!checks) return null
  if (checks.errors.length === 0 && checks.warnings.length === 0) {
    return <p className="legwork-checks__ok">Pre-publish checks: all clear.</p>
  }
  return (
    <div className="legwork-checks" aria-live="polite">
      {checks.errors.length > 0 ? (
        <>
          <h4>Must fix before publishing</h4>
          <ul>
            {checks.errors.map((problem, index) => (
              <li key={`e${index}`} className="legwork-checks__error">
                {problem.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {checks.warnings.length > 0 ? (
        <>
          <h4>Worth a look</h4>
          <ul>
            {checks.warnings.map((problem, index) => (
              <li key={`w${index}`} className="legwork-checks__warning">
                {problem.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
