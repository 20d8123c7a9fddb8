'use client'
import { toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useState } from 'react'

import {
  ACTION_DONE,
  changes,
  type CommentStatus,
  countComments,
  type ModerationAction,
  STATUS_LABELS,
  statusAfter,
} from '@/domain/comments/moderationActions'

import { deleteComment, eachLimited, type Outcome, setCommentStatus, type Target } from './moderationRequests'

/** How long the toast with "Undo" stays: long enough to read it and change one's mind. */
const UNDO_SECONDS = 12

type Moved = { id: Target['id']; from: CommentStatus }

const firstFailure = (outcomes: Outcome[]) =>
  outcomes.find((outcome): outcome is Extract<Outcome, { ok: false }> => !outcome.ok)?.message

/**
 * Moderation as the row actions, the bulk bar and the dashboard do it: each comment's status is
 * PATCHed on its own (the server decides, access applies), then a toast says what happened and
 * offers Undo, which puts every changed comment back to the status it had. Deleting (from the trash
 * only) cannot be undone and is confirmed before it is called.
 */
export function useModeration() {
  const router = useRouter()
  const [busy, setBusy] = useState(false)

  const undo = useCallback(
    async (moved: Moved[]) => {
      setBusy(true)
      const outcomes = await eachLimited(moved, (item) => setCommentStatus(item.id, item.from))
      setBusy(false)
      router.refresh()
      const failure = firstFailure(outcomes)
      if (failure) {
        toast.error(`Undo failed for ${countComments(outcomes.filter((o) => !o.ok).length)}: ${failure}`)
        return
      }
      const statuses = [...new Set(moved.map((item) => item.from))]
      toast.success(
        statuses.length === 1
          ? `Undone: ${countComments(moved.length)} ${moved.length === 1 ? 'is' : 'are'} ${STATUS_LABELS[statuses[0]!].toLowerCase()} again.`
          : `Undone: ${countComments(moved.length)} back where they were.`,
      )
    },
    [router],
  )

  const moderate = useCallback(
    async (targets: Target[], action: ModerationAction): Promise<boolean> => {
      const affected = targets.filter((target) => changes(action, target))
      if (affected.length === 0) {
        toast.info('Nothing to change: the selected comments are already there.')
        return false
      }
      setBusy(true)
      const outcomes = await eachLimited(affected, (target) => {
        const next = statusAfter(action, target)
        return next ? setCommentStatus(target.id, next) : deleteComment(target.id)
      })
      setBusy(false)
      router.refresh()
      const moved: Moved[] = affected
        .filter((_, index) => outcomes[index]!.ok)
        .map((t) => ({ id: t.id, from: t.status }))
      const failure = firstFailure(outcomes)
      if (failure) {
        const failed = affected.length - moved.length
        toast.error(`${countComments(failed)} could not be ${ACTION_DONE[action]}: ${failure}`)
      }
      if (moved.length === 0) return false
      const done = `${countComments(moved.length)} ${ACTION_DONE[action]}.`
      if (action === 'delete') toast.success(done)
      else
        toast.success(done, {
          duration: UNDO_SECONDS * 1000,
          action: { label: 'Undo', onClick: () => void undo(moved) },
          classNames: { actionButton: 'legwork-toast-undo' },
        })
      return true
    },
    [router, undo],
  )

  return { moderate, busy }
}
