import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { JOURNAL_FILE, readJournal } from '../../src/cache/localPageCache.mjs'
import PageCacheHandler from '../../src/cache/pageCacheHandler.mjs'

// Next's own pieces, as `next start` uses them: its incremental cache, which calls the handler with
// its keys and writes through Next's file-system methods, and its map of cache lifetimes.
const require = createRequire(import.meta.url)
const { IncrementalCache } = require('next/dist/server/lib/incremental-cache/index.js')
const { SharedCacheControls } = require('next/dist/server/lib/incremental-cache/shared-cache-controls.external.js')
const { getRouteCacheKey } = require('next/dist/server/lib/route-cache-key.js')
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')
const { nodeFs } = require('next/dist/server/lib/node-fs-methods.js')

const ARTICLE_ROUTE = { kind: 'APP_PAGE', sourceRoute: '/(frontend)/articles/[slug]/page' }
/** A rendered answer, tagged as Next tags a page: every page's tag, and its path's. */
const answer = (pathname: string, status: number) => ({
  kind: 'APP_PAGE',
  html: `<!DOCTYPE html><p>${status}</p>`,
  rscData: Buffer.from(`${status}`),
  headers: { 'x-next-cache-tags': `_N_T_/layout,_N_T_${pathname}` },
  status,
  segmentData: undefined,
})

type Cache = {
  set: (pathname: string, data: unknown, ctx: unknown) => Promise<void>
  get: (pathname: string, ctx: unknown) => Promise<{ value: { status: number } } | null>
  revalidateTag: (tags: string[]) => Promise<void>
}
let distDir: string
let cache: Cache
const store = (pathname: string, status: number) =>
  cache.set(pathname, answer(pathname, status), { route: ARTICLE_ROUTE, cacheControl: { revalidate: false } })
const read = (pathname: string) =>
  cache.get(pathname, { kind: 'APP_PAGE', route: ARTICLE_ROUTE, isRoutePPREnabled: false, isFallback: false })
/** What Next stored for a path: the status in its metadata file, or undefined. */
function storedStatus(pathname: string): number | undefined {
  const meta = path.join(distDir, `${getRouteCacheKey(pathname, ARTICLE_ROUTE)}.meta`)
  return fs.existsSync(meta) ? JSON.parse(fs.readFileSync(meta, 'utf8')).status : undefined
}

/** What `next start` does with the build folder as it finds it. */
function startServer() {
  cache = new IncrementalCache({
    fs: nodeFs,
    dev: false,
    flushToDisk: true,
    serverDistDir: distDir,
    requestHeaders: {},
    maxMemoryCacheSize: 0,
    previewProps: { previewModeId: 'test', previewModeSigningKey: 'test', previewModeEncryptionKey: 'test' },
    prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: {} },
    CurCacheHandler: PageCacheHandler,
  })
}

/** A process ending: Next's record of revalidations lives in its memory. */
function restartServer() {
  tagsManifest.clear()
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('legwork.restoredRevalidations')]
  startServer()
}

beforeEach(() => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-'))
  delete process.env.REDIS_URL
  startServer()
})

afterEach(() => fs.rmSync(distDir, { recursive: true, force: true }))

describe('the page cache', () => {
  it('keeps a page on disk, as Next does', async () => {
    await store('/articles/heavy-legs', 200)
    expect(storedStatus('/articles/heavy-legs')).toBe(200)
  })

  it('never adds the 404 of a made-up URL, not even its cache lifetime in memory', async () => {
    await store('/articles/no-such-article', 404)
    expect(fs.readdirSync(distDir, { recursive: true })).toEqual([])
    expect(SharedCacheControls.cacheControls.has(getRouteCacheKey('/articles/no-such-article', ARTICLE_ROUTE))).toBe(
      false,
    )
  })

  it('replaces a page written at run time by its 404, so a restart cannot bring the page back', async () => {
    await store('/articles/unpublished', 200)
    await store('/articles/unpublished', 404)
    expect(storedStatus('/articles/unpublished')).toBe(404)
  })

  it('replaces a page the build prerendered by its 404', async () => {
    // The build writes a prerendered page under its plain path; Next reads it when the key has no file.
    fs.mkdirSync(path.join(distDir, 'app/articles'), { recursive: true })
    fs.writeFileSync(path.join(distDir, 'app/articles/prerendered.html'), '<!DOCTYPE html><p>200</p>')
    await store('/articles/prerendered', 404)
    expect(storedStatus('/articles/prerendered')).toBe(404)
  })
})

describe('revalidations', () => {
  it('outlive a restart: a page revalidated and not asked for since is not served old afterwards', async () => {
    await store('/articles/unpublished', 200)
    await store('/articles/untouched', 200)
    // Next compares times in milliseconds, and a revalidation must come after the page it expires.
    await new Promise((resolve) => setTimeout(resolve, 5))
    await cache.revalidateTag(['_N_T_/articles/unpublished'])
    expect(await read('/articles/unpublished')).toBeNull()

    restartServer()
    expect(await read('/articles/unpublished')).toBeNull()
    expect((await read('/articles/untouched'))?.value.status).toBe(200)
  })

  it('are kept one line per tag, the oldest folded into the tag every page carries past 20,000', () => {
    const lines = Array.from({ length: 20_005 }, (_, index) => `${1_000 + index} _N_T_/articles/a-${index}`)
    const times = readJournal([...lines, '999 _N_T_/articles/a-0', 'not a line', ''].join('\n'))
    expect(times.size).toBe(20_000)
    expect(times.get('_N_T_/articles/a-20004')).toBe(21_004)
    expect(times.has('_N_T_/articles/a-0')).toBe(false)
    expect(times.get('_N_T_/layout')).toBe(1_005)
    expect(fs.existsSync(path.join(distDir, JOURNAL_FILE))).toBe(false)
  })
})
