import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '../../migrations/postgres/index'
import { migrations as sqliteMigrations } from '../../migrations/sqlite/index'
import { databaseKindOf } from '../env'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const MIGRATION_DIRS = {
  sqlite: path.join(projectRoot, 'migrations/sqlite'),
  postgres: path.join(projectRoot, 'migrations/postgres'),
} as const

type Options = {
  url: string
  /**
   * Schema push keeps a development database in step with the config. Payload never pushes when
   * NODE_ENV is production; tests that exercise migrations turn it off so the two never mix.
   */
  push?: boolean
  /** PostgreSQL only: replicas that take the reads; writes and reads inside a write stay on `url`. */
  readReplicas?: string[]
  /** PostgreSQL only: connections per server process (node-postgres defaults to 10). */
  poolSize?: number
}

/** `file:data/x.db` → absolute path, so the folder can be created before libSQL opens the file. */
export function sqliteFilePath(url: string): string {
  const filePart = url.replace(/^file:(\/\/)?/, '')
  return path.resolve(projectRoot, filePart)
}

export function createDatabaseAdapter({ url, push = true, readReplicas, poolSize }: Options): DatabaseAdapterObj {
  const kind = databaseKindOf(url)

  if (kind === 'sqlite') {
    const file = sqliteFilePath(url)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    return sqliteAdapter({
      client: { url: `file:${file}` },
      migrationDir: MIGRATION_DIRS.sqlite,
      prodMigrations: sqliteMigrations,
      push,
    })
  }

  if (kind === 'postgres') {
    return postgresAdapter({
      pool: {
        connectionString: url,
        // A stopped database refuses at once; this bounds the wait for a connection when it is
        // unreachable or every pooled connection is busy, so a request gets a 503 instead of hanging.
        connectionTimeoutMillis: 10_000,
        max: poolSize,
      },
      readReplicas: readReplicas?.length ? readReplicas : undefined,
      migrationDir: MIGRATION_DIRS.postgres,
      prodMigrations: postgresMigrations,
      push,
    })
  }

  // MongoDB has no SQL schema to migrate; Payload manages its indexes at start-up.
  return mongooseAdapter({ url })
}
