import { env } from '../../src/env'
import { stampPeerAddress } from '../../src/security/peerAddress'

/**
 * The headers a request from a reader at `ip` reaches the app with, as deployed with the
 * configured TRUSTED_PROXY_HOPS: with nothing in front (0) the server's own stamp of the socket's
 * peer, which is what `stampPeerAddresses` writes in `next start`; behind proxies the reader's
 * address in X-Forwarded-For followed by one address per inner proxy.
 */
export function readerHeaders(ip: string, hops = env.TRUSTED_PROXY_HOPS): Headers {
  const headers = new Headers()
  if (hops === 0) stampPeerAddress(headers, ip)
  else {
    const innerProxies = Array.from({ length: hops - 1 }, (_, index) => `10.0.0.${index + 1}`)
    headers.set('x-forwarded-for', [ip, ...innerProxies].join(', '))
  }
  return headers
}

/** The same, as a plain object for `rest()` and `payload.create({ req: { headers } })`. */
export const readerHeaderRecord = (ip: string): Record<string, string> => Object.fromEntries(readerHeaders(ip))
