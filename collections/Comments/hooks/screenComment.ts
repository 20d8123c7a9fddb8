import { APIError, ValidationError } from 'payload'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { clientIp, hashIp } from '../../../src/comments/clientKey'
import { type Discussion, loadDiscussionSettings } from '../../../src/comments/discussionSettings'
import { claimFormToken, isFormTokenUsed, takeCommentAllowance } from '../../../src/comments/floodControl'
import { readFormToken } from '../../../src/comments/formToken'
import { COLLECTION } from '../../../src/constants'
import { moderateComment } from '../../../src/domain/comments/moderateComment'
import { validateComment } from '../../../src/domain/comments/validateComment'
import { checkArticle, checkParent, findParent, refuse } from './commentRules'
import { screenStaffReply, writesAsStaff } from './screenStaffReply'

const refuseUsedFormToken = (req: PayloadRequest) =>
  refuse(req, 'formToken', 'formToken: this form was already used for a comment; each comment needs a fresh form.')

/**
 * Every new comment passes through here, whatever door it came in by (REST, GraphQL, the website
 * form): the fields are validated, the article and parent checked, flood control applied, and the
 * moderation rules decide its status. Clients never set status or any moderation field. A signed-in
 * moderator, editor or admin writes as the newsroom instead (screenStaffReply).
 */
export const screenComment: CollectionBeforeChangeHook = async ({ data, operation, req, context }) => {
  if (operation !== 'create' || context.skipScreening) return data
  if (writesAsStaff(req.user)) {
    const settings = await loadDiscussionSettings(req.payload, req)
    context.discussion = settings
    return screenStaffReply(data, settings, req)
  }

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
  const { parent, depth } = checkParent(await findParent(data.parent, req), article.id, settings, req)

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
    byStaff: false,
    ipHash,
    userAgent: req.headers.get('user-agent')?.slice(0, 300) ?? null,
  }
}
