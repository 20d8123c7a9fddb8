import type { UIFieldServerProps } from 'payload'

import { hasRole } from '../../../collections/shared/access'
import { canReplyTo } from '../../domain/comments/moderationActions'
import { ReplyForm } from './ReplyForm'
import { rowComment } from './rowComment'
import { threadDepthOf } from './threadDepth'

/**
 * On a comment's own page, for moderators, editors and admins: a reply from the newsroom, or why
 * there can be none (spam, the trash, the thread's depth).
 */
export async function StaffReplyPanel({ data, payload, user, operation }: UIFieldServerProps) {
  if (operation !== 'update' || !data?.id || !hasRole(user, 'admin', 'editor', 'moderator')) return null
  const comment = rowComment(data)
  const threadDepth = await threadDepthOf(payload)
  return (
    <section className="legwork-panel" aria-labelledby="legwork-reply-heading">
      <h3 id="legwork-reply-heading">Reply as staff</h3>
      {canReplyTo(comment, threadDepth) ? (
        <ReplyForm parent={comment} />
      ) : (
        <p className="legwork-muted">
          {comment.status === 'spam' || comment.status === 'trash'
            ? 'Restore this comment to reply to it.'
            : `This thread is as deep as the discussion settings allow (${threadDepth} levels); reply to an earlier comment in it.`}
        </p>
      )}
    </section>
  )
}
