import { ROLES, ROLE_LABELS, type Role } from '../../src/constants'

/** What each role may do, as the invitation form and the roles field explain it. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'Everything, including people and settings.',
  editor: 'All content, publishing and the site’s settings.',
  writer: 'Writes drafts and submits them for review.',
  moderator: 'Approves, marks as spam and trashes comments.',
}

export const ROLE_CHOICES = ROLES.map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
  description: ROLE_DESCRIPTIONS[role],
}))
