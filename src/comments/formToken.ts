import crypto from 'node:crypto'

import { derivedSecret } from '../security/derivedSecret'

/** A form token older than this is refused, so a token cannot be harvested once and kept for days. */
export const FORM_TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000

const sign = (issuedAt: string, nonce: string) =>
  crypto.createHmac('sha256', derivedSecret('comment-form')).update(`${issuedAt}.${nonce}`).digest('hex').slice(0, 32)

/**
 * The comment form carries the time it was shown, signed with the server's secret, so a bot cannot
 * claim to have waited. A random nonce makes every token unique, even two issued in the same
 * millisecond, because each may post one comment only (`usedFormTokens.ts`).
 * `GET /api/comments/form-token` gives API clients one too.
 */
export function issueFormToken(now = Date.now()): string {
  const issuedAt = String(now)
  const nonce = crypto.randomBytes(12).toString('base64url')
  return `${issuedAt}.${nonce}.${sign(issuedAt, nonce)}`
}

export type FormToken = {
  /** Seconds since it was issued. */
  age: number
  /** Milliseconds it stays valid: how long its use must be remembered. */
  remainingMs: number
  /** Names the token uniquely (its signature). */
  id: string
}

/** The token's age and identity, or null when it is missing, forged or stale. */
export function readFormToken(token: unknown, now = Date.now()): FormToken | null {
  if (typeof token !== 'string') return null
  const [issuedAt, nonce, signature, ...rest] = token.split('.')
  if (!issuedAt || !nonce || !signature || rest.length || !/^\d{10,16}$/.test(issuedAt)) return null
  if (!/^[\w-]{16}$/.test(nonce)) return null
  const expected = Buffer.from(sign(issuedAt, nonce))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null
  const ageMs = now - Number(issuedAt)
  if (ageMs < 0 || ageMs > FORM_TOKEN_MAX_AGE_MS) return null
  return { age: ageMs / 1000, remainingMs: FORM_TOKEN_MAX_AGE_MS - ageMs, id: signature }
}

/** Seconds since the token was issued, or null when it is missing, forged or stale. */
export const secondsSinceFormToken = (token: unknown, now = Date.now()): number | null =>
  readFormToken(token, now)?.age ?? null
