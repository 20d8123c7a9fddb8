import type { CollectionAfterChangeHook } from 'payload'

import { type Discussion, loadDiscussionSettings } from '../../../src/comments/discussionSettings'
import { COLLECTION } from '../../../src/constants'
import { env } from '../../../src/env'
import { afterResponse } from '../../../src/server/afterResponse'
import { idOf } from '../../shared/refs'

/** Moderators hear about comments held for them (spam is not worth an email). Failures are logged only. */
export const notifyModerators: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || doc.status !== 'pending' || context.disableNotifications) return doc
  // The reader's comment is stored; they should not wait for the mail server too. Sent after the
  // response, the request's transaction is over, so the email's lookups then run without it.
  await afterResponse((deferred) => sendHeldCommentEmail(doc, deferred ? undefined : req, req.payload, context))
  return doc
}

async function sendHeldCommentEmail(
  doc: Parameters<CollectionAfterChangeHook>[0]['doc'],
  req: Parameters<CollectionAfterChangeHook>[0]['req'] | undefined,
  payload: Parameters<CollectionAfterChangeHook>[0]['req']['payload'],
  context: Parameters<CollectionAfterChangeHook>[0]['context'],
): Promise<void> {
  try {
    // Loaded by screenComment for this very comment; only seeded or system-made comments lack it.
    const settings = (context.discussion as Discussion | undefined) ?? (await loadDiscussionSettings(payload, req))
    if (!settings.notifyModerators) return
    const [moderators, article] = await Promise.all([
      payload.find({
        collection: COLLECTION.users,
        where: { roles: { in: ['moderator'] } },
        select: { email: true },
        depth: 0,
        pagination: false,
        limit: 100,
        req,
      }),
      payload.findByID({
        collection: COLLECTION.articles,
        id: idOf(doc.article)!,
        depth: 0,
        select: { title: true },
        req,
      }),
    ])
    const to = moderators.docs.map((user) => user.email)
    if (!to.length) return
    const queue = `${env.SITE_URL}/admin/collections/${COLLECTION.comments}/${doc.id}`
    await payload.sendEmail({
      to,
      subject: `Comment held: ${article.title}`,
      text: [
        `${doc.authorName} commented on "${article.title}". It waits for moderation because: ${(doc.heldFor ?? []).join('; ')}.`,
        '',
        doc.body,
        '',
        `Review it: ${queue}`,
      ].join('\n'),
    })
  } catch (error) {
    payload.logger.error({ err: error, comment: doc.id }, 'Could not notify moderators')
  }
}
