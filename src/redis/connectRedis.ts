import { Redis } from 'ioredis'

import { FAIL_FAST_OPTIONS, FIRST_CONNECT_WAIT_MS, settleWithin } from './failFast.mjs'

export type RedisConnection = {
  client: Redis
  /** `host:port`, for log lines: the URL may carry a password. */
  address: string
  /**
   * Opens the connection on first call and resolves once it is ready, has failed, or has taken
   * FIRST_CONNECT_WAIT_MS; never rejects. Later calls resolve at once.
   */
  opened: () => Promise<void>
  /** The last connection error, while the connection is down. */
  lastError: () => string | undefined
  close: () => Promise<void>
}

/**
 * A Redis client for request-time work that must never make a request hang: commands sent while
 * the connection is down fail at once instead of queueing (and replaying stale increments on
 * reconnect), a slow server fails a command after half a second, and reconnection goes on in the
 * background. Nothing connects until `opened()` is first called, so importing the Payload config
 * (build, CLI) opens no socket.
 */
export function connectRedis(url: string): RedisConnection {
  const client = new Redis(url, { ...FAIL_FAST_OPTIONS })
  let lastError: string | undefined
  // Without a listener ioredis prints every failed reconnect; callers report what it means to them.
  client.on('error', (error: Error) => {
    lastError = error.message
  })
  client.on('ready', () => {
    lastError = undefined
  })

  let opening: Promise<void> | undefined
  return {
    client,
    address: `${client.options.host}:${client.options.port}`,
    opened: () => (opening ??= settleWithin(client.connect(), FIRST_CONNECT_WAIT_MS)),
    lastError: () => lastError,
    close: async () => {
      if (client.status === 'ready') {
        await client.quit().catch(() => client.disconnect())
      } else {
        client.disconnect()
      }
    },
  }
}
