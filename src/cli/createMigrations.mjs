#!/usr/bin/env node
// Generates a migration for each SQL dialect from the current config: `npm run migrate:create -- name`.
// migrate:create compares the config with the dialect's latest snapshot and never connects, so the
// URLs below only pick the adapter. The CLI can exit 0 having done nothing on Node 20
// (payloadcms/payload#17757), so we check that a file appeared.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const name = process.argv[2]
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run migrate:create -- <name_in_snake_case>')
  process.exit(2)
}

const dialects = {
  sqlite: 'file:./tests/.tmp/migrate-create.db',
  postgres: 'postgres://postgres@127.0.0.1:5432/legwork_migrate_create',
}

for (const [dialect, url] of Object.entries(dialects)) {
  const dir = path.join('migrations', dialect)
  const before = new Set(fs.readdirSync(dir))
  const result = spawnSync('npx', ['payload', 'migrate:create', name, '--skipEmpty'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url, NODE_OPTIONS: '--conditions=development' },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
  const added = fs.readdirSync(dir).filter((file) => !before.has(file))
  console.log(added.length ? `${dialect}: ${added.join(', ')}` : `${dialect}: no schema change, nothing written`)
}
