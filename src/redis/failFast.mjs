/**
 * How every Redis client of the site behaves. Plain JavaScript because Next loads the page cache
 * handler (src/cache/redisCacheHandler.mjs) with Node's own `import`, unbundled, at `next start`;
 * src/redis/connectRedis.ts (flood control) uses the same settings.
 *
 * Commands sent while the connection is down fail at once instead of queueing (and replaying stale
 * work on reconnect), a slow server fails a command after half a second, and reconnection goes on in
 * the background. Nothing connects until `connect()` is first called.
 *
 * @type {import('ioredis').RedisOptions}
 */
export const FAIL_FAST_OPTIONS = Object.freeze({
  lazyConnect: true,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  connectTimeout: 1_000,
  commandTimeout: 500,
  retryStrategy: (/** @type {number} */ attempt) => Math.min(attempt * 200, 5_000),
})

/** How long the first use waits for the connection to come up; later uses never wait for it. */
export const FIRST_CONNECT_WAIT_MS = 1_000

/**
 * Resolves once `promise` settles or `ms` have passed, whichever comes first; never rejects.
 *
 * @param {Promise<unknown>} promise
 * @param {number} ms
 * @returns {Promise<void>}
 */
export function settleWithin(promise, ms) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  const deadline = new Promise((resolve) => {
    timer = setTimeout(resolve, ms)
  })
  return Promise.race([
    promise.then(
      () => {},
      () => {},
    ),
    deadline,
  ]).then(
    () => clearTimeout(timer),
    () => clearTimeout(timer),
  )
}
