import type { Payload } from 'payload'

import { env } from '../../../src/env'

/**
 * Invitations and password resets are Payload's forgot-password tokens (random, stored on the
 * account, single use): an invitation's lasts a week, a reset's Payload's hour. Both land on the same
 * Legwork page in the admin, which sets the password and signs the person in.
 */
export const INVITATION_DAYS = 7
export const INVITATION_LIFETIME_MS = INVITATION_DAYS * 24 * 60 * 60 * 1000
export const RESET_LIFETIME_MS = 60 * 60 * 1000

/** The admin view (payload.config.ts `admin.components.views`), under the admin route. */
export const SET_PASSWORD_VIEW = '/set-password'

export function setPasswordUrl(payload: Payload, token: string): string {
  return `${env.SITE_URL}${payload.config.routes.admin}${SET_PASSWORD_VIEW}/${encodeURIComponent(token)}`
}
