import type { CollectionConfig } from 'payload'

import { COLLECTION, ROLE_LABELS, ROLES } from '../../src/constants'
import { env } from '../../src/env'
import { admins, adminsFieldOnly, isStaff } from '../shared/access'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { selfOrRoles } from './access/selfOrRoles'

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
    description: 'People who sign in to the newsroom. Their public byline lives in Authors.',
  },
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
        description:
          'Admin: everything. Editor: all content, publishing. Writer: own drafts, submits for review. Moderator: comments only.',
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
  ],
  hooks: {
    beforeChange: [makeFirstUserAdmin],
  },
  timestamps: true,
}
