/**
 * What a moderator can do to a comment in each state, as WordPress's comment screen offers it: the
 * row actions, the bulk actions of each queue, and where each action takes a comment. One table
 * for the list, the bulk bar and the dashboard, so they never disagree.
 */
export const COMMENT_STATUS_VALUES = ['pending', 'approved', 'spam', 'trash'] as const
export type CommentStatus = (typeof COMMENT_STATUS_VALUES)[number]

export type ModerationAction = 'approve' | 'unapprove' | 'spam' | 'notSpam' | 'trash' | 'restore' | 'delete'

export const STATUS_LABELS: Record<CommentStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  spam: 'Spam',
  trash: 'Trash',
}

export const ACTION_LABELS: Record<ModerationAction, string> = {
  approve: 'Approve',
  unapprove: 'Unapprove',
  spam: 'Spam',
  notSpam: 'Not spam',
  trash: 'Trash',
  restore: 'Restore',
  delete: 'Delete permanently',
}

/** "3 comments approved." */
export const ACTION_DONE: Record<ModerationAction, string> = {
  approve: 'approved',
  unapprove: 'unapproved',
  spam: 'marked as spam',
  notSpam: 'restored from spam',
  trash: 'moved to the trash',
  restore: 'restored',
  delete: 'deleted permanently',
}

/**
 * The actions offered on a comment in each state. Deleting is only for the trash: a comment is
 * trashed first (and can be restored from there), as the API enforces (delete access).
 */
const ACTIONS_BY_STATUS: Record<CommentStatus, ModerationAction[]> = {
  pending: ['approve', 'spam', 'trash'],
  approved: ['unapprove', 'spam', 'trash'],
  spam: ['notSpam', 'trash'],
  trash: ['restore', 'spam', 'delete'],
}

/** When the list shows comments of several states (a search, a filter without a status). */
const MIXED_ACTIONS: ModerationAction[] = ['approve', 'unapprove', 'spam', 'trash']

export const isCommentStatus = (value: unknown): value is CommentStatus =>
  typeof value === 'string' && (COMMENT_STATUS_VALUES as readonly string[]).includes(value)

export const actionsFor = (status: CommentStatus | undefined): ModerationAction[] =>
  status ? ACTIONS_BY_STATUS[status] : MIXED_ACTIONS

export type Moderated = { status?: string | null; previousStatus?: string | null }

/**
 * The status an action gives a comment; null for deleting. Restoring (from the trash, or "not spam")
 * puts a comment back where it was before it was removed, as WordPress does; a comment with no
 * record of that goes back to the queue, never straight onto the site.
 */
export function statusAfter(action: Exclude<ModerationAction, 'delete'>, comment: Moderated): CommentStatus
export function statusAfter(action: ModerationAction, comment: Moderated): CommentStatus | null
export function statusAfter(action: ModerationAction, comment: Moderated): CommentStatus | null {
  switch (action) {
    case 'approve':
      return 'approved'
    case 'unapprove':
      return 'pending'
    case 'spam':
      return 'spam'
    case 'trash':
      return 'trash'
    case 'notSpam':
    case 'restore':
      return comment.previousStatus === 'approved' || comment.previousStatus === 'pending'
        ? comment.previousStatus
        : 'pending'
    case 'delete':
      return null
  }
}

/** Whether the action changes this comment at all (approving an approved comment does not). */
export const changes = (action: ModerationAction, comment: Moderated): boolean =>
  action === 'delete' ? comment.status === 'trash' : statusAfter(action, comment) !== comment.status

/**
 * Whether a staff reply to this comment is possible: not to spam or trash, and within the thread
 * depth (`depth` counts from 0 for a top-level comment, as the collection stores it).
 */
export const canReplyTo = (comment: Moderated & { depth?: number | null }, threadDepth: number): boolean =>
  (comment.status === 'pending' || comment.status === 'approved') && (comment.depth ?? 0) + 1 < threadDepth

/** "1 comment", "3 comments". */
export const countComments = (count: number): string => `${count} comment${count === 1 ? '' : 's'}`
