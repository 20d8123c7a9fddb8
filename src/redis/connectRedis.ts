import { Redis } from 'ioredis'

/** How long the first use waits for the connection to come up; later uses never wait for it. */
const FIRST_CONNECT_WAIT_MS = 1_000

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
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    commandTimeout: 500,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  })
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

function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms)
  })
  return Promise.race([
    promise.then(
      () => {},
      () => {},
    ),
    deadline,
  ]).finally(() => clearTimeout(timer))
}
