/**
 * Next's incremental cache — the reader pages that `revalidatePath` rebuilds — shared by every
 * instance through Redis, so a publish handled by one instance is seen by all of them on their next
 * request. The page cache handler (./pageCacheHandler.mjs) keeps pages here when REDIS_URL is set
 * as `next start` starts; without it Next keeps its own cache (process memory and `.next/`).
 *
 * In Redis, under PAGE_CACHE_KEY_PREFIX (default `legwork:`):
 * - `page-cache:<BUILD_ID>:<Next's key>`: a hash per cached response — `m` when it was written
 *   (Redis's clock), `t` its cache tags, `v` the gzipped entry — expiring ENTRY_TTL_SECONDS later.
 *   Per build, because a page names its build's script files: another build must never serve it.
 * - `page-cache:tags`: a hash from cache tag to when it was last revalidated (Redis's clock). An
 *   entry is fresh while none of its tags was revalidated after it was written. `revalidatePath`
 *   revalidates the page's implicit tags, so every instance's next read misses and renders anew.
 *   Shared by all builds, so a change made while the old build still serves also reaches the new
 *   build's prerendered pages. Times older than the entry TTL are pruned: nothing that old is served.
 *
 * Prerendered pages of the build are not copied into Redis: on a Redis miss the build's own file
 * (read through Next's file-system cache) is served, after the same tag check against Redis.
 *
 * Redis down or slow (every command fails after 0.5 s) never breaks a page: the instance warns (at
 * most once a minute), keeps the pages it renders from then on in its own file-system cache, serves
 * only those (older local copies may have missed revalidations made elsewhere), and remembers its
 * revalidations; when Redis is back it records them there before using Redis again.
 *
 * Written here rather than taken from @fortedigital/nextjs-cache-handler 3.3.0: that package seeds
 * prerendered pages under their plain paths, which Next 16.4 never asks for (it asks for scoped
 * `/route-cache/…` keys), returns no `cacheControl`, reports store errors only in debug mode, scans
 * the whole tag index on every revalidation, and requires Node 22 (we run Node 20).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import { Redis } from 'ioredis'

import { FAIL_FAST_OPTIONS, FIRST_CONNECT_WAIT_MS, settleWithin } from '../redis/failFast.mjs'

const require = createRequire(import.meta.url)
/** Next's own cache (memory + `.next/`): the build's prerendered pages, and the fallback. */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

const gzip = promisify(zlib.gzip)
const gunzip = promisify(zlib.gunzip)

/** An entry nobody wrote again for this long leaves Redis; revalidation times are kept as long. */
export const ENTRY_TTL_SECONDS = 7 * 24 * 60 * 60
/** Larger entries (after gzip) stay in this instance's own cache. */
const MAX_ENTRY_BYTES = 8 * 1024 * 1024
/** Revalidations remembered while Redis is down; past that, everything is marked stale on return. */
const MAX_PENDING_TAGS = 10_000
/** A tag every entry carries: recorded when the pending list overflowed. */
const EVERYTHING = '\u0000everything'
const WARN_EVERY_MS = 60_000
const RETRY_EVERY_MS = 1_000
const PRUNE_EVERY_MS = 60 * 60 * 1000
const TAGS_HEADER = 'x-next-cache-tags'

/** Milliseconds on Redis's clock, so instances with skewed clocks agree on what came first. */
const NOW_MS = `local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)`

const SCRIPTS = {
  /** KEYS: entry, tags. ARGV: extra tags to check (a fetch's tags). Returns [written at, value] or nil. */
  pageCacheRead: {
    numberOfKeys: 2,
    lua: `local entry = redis.call('HMGET', KEYS[1], 'm', 't', 'v')
if not entry[3] then return nil end
local written = tonumber(entry[1])
local function stale(tag)
  local at = redis.call('HGET', KEYS[2], tag)
  return at and tonumber(at) > written
end
local expired = stale(ARGV[1])
for tag in string.gmatch(entry[2], '[^,]+') do
  if expired then break end
  expired = stale(tag)
end
if expired then
  redis.call('UNLINK', KEYS[1])
  return nil
end
for i = 2, #ARGV do
  if stale(ARGV[i]) then return nil end
end
return {entry[1], entry[3]}`,
  },
  /** KEYS: entry. ARGV: tags (comma-separated), value, TTL in seconds. Returns the time written. */
  pageCacheWrite: {
    numberOfKeys: 1,
    lua: `${NOW_MS}
redis.call('HSET', KEYS[1], 'm', ms, 't', ARGV[1], 'v', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return ms`,
  },
  /** KEYS: tags. ARGV: tags revalidated now. */
  pageCacheRevalidate: {
    numberOfKeys: 1,
    lua: `${NOW_MS}
for i = 1, #ARGV do redis.call('HSET', KEYS[1], ARGV[i], ms) end
return ms`,
  },
  /** KEYS: tags. ARGV: oldest time to keep, scan cursor. Returns the next cursor. */
  pageCachePrune: {
    numberOfKeys: 1,
    lua: `local page = redis.call('HSCAN', KEYS[1], ARGV[2], 'COUNT', 500)
for i = 1, #page[2], 2 do
  if tonumber(page[2][i + 1]) < tonumber(ARGV[1]) then redis.call('HDEL', KEYS[1], page[2][i]) end
end
return page[1]`,
  },
}

/**
 * @typedef {{
 *   client: Redis & Record<string, (...args: unknown[]) => Promise<any>>,
 *   address: string,
 *   opened: Promise<void>,
 *   prefix: string,
 *   downSince: number | undefined,
 *   pending: Set<string>,
 *   overflowed: boolean,
 *   recovering: Promise<void> | undefined,
 *   nextRetryAt: number,
 *   lastWarnAt: number,
 *   nextPruneAt: number,
 *   buildIds: Map<string, string>,
 *   tooLarge: Set<string>,
 * }} Shared
 */

/** One connection and one outage record per process, however many times Next loads this module. */
const STATE = Symbol.for('legwork.pageCache')

/** @returns {Shared | undefined} */
function shared() {
  const url = process.env.REDIS_URL?.trim()
  if (!url) return undefined
  const holder = /** @type {Record<symbol, Shared | undefined>} */ (/** @type {unknown} */ (globalThis))
  if (holder[STATE]) return holder[STATE]
  const client = /** @type {Shared['client']} */ (new Redis(url, { ...FAIL_FAST_OPTIONS }))
  for (const [name, script] of Object.entries(SCRIPTS)) client.defineCommand(name, script)
  /** @type {Shared} */
  const state = {
    client,
    address: `${client.options.host}:${client.options.port}`,
    opened: settleWithin(client.connect(), FIRST_CONNECT_WAIT_MS),
    prefix: `${process.env.PAGE_CACHE_KEY_PREFIX?.trim() || 'legwork:'}page-cache:`,
    downSince: undefined,
    pending: new Set(),
    overflowed: false,
    recovering: undefined,
    nextRetryAt: 0,
    lastWarnAt: 0,
    nextPruneAt: Date.now() + PRUNE_EVERY_MS,
    buildIds: new Map(),
    tooLarge: new Set(),
  }
  client.on('error', (/** @type {Error} */ error) => wentDown(state, error))
  client.on('ready', () => {
    if (state.downSince !== undefined) void recover(state)
  })
  holder[STATE] = state
  return state
}

/**
 * @param {Shared} state
 * @param {unknown} error
 */
function wentDown(state, error) {
  const now = Date.now()
  state.downSince ??= now
  if (now - state.lastWarnAt < WARN_EVERY_MS) return
  state.lastWarnAt = now
  console.warn(
    `[page cache] Redis at ${state.address} is unreachable (${error instanceof Error ? error.message : String(error)}): ` +
      'this instance serves the pages it renders itself until Redis is back, then replays its revalidations there.',
  )
}

/**
 * Records the revalidations made while Redis was away, then uses Redis again.
 *
 * @param {Shared} state
 */
function recover(state) {
  state.recovering ??= (async () => {
    try {
      const tags = state.overflowed ? [EVERYTHING] : [...state.pending]
      if (tags.length) await state.client.pageCacheRevalidate(tagsKey(state), ...tags)
      state.pending.clear()
      state.overflowed = false
      state.downSince = undefined
      console.warn(
        `[page cache] Redis at ${state.address} is back` +
          (tags.length ? `: recorded ${tags.length} revalidation(s) made meanwhile.` : '.'),
      )
    } catch (error) {
      state.nextRetryAt = Date.now() + RETRY_EVERY_MS
      wentDown(state, error)
    } finally {
      state.recovering = undefined
    }
  })()
  return state.recovering
}

/**
 * Whether to use Redis for this operation: connected and not in an outage, or back from one.
 *
 * @param {Shared} state
 */
async function redisUsable(state) {
  await state.opened
  if (state.client.status !== 'ready') {
    wentDown(state, new Error(`connection ${state.client.status}`))
    return false
  }
  if (state.downSince === undefined) return true
  if (Date.now() < state.nextRetryAt) return false
  await recover(state)
  return state.downSince === undefined
}

/** @param {Shared} state */
const tagsKey = (state) => `${state.prefix}tags`

/**
 * The tags Next gave an entry: in the response headers for pages and route handlers, in the context
 * for fetches.
 *
 * @param {any} value
 * @param {{ tags?: string[] } | undefined} ctx
 * @returns {string[]}
 */
function tagsOf(value, ctx) {
  const header = value?.headers?.[TAGS_HEADER]
  const fromHeader = typeof header === 'string' ? header.split(',') : Array.isArray(header) ? header : []
  return [...new Set([...fromHeader, ...(ctx?.tags ?? [])])].filter(Boolean)
}

// Entries hold Buffers (rscData, bodies) and Maps (segmentData), which JSON cannot carry as they are.
const BUFFER = '\u0000buffer'
const MAP = '\u0000map'

/**
 * @param {unknown} entry
 * @returns {Promise<Buffer>}
 */
export async function encodeEntry(entry) {
  const json = JSON.stringify(entry, function (key, value) {
    const original = this[key]
    if (Buffer.isBuffer(original)) return { [BUFFER]: original.toString('base64') }
    if (original instanceof Map) return { [MAP]: [...original.entries()] }
    return value
  })
  return gzip(json)
}

/**
 * @param {Buffer} stored
 * @returns {Promise<any>}
 */
export async function decodeEntry(stored) {
  const json = (await gunzip(stored)).toString('utf8')
  return JSON.parse(json, (_key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (BUFFER in value) return Buffer.from(value[BUFFER], 'base64')
      if (MAP in value) return new Map(value[MAP])
    }
    return value
  })
}

export default class RedisCacheHandler {
  /** @param {any} ctx what Next gives a cache handler: serverDistDir, dev, fs, flushToDisk, … */
  constructor(ctx) {
    this.local = new FileSystemCache(ctx)
    // The build prerenders with Next's own cache; development does not cache pages.
    const isBuild = process.env.NEXT_PHASE === 'phase-production-build'
    this.state = ctx.dev || isBuild ? undefined : shared()
    this.buildId = this.state ? buildIdOf(this.state, ctx.serverDistDir) : ''
  }

  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    const state = this.state
    if (!state) return this.local.get(key, ctx)
    if (!(await redisUsable(state))) return this.localDuringOutage(key, ctx)
    const extraTags = ctx?.kind === 'FETCH' ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : []
    try {
      const found = await state.client.pageCacheReadBuffer(this.entryKey(key), tagsKey(state), EVERYTHING, ...extraTags)
      if (found) {
        // An entry this code cannot read (written by another version) is a miss, not an outage.
        const entry = await decodeEntry(found[1]).catch(() => null)
        return entry ? { ...entry, lastModified: Number(found[0].toString()) } : null
      }
      return await this.freshLocal(key, ctx, extraTags)
    } catch (error) {
      wentDown(state, error)
      return this.localDuringOutage(key, ctx)
    }
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    const state = this.state
    if (!state) return this.local.set(key, data, ctx)
    // Keep a copy in this process while Redis is away; it is dropped from use once Redis is back.
    if (!(await redisUsable(state))) return this.local.set(key, data, ctx)
    try {
      const stored = await encodeEntry({ value: data, cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl })
      if (stored.length > MAX_ENTRY_BYTES) {
        if (!state.tooLarge.has(key)) {
          state.tooLarge.add(key)
          console.warn(`[page cache] ${key} is ${stored.length} bytes gzipped: kept in this instance's own cache only.`)
        }
        return this.local.set(key, data, ctx)
      }
      await state.client.pageCacheWrite(this.entryKey(key), tagsOf(data, ctx).join(','), stored, ENTRY_TTL_SECONDS)
    } catch (error) {
      wentDown(state, error)
      await this.local.set(key, data, ctx)
    }
  }

  /**
   * `revalidatePath` arrives here as the page's implicit tags. With `durations` Next asks for
   * stale-while-revalidate; across instances we expire at once instead, which only renders sooner.
   *
   * @param {string | string[]} tags
   * @param {{ expire?: number } | undefined} durations
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : [...tags]
    // This process's own record, which Next also consults for every entry it reads.
    await this.local.revalidateTag(list, durations)
    const state = this.state
    if (!state || list.length === 0) return
    if (await redisUsable(state)) {
      try {
        await state.client.pageCacheRevalidate(tagsKey(state), ...list)
        pruneNowAndThen(state)
        return
      } catch (error) {
        wentDown(state, error)
      }
    }
    for (const tag of list) {
      if (state.pending.size >= MAX_PENDING_TAGS) state.overflowed = true
      else state.pending.add(tag)
    }
  }

  resetRequestCache() {
    this.local.resetRequestCache?.()
  }

  /** @param {string} key */
  entryKey(key) {
    return `${this.state?.prefix}${this.buildId}:${key}`
  }

  /**
   * The build's prerendered page (or another local copy) when Redis has none, if it is young enough
   * and no tag of it was revalidated after it was written.
   *
   * @param {string} key
   * @param {any} ctx
   * @param {string[]} extraTags
   */
  async freshLocal(key, ctx, extraTags) {
    const state = /** @type {Shared} */ (this.state)
    const entry = await this.local.get(key, ctx)
    if (!entry) return null
    const writtenAt = entry.lastModified ?? 0
    if (Date.now() - writtenAt > ENTRY_TTL_SECONDS * 1000) return null
    const tags = [EVERYTHING, ...tagsOf(entry.value, undefined), ...extraTags]
    const times = /** @type {(string | null)[]} */ (await state.client.hmget(tagsKey(state), ...tags))
    return times.some((time) => time !== null && Number(time) > writtenAt) ? null : entry
  }

  /**
   * While Redis is away only what this instance rendered since it went away is trusted: an older
   * local copy may have missed revalidations other instances recorded in Redis.
   *
   * @param {string} key
   * @param {any} ctx
   */
  async localDuringOutage(key, ctx) {
    const entry = await this.local.get(key, ctx).catch(() => null)
    const since = this.state?.downSince ?? Date.now()
    return entry && (entry.lastModified ?? 0) >= since ? entry : null
  }
}

/**
 * @param {Shared} state
 * @param {string} serverDistDir
 */
function buildIdOf(state, serverDistDir) {
  let id = state.buildIds.get(serverDistDir)
  if (id === undefined) {
    try {
      id = fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
    } catch {
      // No build id (unusual): a name of this folder keeps builds apart all the same.
      id = crypto.createHash('sha256').update(serverDistDir).digest('hex').slice(0, 16)
    }
    state.buildIds.set(serverDistDir, id)
  }
  return id
}

/**
 * Drops revalidation times older than any entry that may still be served, once an hour, in the
 * background and a page of the hash at a time.
 *
 * @param {Shared} state
 */
function pruneNowAndThen(state) {
  if (Date.now() < state.nextPruneAt) return
  state.nextPruneAt = Date.now() + PRUNE_EVERY_MS
  const oldest = Date.now() - ENTRY_TTL_SECONDS * 1000
  void (async () => {
    let cursor = '0'
    do {
      cursor = String(await state.client.pageCachePrune(tagsKey(state), oldest, cursor))
    } while (cursor !== '0')
  })().catch(() => {
    // A prune that fails is tried again an hour later.
  })
}
