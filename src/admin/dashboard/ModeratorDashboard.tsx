import Link from 'next/link'
import type { ServerProps } from 'payload'

import { CommentRowActions } from '../comments/CommentRowActions'
import { threadDepthOf } from '../comments/threadDepth'
import { COLLECTION } from '../../constants'
import { COMMENT_STATUS_VALUES, STATUS_LABELS } from '../../domain/comments/moderationActions'
import { loadModeratorDashboard } from './loadModeratorDashboard'

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
const queueUrl = (status: string) =>
  `/admin/collections/${COLLECTION.comments}?where[status][equals]=${status}&sort=-createdAt`

/**
 * A moderator's home: the queue, not the newsroom's articles. How many comments wait, why they were
 * held, and the newest of them with their actions (approve, spam, trash, reply) right here.
 */
export async function ModeratorDashboard({ payload, user }: ServerProps) {
  if (!user) return null
  const [data, threadDepth] = await Promise.all([loadModeratorDashboard(payload, user), threadDepthOf(payload)])
  return (
    <section className="legwork-dashboard legwork-dashboard--moderation" aria-label="Moderation queue">
      <div className="legwork-dashboard__panel">
        <h2>Comments awaiting moderation</h2>
        <p className="legwork-dashboard__big" data-testid="pending-count">
          {data.counts.pending}
        </p>
        <Link href={queueUrl('pending')}>Open the queue</Link>
        <ul className="legwork-dashboard__queues" aria-label="Other queues">
          {COMMENT_STATUS_VALUES.filter((status) => status !== 'pending').map((status) => (
            <li key={status}>
              <Link href={queueUrl(status)}>
                {STATUS_LABELS[status]} <strong>{data.counts[status]}</strong>
              </Link>
            </li>
          ))}
        </ul>
      </div>

      <div className="legwork-dashboard__panel">
        <h2>Why they were held</h2>
        {data.reasons.length === 0 ? (
          <p className="legwork-muted">Nothing is held.</p>
        ) : (
          <ul className="legwork-list">
            {data.reasons.map(({ reason, count }) => (
              <li key={reason}>
                <span>{reason}</span>
                <strong>{count}</strong>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="legwork-dashboard__panel legwork-dashboard__panel--wide">
        <h2>Newest in the queue</h2>
        {data.newest.length === 0 ? (
          <p className="legwork-muted">The queue is empty. Well done.</p>
        ) : (
          <ol className="legwork-queue-list">
            {data.newest.map((comment) => (
              <li key={comment.id} className="legwork-queue-list__item">
                <p className="legwork-queue-list__meta">
                  <strong>{comment.authorName}</strong>
                  {comment.articleTitle ? <> on “{comment.articleTitle}”</> : null} ·{' '}
                  <time dateTime={comment.createdAt}>{when.format(new Date(comment.createdAt))} UTC</time>
                </p>
                <Link
                  className="legwork-queue-list__text"
                  href={`/admin/collections/${COLLECTION.comments}/${comment.id}`}
                >
                  {comment.excerpt}
                </Link>
                {comment.heldFor.length ? (
                  <p className="legwork-muted legwork-queue-list__held">Held: {comment.heldFor.join('; ')}</p>
                ) : null}
                <CommentRowActions comment={comment} threadDepth={threadDepth} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  )
}
