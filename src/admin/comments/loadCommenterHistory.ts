import type { Payload, TypedUser } from 'payload'

import { COLLECTION } from '../../constants'
import { type CommentStatus, isCommentStatus } from '../../domain/comments/moderationActions'
import { countByStatus } from './countByStatus'

export type CommenterHistory = {
  total: number
  counts: Record<CommentStatus, number>
  others: Array<{
    id: number | string
    excerpt: string
    status: CommentStatus
    createdAt: string
    articleTitle?: string
  }>
}

const SHOWN = 8

/** The comments of one email address, read with the signed-in user's access (the email is private). */
export async function loadCommenterHistory(
  payload: Payload,
  user: TypedUser,
  email: string,
  exceptId: number | string,
): Promise<CommenterHistory> {
  const access = { overrideAccess: false, user } as const
  const byEmail = { authorEmail: { equals: email } }
  const [byStatus, others] = await Promise.all([
    countByStatus(payload, user, byEmail),
    payload.find({
      collection: COLLECTION.comments,
      where: { and: [byEmail, { id: { not_equals: exceptId } }] },
      sort: '-createdAt',
      limit: SHOWN,
      depth: 1,
      select: { body: true, status: true, createdAt: true, article: true },
      populate: { [COLLECTION.articles]: { title: true } },
      ...access,
    }),
  ])
  return {
    total: Object.values(byStatus).reduce((sum, n) => sum + n, 0),
    counts: byStatus,
    others: others.docs.map((doc) => ({
      id: doc.id,
      excerpt: doc.body.length > 90 ? `${doc.body.slice(0, 90).trimEnd()}…` : doc.body,
      status: isCommentStatus(doc.status) ? doc.status : 'pending',
      createdAt: doc.createdAt,
      articleTitle: typeof doc.article === 'object' && doc.article ? doc.article.title : undefined,
    })),
  }
}
