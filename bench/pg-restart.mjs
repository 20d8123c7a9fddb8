#!/usr/bin/env node
// `npm run bench:pg-restart` — PostgreSQL stopped and started again under a read + comment load.
//
// Proves three things, and exits 1 when one fails: while the database is down, requests that need it
// fail fast with 503 (no hang) and cached pages are still served; afterwards the same server process
// recovers by itself; and every comment that was answered 201 is in the database.
//
// It restarts the local cluster (pg_ctlcluster), so nothing else may be using PostgreSQL meanwhile.
// --skip-build reuses the last `next build`.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import pg from 'pg'

import { BENCH_SECRET, BENCH_SEED_PASSWORD } from './lib/constants.mjs'
import { freePort, startGroup, waitForHttp } from './lib/processes.mjs'
import { percentile } from './lib/stats.mjs'

const root = path.resolve(import.meta.dirname, '..')
const { values: options } = parseArgs({
  options: { 'skip-build': { type: 'boolean', default: false }, 'down-seconds': { type: 'string', default: '6' } },
})
const DOWN_MS = Number(options['down-seconds']) * 1000
const SECRET = BENCH_SECRET
const SEED_PASSWORD = BENCH_SEED_PASSWORD
const workDir = path.join(root, 'data/bench-restart')
fs.rmSync(workDir, { recursive: true, force: true })
fs.mkdirSync(workDir, { recursive: true })
const log = (message) => console.log(`[pg-restart ${new Date().toISOString().slice(11, 19)}] ${message}`)

const cluster = fs.readdirSync('/etc/postgresql').sort().at(-1)
const pgctl = (action) =>
  execFileSync(
    'pg_ctlcluster',
    ['--skip-systemctl-redirect', cluster, 'main', action, ...(action === 'stop' ? ['-m', 'fast'] : [])],
    { stdio: 'inherit' },
  )

const base = process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
const admin = new pg.Client({ connectionString: base })
await admin.connect()
await admin.query('DROP DATABASE IF EXISTS legwork_restart WITH (FORCE)')
await admin.query('CREATE DATABASE legwork_restart')
await admin.end()
const databaseUrl = Object.assign(new URL(base), { pathname: '/legwork_restart' }).toString()

const port = await freePort()
const origin = `http://127.0.0.1:${port}`
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: SECRET,
  SEED_PASSWORD,
  SEED_ON_EMPTY: 'false',
  SITE_URL: origin,
  LOG_LEVEL: 'warn',
  // The commenters are many readers told apart by X-Forwarded-For, as nginx in front would write it.
  TRUSTED_PROXY_HOPS: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: 'data/next-bench',
}
const step = (label, command, args) => {
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 })
  fs.writeFileSync(path.join(workDir, `${label}.log`), `${result.stdout}\n${result.stderr}`)
  if (result.status !== 0) throw new Error(`${label} failed: see ${workDir}/${label}.log`)
}
log('filling a small archive')
step('fill', 'node', ['bench/data.mjs', '--articles', '100', '--comments', '1000', '--causes', '30'])
if (!options['skip-build']) {
  log('next build')
  step('build', 'flock', ['/tmp/legwork-build.lock', 'npx', 'next', 'build'])
}

const server = startGroup('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
  cwd: root,
  env,
  logFile: path.join(workDir, 'server.log'),
})
let failures = []
try {
  await waitForHttp(`${origin}/privacy`)
  const articles = (
    await (await fetch(`${origin}/api/articles?limit=20&depth=0&select[slug]=true&sort=-publishedAt`)).json()
  ).docs
  const open = articles[0]
  // Cached pages the readers will ask for during the outage.
  for (const { slug } of articles) await (await fetch(`${origin}/articles/${slug}`)).arrayBuffer()

  const events = []
  const record = async (kind, request) => {
    const started = performance.now()
    let status = 0
    let body = ''
    try {
      const response = await request(AbortSignal.timeout(15_000))
      status = response.status
      body = await response.text()
    } catch (error) {
      body = String(error)
    }
    const event = { kind, at: started, ms: performance.now() - started, status, body }
    events.push(event)
    return event
  }

  let commentIndex = 0
  const tokenPool = []
  const refillTokens = async () => {
    while (tokenPool.length < 200) {
      const response = await fetch(`${origin}/api/comments/form-token`).catch(() => null)
      if (!response?.ok) return
      tokenPool.push({ token: (await response.json()).formToken, at: Date.now() })
    }
  }
  await refillTokens()
  await new Promise((resolve) => setTimeout(resolve, 3_500))

  let stopLoad = false
  const reader = async () => {
    while (!stopLoad) {
      const { slug } = articles[Math.floor(Math.random() * articles.length)]
      await record('cached page', (signal) => fetch(`${origin}/articles/${slug}`, { signal }))
      await record('API read', (signal) =>
        fetch(`${origin}/api/articles?limit=5&depth=1&where[slug][equals]=${slug}`, { signal }),
      )
    }
  }
  const commenter = async () => {
    while (!stopLoad) {
      const ready = tokenPool.findIndex((token) => Date.now() - token.at > 3_500)
      if (ready < 0) {
        await refillTokens()
        await new Promise((resolve) => setTimeout(resolve, 200))
        continue
      }
      const { token } = tokenPool.splice(ready, 1)[0]
      const index = commentIndex++
      await record('comment POST', (signal) =>
        fetch(`${origin}/api/comments`, {
          method: 'POST',
          signal,
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.77.${index >> 8}.${index & 255}` },
          body: JSON.stringify({
            article: open.id,
            authorName: `Restart reader ${index}`,
            authorEmail: `restart${index}@example.com`,
            body: `Comment ${index} posted while the database restarts.`,
            formToken: token,
          }),
        }),
      )
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
  const load = Promise.all([reader(), reader(), commenter(), commenter(), commenter(), commenter()])

  await new Promise((resolve) => setTimeout(resolve, 5_000))
  log('stopping PostgreSQL')
  const stoppedAt = performance.now()
  pgctl('stop')
  const downFrom = performance.now()
  await new Promise((resolve) => setTimeout(resolve, DOWN_MS))
  log('starting PostgreSQL')
  pgctl('start')
  const upAt = performance.now()
  await new Promise((resolve) => setTimeout(resolve, 10_000))
  stopLoad = true
  await load

  const during = events.filter((event) => event.at >= downFrom && event.at + event.ms <= upAt)
  const dbDuring = during.filter((event) => event.kind !== 'cached page')
  const afterUp = events.filter((event) => event.kind !== 'cached page' && event.at >= upAt)
  const firstOk = afterUp.find((event) => event.status >= 200 && event.status < 300)
  const created = events
    .filter((event) => event.kind === 'comment POST' && event.status === 201)
    .map((event) => JSON.parse(event.body).doc.id)

  const check = new pg.Client({ connectionString: databaseUrl })
  await check.connect()
  const stored = (await check.query('SELECT id FROM comments WHERE id = ANY($1::int[])', [created])).rows.map(
    (row) => row.id,
  )
  await check.end()

  const statusCounts = (list) =>
    list.reduce((counts, event) => ({ ...counts, [event.status]: (counts[event.status] ?? 0) + 1 }), {})
  const serverAlive = (() => {
    try {
      process.kill(server.pid, 0)
      return true
    } catch {
      return false
    }
  })()
  const summary = {
    date: new Date().toISOString(),
    downSeconds: DOWN_MS / 1000,
    stopTookMs: Math.round(downFrom - stoppedAt),
    requestsWhileDown: statusCounts(dbDuring),
    slowestWhileDownMs: Math.round(Math.max(0, ...dbDuring.map((event) => event.ms))),
    p50WhileDownMs: Math.round(
      percentile(
        dbDuring.map((event) => event.ms),
        50,
      ) || 0,
    ),
    cachedPagesWhileDown: statusCounts(during.filter((event) => event.kind === 'cached page')),
    recoveredAfterMs: firstOk ? Math.round(firstOk.at + firstOk.ms - upAt) : null,
    statusesAfterRecovery: statusCounts(afterUp.filter((event) => firstOk && event.at > firstOk.at)),
    comments201: created.length,
    comments201Stored: stored.length,
    serverProcessAlive: serverAlive,
    sampleBodyWhileDown: dbDuring.find((event) => event.status >= 500)?.body.slice(0, 200) ?? null,
  }
  console.log(JSON.stringify(summary, null, 2))
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true })
  fs.writeFileSync(path.join(root, 'bench/results/pg-restart.json'), `${JSON.stringify(summary, null, 2)}\n`)

  const nonFast = dbDuring.filter((event) => event.status !== 503 && !(event.status >= 200 && event.status < 300))
  if (!dbDuring.length) failures.push('no request reached the server while the database was down')
  if (nonFast.length)
    failures.push(
      `${nonFast.length} request(s) while down answered something other than 503: ${JSON.stringify(statusCounts(nonFast))}`,
    )
  if (summary.slowestWhileDownMs > 2_000)
    failures.push(`a request hung ${summary.slowestWhileDownMs} ms while the database was down`)
  if (Object.keys(summary.cachedPagesWhileDown).some((status) => status !== '200'))
    failures.push('cached pages failed while the database was down')
  if (!firstOk || summary.recoveredAfterMs > 10_000)
    failures.push('the server did not recover within 10 s of the database coming back')
  if (Object.keys(summary.statusesAfterRecovery).some((status) => Number(status) >= 500))
    failures.push(`errors after recovery: ${JSON.stringify(summary.statusesAfterRecovery)}`)
  if (stored.length !== created.length)
    failures.push(`${created.length - stored.length} comment(s) answered 201 are missing`)
  if (!serverAlive) failures.push('the server process died')
} catch (error) {
  failures.push(String(error?.stack ?? error))
} finally {
  // Leave PostgreSQL running whatever happened.
  try {
    execFileSync('pg_isready', ['-q', '-h', '127.0.0.1', '-p', '5432'])
  } catch {
    pgctl('start')
  }
  await server.stop()
}
if (failures.length) {
  console.error(`FAILED:\n- ${failures.join('\n- ')}`)
  process.exit(1)
}
log('passed: fast 503s while down, recovery without a restart, every 201 stored')
