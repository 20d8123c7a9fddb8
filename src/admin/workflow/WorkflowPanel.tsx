'use client'
import { Button, useAuth, useDocumentInfo, useField } from '@payloadcms/ui'
import { useState } from 'react'

import { STAGE_LABELS, type Role, type Stage, type WorkflowAction } from '@/constants'
import { idOf } from '@/domain/ids'
import { availableActions, publishRefusal, WORKFLOW_RULES } from '@/domain/workflow'

import { explainStage } from './explainStage'
import { PrePublishChecks } from './PrePublishChecks'
import { RequestedChanges, type HistoryEntry } from './RequestedChanges'
import { ScheduleControl } from './ScheduleControl'
import { useReviewRequired } from './useReviewRequired'
import { useWorkflowAction } from './useWorkflowAction'
import { WordCount } from './WordCount'

/**
 * Sidebar panel of the article edit view: the stage and what it means for this person, the workflow
 * buttons they may press, the editor's latest request, and the pre-publish checks. The buttons go
 * through the same API as any other client, so the server decides; this only offers what it would
 * accept. Unsaved changes are saved with the action (useWorkflowAction).
 */
export function WorkflowPanel({ path }: { path: string }) {
  const { value: fieldStage } = useField<Stage>({ path })
  const { id, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth()
  const reviewRequired = useReviewRequired()
  const { run, pending, modified } = useWorkflowAction()
  const [note, setNote] = useState('')
  const [askingFor, setAskingFor] = useState<WorkflowAction | null>(null)

  const roles = ((user as { roles?: Role[] } | null)?.roles ?? []) as Role[]
  const stage: Stage = (savedDocumentData?.stage as Stage | undefined) ?? fieldStage ?? 'draft'
  const editor = roles.includes('admin') || roles.includes('editor')
  const own = String(idOf(savedDocumentData?.createdBy)) === String(user?.id)
  const live = savedDocumentData?._status === 'published'
  // A writer acts on their own articles only; the server's access rules say the same.
  const actions = id && (editor || own) ? availableActions(stage, roles) : []
  const mayOverride = Boolean(id) && roles.includes('admin') && publishRefusal(stage, reviewRequired) !== null
  const explanation = id ? explainStage({ stage, roles, own, reviewRequired, live }) : null
  const history = (savedDocumentData?.history ?? []) as HistoryEntry[]

  async function press(action: WorkflowAction) {
    const rule = WORKFLOW_RULES[action]
    if (rule.needsNote && (askingFor !== action || !note.trim())) {
      setAskingFor(action)
      return
    }
    const done = await run({ action, note, publish: rule.withPublish })
    if (done) setAskingFor(null)
  }

  return (
    <div className="legwork-workflow">
      <p className="legwork-workflow__stage">
        Stage: <span className={`legwork-stage legwork-stage--${stage}`}>{STAGE_LABELS[stage]}</span>
        {live && stage !== 'published' ? <span className="legwork-stage legwork-stage--live">Live</span> : null}
      </p>
      {!id ? <p className="legwork-muted">Save the article to start the review workflow.</p> : null}
      {explanation ? <p className="legwork-workflow__explain">{explanation}</p> : null}
      <WordCount />
      {stage === 'changes_requested' ? <RequestedChanges history={history} /> : null}

      {askingFor ? (
        <label className="legwork-workflow__note">
          {askingFor === 'request_changes'
            ? 'What needs to change? (sent to the writer)'
            : 'Why publish without review? (kept in the history)'}
          <textarea value={note} onChange={(event) => setNote(event.target.value)} rows={4} required />
        </label>
      ) : null}

      <div className="legwork-workflow__actions">
        {actions.map((action) => (
          <Button
            key={action}
            buttonStyle={action === 'request_changes' || action === 'withdraw' ? 'secondary' : 'primary'}
            size="medium"
            disabled={pending !== null}
            onClick={() => void press(action)}
          >
            {WORKFLOW_RULES[action].label}
          </Button>
        ))}
        {mayOverride ? (
          <Button
            buttonStyle="secondary"
            size="medium"
            disabled={pending !== null}
            onClick={() => void press('publish_without_review')}
          >
            {WORKFLOW_RULES.publish_without_review.label}
          </Button>
        ) : null}
      </div>
      {modified && actions.length > 0 ? (
        <p className="legwork-muted">Your unsaved changes are saved with the action.</p>
      ) : null}

      {editor && id ? <ScheduleControl canPublish={publishRefusal(stage, reviewRequired) === null} /> : null}

      <PrePublishChecks />
    </div>
  )
}
