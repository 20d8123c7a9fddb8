import Link from 'next/link'
import type { DefaultServerCellComponentProps } from 'payload'

import { COLLECTION } from '../../constants'
import { CommentRowActions } from './CommentRowActions'
import { rowComment } from './rowComment'
import { threadDepthOf } from './threadDepth'

const EXCERPT = 220

/**
 * The comment column of the queue, laid out as in WordPress: the text (linking to the comment), a
 * "Staff" mark on the newsroom's own replies, and under it the row actions. It is the first column,
 * so on a phone, where the table scrolls sideways, the actions are in view.
 */
export async function CommentCell({ cellData, rowData, payload }: DefaultServerCellComponentProps) {
  const row = rowData as Record<string, unknown>
  const comment = rowComment(row)
  const text = typeof cellData === 'string' ? cellData : ''
  const threadDepth = await threadDepthOf(payload)
  return (
    <div className="legwork-comment-cell">
      <Link className="legwork-comment-cell__text" href={`/admin/collections/${COLLECTION.comments}/${comment.id}`}>
        {text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text}
      </Link>
      {row.byStaff ? <span className="legwork-staff-badge">Staff</span> : null}
      {row.parent ? <span className="legwork-muted legwork-comment-cell__reply">A reply</span> : null}
      <CommentRowActions comment={comment} threadDepth={threadDepth} />
    </div>
  )
}
