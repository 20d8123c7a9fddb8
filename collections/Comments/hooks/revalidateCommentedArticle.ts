import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, RequestContext } from 'payload'

import { COLLECTION } from '../../../src/constants'
import { revalidatePaths } from '../../../src/revalidate/revalidatePaths'
import { idOf } from '../../shared/refs'

async function revalidateArticleOf(comment: { article?: unknown }, req: PayloadRequest, context: RequestContext) {
  const id = idOf(comment.article)
  if (id == null) return
  const article = await req.payload.findByID({
    collection: COLLECTION.articles,
    id,
    depth: 0,
    select: { slug: true },
    disableErrors: true,
    req,
  })
  if (article?.slug) await revalidatePaths([`/articles/${article.slug}`], { payload: req.payload, context })
}

/** A comment shows on its article only once approved: approving or un-approving rebuilds that page. */
export const revalidateOnApproval: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (doc.status === 'approved' || previousDoc?.status === 'approved') await revalidateArticleOf(doc, req, context)
  return doc
}

export const revalidateOnDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (doc.status === 'approved') await revalidateArticleOf(doc, req, context)
  return doc
}
