import crypto from 'node:crypto'

import { derivedSecret } from '../security/derivedSecret'

/** The client address as the proxy in front reports it (first X-Forwarded-For hop), else X-Real-IP. */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown'
}

/**
 * A keyed hash of the IP: enough to recognise the same client for flood control, useless to anyone
 * who reads the database without the server's secret. The raw address is never stored.
 */
export function hashIp(ip: string): string {
  return crypto.createHmac('sha256', derivedSecret('ip-hash')).update(ip).digest('hex')
}
