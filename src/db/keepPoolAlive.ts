import type { Payload } from 'payload'

type PoolLike = {
  on: (event: 'error', listener: (error: Error) => void) => void
  listenerCount?: (e: string) => number
}

/**
 * When PostgreSQL restarts it ends every connection, and node-postgres reports each idle one as an
 * 'error' event on the pool. Without a listener Node treats that as an uncaught exception and the
 * whole server exits; with one, the pool drops the dead connection and opens a new one on the next
 * query. (The adapter only watches the single client it checks out at start.)
 */
export function keepPoolAlive(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: PoolLike }).pool
  if (!pool || (pool.listenerCount?.('error') ?? 0) > 0) return
  let lastWarning = 0
  pool.on('error', (error) => {
    // One line per burst: a restart ends all connections at once.
    if (Date.now() - lastWarning < 10_000) return
    lastWarning = Date.now()
    payload.logger.warn(`Database connection lost (${error.message}); reconnecting on the next query.`)
  })
}
