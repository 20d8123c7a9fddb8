'use client'
import { Button, toast, useAuth, useDocumentInfo, useField } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { COLLECTION, STAGE_LABELS, type Role, type Stage, type WorkflowAction } from '@/constants'
import type { CheckProblem } from '@/domain/editorialChecks'
import { availableActions, WORKFLOW_RULES } from '@/domain/workflow'

type Checks = { errors: CheckProblem[]; warnings: CheckProblem[] }

/**
 * Sidebar panel of the article edit view: the stage, the workflow buttons this user may press, and
 * the pre-publish checks for the latest draft. The buttons go through the same REST API as any
 * other client, so the server decides; this only offers what it would accept.
 */
export function WorkflowPanel({ path }: { path: string }) {
  const { value: stage } = useField<Stage>({ path })
  const { id, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth()
  const roles = ((user as { roles?: Role[] } | null)?.roles ?? []) as Role[]
  const current: Stage = stage ?? 'draft'
  const actions = id ? availableActions(current, roles) : []

  const [note, setNote] = useState('')
  const [pending, setPending] = useState<WorkflowAction | null>(null)
  const [askingForNote, setAskingForNote] = useState(false)
  const [checks, setChecks] = useState<Checks | null>(null)

  const loadChecks = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/${COLLECTION.articles}/${id}/checks`, { credentials: 'include' })
    if (response.ok) setChecks((await response.json()) as Checks)
  }, [id])

  useEffect(() => {
    void loadChecks()
  }, [loadChecks, savedDocumentData?.updatedAt])

  async function run(action: WorkflowAction) {
    if (WORKFLOW_RULES[action].needsNote && !note.trim()) {
      setAskingForNote(true)
      return
    }
    setPending(action)
    try {
      const response = await fetch(`/api/${COLLECTION.articles}/${id}?depth=0`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ workflowAction: action, workflowNote: note.trim() || undefined }),
      })
      const body = (await response.json()) as { errors?: Array<{ message: string }> }
      if (!response.ok) {
        toast.error(body.errors?.[0]?.message ?? 'The stage could not be changed.')
        return
      }
      toast.success(`${WORKFLOW_RULES[action].label}: done.`)
      // Reload so every field, the status bar and the history show what the server now holds.
      window.location.reload()
    } finally {
      setPending(null)
    }
  }

  return (
    <div className="legwork-workflow">
      <p className="legwork-workflow__stage">
        Stage: <span className={`legwork-stage legwork-stage--${current}`}>{STAGE_LABELS[current]}</span>
      </p>
      {!id ? <p className="legwork-muted">Save the article to start the review workflow.</p> : null}

      {askingForNote ? (
        <label className="legwork-workflow__note">
          What needs to change? (sent to the writer)
          <textarea value={note} onChange={(event) => setNote(event.target.value)} rows={4} required />
        </label>
      ) : null}

      <div className="legwork-workflow__actions">
        {actions.map((action) => (
          <Button
            key={action}
            buttonStyle={action === 'request_changes' ? 'secondary' : 'primary'}
            size="medium"
            disabled={pending !== null}
            onClick={() => void run(action)}
          >
            {WORKFLOW_RULES[action].label}
          </Button>
        ))}
      </div>

      {checks && (checks.errors.length > 0 || checks.warnings.length > 0) ? (
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
      ) : checks ? (
        <p className="legwork-checks__ok">Pre-publish checks: all clear.</p>
      ) : null}
    </div>
  )
}
