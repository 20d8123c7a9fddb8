import type { PayloadRequest } from 'payload'

import { loadDiscussionSettings } from '../comments/discussionSettings'
import { COLLECTION } from '../constants'
import { commentPageCount, commentPagePath, FIRST_COMMENT_PAGE } from '../domain/comments/discussionPages'

/**
 * The pages that show an article's comments: the article (page one) and each later comment page —
 * every one of them shows the comment count, so any change to the discussion changes them all. One
 * page past the last is included: a comment just removed may have emptied it, and its old copy
 * must give way to a 404.
 */
export async function discussionPagesOf(
  article: { id: number | string; slug?: string | null },
  req: PayloadRequest,
): Promise<string[]> {
  if (!article.slug) return []
  const [{ totalDocs: threads }, { perPage }] = await Promise.all([
    req.payload.count({
      collection: COLLECTION.comments,
      where: {
        and: [{ article: { equals: article.id } }, { status: { equals: 'approved' } }, { parent: { exists: false } }],
      },
      req,
    }),
    loadDiscussionSettings(req.payload, req),
  ])
  const pages = [`/articles/${article.slug}`]
  for (let n = FIRST_COMMENT_PAGE; n <= commentPageCount(threads, perPage) + 1; n++) {
    pages.push(commentPagePath(article.slug, n))
  }
  return pages
}
