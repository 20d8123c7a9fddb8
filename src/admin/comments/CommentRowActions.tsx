'use client'
import { ConfirmationModal, useModal } from '@payloadcms/ui'
import Link from 'next/link'
import { useRef } from 'react'

import { COLLECTION } from '@/constants'
import { ACTION_LABELS, actionsFor, canReplyTo, type ModerationAction } from '@/domain/comments/moderationActions'

import { ReplyForm } from './ReplyForm'
import type { RowComment } from './rowComment'
import { useModeration } from './useModeration'

/**
 * One comment's moderation, as under each comment in WordPress's list: the status changes its state
 * allows, Reply (a dialog, so the table keeps its layout), Edit, and in the trash Delete permanently
 * (confirmed; it cannot be undone). Changes offer Undo in their toast.
 */
export function CommentRowActions({ comment, threadDepth }: { comment: RowComment; threadDepth: number }) {
  const { moderate, busy } = useModeration()
  const { openModal } = useModal()
  const dialog = useRef<HTMLDialogElement>(null)
  const deleteSlug = `delete-comment-${comment.id}`
  const run = (action: ModerationAction) => {
    if (action === 'delete') openModal(deleteSlug)
    else void moderate([comment], action)
  }

  return (
    // Clicks here must not reach the row (Payload opens the document on a row click in drawers).
    <div
      className="legwork-row-actions"
      role="group"
      aria-label={`Moderate the comment by ${comment.authorName}`}
      onClick={(event) => event.stopPropagation()}
    >
      {actionsFor(comment.status).map((action) => (
        <button
          key={action}
          type="button"
          className={`legwork-row-actions__button legwork-row-actions__button--${action}`}
          disabled={busy}
          onClick={() => run(action)}
        >
          {ACTION_LABELS[action]}
        </button>
      ))}
      {canReplyTo(comment, threadDepth) ? (
        <button
          type="button"
          className="legwork-row-actions__button"
          disabled={busy}
          onClick={() => dialog.current?.showModal()}
        >
          Reply
        </button>
      ) : null}
      <Link className="legwork-row-actions__button" href={`/admin/collections/${COLLECTION.comments}/${comment.id}`}>
        Edit
      </Link>
      {canReplyTo(comment, threadDepth) ? (
        <dialog ref={dialog} className="legwork-reply-dialog" aria-label={`Reply to ${comment.authorName}`}>
          <ReplyForm
            parent={comment}
            autoFocus
            onDone={() => dialog.current?.close()}
            onCancel={() => dialog.current?.close()}
          />
        </dialog>
      ) : null}
      {comment.status === 'trash' ? (
        <ConfirmationModal
          modalSlug={deleteSlug}
          heading="Delete this comment permanently?"
          body={`The comment by ${comment.authorName} is removed for good; this cannot be undone.`}
          confirmLabel="Delete permanently"
          onConfirm={async () => {
            await moderate([comment], 'delete')
          }}
        />
      ) : null}
    </div>
  )
}
