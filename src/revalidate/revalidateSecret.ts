import crypto from 'node:crypto'

import { env } from '../env'

/** A secret derived from PAYLOAD_SECRET, so the internal revalidate route needs no variable of its own. */
export function revalidateSecret(): string {
  return crypto.createHmac('sha256', env.PAYLOAD_SECRET).update('legwork:revalidate').digest('hex')
}

export function isRevalidateSecret(candidate: string | null): boolean {
  if (!candidate) return false
  const expected = Buffer.from(revalidateSecret())
  const given = Buffer.from(candidate)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}
