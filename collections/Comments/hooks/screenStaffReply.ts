import { ValidationError } from 'payload'
import type { PayloadRequest } from 'payload'

import { clientIp, hashIp } from '../../../src/comments/clientKey'
import type { Discussion } from '../../../src/comments/discussionSettings'
import { COLLECTION } from '../../../src/constants'
import { LIMITS, validateComment } from '../../../src/domain/comments/validateComment'
import { hasRole } from '../../shared/access'
import { checkArticle, checkParent, findParent, refuse } from './commentRules'

type StaffUser = { id: number | string; name?: string | null; email?: string | null }

/** Those who moderate write as the newsroom: their comments skip the reader's screening. */
export const writesAsStaff = (user: PayloadRequest['user']): boolean => hasRole(user, 'admin', 'editor', 'moderator')

/**
 * A comment by a signed-in moderator, editor or admin — usually a reply from the moderation queue.
 * It is published at once and marked as the newsroom's (`byStaff`, shown with a badge on the site),
 * under the account's own name and email: whatever name, email or website the request carries is
 * not used. The article may be left out of a reply (it is the parent's). The thread depth applies as
 * to everyone; form token, honeypot, flood control and the moderation rules are for strangers.
 */
export async function screenStaffReply(data: Record<string, unknown>, settings: Discussion, req: PayloadRequest) {
  const user = req.user as unknown as StaffUser
  const found = await findParent(data.parent, req)
  if (found === 'missing') refuse(req, 'parent', 'parent: there is no comment with this id.')
  const parentArticle = found?.article
  const givenArticle = data.article ?? undefined
  if (parentArticle != null && givenArticle != null && String(givenArticle) !== String(parentArticle))
    refuse(req, 'parent', 'parent: that comment belongs to another article.')
  const article = await checkArticle(givenArticle ?? parentArticle, settings, req, { isStaff: true })
  const { parent, depth } = checkParent(found, article.id, settings, req, { isStaff: true })

  const checked = validateComment({
    authorName: (user.name?.trim() || user.email || 'Staff').slice(0, LIMITS.nameMax),
    authorEmail: user.email,
    body: data.body,
  })
  if (!checked.ok) {
    throw new ValidationError({
      collection: COLLECTION.comments,
      errors: checked.problems.map((problem) => ({ path: problem.field, message: problem.message })),
      req,
    })
  }
  const now = new Date().toISOString()
  return {
    article: article.id,
    parent,
    ...checked.value,
    authorUrl: null,
    depth,
    status: 'approved' as const,
    heldFor: [],
    byStaff: true,
    staffMember: user.id,
    moderatedBy: user.id,
    moderatedAt: now,
    ipHash: hashIp(clientIp(req.headers)),
    userAgent: req.headers.get('user-agent')?.slice(0, 300) ?? null,
  }
}
