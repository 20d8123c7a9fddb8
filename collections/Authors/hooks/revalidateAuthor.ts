import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, RequestContext } from 'payload'

import { COLLECTION } from '../../../src/constants'
import { revalidatePaths } from '../../../src/revalidate/revalidatePaths'

/** An author's profile shows on their page and in the box under each of their articles. */
async function revalidate(
  authors: Array<{ id: number | string; slug?: string | null }>,
  req: PayloadRequest,
  context: RequestContext,
) {
  if (context.disableRevalidate) return
  const articles = await req.payload.find({
    collection: COLLECTION.articles,
    where: {
      and: [
        {
          or: [
            { author: { in: authors.map((author) => author.id) } },
            { reviewer: { in: authors.map((author) => author.id) } },
          ],
        },
        { _status: { equals: 'published' } },
      ],
    },
    select: { slug: true },
    depth: 0,
    limit: 500,
    req,
  })
  await revalidatePaths(
    [
      '/sitemap.xml',
      ...authors.filter((author) => author.slug).map((author) => `/authors/${author.slug}`),
      ...articles.docs.map((article) => `/articles/${article.slug}`),
    ],
    { payload: req.payload, context },
  )
}

export const revalidateAuthorAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  await revalidate(previousDoc?.id ? [doc, previousDoc] : [doc], req, context)
  return doc
}

export const revalidateAuthorAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  await revalidate([doc], req, context)
  return doc
}
