import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, RequestContext } from 'payload'

import { COLLECTION } from '../../../src/constants'
import { revalidatePaths } from '../../../src/revalidate/revalidatePaths'

/** A cause's title and sources appear on its page, the causes index and every article citing it. */
async function revalidate(
  causes: Array<{ id: number | string; slug?: string | null }>,
  req: PayloadRequest,
  context: RequestContext,
) {
  if (context.disableRevalidate) return
  const citing = await req.payload.find({
    collection: COLLECTION.articles,
    where: {
      and: [{ 'reasons.cause': { in: causes.map((cause) => cause.id) } }, { _status: { equals: 'published' } }],
    },
    select: { slug: true },
    depth: 0,
    limit: 500,
    req,
  })
  await revalidatePaths(
    [
      '/causes',
      '/sitemap.xml',
      ...causes.filter((cause) => cause.slug).map((cause) => `/causes/${cause.slug}`),
      ...citing.docs.map((article) => `/articles/${article.slug}`),
    ],
    { payload: req.payload, context },
  )
}

export const revalidateCauseAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (doc._status !== 'published' && previousDoc?._status !== 'published') return doc
  await revalidate(previousDoc?.id ? [doc, previousDoc] : [doc], req, context)
  return doc
}

export const revalidateCauseAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  await revalidate([doc], req, context)
  return doc
}
