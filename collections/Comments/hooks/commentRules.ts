import { ValidationError } from 'payload'
import type { PayloadRequest } from 'payload'

import type { Discussion } from '../../../src/comments/discussionSettings'
import { COLLECTION } from '../../../src/constants'
import { canNameRow, idOf, type Id } from '../../shared/refs'

const DAY_MS = 24 * 60 * 60 * 1000

/** A 400 naming the field, as every other refusal of a comment. */
export function refuse(req: PayloadRequest, path: string, message: string): never {
  throw new ValidationError({ collection: COLLECTION.comments, errors: [{ path, message }], req })
}

/**
 * The article must be published, and, for readers, open for comments and not closed by age. Staff
 * may still answer on an article whose discussion has closed, as WordPress lets editors do.
 */
export async function checkArticle(
  articleId: unknown,
  settings: Discussion,
  req: PayloadRequest,
  { isStaff = false }: { isStaff?: boolean } = {},
) {
  if (articleId == null || (typeof articleId !== 'number' && typeof articleId !== 'string')) {
    refuse(req, 'article', 'article: say which article the comment is for.')
  }
  if (!canNameRow(articleId, req.payload))
    refuse(req, 'article', 'article: there is no published article with this id.')
  const article = await req.payload.findByID({
    collection: COLLECTION.articles,
    id: articleId,
    depth: 0,
    disableErrors: true,
    select: { _status: true, commentsOpen: true, publishedAt: true },
    req,
  })
  if (!article || article._status !== 'published')
    refuse(req, 'article', 'article: there is no published article with this id.')
  if (isStaff) return article
  if (article.commentsOpen === false) refuse(req, 'article', 'article: comments are closed on this article.')
  if (settings.closeAfterDays && article.publishedAt) {
    const age = Date.now() - new Date(article.publishedAt).getTime()
    if (age > settings.closeAfterDays * DAY_MS) {
      refuse(req, 'article', `article: comments close ${settings.closeAfterDays} days after publication.`)
    }
  }
  return article
}

export type ParentComment = { id: Id; status: string; article: Id; depth: number }

/**
 * The comment replied to (null for a top-level comment; 'missing' when the id names no comment),
 * read with the request's transaction. An id no row can have is refused before it reaches a query.
 */
export async function findParent(parentId: unknown, req: PayloadRequest): Promise<ParentComment | 'missing' | null> {
  if (parentId == null || parentId === '') return null
  if (!canNameRow(parentId, req.payload)) refuse(req, 'parent', 'parent: give the id of the comment you reply to.')
  const parent = await req.payload.findByID({
    collection: COLLECTION.comments,
    id: parentId,
    depth: 0,
    disableErrors: true,
    select: { status: true, article: true, depth: true },
    req,
  })
  if (!parent) return 'missing'
  return { id: parent.id, status: parent.status ?? 'pending', article: idOf(parent.article)!, depth: parent.depth ?? 0 }
}

/**
 * A reply answers a comment on the same article, within the thread depth. Readers answer published
 * comments only; staff also answer one that waits in the queue (replying approves it: see
 * approveRepliedComment), never spam or the trash.
 */
export function checkParent(
  parent: ParentComment | 'missing' | null,
  articleId: Id,
  settings: Discussion,
  req: PayloadRequest,
  { isStaff = false }: { isStaff?: boolean } = {},
): { parent: Id | null; depth: number } {
  if (!parent) return { parent: null, depth: 0 }
  // Readers are not told whether an unpublished comment exists.
  if (parent === 'missing') refuse(req, 'parent', 'parent: you can only reply to a published comment.')
  const answerable = parent.status === 'approved' || (isStaff && parent.status === 'pending')
  if (!answerable) {
    refuse(
      req,
      'parent',
      isStaff
        ? `parent: this comment is in ${parent.status === 'spam' ? 'spam' : 'the trash'}; restore it before replying.`
        : 'parent: you can only reply to a published comment.',
    )
  }
  if (String(parent.article) !== String(articleId))
    refuse(req, 'parent', 'parent: that comment belongs to another article.')
  const depth = parent.depth + 1
  if (depth >= settings.threadDepth)
    refuse(req, 'parent', `parent: replies nest at most ${settings.threadDepth} levels deep.`)
  return { parent: parent.id, depth }
}
