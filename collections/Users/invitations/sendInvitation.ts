import type { PayloadRequest } from 'payload'

import { COLLECTION, ROLE_LABELS, type Role } from '../../../src/constants'
import { invitationEmail } from '../../../src/email/invitationEmails'
import type { User } from '../../../src/payload-types'
import { readSiteSettings } from '../../../src/settings/readSiteSettings'
import { INVITATION_LIFETIME_MS, setPasswordUrl } from './setPasswordLink'

export type InvitationOutcome = { sent: boolean; sentTo: string; expiresAt: string; message: string }

/**
 * Gives the account a fresh set-password token (Payload's forgot-password, which replaces any earlier
 * link) and emails it. A mail server that fails leaves the account as it is and says so: the admin
 * sends it again from the person's page.
 */
export async function sendInvitation(req: PayloadRequest, user: User): Promise<InvitationOutcome> {
  const { payload } = req
  const token = await payload.forgotPassword({
    collection: COLLECTION.users,
    data: { email: user.email },
    disableEmail: true,
    expiration: INVITATION_LIFETIME_MS,
    req,
  })
  if (!token) throw new Error(`No set-password token was made for account ${user.id}`)
  const sentAt = new Date()
  const expiresAt = new Date(sentAt.getTime() + INVITATION_LIFETIME_MS)
  await payload.update({
    collection: COLLECTION.users,
    id: user.id,
    data: { invitedAt: sentAt.toISOString() },
    overrideAccess: true,
    req,
  })

  const { siteName, timezone } = await readSiteSettings(payload, req)
  const inviter = (req.user as { name?: string } | null)?.name ?? `The ${siteName} team`
  const email = invitationEmail({
    name: user.name,
    roles: (user.roles ?? []).map((role) => ROLE_LABELS[role as Role] ?? role),
    inviter,
    siteName,
    url: setPasswordUrl(payload, token),
    expiresAt,
    timeZone: timezone,
  })
  try {
    await payload.sendEmail({ to: user.email, ...email })
    return {
      sent: true,
      sentTo: user.email,
      expiresAt: expiresAt.toISOString(),
      message: `Invitation sent to ${user.email}.`,
    }
  } catch (error) {
    payload.logger.error({ err: error, user: user.id }, 'Could not send the invitation email')
    return {
      sent: false,
      sentTo: user.email,
      expiresAt: expiresAt.toISOString(),
      message: `The account is ready, but the email to ${user.email} could not be sent (${(error as Error).message}). Send the invitation again from their page once mail works.`,
    }
  }
}
