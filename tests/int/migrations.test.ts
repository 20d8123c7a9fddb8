import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'
import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations as postgresMigrations } from '../../migrations/postgres/index'
import { migrations as sqliteMigrations } from '../../migrations/sqlite/index'
import { createConfig } from '../../payload.config'
import { MIGRATION_DIRS } from '../../src/db/createDatabaseAdapter'
import { shutdownPayload } from '../helpers/payload'
import { testDialect } from '../helpers/testDatabase'

/** The parts of Payload's drizzle adapters this test reads; both SQL adapters have them. */
type DrizzleAdapterView = {
  tables: Record<string, unknown>
  schema: Record<string, unknown>
  drizzle: unknown
  execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }>
  requireDrizzleKit: () => {
    generateDrizzleJson: (schema: Record<string, unknown>) => Promise<unknown>
    generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  }
}

const dialect = testDialect()
// The same lists production applies on start (prodMigrations).
const migrations = (dialect === 'postgres' ? postgresMigrations : sqliteMigrations) as unknown as Migration[]
let payload: Payload
let db: DrizzleAdapterView

beforeAll(async () => {
  // No schema push: the migrations alone must build the database, as they do in production.
  const config = createConfig({ databaseUrl: process.env.DATABASE_URL!, push: false })
  payload = await getPayload({ config, key: 'migrations-test' })
  db = payload.db as unknown as DrizzleAdapterView
})

afterAll(async () => {
  if (payload) await shutdownPayload(payload)
})

async function tableNames(): Promise<string[]> {
  const raw =
    dialect === 'postgres'
      ? `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`
      : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
  const { rows } = await db.execute({ drizzle: db.drizzle, raw })
  return rows.map((row) => String(row.name)).sort()
}

describe(`migrations on ${dialect}`, () => {
  it('start from an empty database', async () => {
    expect(await tableNames()).toEqual([])
  })

  it('create every table the config defines', async () => {
    await payload.db.migrate({ migrations })
    const created = await tableNames()
    const defined = Object.keys(db.tables).sort()
    expect(defined).toContain('users')
    expect(defined).toContain('media')
    for (const table of defined) expect(created, `table ${table}`).toContain(table)
  })

  it('leave no schema change the migrations lack (no drift)', async () => {
    // The same comparison `payload migrate:create` makes: the config's schema against the snapshot
    // stored with the newest migration. (drizzle-kit's live-database diff reports false changes,
    // e.g. numeric defaults on PostgreSQL, so it cannot be the judge.)
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const dir = MIGRATION_DIRS[dialect]
    const newestSnapshot = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(newestSnapshot, `no snapshot in ${dir}`).toBeTruthy()
    const before = JSON.parse(fs.readFileSync(path.join(dir, newestSnapshot!), 'utf8'))
    const after = await generateDrizzleJson(db.schema)
    const statements = await generateMigration(before, after)
    expect(statements, 'run `npm run migrate:create -- <name>` and commit the result').toEqual([])
  })

  it('record themselves so a restart applies nothing twice', async () => {
    const { rows } = await db.execute({ drizzle: db.drizzle, raw: 'SELECT name FROM payload_migrations' })
    const applied = rows.map((row) => String(row.name))
    expect(applied.length).toBeGreaterThan(0)
    await payload.db.migrate({ migrations })
    const again = await db.execute({ drizzle: db.drizzle, raw: 'SELECT name FROM payload_migrations' })
    expect(again.rows).toHaveLength(rows.length)
  })
})
