import type { Access, FieldAccess, PayloadRequest } from 'payload'

import type { Role } from '../../src/constants'

type MaybeUser = PayloadRequest['user'] | null | undefined

/** The one role test every predicate is built on. Roles come from the JWT, so this costs no query. */
export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const userRoles = (user as { roles?: Role[] | null } | null | undefined)?.roles
  return Array.isArray(userRoles) && userRoles.some((role) => roles.includes(role))
}

export const isStaff = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor', 'writer', 'moderator')

export const anyone: Access = () => true
export const nobody: Access = () => false

export const admins: Access = ({ req }) => hasRole(req.user, 'admin')
export const adminsAndEditors: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
export const contentCreators: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'writer')
export const staff: Access = ({ req }) => isStaff(req.user)

export const adminsFieldOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/** Staff read everything, drafts included; everyone else only what is published. */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaff(req.user)) return true
  return { _status: { equals: 'published' } }
}

export const staffFieldOnly: FieldAccess = ({ req }) => isStaff(req.user)
export const editorsFieldOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Moderation is for moderators, editors and admins. */
export const moderators: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'moderator')
export const moderatorsFieldOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor', 'moderator')
export const noOneField: FieldAccess = () => false
