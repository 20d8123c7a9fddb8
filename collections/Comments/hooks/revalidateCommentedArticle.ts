import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, RequestContext } from 'payload'

import { COLLECTION } from '../../../src/constants'
import { replyPagePath } from '../../../src/domain/comments/discussionPages'
import { discussionPagesOf } from '../../../src/revalidate/discussionPagesOf'
import { revalidatePaths } from '../../../src/revalidate/revalidatePaths'
import { idOf, type Id } from '../../shared/refs'

type CommentLike = { id?: Id; article?: unknown; status?: string | null }

const isShown = (comment: CommentLike | undefined) => comment?.status === 'approved'

/**
 * Every page that shows these comments (a comment before and after a change): the discussion pages
 * of their articles — both, if a comment moved — and each comment's own reply page.
 */
async function revalidatePagesShowing(comments: CommentLike[], req: PayloadRequest, context: RequestContext) {
  if (context.disableRevalidate) return
  const articleIds = [...new Set(comments.map((comment) => idOf(comment.article)).filter((id) => id != null))]
  if (!articleIds.length) return
  const { docs: articles } = await req.payload.find({
    collection: COLLECTION.articles,
    where: { id: { in: articleIds } },
    select: { slug: true },
    depth: 0,
    limit: articleIds.length,
    pagination: false,
    req,
  })
  const paths: string[] = []
  for (const article of articles) {
    if (!article.slug) continue
    paths.push(...(await discussionPagesOf(article, req)))
    for (const comment of comments) {
      if (comment.id != null && String(idOf(comment.article)) === String(article.id))
        paths.push(replyPagePath(article.slug, comment.id))
    }
  }
  await revalidatePaths(paths, { payload: req.payload, context })
}

/**
 * A comment shows on the website only while approved: approving, un-approving (spam, trash, back to
 * pending) or editing an approved comment rebuilds the pages that show it.
 */
export const revalidateOnApproval: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (isShown(doc) || isShown(previousDoc))
    await revalidatePagesShowing([doc, previousDoc].filter(Boolean), req, context)
  return doc
}

export const revalidateOnDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (isShown(doc)) await revalidatePagesShowing([doc], req, context)
  return doc
}
