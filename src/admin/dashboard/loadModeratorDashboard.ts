import type { Payload, TypedUser } from 'payload'

import { COLLECTION } from '../../constants'
import type { CommentStatus } from '../../domain/comments/moderationActions'
import { countByStatus } from '../comments/countByStatus'

export type QueueComment = {
  id: number | string
  status: CommentStatus
  depth: number
  authorName: string
  excerpt: string
  heldFor: string[]
  createdAt: string
  articleTitle?: string
}

export type ModeratorDashboardData = {
  counts: Record<CommentStatus, number>
  newest: QueueComment[]
  /** Why the pending comments are held, most common first (of the newest few hundred). */
  reasons: Array<{ reason: string; count: number }>
}

const NEWEST = 8
const REASON_SAMPLE = 300

/** The moderation queue at a glance, read with the signed-in user's own access. */
export async function loadModeratorDashboard(payload: Payload, user: TypedUser): Promise<ModeratorDashboardData> {
  const access = { overrideAccess: false, user } as const
  const pending = { status: { equals: 'pending' } } as const
  const [counts, newest, sample] = await Promise.all([
    countByStatus(payload, user),
    payload.find({
      collection: COLLECTION.comments,
      where: pending,
      sort: '-createdAt',
      limit: NEWEST,
      depth: 1,
      select: {
        body: true,
        status: true,
        depth: true,
        authorName: true,
        heldFor: true,
        createdAt: true,
        article: true,
      },
      populate: { [COLLECTION.articles]: { title: true } },
      ...access,
    }),
    payload.find({
      collection: COLLECTION.comments,
      where: pending,
      sort: '-createdAt',
      limit: REASON_SAMPLE,
      depth: 0,
      select: { heldFor: true },
      ...access,
    }),
  ])
  const tally = new Map<string, number>()
  for (const doc of sample.docs) for (const reason of doc.heldFor ?? []) tally.set(reason, (tally.get(reason) ?? 0) + 1)
  return {
    counts,
    newest: newest.docs.map((doc) => ({
      id: doc.id,
      status: 'pending',
      depth: doc.depth ?? 0,
      authorName: doc.authorName,
      excerpt: doc.body.length > 180 ? `${doc.body.slice(0, 180).trimEnd()}…` : doc.body,
      heldFor: doc.heldFor ?? [],
      createdAt: doc.createdAt,
      articleTitle: typeof doc.article === 'object' && doc.article ? doc.article.title : undefined,
    })),
    reasons: [...tally].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
  }
}
