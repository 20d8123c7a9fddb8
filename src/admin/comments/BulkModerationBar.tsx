'use client'
import { ConfirmationModal, toast, useModal, useSelection } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { useState } from 'react'

import {
  ACTION_LABELS,
  actionsFor,
  countComments,
  isCommentStatus,
  type ModerationAction,
} from '@/domain/comments/moderationActions'

import { fetchTargets, type Target } from './moderationRequests'
import { useModeration } from './useModeration'

const CONFIRM_DELETE = 'bulk-delete-comments'

/** The queue the list shows, from `where[status][equals]` (CommentQueueTabs always sets one). */
function currentQueue(params: URLSearchParams) {
  const status = params.get('where[status][equals]')
  return isCommentStatus(status) ? status : undefined
}

/**
 * Above the comments list, once rows are ticked: the bulk actions of the queue on screen, as in
 * WordPress — Approve, Unapprove, Spam, Not spam, Trash, Restore, and in the trash Delete
 * permanently (confirmed). Each comment is changed through the REST API on its own, and the toast
 * offers Undo. Payload's bulk Edit and Delete are off for comments (collections/Comments).
 */
export function BulkModerationBar() {
  const { count, getQueryParams, selectAll, toggleAll } = useSelection()
  const { moderate, busy } = useModeration()
  const { openModal } = useModal()
  const searchParams = useSearchParams()
  const [loading, setLoading] = useState(false)
  const queue = currentQueue(new URLSearchParams(searchParams.toString()))
  if (!count) return null

  async function run(action: ModerationAction) {
    setLoading(true)
    const targets: Target[] | string = await fetchTargets(getQueryParams())
    setLoading(false)
    if (typeof targets === 'string') {
      toast.error(targets)
      return
    }
    if (await moderate(targets, action)) toggleAll()
  }

  const working = busy || loading
  return (
    <div className="legwork-bulk" role="region" aria-label="Bulk moderation">
      <strong className="legwork-bulk__count">
        {String(selectAll) === 'allAvailable' ? `All ${countComments(count)}` : countComments(count)} selected
      </strong>
      {actionsFor(queue).map((action) => (
        <button
          key={action}
          type="button"
          className={`legwork-bulk__button legwork-bulk__button--${action}`}
          disabled={working}
          onClick={() => (action === 'delete' ? openModal(CONFIRM_DELETE) : void run(action))}
        >
          {ACTION_LABELS[action]}
        </button>
      ))}
      {working ? (
        <span className="legwork-muted" role="status">
          Working…
        </span>
      ) : null}
      <ConfirmationModal
        modalSlug={CONFIRM_DELETE}
        heading={`Delete ${countComments(count)} permanently?`}
        body="They are removed for good; this cannot be undone."
        confirmLabel="Delete permanently"
        onConfirm={() => run('delete')}
      />
    </div>
  )
}
