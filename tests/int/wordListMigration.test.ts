import { getPayload } from 'payload'
import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations as postgresMigrations } from '../../migrations/postgres/index'
import { migrations as sqliteMigrations } from '../../migrations/sqlite/index'
import { createConfig } from '../../payload.config'
import { loadDiscussionSettings } from '../../src/comments/discussionSettings'
import { shutdownPayload } from '../helpers/payload'
import { testDialect } from '../helpers/testDatabase'

/**
 * The word lists were a `hasMany` text field (one row per word in `discussion_settings_texts`);
 * `site_identity_and_word_lists` makes them one text each, one entry per line. A database with the
 * old shape, words in it, goes through the migration and must keep every word, in order.
 */
type Sql = {
  execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }>
  drizzle: unknown
}

const dialect = testDialect()
const all = (dialect === 'postgres' ? postgresMigrations : sqliteMigrations) as unknown as Migration[]
const index = all.findIndex((migration) => migration.name.endsWith('_site_identity_and_word_lists'))
const before = all.slice(0, index)
let payload: Payload
let db: Sql
const run = (raw: string) => db.execute({ drizzle: db.drizzle, raw })

// Out of order, blank, padded and repeated, as the old tag box could leave them.
const OLD_ROWS: [order: number, path: string, text: string][] = [
  [2, 'moderationWords', ' free money '],
  [1, 'moderationWords', 'casino'],
  [3, 'moderationWords', ''],
  [4, 'moderationWords', 'Casino'],
  [5, 'moderationWords', 'crypto   giveaway'],
  [1, 'disallowedWords', 'viagra'],
  [2, 'disallowedWords', 'cheap pills'],
]

beforeAll(async () => {
  const config = createConfig({ databaseUrl: process.env.DATABASE_URL!, push: false })
  payload = await getPayload({ config, key: 'word-list-migration-test' })
  db = payload.db as unknown as Sql
})

afterAll(async () => {
  if (payload) await shutdownPayload(payload)
})

describe(`the word-list data migration on ${dialect}`, () => {
  it('finds the migration after the ones that made the old shape', () => {
    expect(index).toBeGreaterThan(0)
  })

  it('turns the rows of words into one line each, in order, nothing lost', async () => {
    await payload.db.migrate({ migrations: before })
    await run(
      `INSERT INTO "discussion_settings" ("id", "updated_at", "created_at") VALUES (1, '2026-11-30T10:00:00.000Z', '2026-11-30T10:00:00.000Z')`,
    )
    for (const [order, path, text] of OLD_ROWS)
      await run(
        `INSERT INTO "discussion_settings_texts" ("order", "parent_id", "path", "text") VALUES (${order}, 1, '${path}', '${text}')`,
      )

    await payload.db.migrate({ migrations: all })

    const { rows } = await run(
      `SELECT "moderation_words", "disallowed_words" FROM "discussion_settings" WHERE "id" = 1`,
    )
    expect(rows[0]).toEqual({
      moderation_words: 'casino\nfree money\nCasino\ncrypto   giveaway',
      disallowed_words: 'viagra\ncheap pills',
    })
  })

  it('leaves lists the comment rules read as before: tidied, repeats counted once', async () => {
    const settings = await loadDiscussionSettings(payload)
    expect(settings.moderationWords).toEqual(['casino', 'free money', 'crypto giveaway'])
    expect(settings.disallowedWords).toEqual(['viagra', 'cheap pills'])
    expect((await payload.findGlobal({ slug: 'discussion-settings' })).moderationWords).toBe(
      'casino\nfree money\nCasino\ncrypto   giveaway',
    )
  })

  it('gives the site settings their name, tagline and time zone', async () => {
    const site = await payload.findGlobal({ slug: 'site-settings' })
    expect(site).toMatchObject({ siteName: 'Legwork', timezone: 'Europe/London' })
  })

  it('goes back to one row per word when rolled back, and forward again', async () => {
    // What `payload migrate:down` runs (which reads the files from disk, so not usable here).
    const migration = all[index]!
    await migration.down({ db: db.drizzle, payload, req: {} } as never)
    await run(`DELETE FROM "payload_migrations" WHERE "name" = '${migration.name}'`)
    const { rows } = await run(
      `SELECT "path", "text" FROM "discussion_settings_texts" WHERE "parent_id" = 1 ORDER BY "path", "order"`,
    )
    expect(rows.map((row) => `${row.path}:${row.text}`)).toEqual([
      'disallowedWords:viagra',
      'disallowedWords:cheap pills',
      'moderationWords:casino',
      'moderationWords:free money',
      'moderationWords:Casino',
      'moderationWords:crypto   giveaway',
    ])
    await payload.db.migrate({ migrations: all })
    const again = await loadDiscussionSettings(payload)
    expect(again.moderationWords).toEqual(['casino', 'free money', 'crypto giveaway'])
  })
})
