'use client'
import { toast, useDocumentInfo, useForm, useFormModified } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { COLLECTION, type WorkflowAction } from '@/constants'
import { WORKFLOW_RULES } from '@/domain/workflow'

const DONE_KEY = 'legwork-workflow-done'

type Request = { action: WorkflowAction; note?: string; publish?: boolean }

/**
 * Sends a workflow action for the article being edited without losing a word: when the form holds
 * unsaved changes, they go in the same save as the action (one request: both happen or neither);
 * otherwise only the action is sent. The page then reloads so every control shows the new stage,
 * and the confirmation is shown after the reload.
 */
export function useWorkflowAction() {
  const { id } = useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const [pending, setPending] = useState<WorkflowAction | null>(null)

  useEffect(() => {
    const done = window.sessionStorage.getItem(DONE_KEY)
    if (done) {
      window.sessionStorage.removeItem(DONE_KEY)
      toast.success(done)
    }
  }, [])

  const run = useCallback(
    async ({ action, note, publish }: Request): Promise<boolean> => {
      if (!id) return false
      setPending(action)
      const fields = { workflowAction: action, workflowNote: note?.trim() || undefined }
      const url = `/api/${COLLECTION.articles}/${id}?depth=0${publish ? '' : '&draft=true'}`
      const status = publish ? 'published' : 'draft'
      try {
        let ok: boolean
        if (modified) {
          // Payload's own save: the form's values, validation messages on the fields, errors as toasts.
          const result = await submit({
            action: url,
            method: 'PATCH',
            overrides: { ...fields, _status: status },
            skipValidation: !publish,
            disableSuccessStatus: true,
          })
          ok = Boolean(result && result.res.ok)
        } else {
          const response = await fetch(url, {
            method: 'PATCH',
            credentials: 'include',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(publish ? { ...fields, _status: status } : fields),
          })
          ok = response.ok
          if (!ok) {
            const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message: string }> }
            toast.error(body.errors?.[0]?.message ?? 'The stage could not be changed.')
          }
        }
        if (ok) {
          window.sessionStorage.setItem(DONE_KEY, `${WORKFLOW_RULES[action].label}: done.`)
          window.location.reload()
        }
        return ok
      } finally {
        setPending(null)
      }
    },
    [id, modified, submit],
  )

  return { run, pending, modified }
}
