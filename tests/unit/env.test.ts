import { describe, expect, it } from 'vitest'

import { DEFAULT_DATABASE_URL, EnvError, parseEnv } from '../../src/env'

const quiet = () => {}
const strongSecret = 'a'.repeat(32)

describe('environment', () => {
  it('defaults to the embedded SQLite file and localhost', () => {
    const env = parseEnv({ NODE_ENV: 'development' }, quiet)
    expect(env.DATABASE_URL).toBe(DEFAULT_DATABASE_URL)
    expect(env.DATABASE_KIND).toBe('sqlite')
    expect(env.SITE_URL).toBe('http://localhost:3000')
  })

  it('falls back to a development secret with a warning when none is set', () => {
    const warnings: string[] = []
    const env = parseEnv({ NODE_ENV: 'development' }, (message) => warnings.push(message))
    expect(env.PAYLOAD_SECRET.length).toBeGreaterThanOrEqual(32)
    expect(warnings.join()).toMatch(/PAYLOAD_SECRET is not set/)
  })

  it('refuses a production start without a secret and says how to set one', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' }, quiet)).toThrow(EnvError)
    expect(() => parseEnv({ NODE_ENV: 'production' }, quiet)).toThrow(/PAYLOAD_SECRET is not set.*openssl rand -hex 32/)
  })

  it('refuses a production secret shorter than 32 characters, naming its length', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short-secret' }, quiet)).toThrow(
      /12 characters long; production needs at least 32/,
    )
  })

  it('accepts a production secret of 32 characters', () => {
    const env = parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: strongSecret }, quiet)
    expect(env.PAYLOAD_SECRET).toBe(strongSecret)
  })

  it('lets `next build` run without the production secret', () => {
    const env = parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }, quiet)
    expect(env.IS_BUILD).toBe(true)
  })

  it('rejects a SITE_URL that is not http(s), naming the variable', () => {
    expect(() => parseEnv({ SITE_URL: 'ftp://example.com' }, quiet)).toThrow(/SITE_URL/)
  })

  it('trusts no proxy unless told: TRUSTED_PROXY_HOPS is 0 by default and may be 0 to 5', () => {
    expect(parseEnv({}, quiet).TRUSTED_PROXY_HOPS).toBe(0)
    expect(parseEnv({ TRUSTED_PROXY_HOPS: '0' }, quiet).TRUSTED_PROXY_HOPS).toBe(0)
    expect(parseEnv({ TRUSTED_PROXY_HOPS: '2' }, quiet).TRUSTED_PROXY_HOPS).toBe(2)
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: '-1' }, quiet)).toThrow(/TRUSTED_PROXY_HOPS/)
  })

  it('reads the SMTP settings', () => {
    const env = parseEnv({ SMTP_HOST: 'mail.local', SMTP_PORT: '2525', SMTP_SECURE: 'true' }, quiet)
    expect(env).toMatchObject({ SMTP_HOST: 'mail.local', SMTP_PORT: 2525, SMTP_SECURE: true })
  })

  it('reads PostgreSQL read replicas as a list and refuses anything but PostgreSQL there', () => {
    const env = parseEnv(
      { DATABASE_READ_REPLICA_URLS: 'postgres://replica-1/legwork, postgresql://replica-2/legwork' },
      quiet,
    )
    expect(env.DATABASE_READ_REPLICA_URLS).toEqual(['postgres://replica-1/legwork', 'postgresql://replica-2/legwork'])
    expect(parseEnv({}, quiet).DATABASE_READ_REPLICA_URLS).toEqual([])
    expect(() => parseEnv({ DATABASE_READ_REPLICA_URLS: 'file:./replica.db' }, quiet)).toThrow(
      /DATABASE_READ_REPLICA_URLS/,
    )
  })

  it('wants a refresh secret of some length whenever a cache tier is named', () => {
    expect(() => parseEnv({ CACHE_TIER_URL: 'http://127.0.0.1:8080' }, quiet)).toThrow(/CACHE_TIER_SECRET/)
    expect(
      parseEnv({ CACHE_TIER_URL: 'http://127.0.0.1:8080', CACHE_TIER_SECRET: 'x'.repeat(16) }, quiet).CACHE_TIER_URL,
    ).toBe('http://127.0.0.1:8080')
  })
})
