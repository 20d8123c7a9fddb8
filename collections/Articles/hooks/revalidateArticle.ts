import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, RequestContext } from 'payload'

import { COLLECTION } from '../../../src/constants'
import { discussionPagesOf } from '../../../src/revalidate/discussionPagesOf'
import { revalidatePaths } from '../../../src/revalidate/revalidatePaths'
import { idOf } from '../../shared/refs'

type ArticleLike = {
  id: number | string
  slug?: string | null
  _status?: string | null
  author?: unknown
  reasons?: Array<{ cause?: unknown }> | null
}

/**
 * Reply pages show the article's title and exist only while its comments are open. An article has as
 * many as it has comments, so they are rebuilt by their route, not one path each.
 */
const REPLY_PAGES = '/articles/[slug]/reply/[commentId]'

/**
 * Every page that shows this article (before and after the change): its own and its comment pages,
 * its reply pages, lists, author, causes, pins.
 */
async function pagesShowing(articles: ArticleLike[], req: PayloadRequest): Promise<string[]> {
  const authorIds = [...new Set(articles.map((article) => idOf(article.author)).filter((id) => id != null))]
  const causeIds = [
    ...new Set(
      articles
        .flatMap((article) => (article.reasons ?? []).map((reason) => idOf(reason.cause)))
        .filter((id) => id != null),
    ),
  ]
  const [discussionPages, authors, causes, pinning] = await Promise.all([
    Promise.all(articles.map((article) => discussionPagesOf(article, req))),
    authorIds.length
      ? req.payload.find({
          collection: COLLECTION.authors,
          where: { id: { in: authorIds } },
          select: { slug: true },
          depth: 0,
          limit: authorIds.length,
          req,
        })
      : { docs: [] },
    causeIds.length
      ? req.payload.find({
          collection: COLLECTION.causes,
          where: { id: { in: causeIds } },
          select: { slug: true },
          depth: 0,
          limit: causeIds.length,
          req,
        })
      : { docs: [] },
    // Articles that pin this one show its card: cheap to find, so they are rebuilt too.
    req.payload.find({
      collection: COLLECTION.articles,
      where: {
        and: [{ relatedPinned: { in: articles.map((article) => article.id) } }, { _status: { equals: 'published' } }],
      },
      select: { slug: true },
      depth: 0,
      limit: 50,
      req,
    }),
  ])
  return [
    ...discussionPages.flat(),
    REPLY_PAGES,
    '/',
    '/page/[n]',
    '/feed.xml',
    '/sitemap.xml',
    ...authors.docs.map((author) => `/authors/${author.slug}`),
    ...causes.docs.map((cause) => `/causes/${cause.slug}`),
    ...pinning.docs.map((article) => `/articles/${article.slug}`),
  ]
}

const isPublic = (article: ArticleLike | undefined) => article?._status === 'published'

async function revalidate(articles: ArticleLike[], req: PayloadRequest, context: RequestContext) {
  if (context.disableRevalidate) return
  await revalidatePaths(await pagesShowing(articles, req), { payload: req.payload, context })
}

/**
 * Publishing, unpublishing or editing a published article rebuilds exactly the pages that show it.
 * Saving a draft — including autosaves of a published article, which leave the live version as it
 * is — rebuilds nothing. (syncWorkflowToMainRow runs first and marks an unpublish by moving the
 * stage from published to draft.)
 */
export const revalidateArticleAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  const isUnpublish = doc._status === 'draft' && previousDoc?.stage === 'published' && doc.stage === 'draft'
  if (!isPublic(doc) && !isUnpublish) return doc
  await revalidate(previousDoc?.id ? [doc, previousDoc] : [doc], req, context)
  return doc
}

export const revalidateArticleAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (isPublic(doc)) await revalidate([doc], req, context)
  return doc
}
