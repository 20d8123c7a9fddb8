import Link from 'next/link'

import { issueFormToken } from '../comments/formToken'
import { getDiscussionForReaders, listApprovedComments, type PublicComment } from '../data/comments'
import { commentPageCount, commentPagePath, replyPagePath } from '../domain/comments/discussionPages'
import { countThread, threadComments, type ThreadNode } from '../domain/comments/threadComments'
import { CommentForm } from './CommentForm.client'
import { formatDate } from './formatDate'

type Props = { articleId: number; slug: string; isOpen: boolean; page?: number }

function CommentBody({ text }: { text: string }) {
  // Plain text, escaped by React; line breaks kept; links are not made clickable.
  return (
    <div className="comment__body">
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>
          {paragraph.split('\n').map((line, lineIndex) => (
            <span key={lineIndex}>
              {lineIndex > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
    </div>
  )
}

function CommentItem({ node, slug, canReply }: { node: ThreadNode<PublicComment>; slug: string; canReply: boolean }) {
  const { comment } = node
  const name = comment.authorUrl ? (
    <a href={comment.authorUrl} rel="nofollow ugc noopener">
      {comment.authorName}
    </a>
  ) : (
    comment.authorName
  )
  return (
    <li className={`comment${comment.byStaff ? ' comment--staff' : ''}`} id={`comment-${comment.id}`}>
      <article aria-label={`Comment by ${comment.authorName}${comment.byStaff ? ', staff' : ''}`}>
        <p className="comment__meta">
          <strong className="comment__author">{name}</strong>
          {comment.byStaff ? <span className="comment__badge">Staff</span> : null} ·{' '}
          <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
        </p>
        <CommentBody text={comment.body} />
        {canReply ? (
          <p className="comment__reply">
            <Link href={replyPagePath(slug, comment.id)} rel="nofollow">
              Reply<span className="visually-hidden"> to {comment.authorName}</span>
            </Link>
          </p>
        ) : null}
      </article>
      {node.replies.length ? (
        <ol className="comment-list comment-list--replies">
          {node.replies.map((reply) => (
            <CommentItem key={reply.comment.id} node={reply} slug={slug} canReply={canReply} />
          ))}
        </ol>
      ) : null}
    </li>
  )
}

/**
 * Approved comments, threaded and paginated by top-level comment, then the form. Nothing here reads
 * the request, so the article page stays a cached page; the "awaiting moderation" notice shows
 * through the #comment-submitted fragment and CSS :target.
 */
export async function CommentsSection({ articleId, slug, isOpen, page = 1 }: Props) {
  const [comments, discussion] = await Promise.all([listApprovedComments(articleId), getDiscussionForReaders()])
  const threads = threadComments(comments, discussion.threadDepth)
  const total = countThread(threads)
  const pages = commentPageCount(threads.length, discussion.perPage)
  const shown = threads.slice((page - 1) * discussion.perPage, page * discussion.perPage)
  const pageHref = (n: number) => `${commentPagePath(slug, n)}#comments`

  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{total === 0 ? 'Comments' : `${total} comment${total === 1 ? '' : 's'}`}</h2>
      <p id="comment-submitted" className="notice notice--target" role="status">
        Thank you — your comment awaits moderation and will appear once a moderator has approved it.
      </p>
      {shown.length ? (
        <ol className="comment-list">
          {shown.map((node) => (
            <CommentItem key={node.comment.id} node={node} slug={slug} canReply={isOpen} />
          ))}
        </ol>
      ) : (
        <p>No comments yet.</p>
      )}
      {pages > 1 ? (
        <nav className="pagination" aria-label="Comment pages">
          {page > 1 ? <Link href={pageHref(page - 1)}>← Earlier comments</Link> : <span />}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={pageHref(page + 1)}>Later comments →</Link> : <span />}
        </nav>
      ) : null}
      {isOpen ? (
        <div id="respond" className="respond">
          <h3>Leave a comment</h3>
          <CommentForm articleId={articleId} slug={slug} formToken={issueFormToken()} />
        </div>
      ) : (
        <p>Comments are closed for this article.</p>
      )}
    </section>
  )
}
