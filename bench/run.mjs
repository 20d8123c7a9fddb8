#!/usr/bin/env node
// `npm run bench` — measures a production build on SQLite and on PostgreSQL and writes docs/benchmarks.md.
//
//   --db sqlite|postgres|both   which databases (default both; PostgreSQL from BENCH_POSTGRES_URL,
//                               default postgres://postgres@127.0.0.1:5432/postgres)
//   --articles N --comments N   the large archive (default 10,000 and 100,000); the small one is 100 / 1,000
//   --quick                     one short run per figure: a smoke test of the script, not a measurement
//   --skip-build                reuse the last benchmark build (data/next-bench); the archive is the
//                               same on every fill (seeded), so its prerendered pages still match
//
// Each database: fill the small archive, build, start `next start` and nginx (static ceiling + the cache
// tier from docs/deploy/nginx-cache.conf), measure; fill up to the large archive, start again, measure
// everything. Results go to bench/results/<db>.json; the doc is rebuilt from both files.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import zlib from 'node:zlib'

import pg from 'pg'

import { BENCH_SECRET, BENCH_SEED_PASSWORD } from './lib/constants.mjs'
import { ensureTools, startGroup, startNginx, treeRssMb, waitForHttp } from './lib/processes.mjs'
import { writeReport } from './lib/report.mjs'
import { commentLoad, login, msUntilVisible, pageWeight, revalidate, storedCommentIds, timedGet } from './lib/site.mjs'
import { median, percentile } from './lib/stats.mjs'
import { wrkMedian } from './lib/wrk.mjs'

const root = path.resolve(import.meta.dirname, '..')
const { values: options } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    articles: { type: 'string', default: '10000' },
    comments: { type: 'string', default: '100000' },
    quick: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
  },
})
const QUICK = options.quick
const WRK = QUICK ? { runs: 1, seconds: 3 } : { runs: 3, seconds: 10 }
const SAMPLES = QUICK ? 5 : 30
const PUBLISH_RUNS = QUICK ? 3 : 20
const COMMENTS_POSTED = QUICK ? 200 : 2000
const SECRET = BENCH_SECRET
const REFRESH_SECRET = 'benchmark-refresh-secret-0123456789'
const SEED_PASSWORD = BENCH_SEED_PASSWORD
const SMALL = { articles: 100, comments: 1000 }
const LARGE = { articles: Number(options.articles), comments: Number(options.comments) }

const workDir = path.join(root, 'data/bench-run')
fs.rmSync(workDir, { recursive: true, force: true })
fs.mkdirSync(workDir, { recursive: true })
const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)

function run(command, args, env, label) {
  const logFile = path.join(workDir, `${label}.log`)
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 })
  fs.writeFileSync(logFile, `${result.stdout}\n${result.stderr}`)
  if (result.status !== 0) {
    console.error(`${label} failed (${logFile}):\n${(result.stdout + result.stderr).split('\n').slice(-30).join('\n')}`)
    process.exit(1)
  }
  return result.stdout
}

async function freshDatabase(kind) {
  if (kind === 'sqlite') {
    const file = path.join(root, 'data/bench-sqlite.db')
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
    return `file:${file}`
  }
  const base = process.env.BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
  const client = new pg.Client({ connectionString: base })
  await client.connect()
  await client.query('DROP DATABASE IF EXISTS legwork_bench WITH (FORCE)')
  await client.query('CREATE DATABASE legwork_bench')
  const version = (await client.query('SHOW server_version')).rows[0].server_version
  await client.end()
  const url = new URL(base)
  url.pathname = '/legwork_bench'
  return { url: url.toString(), version }
}

function baseEnv(databaseUrl, port, cachePort) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: SECRET,
    SEED_PASSWORD,
    SEED_ON_EMPTY: 'false',
    SITE_URL: `http://127.0.0.1:${port}`,
    CACHE_TIER_URL: `http://127.0.0.1:${cachePort}`,
    CACHE_TIER_SECRET: REFRESH_SECRET,
    LOG_LEVEL: 'warn',
    // The load generator plays many readers by writing X-Forwarded-For, as nginx in front would.
    TRUSTED_PROXY_HOPS: '1',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: 'data/next-bench',
  }
}

function fill(env, { articles, comments }) {
  log(`filling up to ${articles} articles and ${comments} comments`)
  const started = Date.now()
  run(
    'node',
    ['bench/data.mjs', '--articles', String(articles), '--comments', String(comments), '--causes', '60'],
    env,
    'fill',
  )
  return (Date.now() - started) / 1000
}

function describe(env) {
  const out = path.join(workDir, 'archive.json')
  run(
    'npx',
    ['payload', 'run', 'bench/data/describeArchive.ts'],
    { ...env, NODE_OPTIONS: '--conditions=development', BENCH_OUT: out },
    'describe',
  )
  return JSON.parse(fs.readFileSync(out, 'utf8'))
}

async function startStack(env, ports) {
  const server = startGroup('npx', ['next', 'start', '-p', String(ports.next), '-H', '127.0.0.1'], {
    cwd: root,
    env,
    logFile: path.join(workDir, 'server.log'),
  })
  const nginxDir = fs.mkdtempSync(path.join(workDir, 'nginx-'))
  fs.chmodSync(nginxDir, 0o755)
  const staticRoot = path.join(nginxDir, 'static')
  fs.mkdirSync(staticRoot)
  const nginx = startNginx({
    dir: nginxDir,
    staticPort: ports.static,
    staticRoot,
    cachePort: ports.cache,
    upstream: `127.0.0.1:${ports.next}`,
    refreshSecret: REFRESH_SECRET,
    root,
  })
  const origin = `http://127.0.0.1:${ports.next}`
  await waitForHttp(`${origin}/privacy`)
  await waitForHttp(`http://127.0.0.1:${ports.cache}/privacy`)
  return {
    origin,
    tier: `http://127.0.0.1:${ports.cache}`,
    staticOrigin: `http://127.0.0.1:${ports.static}`,
    staticRoot,
    server,
    stop: async () => {
      await Promise.all([server.stop(), nginx.stop()])
    },
  }
}

/** Requests `url` until the answer came from the cache named by `header`. */
async function warm(url, header, hit) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await timedGet(url)
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
    if (hit.test(response.headers.get(header) ?? '')) return response
  }
  throw new Error(`${url} never came from the cache (${header})`)
}

async function measureCached(stack, slug) {
  const articleUrl = `${stack.origin}/articles/${slug}`
  const page = await warm(articleUrl, 'x-nextjs-cache', /HIT/)
  fs.writeFileSync(path.join(stack.staticRoot, 'article.html'), page.text)
  fs.writeFileSync(path.join(stack.staticRoot, 'article.html.gz'), zlib.gzipSync(page.text, { level: 9 }))
  await warm(`${stack.origin}/privacy`, 'x-nextjs-cache', /HIT/)
  log('a: static ceiling, trivial Next page, cached article page')
  return {
    staticFile: wrkMedian(`${stack.staticOrigin}/article.html`, WRK),
    trivialNext: wrkMedian(`${stack.origin}/privacy`, WRK),
    article: wrkMedian(articleUrl, WRK),
  }
}

async function measureUncached(stack, archive) {
  log('b: first request after revalidation')
  const render = async (slug) => {
    const url = `${stack.origin}/articles/${slug}`
    await warm(url, 'x-nextjs-cache', /HIT/)
    await revalidate(stack.origin, SECRET, [`/articles/${slug}`])
    const response = await timedGet(url)
    if (!/MISS|STALE|REVALIDATED/.test(response.headers.get('x-nextjs-cache') ?? 'MISS') && response.status !== 200)
      throw new Error(`${url}: ${response.status}`)
    return response.ms
  }
  const samples = []
  for (const { slug } of archive.sample.slice(0, SAMPLES)) samples.push(await render(slug))
  const busiest = []
  for (let i = 0; i < Math.min(SAMPLES, 10); i++) busiest.push(await render(archive.busiest.slug))
  return {
    p50: median(samples),
    p99: percentile(samples, 99),
    samples: samples.length,
    busiest: { p50: median(busiest), approvedComments: archive.busiest.approvedComments },
  }
}

async function measurePublish(stack, archive, token, through) {
  const base = through === 'tier' ? stack.tier : stack.origin
  log(`c: publish → visible (${through})`)
  const samples = []
  const saves = []
  for (let index = 0; index < PUBLISH_RUNS; index++) {
    const target = archive.sample[(index + (through === 'tier' ? 20 : 0)) % archive.sample.length]
    const url = `${base}/articles/${target.slug}`
    if (through === 'tier') await warm(url, 'x-cache-status', /HIT/)
    else await warm(url, 'x-nextjs-cache', /HIT/)
    const title = `${target.title.replace(/ \(rev \d+\)$/, '')} (rev ${Date.now() % 100000})`
    const since = performance.now()
    const response = await fetch(`${stack.origin}/api/articles/${target.id}?depth=0`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title, _status: 'published' }),
    })
    const body = await response.json()
    if (!response.ok)
      throw new Error(`publishing ${target.slug}: ${response.status} ${JSON.stringify(body).slice(0, 400)}`)
    saves.push(performance.now() - since)
    samples.push(await msUntilVisible(url, title, since))
    target.title = title
  }
  return {
    p50: median(samples),
    p95: percentile(samples, 95),
    runs: samples.length,
    max: Math.max(...samples),
    // The save alone (PATCH answered), to tell the editor's wait from the page's rebuild.
    saveP50: median(saves),
  }
}

async function measureComments(stack, archive, moderatorToken) {
  log(`d: ${COMMENTS_POSTED} comment POSTs at 32 concurrent`)
  const marker = `bench-${Date.now().toString(36)}`
  const load = await commentLoad(stack.origin, {
    articleId: archive.newestOpen.id,
    total: COMMENTS_POSTED,
    concurrency: 32,
    marker,
    minSeconds: 3,
  })
  log('d: 50 comment POSTs one at a time')
  const single = await commentLoad(stack.origin, {
    articleId: archive.newestOpen.id,
    total: 50,
    concurrency: 1,
    marker: `${marker}-single`,
    minSeconds: 3,
    firstClient: 100_000,
  })
  const stored = await storedCommentIds(stack.origin, moderatorToken, marker)
  const created = new Set([...load.created, ...single.created])
  const storedSet = new Set(stored)
  return {
    p50: load.p50,
    p99: load.p99,
    throughput: load.throughput,
    statuses: load.statuses,
    singleP50: single.p50,
    answered201: load.created.length + single.created.length,
    stored: stored.length,
    storedExactlyOnce:
      stored.length === storedSet.size &&
      storedSet.size === created.size &&
      [...created].every((id) => storedSet.has(id)),
  }
}

async function measureModerationQueue(stack, moderatorToken) {
  log('e: moderation queue')
  const query = new URLSearchParams({
    'where[status][equals]': 'pending',
    sort: '-createdAt',
    limit: '20',
    depth: '1',
  })
  const url = `${stack.origin}/api/comments?${query}`
  const headers = { authorization: `JWT ${moderatorToken}` }
  for (let i = 0; i < 5; i++) await timedGet(url, headers)
  const samples = []
  let totalDocs = 0
  for (let i = 0; i < SAMPLES; i++) {
    const response = await timedGet(url, headers)
    if (response.status !== 200) throw new Error(`moderation queue answered ${response.status}`)
    totalDocs = JSON.parse(response.text).totalDocs
    samples.push(response.ms)
  }
  return { p50: median(samples), p99: percentile(samples, 99), pending: totalDocs }
}

async function benchDatabase(kind) {
  const fresh = await freshDatabase(kind)
  const databaseUrl = typeof fresh === 'string' ? fresh : fresh.url
  // Fixed ports: Payload writes absolute media URLs (SITE_URL) into cached pages, and a reused build
  // must point at the same origin.
  const ports = { next: 3210, static: 3211, cache: 3212 }
  const env = baseEnv(databaseUrl, ports.next, ports.cache)
  const result = {
    database: kind,
    databaseVersion: typeof fresh === 'string' ? 'SQLite (libsql)' : `PostgreSQL ${fresh.version}`,
  }

  result.fillSmallSeconds = fill(env, SMALL)
  if (!options['skip-build']) {
    log('next build')
    const buildStarted = Date.now()
    // Never two builds at once on a small machine: wait for any other build holding the lock.
    run('flock', ['/tmp/legwork-build.lock', 'npx', 'next', 'build'], env, 'build')
    result.buildSeconds = (Date.now() - buildStarted) / 1000
  }

  let archive = describe(env)
  let stack = await startStack(env, ports)
  try {
    result.small = {
      archive: { articles: archive.articles, comments: archive.comments },
      cached: await measureCached(stack, archive.sample[0].slug),
      uncached: await measureUncached(stack, archive),
    }
  } finally {
    await stack.stop()
  }

  result.fillLargeSeconds = fill(env, LARGE)
  archive = describe(env)
  stack = await startStack(env, ports)
  try {
    const editor = await login(stack.origin, 'editor@legwork.test', SEED_PASSWORD)
    const moderator = await login(stack.origin, 'moderator@legwork.test', SEED_PASSWORD)
    const large = {
      archive: { articles: archive.articles, comments: archive.comments, pending: archive.pendingComments },
    }
    large.cached = await measureCached(stack, archive.sample[0].slug)
    log('a2: through the cache tier')
    await warm(`${stack.tier}/articles/${archive.sample[0].slug}`, 'x-cache-status', /HIT/)
    large.tier = wrkMedian(`${stack.tier}/articles/${archive.sample[0].slug}`, WRK)
    large.uncached = await measureUncached(stack, archive)
    large.publish = await measurePublish(stack, archive, editor, 'origin')
    large.publishThroughTier = await measurePublish(stack, archive, editor, 'tier')
    large.comments = await measureComments(stack, archive, moderator)
    large.moderation = await measureModerationQueue(stack, moderator)
    large.weight = await pageWeight(`${stack.origin}/articles/${archive.busiest.slug}`)
    large.typicalWeight = await pageWeight(`${stack.origin}/articles/${archive.sample[0].slug}`)
    large.serverRssMb = treeRssMb(stack.server.pid)
    result.large = large
  } finally {
    await stack.stop()
  }
  return result
}

ensureTools()
const kinds = options.db === 'both' ? ['sqlite', 'postgres'] : [options.db]
for (const kind of kinds) {
  if (!['sqlite', 'postgres'].includes(kind)) {
    console.error(`--db must be sqlite, postgres or both, got "${kind}".`)
    process.exit(2)
  }
  log(`── ${kind} ──`)
  const result = await benchDatabase(kind)
  result.quick = QUICK
  result.date = new Date().toISOString()
  const file = path.join(root, `bench/results/${kind}${QUICK ? '.quick' : ''}.json`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
  log(`results in ${path.relative(root, file)}`)
}
if (!QUICK) {
  writeReport(root)
  log('docs/benchmarks.md written')
}
