import crypto from 'node:crypto'

import { env } from '../env'

/**
 * Secrets for internal links (revalidation, draft preview) derived from PAYLOAD_SECRET, one per
 * purpose, so none needs a variable of its own and rotating PAYLOAD_SECRET rotates them all.
 */
export function derivedSecret(purpose: 'revalidate' | 'preview' | 'comment-form' | 'ip-hash'): string {
  return crypto.createHmac('sha256', env.PAYLOAD_SECRET).update(`legwork:${purpose}`).digest('hex')
}

export function isDerivedSecret(
  purpose: 'revalidate' | 'preview' | 'comment-form' | 'ip-hash',
  candidate: string | null | undefined,
): boolean {
  if (!candidate) return false
  const expected = Buffer.from(derivedSecret(purpose))
  const given = Buffer.from(candidate)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}
