import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

export const TMP_DIR = path.resolve(import.meta.dirname, '../.tmp')

/** Which dialect this run of the integration suite uses: `TEST_DB=postgres` needs TEST_POSTGRES_URL. */
export function testDialect(): 'sqlite' | 'postgres' {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite'
}

export type TestDatabase = {
  url: string
  /** Creates the (empty) database; a no-op for SQLite, whose file appears on connect. */
  create: () => Promise<void>
  drop: () => Promise<void>
}

function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${crypto.randomBytes(4).toString('hex')}`
}

export function newTestDatabase(prefix = 'legwork_test'): TestDatabase {
  if (testDialect() === 'postgres') return newPostgresDatabase(prefix)
  fs.mkdirSync(TMP_DIR, { recursive: true })
  const file = path.join(TMP_DIR, `${uniqueName(prefix)}.db`)
  return {
    url: `file:${file}`,
    create: async () => {},
    drop: async () => {
      for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
    },
  }
}

function newPostgresDatabase(prefix: string): TestDatabase {
  const base = process.env.TEST_POSTGRES_URL
  if (!base)
    throw new Error('TEST_DB=postgres needs TEST_POSTGRES_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres')
  const name = uniqueName(prefix)
  const url = new URL(base)
  url.pathname = `/${name}`
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: base })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  return {
    url: url.toString(),
    create: () => admin(`CREATE DATABASE "${name}"`),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  }
}
