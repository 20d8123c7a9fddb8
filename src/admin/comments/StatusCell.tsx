'use client'
import { isCommentStatus, STATUS_LABELS } from '@/domain/comments/moderationActions'

/** The status column: a coloured pill ("Pending", "Approved", "Spam", "Trash"). */
export function StatusCell({ cellData }: { cellData?: unknown }) {
  const status = isCommentStatus(cellData) ? cellData : 'pending'
  return <span className={`legwork-comment-status legwork-comment-status--${status}`}>{STATUS_LABELS[status]}</span>
}
