import type { Payload } from 'payload'
import { getPayload } from 'payload'

let instance: Payload | undefined

/**
 * Payload on this test file's fresh database, schema pushed from the config on first use.
 * `cron: true` starts the in-process jobs runner, as `npm start` does.
 */
export async function getTestPayload({ cron = false }: { cron?: boolean } = {}): Promise<Payload> {
  if (instance) return instance
  const { default: config } = await import('@payload-config')
  instance = await getPayload({ config, cron })
  return instance
}

/**
 * payload.destroy() forgets the schema but leaves the connection pool open, which would keep the
 * test database busy (PostgreSQL refuses to drop it) and the worker alive: close it ourselves.
 */
export async function shutdownPayload(payload: Payload): Promise<void> {
  const db = payload.db as unknown as {
    pool?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }
    client?: { close: () => void }
  }
  await payload.destroy()
  if (db.pool) {
    // A refused upload can leave a client checked out, and pool.end() waits for it forever; the
    // database is dropped WITH (FORCE) next, which ends any such connection (errors expected).
    db.pool.on('error', () => {})
    await Promise.race([db.pool.end(), new Promise((resolve) => setTimeout(resolve, 2_000))])
  }
  db.client?.close()
}

export async function closeTestPayload(): Promise<void> {
  if (!instance) return
  await shutdownPayload(instance)
  instance = undefined
}
