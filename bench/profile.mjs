#!/usr/bin/env node
// `npm run bench:profile` — runs bench/profileArticleQueries.ts on the benchmark database
// (DATABASE_URL, default file:./data/bench.db) the way `npm start` would connect to it.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { BENCH_SECRET } from './lib/constants.mjs'

const root = path.resolve(import.meta.dirname, '..')
const result = spawnSync('npx', ['payload', 'run', 'bench/profileArticleQueries.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: '--conditions=development',
    DATABASE_URL: process.env.DATABASE_URL || `file:${path.join(root, 'data/bench.db')}`,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || BENCH_SECRET,
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  },
})
process.exit(result.status ?? 1)
