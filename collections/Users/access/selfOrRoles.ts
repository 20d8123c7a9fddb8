import type { Access } from 'payload'

import type { Role } from '../../../src/constants'
import { hasRole } from '../../shared/access'

/** Staff with one of `roles` see every account; everyone else signed in sees only their own. */
export const selfOrRoles =
  (...roles: Role[]): Access =>
  ({ req }) => {
    if (!req.user) return false
    if (hasRole(req.user, ...roles)) return true
    return { id: { equals: req.user.id } }
  }
