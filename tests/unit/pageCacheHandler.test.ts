import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import PageCacheHandler from '../../src/cache/pageCacheHandler.mjs'

// Next's own pieces: its key for a page in the response cache, and the file system it writes with.
const require = createRequire(import.meta.url)
const { getRouteCacheKey } = require('next/dist/server/lib/route-cache-key.js')
const { nodeFs } = require('next/dist/server/lib/node-fs-methods.js')

const ARTICLE_ROUTE = { kind: 'APP_PAGE', sourceRoute: '/(frontend)/articles/[slug]/page' }
const keyOf = (pathname: string) => getRouteCacheKey(pathname, ARTICLE_ROUTE)
const answer = (status: number) => ({
  kind: 'APP_PAGE',
  html: `<!DOCTYPE html><p>${status}</p>`,
  rscData: Buffer.from(`${status}`),
  headers: { 'x-next-cache-tags': '_N_T_/layout' },
  status,
  segmentData: undefined,
})
const context = { cacheControl: { revalidate: false } }

let distDir: string
let handler: PageCacheHandler
/** The pages stored under the server folder (their HTML files), relative to it. */
const files = () => (fs.readdirSync(distDir, { recursive: true }) as string[]).filter((name) => name.endsWith('.html'))

beforeEach(() => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-'))
  delete process.env.REDIS_URL
  handler = new PageCacheHandler({ fs: nodeFs, serverDistDir: distDir, flushToDisk: true, dev: false })
})

afterEach(() => fs.rmSync(distDir, { recursive: true, force: true }))

describe('the page cache', () => {
  it('keeps a page on disk, as Next does', async () => {
    await handler.set(keyOf('/articles/heavy-legs'), answer(200), context)
    expect(files()).toHaveLength(1)
  })

  it('never adds the 404 of a made-up URL', async () => {
    await handler.set(keyOf('/articles/no-such-article'), answer(404), context)
    expect(files()).toEqual([])
  })

  it('replaces a page written at run time by its 404, so a restart cannot bring the page back', async () => {
    const key = keyOf('/articles/unpublished')
    await handler.set(key, answer(200), context)
    await handler.set(key, answer(404), context)
    const meta = JSON.parse(fs.readFileSync(path.join(distDir, `${key}.meta`), 'utf8'))
    expect(meta.status).toBe(404)
  })

  it('replaces a page the build prerendered by its 404', async () => {
    // The build writes a prerendered page under its plain path; Next reads it when the key has no file.
    fs.mkdirSync(path.join(distDir, 'app/articles'), { recursive: true })
    fs.writeFileSync(path.join(distDir, 'app/articles/prerendered.html'), '<!DOCTYPE html><p>200</p>')
    const key = keyOf('/articles/prerendered')
    await handler.set(key, answer(404), context)
    expect(JSON.parse(fs.readFileSync(path.join(distDir, `${key}.meta`), 'utf8')).status).toBe(404)
  })
})
