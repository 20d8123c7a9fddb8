import { describe, expect, it } from 'vitest'

import { clientIp, floodClient, hashIp } from '../../src/comments/clientKey'
import { PEER_ADDRESS_HEADER, stampPeerAddress } from '../../src/security/peerAddress'

const headers = (values: Record<string, string>) => new Headers(values)

describe('the client address used for flood control', () => {
  it('is the address the proxy in front appended, not one the client wrote before it', () => {
    // A client sends its own X-Forwarded-For; nginx appends the address it really came from.
    expect(clientIp(headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.20' }), 1)).toBe('198.51.100.20')
  })

  it('counts back one entry per trusted proxy (a CDN in front of nginx: two)', () => {
    expect(clientIp(headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.20, 10.0.0.2' }), 2)).toBe('198.51.100.20')
  })

  it('takes the only entry when there is one, and never reads past the start', () => {
    expect(clientIp(headers({ 'x-forwarded-for': '198.51.100.20' }), 1)).toBe('198.51.100.20')
    expect(clientIp(headers({ 'x-forwarded-for': '198.51.100.20' }), 3)).toBe('198.51.100.20')
  })

  it('falls back to X-Real-IP, then to one shared "unknown" bucket', () => {
    expect(clientIp(headers({ 'x-real-ip': '198.51.100.30' }), 1)).toBe('198.51.100.30')
    expect(clientIp(headers({}), 1)).toBe('unknown')
  })
})

describe('with nothing in front of the server (TRUSTED_PROXY_HOPS=0)', () => {
  const fromPeer = (address: string, extra: Record<string, string> = {}) => {
    const headers = new Headers(extra)
    stampPeerAddress(headers, address)
    return headers
  }

  it('is the socket peer the server stamped, whatever the client wrote in X-Forwarded-For or X-Real-IP', () => {
    const spoofed = { 'x-forwarded-for': '203.0.113.9, 198.51.100.20', 'x-real-ip': '192.0.2.1' }
    expect(clientIp(fromPeer('198.51.100.77', spoofed), 0)).toBe('198.51.100.77')
  })

  it('believes no peer header the server did not stamp itself', () => {
    const forged = headers({ [PEER_ADDRESS_HEADER]: `${'0'.repeat(32)} 198.51.100.5`, 'x-forwarded-for': '192.0.2.8' })
    expect(clientIp(forged, 0)).toBe('unknown')
    expect(clientIp(headers({ 'x-forwarded-for': '192.0.2.8' }), 0)).toBe('unknown')
  })
})

describe('what flood control counts as one client', () => {
  it('is an IPv4 address, also when a dual-stack socket reports it as IPv6', () => {
    expect(floodClient('198.51.100.20')).toBe('198.51.100.20')
    expect(floodClient('::ffff:198.51.100.20')).toBe('198.51.100.20')
    expect(hashIp('::ffff:198.51.100.20')).toBe(hashIp('198.51.100.20'))
  })

  it('is the /64 of an IPv6 address, which one host can fill with fresh addresses', () => {
    expect(floodClient('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(floodClient('2001:db8:1:2::7')).toBe('2001:db8:1:2::/64')
    expect(floodClient('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64')
    expect(floodClient('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(floodClient('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(hashIp('2001:db8:1:2::7')).toBe(hashIp('2001:db8:1:2:dead:beef:0:1'))
    expect(hashIp('2001:db8:1:2::7')).not.toBe(hashIp('2001:db8:1:3::7'))
  })

  it('leaves anything else as it is', () => {
    expect(floodClient('unknown')).toBe('unknown')
  })
})
