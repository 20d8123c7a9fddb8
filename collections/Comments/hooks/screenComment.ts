import { APIError, ValidationError } from 'payload'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { clientIp, hashIp } from '../../../src/comments/clientKey'
import { type Discussion, loadDiscussionSettings } from '../../../src/comments/discussionSettings'
import { claimFormToken, isFormTokenUsed, takeCommentAllowance } from '../../../src/comments/floodControl'
import { readFormToken } from '../../../src/comments/formToken'
import { COLLECTION } from '../../../src/constants'
import { moderateComment } from '../../../src/domain/comments/moderateComment'
import { validateComment } from '../../../src/domain/comments/validateComment'
import { canNameRow, idOf } from '../../shared/refs'

const DAY_MS = 24 * 60 * 60 * 1000

function refuse(req: PayloadRequest, path: string, message: string): never {
  throw new ValidationError({ collection: COLLECTION.comments, errors: [{ path, message }], req })
}

const refuseUsedFormToken = (req: PayloadRequest) =>
  refuse(req, 'formToken', 'formToken: this form was already used for a comment; each comment needs a fresh form.')

/** The article must be published, open for comments and not closed by age. */
async function checkArticle(articleId: unknown, settings: Discussion, req: PayloadRequest) {
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
  if (article.commentsOpen === false) refuse(req, 'article', 'article: comments are closed on this article.')
  if (settings.closeAfterDays && article.publishedAt) {
    const age = Date.now() - new Date(article.publishedAt).getTime()
    if (age > settings.closeAfterDays * DAY_MS) {
      refuse(req, 'article', `article: comments close ${settings.closeAfterDays} days after publication.`)
    }
  }
  return article
}

/** A reply must answer an approved comment on the same article, within the thread depth. */
async function checkParent(
  parentId: unknown,
  articleId: number | string,
  settings: Discussion,
  req: PayloadRequest,
): Promise<{ parent: number | string | null; depth: number }> {
  if (parentId == null || parentId === '') return { parent: null, depth: 0 }
  if (!canNameRow(parentId, req.payload)) refuse(req, 'parent', 'parent: give the id of the comment you reply to.')
  const parent = await req.payload.findByID({
    collection: COLLECTION.comments,
    id: parentId,
    depth: 0,
    disableErrors: true,
    select: { status: true, article: true, depth: true },
    req,
  })
  if (!parent || parent.status !== 'approved')
    refuse(req, 'parent', 'parent: you can only reply to a published comment.')
  if (String(idOf(parent.article)) !== String(articleId))
    refuse(req, 'parent', 'parent: that comment belongs to another article.')
  const depth = (parent.depth ?? 0) + 1
  if (depth >= settings.threadDepth)
    refuse(req, 'parent', `parent: replies nest at most ${settings.threadDepth} levels deep.`)
  return { parent: parent.id, depth }
}

/**
 * Every new comment passes through here, whatever door it came in by (REST, GraphQL, the website
 * form): the fields are validated, the article and parent checked, flood control applied, and the
 * moderation rules decide its status. Clients never set status or any moderation field.
 */
export const screenComment: CollectionBeforeChangeHook = async ({ data, operation, req, context }) => {
  if (operation !== 'create' || context.skipScreening) return data

  const checked = validateComment(data)
  if (!checked.ok) {
    throw new ValidationError({
      collection: COLLECTION.comments,
      errors: checked.problems.map((problem) => ({ path: problem.field, message: problem.message })),
      req,
    })
  }

  const settings = await loadDiscussionSettings(req.payload, req)
  // notifyModerators runs later in the same request and needs them too.
  context.discussion = settings
  // Stored as the ids the database returned, not as the client spelled them ("12" or 12).
  const article = await checkArticle(data.article, settings, req)
  const { parent, depth } = await checkParent(data.parent, article.id, settings, req)

  // One comment per form: a token taken from a page once cannot carry a stream of comments. A used
  // one is refused before flood control counts the attempt, so the reader's next press (with the
  // fresh token the form then gets) is not "too many comments". A missing or forged token has
  // nothing to claim; it marks the comment as spam below.
  const formToken = readFormToken(data.formToken)
  if (formToken && (await isFormTokenUsed(formToken))) refuseUsedFormToken(req)

  const ipHash = hashIp(clientIp(req.headers))
  const flood = await takeCommentAllowance(ipHash, {
    intervalSeconds: settings.floodIntervalSeconds,
    hourlyLimit: settings.hourlyLimit,
  })
  if (!flood.allowed) {
    req.responseHeaders = new Headers({ 'Retry-After': String(flood.retryAfterSeconds) })
    throw new APIError(
      `Too many comments: ${flood.reason}. Try again in ${flood.retryAfterSeconds} s.`,
      429,
      null,
      true,
    )
  }

  // Claimed only now, once nothing else refuses the comment, so a reader who corrects a field keeps
  // the form; the claim is what settles two comments sent at once with one token.
  if (formToken && !(await claimFormToken(formToken))) refuseUsedFormToken(req)

  const email = checked.value.authorEmail
  const [{ totalDocs: approvedBefore }, { totalDocs: staffAccounts }] = await Promise.all([
    req.payload.count({
      collection: COLLECTION.comments,
      where: { and: [{ authorEmail: { equals: email } }, { status: { equals: 'approved' } }] },
      req,
    }),
    // Payload stores account emails lowercased, as the comment's is.
    req.payload.count({ collection: COLLECTION.users, where: { email: { equals: email } }, req }),
  ])
  const verdict = moderateComment(
    {
      ...checked.value,
      isHoneypotFilled: typeof data.company === 'string' && data.company.trim() !== '',
      secondsToPost: formToken?.age ?? null,
      hasApprovedComment: approvedBefore > 0,
      usesStaffEmail: staffAccounts > 0,
    },
    settings,
  )

  // Built from scratch rather than from `data`: whatever else the client sent (`createdAt`, `id`,
  // unknown keys, the form token and honeypot) is not stored, and the database sets the timestamps.
  return {
    article: article.id,
    parent,
    ...checked.value,
    depth,
    status: verdict.status,
    heldFor: verdict.reasons,
    ipHash,
    userAgent: req.headers.get('user-agent')?.slice(0, 300) ?? null,
  }
}
