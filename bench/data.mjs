#!/usr/bin/env node
// `npm run bench:data -- --articles 10000 --comments 100000 --causes 60`
// Fills the database at DATABASE_URL (default: file:./data/bench.db, never the development database)
// through the production code path: migrations applied as `npm start` would, then bench/data/fillDatabase.ts.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { BENCH_SECRET, BENCH_SEED_PASSWORD } from './lib/constants.mjs'

const root = path.resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    comments: { type: 'string', default: '100000' },
    causes: { type: 'string', default: '60' },
  },
})
for (const [name, value] of Object.entries(values)) {
  if (!/^\d+$/.test(value)) {
    console.error(`--${name} must be a whole number, got "${value}".`)
    process.exit(2)
  }
}

const databaseUrl = process.env.DATABASE_URL || `file:${path.join(root, 'data/bench.db')}`
console.log(
  `Filling ${databaseUrl.replace(/\/\/[^@]*@/, '//…@')} up to ${values.articles} articles, ${values.comments} comments, ${values.causes} causes.`,
)
const result = spawnSync('npx', ['payload', 'run', 'bench/data/fillDatabase.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: '--conditions=development',
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || BENCH_SECRET,
    SEED_PASSWORD: process.env.SEED_PASSWORD || BENCH_SEED_PASSWORD,
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
    BENCH_ARTICLES: values.articles,
    BENCH_COMMENTS: values.comments,
    BENCH_CAUSES: values.causes,
  },
})
process.exit(result.status ?? 1)
