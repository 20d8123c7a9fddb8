import { type CommentStatus, isCommentStatus } from '../../domain/comments/moderationActions'

export type RowComment = {
  id: number | string
  status: CommentStatus
  previousStatus?: CommentStatus | null
  depth?: number | null
  authorName: string
}

/** Reads a list row or a document into what the actions need; unknown statuses count as pending. */
export function rowComment(doc: Record<string, unknown>): RowComment {
  return {
    id: doc.id as number | string,
    status: isCommentStatus(doc.status) ? doc.status : 'pending',
    previousStatus: isCommentStatus(doc.previousStatus) ? doc.previousStatus : null,
    depth: typeof doc.depth === 'number' ? doc.depth : 0,
    authorName: typeof doc.authorName === 'string' ? doc.authorName : 'the commenter',
  }
}
