import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { seedDemoContent } from './helpers'

/**
 * Anyone can invent URLs. An answer to one that names nothing (an unknown slug, page number or
 * comment id) must not be kept: 10,000 of them may grow the server's files — the build folder that
 * holds Next's page cache, the media folder, the database — by less than 1 MB, and the site still
 * serves its real pages from the cache afterwards.
 */
const root = path.resolve(import.meta.dirname, '../..')
const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next')
const databaseFile = process.env.E2E_DATABASE_FILE!
const mediaDir = process.env.E2E_MEDIA_DIR!

const ARTICLE = '/articles/8-reasons-why-you-feel-your-legs-heavy-when-you-run'
const REQUESTS = 10_000
const AT_ONCE = 8
const BATCH = 1_000
const MAX_GROWTH_BYTES = 1024 * 1024
const run = Date.now().toString(36)

/** The routes whose unknown values a visitor can make up, as the n-th made-up URL. */
const MADE_UP: Array<(n: number) => string> = [
  (n) => `/articles/no-such-article-${run}-${n}`,
  (n) => `/authors/nobody-${run}-${n}`,
  (n) => `/causes/nothing-${run}-${n}`,
  (n) => `/page/${1_000 + n}`,
  (n) => `${ARTICLE}/comments/${1_000 + n}`,
  (n) => `${ARTICLE}/reply/abc${run}${n}`,
  (n) => `${ARTICLE}/reply/${9_000_000 + n}`,
]

/** Bytes in a file or folder, whatever lies below it; 0 when it does not exist. */
function sizeOf(target: string): number {
  let stat: fs.Stats
  try {
    stat = fs.lstatSync(target)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.size
  return fs.readdirSync(target).reduce((sum, name) => sum + sizeOf(path.join(target, name)), 0)
}

const serverFiles = () => ({
  build: sizeOf(distDir),
  media: sizeOf(mediaDir),
  database: ['', '-journal', '-wal', '-shm'].reduce((sum, suffix) => sum + sizeOf(databaseFile + suffix), 0),
})

test.beforeAll(() => {
  seedDemoContent()
})

test('10,000 made-up URLs answer 404 and grow the server’s files by less than 1 MB', async ({ baseURL, request }) => {
  // Each made-up URL is rendered (there is nothing to serve it from): about 25 ms of the server's time.
  test.setTimeout(600_000)
  // Warm the real pages first, so what they legitimately store is not counted.
  for (const page of ['/', ARTICLE]) await request.get(page)
  const before = serverFiles()
  const growth = () => {
    const now = serverFiles()
    return {
      build: now.build - before.build,
      media: now.media - before.media,
      database: now.database - before.database,
    }
  }

  const statuses = new Map<number, number>()
  let next = 0
  const worker = async (end: number) => {
    while (next < end) {
      const n = next++
      const response = await fetch(new URL(MADE_UP[n % MADE_UP.length]!(n), baseURL))
      await response.arrayBuffer()
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
    }
  }
  // In batches, so that a cache that keeps them fails at the first batch rather than filling the disk.
  for (let end = BATCH; end <= REQUESTS; end += BATCH) {
    await Promise.all(Array.from({ length: AT_ONCE }, () => worker(end)))
    const grown = growth()
    expect(
      grown.build + grown.media + grown.database,
      `bytes added after ${end} URLs: ${JSON.stringify(grown)}`,
    ).toBeLessThan(MAX_GROWTH_BYTES)
  }
  console.log(`Growth after ${REQUESTS} made-up URLs (bytes): ${JSON.stringify(growth())}`)
  expect(Object.fromEntries(statuses)).toEqual({ 404: REQUESTS })

  // The real pages are still served, from the cache, and a made-up URL still gets the 404.
  for (const page of ['/', ARTICLE, '/causes']) {
    await request.get(page)
    const response = await request.get(page)
    expect(response.status(), page).toBe(200)
    expect(response.headers()['x-nextjs-cache'], page).toBe('HIT')
  }
  expect((await request.get(MADE_UP[0]!(REQUESTS + 1))).status()).toBe(404)
})
