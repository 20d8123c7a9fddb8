import type { CollectionConfig, PayloadRequest } from 'payload'

import { COLLECTION, ROLE_LABELS, ROLES } from '../../src/constants'
import { env } from '../../src/env'
import { passwordResetEmail } from '../../src/email/invitationEmails'
import { readSiteSettings } from '../../src/settings/readSiteSettings'
import { admins, adminsFieldOnly, isStaff, noOneField } from '../shared/access'
import { inviteEndpoint, resendInvitationEndpoint } from './endpoints/invitationEndpoints'
import { acceptInvitation } from './hooks/acceptInvitation'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { RESET_LIFETIME_MS, setPasswordUrl } from './invitations/setPasswordLink'
import { selfOrRoles } from './access/selfOrRoles'
import { ROLE_CHOICES } from './roles'

/** The words of "Forgot your password?", sent by Payload with its own token. */
async function resetEmail(req: PayloadRequest, token: string | undefined, user: { name?: string } | undefined) {
  const { siteName, timezone } = await readSiteSettings(req.payload, req)
  return passwordResetEmail({
    name: user?.name ?? 'there',
    siteName,
    url: setPasswordUrl(req.payload, token ?? ''),
    expiresAt: new Date(Date.now() + RESET_LIFETIME_MS),
    timeZone: timezone,
  })
}

export const Users: CollectionConfig = {
  slug: COLLECTION.users,
  access: {
    // Only staff with a role may open the admin panel at all.
    admin: ({ req }) => isStaff(req.user),
    create: admins,
    read: selfOrRoles('admin', 'editor'),
    update: selfOrRoles('admin'),
    delete: admins,
    unlock: admins,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    group: 'Staff',
    description:
      'People who sign in to the newsroom. Invite a colleague and they choose their own password; their public byline lives in Authors.',
    components: { beforeListTable: ['@/admin/people/InviteButton#InviteButton'] },
  },
  endpoints: [inviteEndpoint, resendInvitationEndpoint],
  auth: {
    // After five wrong passwords the account is locked for fifteen minutes.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Each login is a session stored on the account and checked on every request, so a password
    // change (or reset) ends every other session of the account, a stolen token's included.
    // Payload's default; written here because the protection depends on it.
    useSessions: true,
    cookies: {
      secure: env.NODE_ENV === 'production' && env.SITE_URL.startsWith('https:'),
      sameSite: 'Lax',
    },
    // Payload's token and hour; the link lands on Legwork's set-password page, as invitations do.
    forgotPassword: {
      generateEmailSubject: async ({ req, token, user } = {}) => (await resetEmail(req!, token, user)).subject,
      generateEmailHTML: async ({ req, token, user } = {}) => (await resetEmail(req!, token, user)).html,
    },
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'Shown to colleagues in the admin and in notification emails.' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['writer'],
      // Roles travel in the JWT so access checks never need a database round trip.
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: ROLE_LABELS[role], value: role })),
      access: {
        create: adminsFieldOnly,
        update: adminsFieldOnly,
      },
      admin: {
        description: ROLE_CHOICES.map((role) => `${role.label}: ${role.description}`).join(' '),
      },
    },
    {
      name: 'author',
      label: 'Public author profile',
      type: 'relationship',
      relationTo: COLLECTION.authors,
      // In the JWT so "edit own profile" needs no query.
      saveToJWT: true,
      access: { update: adminsFieldOnly },
      admin: { description: 'The byline this person writes under. Writers may edit this profile.' },
    },
    {
      name: 'invitation',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/admin/people/InvitationStatus#InvitationStatus' } },
    },
    // Written by the server only: when the last invitation link was made, and when it was used.
    {
      name: 'invitedAt',
      label: 'Invited',
      type: 'date',
      access: { create: noOneField, update: noOneField },
      admin: { hidden: true },
    },
    {
      name: 'invitationAcceptedAt',
      label: 'Joined',
      type: 'date',
      access: { create: noOneField, update: noOneField },
      admin: { hidden: true },
    },
  ],
  hooks: {
    beforeChange: [makeFirstUserAdmin],
    afterOperation: [acceptInvitation],
  },
  timestamps: true,
}
