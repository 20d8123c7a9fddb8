import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { COLLECTION, type Stage } from '../../../src/constants'
import { emailForTransition } from '../../../src/email/workflowEmails'
import { env } from '../../../src/env'

async function editorEmails(req: PayloadRequest): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: COLLECTION.users,
    where: { roles: { in: ['editor'] } },
    select: { email: true },
    depth: 0,
    limit: 100,
    pagination: false,
    req,
  })
  return docs.map((user) => user.email)
}

async function writerEmail(createdBy: unknown, req: PayloadRequest): Promise<string[]> {
  const id = createdBy && typeof createdBy === 'object' ? (createdBy as { id: number | string }).id : createdBy
  if (id == null) return []
  const writer = await req.payload.findByID({
    collection: COLLECTION.users,
    id: id as number | string,
    select: { email: true },
    depth: 0,
    req,
    disableErrors: true,
  })
  return writer ? [writer.email] : []
}

/**
 * Editors hear when an article is submitted; its writer hears when changes are requested and when
 * it is published. A mail server that is down must not undo the editorial action, so failures are
 * logged, not thrown.
 */
export const notifyWorkflow: CollectionAfterChangeHook = async ({ context, doc, previousDoc, req }) => {
  if (context.disableNotifications) return doc
  const to = doc.stage as Stage
  if (to === previousDoc?.stage) return doc
  const history = (doc.history ?? []) as Array<{ note?: string | null; byName?: string | null }>
  const last = history.at(-1)
  const message = emailForTransition(to, {
    title: doc.title,
    editUrl: `${env.SITE_URL}/admin/collections/${COLLECTION.articles}/${doc.id}`,
    actor: last?.byName ?? 'Someone',
    note: last?.note,
    from: previousDoc?.stage as Stage | undefined,
  })
  if (!message) return doc

  try {
    const recipients = message.audience === 'editors' ? await editorEmails(req) : await writerEmail(doc.createdBy, req)
    const actorEmail = (req.user as { email?: string } | null)?.email
    // Nobody needs an email about what they just did themselves.
    const others = recipients.filter((email) => email !== actorEmail)
    if (others.length) await req.payload.sendEmail({ to: others, ...message.email })
  } catch (error) {
    req.payload.logger.error({ err: error, article: doc.id }, 'Could not send the workflow notification')
  }
  return doc
}
