/**
 * Next's incremental cache as Legwork runs it — named as `cacheHandler` in next.config.mjs, always.
 * Pages are kept where they always were: in Next's own cache (process memory and the build folder)
 * or, with REDIS_URL set when `next start` starts, in Redis shared by every instance
 * (./redisCacheHandler.mjs). What this adds is one rule about what may be kept.
 *
 * A 404 (or any error answer) is never added to the cache. Next stores the 404 of a made-up URL
 * (`/articles/x`, `/page/999`, `…/reply/abc`) like any page, about 35 KB each, so anyone could fill
 * the disk or Redis by inventing URLs. Such answers are rendered on every request instead.
 *
 * The one 404 that is stored is the one that replaces a page already on disk (an article
 * unpublished, a comment trashed): such a page is still linked and asked for, and its old copy
 * should not outlive it, even if a restart were to lose its revalidation (./localPageCache.mjs keeps
 * those). Only pages that once existed are on disk, so these are bounded by the real pages. In Redis
 * an expired entry is deleted when it is next read, so nothing is stored there.
 *
 * Plain JavaScript: Next imports it with Node's `import`, unbundled.
 */
import { createRequire } from 'node:module'

import { LocalPageCache } from './localPageCache.mjs'
import RedisCacheHandler from './redisCacheHandler.mjs'

const require = createRequire(import.meta.url)
/** Next's process-wide map of each stored answer's cache lifetime, which nothing ever empties. */
const { SharedCacheControls } = require('next/dist/server/lib/incremental-cache/shared-cache-controls.external.js')

/**
 * Whether an entry is an error answer (a 404 above all) rather than a page.
 *
 * @param {any} data
 */
export function isErrorAnswer(data) {
  return typeof data?.status === 'number' && data.status >= 400
}

export default class PageCacheHandler {
  /** @param {any} ctx what Next gives a cache handler: serverDistDir, dev, fs, flushToDisk, … */
  constructor(ctx) {
    this.store = process.env.REDIS_URL?.trim() ? new RedisCacheHandler(ctx) : new LocalPageCache(ctx)
    // The build renders only the paths generateStaticParams lists, and its own 404 page.
    this.keepsEverything = process.env.NEXT_PHASE === 'phase-production-build'
  }

  /**
   * @param {string} key
   * @param {any} ctx
   */
  get(key, ctx) {
    return this.store.get(key, ctx)
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    if (!this.keepsEverything && isErrorAnswer(data)) {
      const replacesPage = this.store instanceof LocalPageCache && this.store.hasPageOnDisk(key)
      if (!replacesPage) {
        // Next noted the answer's lifetime there just before calling us: ~250 bytes of memory per
        // made-up URL, kept until the process ends, unless dropped with the answer.
        SharedCacheControls.cacheControls.delete(key)
        return
      }
    }
    return this.store.set(key, data, ctx)
  }

  /**
   * @param {string | string[]} tags
   * @param {any} durations
   */
  revalidateTag(tags, durations) {
    return this.store.revalidateTag(tags, durations)
  }

  resetRequestCache() {
    this.store.resetRequestCache?.()
  }
}
