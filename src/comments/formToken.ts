import crypto from 'node:crypto'

import { derivedSecret } from '../security/derivedSecret'

/** A form token older than this is refused, so a token cannot be harvested once and reused for days. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000

const sign = (issuedAt: string) =>
  crypto.createHmac('sha256', derivedSecret('comment-form')).update(issuedAt).digest('hex').slice(0, 32)

/**
 * The comment form carries the time it was shown, signed with the server's secret, so a bot cannot
 * claim to have waited. `GET /api/comments/form-token` gives API clients one too.
 */
export function issueFormToken(now = Date.now()): string {
  const issuedAt = String(now)
  return `${issuedAt}.${sign(issuedAt)}`
}

/** Seconds since the token was issued, or null when it is missing, forged or stale. */
export function secondsSinceFormToken(token: unknown, now = Date.now()): number | null {
  if (typeof token !== 'string') return null
  const [issuedAt, signature] = token.split('.')
  if (!issuedAt || !signature || !/^\d{10,16}$/.test(issuedAt)) return null
  const expected = Buffer.from(sign(issuedAt))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null
  const age = now - Number(issuedAt)
  if (age < 0 || age > MAX_AGE_MS) return null
  return age / 1000
}
