import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { expect, test, type APIRequestContext } from '@playwright/test'
import { Redis } from 'ioredis'

import {
  freePort,
  type NextServer,
  publishThroughReview,
  SEED_PASSWORD,
  SERVER_SECRET,
  startNextServer,
} from './helpers'

/**
 * Several `next start` of one build on one database share Next's page cache through Redis
 * (REDIS_URL, src/cache/redisCacheHandler.mjs). This file starts its own instances on a fresh SQLite
 * database, next to the main e2e server, which runs without Redis as before. Needs a Redis:
 * TEST_REDIS_URL (.ci/run sets it); without it the file is skipped, except in CI.
 */
const redisUrl = process.env.TEST_REDIS_URL?.trim()
if (!redisUrl && process.env.CI) throw new Error('CI must run the shared page cache tests: set TEST_REDIS_URL.')
test.skip(!redisUrl, 'TEST_REDIS_URL is not set: skipping the shared (Redis) page cache tests.')
test.describe.configure({ mode: 'serial' })

const root = path.resolve(import.meta.dirname, '../..')
const tmp = path.join(root, 'tests/.tmp')
const run = crypto.randomBytes(6).toString('hex')
/** This run's keys only, so runs on one Redis never meet; deleted afterwards. */
const keyPrefix = `legwork-test:${run}:`
const databaseFile = path.join(tmp, `shared-cache-${run}.db`)
const mediaDir = path.join(tmp, `shared-cache-media-${run}`)

const HOME = '/'
const ARTICLE = '/articles/8-reasons-why-you-feel-your-legs-heavy-when-you-run'
const READER_PAGES = [HOME, ARTICLE, '/causes', '/causes/iron-deficiency', '/authors/sam-okafor']

type Instance = NextServer
const instances: Instance[] = []

function environment(url: string, redis: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: `file:${databaseFile}`,
    MEDIA_DIR: mediaDir,
    PAYLOAD_SECRET: SERVER_SECRET,
    // Instances behind one load balancer share the public address the build was made for; each
    // reaches itself on its own port to rebuild pages.
    SITE_URL: process.env.E2E_BASE_URL,
    REVALIDATE_ORIGIN: url,
    REDIS_URL: redis,
    PAGE_CACHE_KEY_PREFIX: keyPrefix,
    // One scheduled-publishing runner is the rule with several instances; these tests need none.
    JOBS_AUTORUN: 'false',
    SEED_ON_EMPTY: 'false',
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
  }
}

/** Starts `next start` on the e2e build with its own port and the given Redis; resolves once it answers. */
async function startInstance(redis: string): Promise<Instance> {
  const instance = await startNextServer((url) => environment(url, redis))
  instances.push(instance)
  return instance
}

/**
 * A TCP relay to Redis that the test can cut and restore: Redis going away for one instance while
 * the others keep it.
 */
async function startRelay(target: URL) {
  const port = await freePort()
  const sockets = new Set<net.Socket>()
  let server: net.Server | undefined
  const open = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 6379), target.hostname)
        for (const socket of [client, upstream]) {
          sockets.add(socket)
          socket.on('close', () => sockets.delete(socket))
          socket.on('error', () => socket.destroy())
        }
        client.pipe(upstream).pipe(client)
        client.on('close', () => upstream.destroy())
        upstream.on('close', () => client.destroy())
      })
      server.listen(port, '127.0.0.1', () => resolve())
    })
  await open()
  const url = new URL(target)
  url.port = String(port)
  url.hostname = '127.0.0.1'
  return {
    url: url.toString(),
    cut: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        if (server) server.close(() => resolve())
        else resolve()
        server = undefined
      }),
    restore: open,
  }
}

async function editorHeaders(request: APIRequestContext, base: string) {
  const response = await request.post(`${base}/api/users/login`, {
    data: { email: 'editor@legwork.test', password: SEED_PASSWORD },
  })
  expect(response.ok()).toBe(true)
  return { Authorization: `JWT ${(await response.json()).token}` }
}

/** Publishes a new excerpt and description through one instance's REST API: the home page and the article show them. */
async function publishExcerpt(request: APIRequestContext, base: string, excerpt: string) {
  const headers = await editorHeaders(request, base)
  const slug = ARTICLE.split('/').pop()
  const found = await request.get(`${base}/api/articles?where[slug][equals]=${slug}&depth=0`, { headers })
  const id = (await found.json()).docs[0].id
  await publishThroughReview(request, headers, id, { excerpt, meta: { description: excerpt } }, base)
}

/** Whether a page shows a text, without printing the whole page when it does not. */
async function shows(request: APIRequestContext, url: string, text: string) {
  const response = await request.get(url)
  return response.status() === 200 && (await response.text()).includes(text)
}

/** Requests a page twice, so the second answer says whether the instance serves it from the cache. */
async function cachedTwice(request: APIRequestContext, url: string) {
  await request.get(url)
  return request.get(url)
}

test.beforeAll(async () => {
  test.setTimeout(180_000)
  fs.mkdirSync(tmp, { recursive: true })
  // The first instance applies the migrations; the seed then loads the demo newsroom and asks it to
  // rebuild every reader page, as an operator's `npm run seed` would.
  const first = await startInstance(redisUrl!)
  const seedEnvironment: NodeJS.ProcessEnv = { ...environment(first.url, redisUrl!), SEED_PASSWORD }
  // The seed has no page cache and posts no comment: it needs no Redis.
  delete seedEnvironment.REDIS_URL
  const seeded = spawnSync('npm', ['run', '--silent', 'seed'], { cwd: root, encoding: 'utf8', env: seedEnvironment })
  if (seeded.status !== 0) throw new Error(`seed failed:\n${seeded.stdout}\n${seeded.stderr}`)
  await startInstance(redisUrl!)
})

test.afterAll(async () => {
  for (const instance of instances) instance.stop()
  if (redisUrl) {
    const redis = new Redis(redisUrl)
    let cursor = '0'
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${keyPrefix}*`, 'COUNT', 500)
      if (keys.length) await redis.unlink(...keys)
      cursor = next
    } while (cursor !== '0')
    await redis.quit()
  }
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(databaseFile + suffix, { force: true })
  fs.rmSync(mediaDir, { recursive: true, force: true })
})

test('a publish through one instance is on the next request to another instance', async ({ request }) => {
  const [a, b] = instances
  // Both instances have the pages in the cache before the change.
  for (const instance of [a!, b!]) {
    for (const page of [HOME, ARTICLE]) {
      const response = await cachedTwice(request, instance.url + page)
      expect(response.status(), instance.url + page).toBe(200)
      expect(response.headers()['x-nextjs-cache'], instance.url + page).toBe('HIT')
    }
  }
  const redis = new Redis(redisUrl!)
  const stored = await redis.keys(`${keyPrefix}page-cache:*`)
  await redis.quit()
  expect(stored.some((key) => key.includes('/route-cache/APP_PAGE/'))).toBe(true)

  const excerpt = `Edited on instance A for run ${run}.`
  await publishExcerpt(request, a!.url, excerpt)

  // No wait, no retry: the very next request to B is the fresh page.
  expect(await shows(request, b!.url + HOME, excerpt), 'home page on B').toBe(true)
  expect(await shows(request, b!.url + ARTICLE, excerpt), 'article on B').toBe(true)
  // …and that fresh page is cached again for everyone.
  expect((await request.get(b!.url + ARTICLE)).headers()['x-nextjs-cache']).toBe('HIT')
  expect((await request.get(a!.url + ARTICLE)).headers()['x-nextjs-cache']).toBe('HIT')
})

test('with Redis unreachable pages are still served, and its revalidations reach the others when Redis is back', async ({
  request,
}) => {
  test.setTimeout(120_000)
  const [a, b] = instances
  const relay = await startRelay(new URL(redisUrl!))
  const c = await startInstance(relay.url)
  expect((await cachedTwice(request, c.url + HOME)).headers()['x-nextjs-cache']).toBe('HIT')

  await relay.cut()
  for (const page of READER_PAGES) {
    const started = Date.now()
    const first = await request.get(c.url + page)
    expect(first.status(), page).toBe(200)
    expect((await first.text()).includes('</html>'), page).toBe(true)
    // What the instance renders meanwhile it keeps itself.
    const again = await request.get(c.url + page)
    expect(again.status(), page).toBe(200)
    expect(again.headers()['x-nextjs-cache'], page).toBe('HIT')
    expect(Date.now() - started, page).toBeLessThan(10_000)
  }
  expect(c.output()).toContain('[page cache] Redis at')
  expect(c.output()).toContain('is unreachable')

  // A publish while C has no Redis: C shows it at once; B, whose copy is in Redis, cannot know yet.
  expect((await cachedTwice(request, b!.url + HOME)).headers()['x-nextjs-cache']).toBe('HIT')
  const excerpt = `Edited on instance C while Redis was away, run ${run}.`
  await publishExcerpt(request, c.url, excerpt)
  expect(await shows(request, c.url + HOME, excerpt), 'home page on C').toBe(true)

  await relay.restore()
  // C records its revalidation in Redis as soon as it reconnects (it retries every few seconds).
  await expect.poll(() => shows(request, b!.url + HOME, excerpt), { timeout: 30_000, intervals: [500] }).toBe(true)
  expect(c.output()).toContain('is back: recorded')
  expect(await shows(request, a!.url + ARTICLE, excerpt), 'article on A').toBe(true)
  await relay.cut()
})

test('a made-up URL’s 404 is not stored in Redis, and a page taken down is gone from every instance', async ({
  request,
}) => {
  const [a, b] = instances
  const madeUp = ['/articles/made-up-article', '/authors/made-up-author', `${ARTICLE}/reply/made-up-comment`]
  for (const page of madeUp) {
    for (const instance of [a!, b!]) expect((await request.get(instance.url + page)).status(), page).toBe(404)
  }
  const redis = new Redis(redisUrl!)
  const stored = await redis.keys(`${keyPrefix}page-cache:*`)
  await redis.quit()
  expect(stored.filter((key) => key.includes('made-up'))).toEqual([])

  // A comment approved through A shows on B's reply page, from the cache; trashed through A, it is
  // gone from B's reply page on the next request.
  const article = (
    await (await request.get(`${a!.url}/api/articles?where[slug][equals]=${ARTICLE.split('/').pop()}&depth=0`)).json()
  ).docs[0]
  const { formToken } = await (await request.get(`${a!.url}/api/comments/form-token`)).json()
  await new Promise((resolve) => setTimeout(resolve, 3_500))
  const body = `Shared across instances, run ${run}.`
  const created = await request.post(`${a!.url}/api/comments`, {
    headers: { 'x-forwarded-for': '203.0.113.200' },
    data: {
      article: article.id,
      authorName: 'Shared Reader',
      authorEmail: `shared-${run}@example.com`,
      body,
      formToken,
    },
  })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id
  const login = await request.post(`${a!.url}/api/users/login`, {
    data: { email: 'moderator@legwork.test', password: SEED_PASSWORD },
  })
  const moderator = { Authorization: `JWT ${(await login.json()).token}` }
  const moderate = async (status: string) =>
    expect(
      (await request.patch(`${a!.url}/api/comments/${id}`, { headers: moderator, data: { status } })).status(),
    ).toBe(200)
  await moderate('approved')
  const reply = `${b!.url}${ARTICLE}/reply/${id}`
  const cached = await cachedTwice(request, reply)
  expect(cached.headers()['x-nextjs-cache']).toBe('HIT')
  expect(await cached.text()).toContain(body)

  await moderate('trash')
  expect((await request.get(reply)).status()).toBe(404)
})
