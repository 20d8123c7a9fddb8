import crypto from 'node:crypto'

import { env } from '../env'
import { derivedSecret } from '../security/derivedSecret'

/**
 * The client's address as the nearest trusted proxy saw it. Each proxy appends the address it was
 * called from to X-Forwarded-For, and anything before that is whatever the client chose to send:
 * reading the first entry would let anyone pick a fresh address per comment and walk past flood
 * control. So the entry TRUSTED_PROXY_HOPS from the end is used (1: one proxy such as nginx in
 * front; `next start` alone fills the header with the socket address when the client sent none).
 */
export function clientIp(headers: Headers, trustedHops = env.TRUSTED_PROXY_HOPS): string {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  if (hops.length) return hops[Math.max(0, hops.length - trustedHops)]!
  return headers.get('x-real-ip')?.trim() || 'unknown'
}

/**
 * A keyed hash of the IP: enough to recognise the same client for flood control, useless to anyone
 * who reads the database without the server's secret. The raw address is never stored.
 */
export function hashIp(ip: string): string {
  return crypto.createHmac('sha256', derivedSecret('ip-hash')).update(ip).digest('hex')
}
