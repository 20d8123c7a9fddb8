import crypto from 'node:crypto'
import net from 'node:net'

import { env } from '../env'
import { derivedSecret } from '../security/derivedSecret'
import { peerAddress } from '../security/peerAddress'

/**
 * The client's address as the nearest trusted proxy saw it.
 *
 * With TRUSTED_PROXY_HOPS=0 (the default: nothing in front of `next start`) that is the socket's
 * own peer, which the server stamps on every request (src/security/peerAddress.ts); X-Forwarded-For
 * is then whatever the client chose to write and is ignored.
 *
 * Behind proxies, each one appends the address it was called from to X-Forwarded-For, and anything
 * before that is the client's own writing: reading the first entry would let anyone pick a fresh
 * address per comment and walk past flood control. So the entry TRUSTED_PROXY_HOPS from the end is
 * used (1: nginx in front; 2: a load balancer or CDN in front of nginx).
 */
export function clientIp(headers: Headers, trustedHops = env.TRUSTED_PROXY_HOPS): string {
  if (trustedHops === 0) return peerAddress(headers) ?? 'unknown'
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  if (hops.length) return hops[Math.max(0, hops.length - trustedHops)]!
  return headers.get('x-real-ip')?.trim() || 'unknown'
}

/** The eight 16-bit groups of an IPv6 address ("2001:db8::1" → 2001, db8, 0, …, 1). */
function ipv6Groups(address: string): number[] {
  let text = address
  const embeddedIpv4 = text.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/)
  if (embeddedIpv4) {
    const [a, b, c, d] = embeddedIpv4.slice(1).map(Number) as [number, number, number, number]
    text = text.slice(0, embeddedIpv4.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const parse = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : [])
  const left = parse(head)
  const right = tail === undefined ? [] : parse(tail)
  return [...left, ...Array(8 - left.length - right.length).fill(0), ...right]
}

/**
 * What flood control counts as one client. An IPv4 address is one; an IPv6 host is normally given a
 * whole /64 and can pick a new address in it for every request, so its /64 is one client. IPv4
 * written as IPv6 (`::ffff:203.0.113.9`, as a dual-stack socket reports it) is the IPv4 address.
 */
export function floodClient(ip: string): string {
  const mappedIpv4 = ip.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)
  if (mappedIpv4) return mappedIpv4[1]!
  if (!net.isIPv6(ip)) return ip
  const network = ipv6Groups(ip.split('%')[0]!).slice(0, 4)
  return `${network.map((group) => group.toString(16)).join(':')}::/64`
}

/**
 * A keyed hash of the client (`floodClient`): what flood control counts under, enough to recognise
 * the same client, useless to anyone who reads the database without the server's secret. The raw
 * address is never stored.
 */
export function hashIp(ip: string): string {
  return crypto.createHmac('sha256', derivedSecret('ip-hash')).update(floodClient(ip)).digest('hex')
}
