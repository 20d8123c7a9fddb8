import crypto from 'node:crypto'
import net from 'node:net'

import { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

/**
 * Several instances behind a load balancer share flood control through Redis (REDIS_URL). Needs a
 * Redis: TEST_REDIS_URL (.ci/run sets it). Without it the file is skipped with a note, except in CI.
 */
const redisUrl = vi.hoisted(() => {
  const url = process.env.TEST_REDIS_URL?.trim()
  // Before anything imports src/env.ts: this process runs as a server configured with REDIS_URL would.
  if (url) process.env.REDIS_URL = url
  return url
})

import { hashIp } from '../../src/comments/clientKey'
import {
  closeFloodControl,
  configureFloodControl,
  createFloodControl,
  type FloodControl,
} from '../../src/comments/floodControl'
import { issueFormToken, readFormToken } from '../../src/comments/formToken'
import { env, parseEnv } from '../../src/env'
import { readerHeaderRecord } from '../helpers/clientAddress'
import { validArticleData } from '../helpers/content'
import { getTestPayload } from '../helpers/payload'
import { rest } from '../helpers/restClient'
import { createPublished } from '../helpers/review'
import { createStaff } from '../helpers/staff'

if (!redisUrl) {
  if (process.env.CI) throw new Error('CI must run the shared flood control tests: set TEST_REDIS_URL.')
  console.log('TEST_REDIS_URL is not set: skipping the shared (Redis) flood control tests.')
}

/** Keys of this run only, so parallel runs on one Redis never meet; deleted afterwards. */
const keyPrefix = `legwork-test:${crypto.randomBytes(6).toString('hex')}:`
const valid = { authorName: 'Rita Runner', authorEmail: 'rita@example.com', body: 'Shared across instances.' }

let payload: Payload
let articleId: number | string
let otherInstance: FloodControl
/** Reads and cleans up this run's keys. */
let inspector: Redis

/** A client of this run's own (a /64 of its own: flood control counts an IPv6 /64 as one client). */
const newClient = () => `2001:db8:${crypto.randomBytes(2).toString('hex')}:${crypto.randomBytes(2).toString('hex')}::1`

async function post(ip: string) {
  const started = performance.now()
  const response = await rest('POST', '/comments', {
    json: { article: articleId, formToken: issueFormToken(Date.now() - 10_000), ...valid },
    headers: { ...readerHeaderRecord(ip), 'user-agent': 'vitest reader' },
  })
  return { ...response, elapsedMs: performance.now() - started }
}

async function setDiscussion(data: Record<string, unknown>) {
  await payload.updateGlobal({ slug: 'discussion-settings', data: data as never })
}

/** A port on which nothing listens. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe.skipIf(!redisUrl)('flood control shared through Redis', () => {
  beforeAll(async () => {
    inspector = new Redis(redisUrl!, { lazyConnect: true })
    await inspector.connect()
    await configureFloodControl({ keyPrefix })
    // Another server of the same deployment: its own connection and memory, the same Redis.
    otherInstance = createFloodControl({ redisUrl: redisUrl!, keyPrefix })
    payload = await getTestPayload()
    const editor = await createStaff('editor')
    articleId = (await createPublished(editor.token, await validArticleData(1))).id
    await setDiscussion({ floodIntervalSeconds: 15, hourlyLimit: 1000, minSecondsToPost: 3 })
  })

  afterAll(async () => {
    await configureFloodControl({})
    await otherInstance?.close()
    if (inspector) {
      const keys = await inspector.keys(`${keyPrefix}*`)
      if (keys.length > 0) await inspector.del(...keys)
      await inspector.quit()
    }
  })

  it('reads REDIS_URL from the environment', () => {
    expect(env.REDIS_URL).toBe(redisUrl)
    expect(parseEnv({ REDIS_URL: '' }, () => {}).REDIS_URL).toBeUndefined()
    expect(() => parseEnv({ REDIS_URL: 'http://127.0.0.1:6379' }, () => {})).toThrow(/REDIS_URL/)
  })

  it('refuses on one instance, with 429 and Retry-After, the next comment of a client another instance accepted', async () => {
    const ip = newClient()
    const elsewhere = await otherInstance.takeAllowance(hashIp(ip), { intervalSeconds: 15, hourlyLimit: 1000 })
    expect(elsewhere).toEqual({ allowed: true })

    const before = (await payload.count({ collection: 'comments' })).totalDocs
    const here = await post(ip)
    expect(here.status).toBe(429)
    const retryAfter = Number(here.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(15)
    expect(here.body.errors[0].message).toContain('one comment every 15 seconds')
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(before)
  })

  it('makes the other instance refuse a client whose comment this one accepted, and keeps the count in Redis', async () => {
    const ip = newClient()
    expect((await post(ip)).status).toBe(201)
    expect(await inspector.exists(`${keyPrefix}flood:interval:15:1000:${hashIp(ip)}`)).toBe(1)

    const elsewhere = await otherInstance.takeAllowance(hashIp(ip), { intervalSeconds: 15, hourlyLimit: 1000 })
    expect(elsewhere).toMatchObject({ allowed: false, reason: 'one comment every 15 seconds' })
    expect(elsewhere.allowed === false && elsewhere.retryAfterSeconds).toBeGreaterThan(0)
  })

  it('refuses on one instance a form token another instance took a comment with, and forgets it when it expires', async () => {
    const formToken = issueFormToken(Date.now() - 10_000)
    expect(await otherInstance.claimFormToken(readFormToken(formToken)!)).toBe(true)
    const here = await rest('POST', '/comments', {
      json: { article: articleId, formToken, ...valid },
      headers: readerHeaderRecord(newClient()),
    })
    expect(here.status).toBe(400)
    expect(here.body.errors[0].data.errors[0].path).toBe('formToken')
    const [key] = await inspector.keys(`${keyPrefix}flood:form-token:*`)
    const ttl = await inspector.pttl(key!)
    // Remembered as long as the token is valid (24 hours from its issue), not longer.
    expect(ttl).toBeGreaterThan(24 * 3600_000 - 60_000)
    expect(ttl).toBeLessThanOrEqual(24 * 3600_000 - 10_000)
  })

  it('shares the hourly cap across instances', async () => {
    const third = createFloodControl({ redisUrl: redisUrl!, keyPrefix })
    try {
      const client = hashIp(newClient())
      const limits = { intervalSeconds: 0, hourlyLimit: 2 }
      expect((await otherInstance.takeAllowance(client, limits)).allowed).toBe(true)
      expect((await third.takeAllowance(client, limits)).allowed).toBe(true)
      expect(await otherInstance.takeAllowance(client, limits)).toMatchObject({
        allowed: false,
        reason: 'at most 2 comments an hour',
      })
    } finally {
      await third.close()
    }
  })

  describe('when Redis cannot be reached', () => {
    const warnings: string[] = []

    afterAll(async () => {
      await configureFloodControl({ keyPrefix })
    })

    it('answers a comment at once from memory, still limits per process, and warns once', async () => {
      await configureFloodControl({
        redisUrl: `redis://127.0.0.1:${await closedPort()}`,
        keyPrefix,
        warn: (message) => warnings.push(message),
      })
      const ip = newClient()
      const first = await post(ip)
      expect(first.status).toBe(201)
      expect(first.elapsedMs).toBeLessThan(2_000)
      const second = await post(ip)
      expect(second.status).toBe(429)
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toMatch(/^Flood control: Redis at 127\.0\.0\.1:\d+ is unavailable \(.*ECONNREFUSED/)
    })

    it('does not wait on a Redis that accepts connections but never answers', async () => {
      const sockets = new Set<net.Socket>()
      const silent = net.createServer((socket) => sockets.add(socket))
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
      try {
        await configureFloodControl({
          redisUrl: `redis://127.0.0.1:${(silent.address() as net.AddressInfo).port}`,
          keyPrefix,
          warn: () => {},
        })
        const response = await post(newClient())
        expect(response.status).toBe(201)
        expect(response.elapsedMs).toBeLessThan(3_000)
      } finally {
        await closeFloodControl()
        for (const socket of sockets) socket.destroy()
        await new Promise((resolve) => silent.close(resolve))
      }
    })
  })
})
