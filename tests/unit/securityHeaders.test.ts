import { afterEach, describe, expect, it, vi } from 'vitest'

/** next.config.mjs reads SITE_URL when it loads, as `next build` does: load it afresh per site. */
async function headersFor(siteUrl: string) {
  vi.stubEnv('SITE_URL', siteUrl)
  vi.resetModules()
  const { securityHeaders } = await import('../../next.config.mjs')
  const rules = await securityHeaders()
  const all = rules.flatMap((rule) => rule.headers)
  const value = (key: string) => all.filter((header) => header.key === key).map((header) => header.value)
  return { value }
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('security headers that depend on the public address', () => {
  it('sends HSTS and upgrades insecure requests when the site is served over https', async () => {
    const { value } = await headersFor('https://legwork.example')
    expect(value('Strict-Transport-Security')).toEqual(['max-age=63072000; includeSubDomains'])
    for (const policy of value('Content-Security-Policy').filter((policy) => policy.includes('script-src'))) {
      expect(policy).toContain('upgrade-insecure-requests')
    }
  })

  it('sends neither on plain http, where they would break a local or test site', async () => {
    const { value } = await headersFor('http://localhost:3000')
    expect(value('Strict-Transport-Security')).toEqual([])
    for (const policy of value('Content-Security-Policy')) expect(policy).not.toContain('upgrade-insecure-requests')
  })

  it('never lets the reader website load script from elsewhere, or eval', async () => {
    const { READER_POLICY } = await import('../../next.config.mjs')
    expect(READER_POLICY).toContain("script-src 'self' 'unsafe-inline';")
    expect(READER_POLICY).toContain("object-src 'none'")
    expect(READER_POLICY).not.toContain('unsafe-eval')
  })
})
