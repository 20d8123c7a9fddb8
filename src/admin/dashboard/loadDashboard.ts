import type { Payload, TypedUser, Where } from 'payload'

import { COLLECTION, type Role, type Stage, STAGES } from '../../constants'

export type DashboardData = {
  byStage: Array<{ stage: Stage; count: number }>
  scheduled: Array<{ id: number | string; title: string; at: string; type: 'publish' | 'unpublish' }>
  /** Null for people whose work is not articles (moderators). */
  waiting: {
    heading: string
    items: Array<{ id: number | string; title: string; updatedAt: string; stage: Stage }>
  } | null
  /** Null for people who do not moderate. */
  pendingComments: number | null
}

const rolesOf = (user: TypedUser) => ((user as { roles?: Role[] }).roles ?? []) as Role[]

/** What waits for this person: reviews for editors, requested changes and drafts for writers. */
function waitingFor(user: TypedUser): { heading: string; where: Where } | null {
  const roles = rolesOf(user)
  if (roles.includes('admin') || roles.includes('editor')) {
    // Approved articles wait for a publish, not for a review: they are counted by stage above.
    return { heading: 'Waiting for your review', where: { stage: { equals: 'in_review' } } }
  }
  if (roles.includes('writer')) {
    return {
      heading: 'Your articles to work on',
      where: { and: [{ createdBy: { equals: user.id } }, { stage: { in: ['changes_requested', 'draft'] } }] },
    }
  }
  return null
}

/** Everything the editorial dashboard shows, read with the signed-in user's own access. */
export async function loadDashboard(payload: Payload, user: TypedUser): Promise<DashboardData> {
  const access = { overrideAccess: false, user } as const

  const byStage = await Promise.all(
    STAGES.map(async (stage) => ({
      stage,
      count: (await payload.count({ collection: COLLECTION.articles, where: { stage: { equals: stage } }, ...access }))
        .totalDocs,
    })),
  )

  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    limit: 5,
    depth: 0,
  })
  type ScheduleInput = { type?: 'publish' | 'unpublish'; doc?: { relationTo: string; value: number | string } }
  const scheduledArticleIds = jobs.docs
    .map((job) => (job.input as ScheduleInput | undefined)?.doc)
    .filter((doc) => doc?.relationTo === COLLECTION.articles)
    .map((doc) => doc!.value)
  const scheduledArticles = scheduledArticleIds.length
    ? await payload.find({
        collection: COLLECTION.articles,
        where: { id: { in: scheduledArticleIds } },
        select: { title: true },
        depth: 0,
        draft: true,
        limit: scheduledArticleIds.length,
        ...access,
      })
    : { docs: [] }
  const titles = new Map(scheduledArticles.docs.map((article) => [String(article.id), article.title]))
  const scheduled = jobs.docs.flatMap((job) => {
    const input = job.input as ScheduleInput | undefined
    const title = input?.doc ? titles.get(String(input.doc.value)) : undefined
    return title && job.waitUntil
      ? [{ id: input!.doc!.value, title, at: job.waitUntil, type: input?.type ?? 'publish' }]
      : []
  })

  const waitingQuery = waitingFor(user)
  const waitingDocs = waitingQuery
    ? await payload.find({
        collection: COLLECTION.articles,
        where: waitingQuery.where,
        sort: '-updatedAt',
        limit: 8,
        depth: 0,
        select: { title: true, stage: true, updatedAt: true },
        ...access,
      })
    : { docs: [] }

  const canModerate = rolesOf(user).some((role) => role === 'admin' || role === 'editor' || role === 'moderator')
  const pendingComments = canModerate
    ? (await payload.count({ collection: COLLECTION.comments, where: { status: { equals: 'pending' } }, ...access }))
        .totalDocs
    : null

  return {
    pendingComments,
    byStage,
    scheduled,
    waiting: {
      heading: waitingQuery?.heading ?? 'Nothing waits for you here',
      items: waitingDocs.docs.map((doc) => ({
        id: doc.id,
        title: doc.title,
        updatedAt: doc.updatedAt,
        stage: (doc.stage ?? 'draft') as Stage,
      })),
    },
  }
}
