import { cache } from 'react'

import { loadDiscussionSettings } from '../comments/discussionSettings'
import { COLLECTION } from '../constants'
import { commentPageCount } from '../domain/comments/discussionPages'
import { threadComments } from '../domain/comments/threadComments'
import { AS_READER, payloadClient } from './payload'

export type PublicComment = {
  id: string
  parentId: string | null
  createdAt: string
  authorName: string
  authorUrl: string | null
  body: string
  /** Written by the newsroom (a moderator's, editor's or admin's reply): shown with a "Staff" badge. */
  byStaff: boolean
}

/** Approved comments of one article, public fields only (the reader's access decides, not this select). */
export const listApprovedComments = cache(async (articleId: number): Promise<PublicComment[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: COLLECTION.comments,
    where: { and: [{ article: { equals: articleId } }, { status: { equals: 'approved' } }] },
    select: { parent: true, createdAt: true, authorName: true, authorUrl: true, body: true, byStaff: true },
    sort: 'createdAt',
    depth: 0,
    limit: 5_000,
    pagination: false,
    ...AS_READER,
  })
  return docs.map((doc) => ({
    id: String(doc.id),
    parentId: doc.parent == null ? null : String(typeof doc.parent === 'object' ? doc.parent.id : doc.parent),
    createdAt: doc.createdAt,
    authorName: doc.authorName,
    authorUrl: doc.authorUrl ?? null,
    body: doc.body,
    byStaff: doc.byStaff === true,
  }))
})

/** The discussion settings, with the same defaults the comment rules use. */
export const getDiscussionForReaders = cache(async () => loadDiscussionSettings(await payloadClient()))

/** How many pages an article's comments fill, laid out as CommentsSection lays them out. */
export const getCommentPageCount = cache(async (articleId: number): Promise<number> => {
  const [comments, discussion] = await Promise.all([listApprovedComments(articleId), getDiscussionForReaders()])
  return commentPageCount(threadComments(comments, discussion.threadDepth).length, discussion.perPage)
})
