import type { Payload, TypedUser, Where } from 'payload'

import { COLLECTION } from '../../constants'
import { COMMENT_STATUS_VALUES, type CommentStatus } from '../../domain/comments/moderationActions'

/** How many comments (of those `where` matches) are in each state, read with the user's own access. */
export async function countByStatus(
  payload: Payload,
  user: TypedUser,
  where?: Where,
): Promise<Record<CommentStatus, number>> {
  const counts = await Promise.all(
    COMMENT_STATUS_VALUES.map(async (status) => {
      const byStatus: Where = { status: { equals: status } }
      const { totalDocs } = await payload.count({
        collection: COLLECTION.comments,
        where: where ? { and: [where, byStatus] } : byStatus,
        overrideAccess: false,
        user,
      })
      return [status, totalDocs] as const
    }),
  )
  return Object.fromEntries(counts) as Record<CommentStatus, number>
}
