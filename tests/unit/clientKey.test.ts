import { describe, expect, it } from 'vitest'

import { clientIp } from '../../src/comments/clientKey'

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
