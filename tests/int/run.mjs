#!/usr/bin/env node
// Runs the integration suite on SQLite, then — when TEST_POSTGRES_URL is set — again on PostgreSQL,
// each test file in a fresh database of its own.
import { spawnSync } from 'node:child_process'

const extraArgs = process.argv.slice(2)
const runs = [{ name: 'SQLite', env: { TEST_DB: 'sqlite' } }]
if (process.env.TEST_POSTGRES_URL) runs.push({ name: 'PostgreSQL', env: { TEST_DB: 'postgres' } })
else console.log('TEST_POSTGRES_URL is not set: integration tests run on SQLite only.')

for (const run of runs) {
  console.log(`\n── integration tests on ${run.name} ──`)
  const result = spawnSync('npx', ['vitest', 'run', '--project', 'int', ...extraArgs], {
    stdio: 'inherit',
    env: { ...process.env, ...run.env },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
